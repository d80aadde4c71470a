"""Linux desktop integration: the .desktop file, the AppStream metainfo, "Open with" for the
types CRM Desktop imports, and the Flatpak manifest; checked by the freedesktop validators."""

from __future__ import annotations

import configparser
import io
import json
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crm_desktop import APP_ID, APP_NAME, __version__
from crm_desktop.cli import build_parser, run_command
from tests.packaging.scripts import PACKAGING, tool
from tests.paths import DATA, ROOT

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = LINUX / f"{APP_ID}.json"
# Each type the .desktop file claims, and a file of that type that the import reads.
HANDLED = {
    "text/vcard": DATA / "vcard30-utf16le-bom.vcf",
    "text/x-vcard": DATA / "vcard21-quoted-printable-greek.vcf",
    "text/csv": DATA / "outlook-french-semicolon.csv",
    "text/calendar": DATA / "google-weekly-rrule-organizer-attendees.ics",
}


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _run(command: list[str | Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=120, check=False
    )


def test_desktop_file_validate_accepts_the_desktop_file() -> None:
    result = _run([tool("desktop-file-validate"), DESKTOP])
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_validates_the_metainfo_without_a_warning() -> None:
    result = _run([tool("appstreamcli"), "validate", "--no-net", "--explain", METAINFO])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout


def test_the_desktop_entry_opens_files_with_crm_desktop_under_its_id() -> None:
    entry = _entry()
    assert entry["Exec"] == "crm-desktop %F"  # files, many at once: crm-desktop FILE...
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_NAME  # X11's WM_CLASS is the application name
    assert entry["Terminal"] == "false"
    assert set(filter(None, entry["MimeType"].split(";"))) == HANDLED.keys()


@pytest.mark.parametrize("media_type", sorted(HANDLED))
def test_every_type_the_desktop_entry_claims_is_one_the_import_reads(
    media_type: str, tmp_path: Path
) -> None:
    out = io.StringIO()
    database = str(tmp_path / "crm.sqlite3")
    args = build_parser().parse_args(
        ["import", "--dry-run", "--json", "--db", database, str(HANDLED[media_type])]
    )
    assert run_command(args, out) == 0
    assert json.loads(out.getvalue())["imported"] > 0


def test_the_desktop_database_offers_crm_desktop_for_each_type(tmp_path: Path) -> None:
    """What makes "Open with CRM Desktop" appear: update-desktop-database reads MimeType= into
    mimeinfo.cache, which file managers read."""
    applications = tmp_path / "applications"
    applications.mkdir()
    (applications / DESKTOP.name).write_bytes(DESKTOP.read_bytes())
    result = _run([tool("update-desktop-database"), applications])
    assert result.returncode == 0, result.stderr
    cache = configparser.ConfigParser(interpolation=None)
    cache.read(applications / "mimeinfo.cache", encoding="utf-8")
    offered = {
        media_type
        for media_type, ids in cache["MIME Cache"].items()
        if DESKTOP.name in ids.split(";")
    }
    assert offered == HANDLED.keys()


def test_the_metainfo_describes_this_release_its_screenshots_and_its_launcher() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.find("content_rating[@type='oars-1.1']") is not None
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__  # notes for each version
    assert newest.find("description") is not None
    provided = {element.text for element in component.iterfind("provides/mediatype")}
    assert provided == HANDLED.keys()
    images = component.findall("screenshots/screenshot/image")
    assert images
    for image in images:
        assert image.text is not None
        shot = ROOT / "docs" / "screenshots" / Path(image.text).name  # the address's file name
        width, height = struct.unpack(">II", shot.read_bytes()[16:24])  # the PNG's IHDR
        assert (image.get("width"), image.get("height")) == (str(width), str(height))


def test_the_flatpak_manifest_installs_the_wheel_and_the_desktop_files_offline() -> None:
    manifest = json.loads(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "crm-desktop"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]  # the same Qt
    # Offline-first: no network, no access to the whole disk (files come through the portal).
    assert not {"--share=network", "--filesystem=host", "--filesystem=home"} & set(
        manifest["finish-args"]
    )
    (module,) = manifest["modules"]
    commands = "\n".join(module["build-commands"])
    assert "pip3 install --no-index" in commands  # from the wheels build.py flatpak gathers
    for installed in (f"applications/{DESKTOP.name}", f"metainfo/{METAINFO.name}"):
        assert f"${{FLATPAK_DEST}}/share/{installed}" in commands
    assert {source["path"] for source in module["sources"]} == {"wheels", "linux"}
