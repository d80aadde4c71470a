#!/usr/bin/env python3
"""Installable forms of CRM Desktop: the wheel and sdist, the PyInstaller bundle, the icons,
the Flatpak's inputs, and the desktop files' validation.

    python3 packaging/build.py dist [--no-isolation]   wheel and sdist in dist/ (python -m build)
    python3 packaging/build.py bundle                  dist/crm-desktop/ (PyInstaller, one
                                                       folder), smoke-tested, and its .tar.gz
    python3 packaging/build.py smoke [FOLDER]          smoke-test a bundle already built
    python3 packaging/build.py icons                   the PNG, .ico and .icns icons from the SVG
    python3 packaging/build.py flatpak                 build/flatpak/: the manifest's wheels
    python3 packaging/build.py validate                desktop-file-validate and appstreamcli

``dist``, ``bundle``, ``icons`` and ``flatpak`` run in ``.venv`` with the ``packaging`` extra
(PyInstaller, Pillow, build), installed there on first use as ``bootstrap.py`` does.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT))

from bootstrap import PYTHON, VENV, _ensure_venv  # noqa: E402

from crm_desktop import APP_ID, __version__  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"
LINUX = ROOT / "packaging" / "linux"
SPEC = ROOT / "packaging" / "crm-desktop.spec"
BUNDLE = DIST / "crm-desktop"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK_MANIFEST = LINUX / f"{APP_ID}.json"
# The Flatpak runtime's Python, which the binary wheels must match (unverified for 6.10; see
# `flatpak run --command=python3 org.kde.Sdk//6.10 --version`, then `build.py flatpak --python`).
FLATPAK_PYTHON = "3.12"
# Two cards, one in Greek, for the bundle's command-line import.
SMOKE_VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ελένη Παπαδοπούλου\r\nN:Παπαδοπούλου;Ελένη;;;\r\n"
    "EMAIL;TYPE=work:eleni@aegean.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jordi Puig\r\nN:Puig;Jordi;;;\r\nEND:VCARD\r\n"
)


def _say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def _in_venv() -> None:
    """Run this script again inside .venv, with the packaging extra installed there."""
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    _ensure_venv("packaging")
    sys.exit(subprocess.run([str(PYTHON), __file__, *sys.argv[1:]], cwd=ROOT).returncode)


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    _say(" ".join(command))
    return subprocess.run(command, cwd=ROOT, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def _size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def build_dist(no_isolation: bool) -> list[Path]:
    """The sdist, and the wheel built from it, in dist/."""
    isolation = ["--no-isolation"] if no_isolation else []
    _run([sys.executable, "-m", "build", *isolation, "--outdir", str(DIST), str(ROOT)])
    built = sorted(DIST.glob(f"crm_desktop-{__version__}*"))
    for path in built:
        _say(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
    return built


def _share_tree(target: Path) -> None:
    """The freedesktop files (.desktop, metainfo, hicolor icons) under ``target``/share."""
    share = target / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP_FILE, share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(METAINFO, share / "metainfo")
    shutil.copytree(LINUX / "icons", share / "icons", dirs_exist_ok=True)


def build_bundle() -> Path:
    started = time.monotonic()
    _run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
            "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC),
        ]
    )  # fmt: skip
    built = time.monotonic() - started
    if sys.platform.startswith("linux"):
        _share_tree(BUNDLE)
    size, count = _size(BUNDLE)
    _say(
        f"{BUNDLE.relative_to(ROOT)}: {size / 1e6:.0f} MB in {count} files, built in {built:.0f} s"
    )
    smoke_test(BUNDLE)
    if sys.platform.startswith("linux"):
        archive = DIST / f"crm-desktop-{__version__}-linux-{os.uname().machine}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(BUNDLE, arcname=f"crm-desktop-{__version__}")
        _say(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.0f} MB")
    return BUNDLE


def _program(folder: Path) -> Path:
    for name in ("crm-desktop-cli.exe", "crm-desktop"):
        if (folder / name).is_file():
            return folder / name
    sys.exit(f"no crm-desktop program in {folder}: build it with `build.py bundle` first")


def _resource_names(folder: Path) -> set[str]:
    """The icons and compiled translations of a resources folder."""
    return {
        path.relative_to(folder).as_posix()
        for pattern in ("icons/*.svg", "translations/*.qm")
        for path in folder.glob(pattern)
    }


def _check(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        output = f"{result.stdout}\n{result.stderr}"
        sys.exit(f"smoke test FAILED: {what} exited {result.returncode}\n{output}")


def smoke_test(folder: Path) -> None:
    """The bundled program, alone: its version, a vCard imported through the command line,
    and the window opened offscreen on a new database (in Arabic: the translations are in
    the bundle), which quits with status 0 once it has started."""
    program = _program(folder)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "CRM_DESKTOP_DB", "VIRTUAL_ENV")
    }
    env["PATH"] = os.pathsep.join(["/usr/bin", "/bin"]) if os.name != "nt" else env["PATH"]
    with tempfile.TemporaryDirectory(prefix="crm-desktop-smoke-") as temporary:
        work = Path(temporary)
        home = work / "home"
        home.mkdir()
        env |= {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        }

        def run(
            *arguments: str, extra: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(program), *arguments], cwd=work, env=env | (extra or {}),
                capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
            )  # fmt: skip

        result = run("--version")
        _check(result, "--version")
        if result.stdout.split() != ["crm-desktop", __version__]:
            sys.exit(f"smoke test FAILED: --version said {result.stdout!r}")
        _say(f"smoke: --version: {result.stdout.strip()}")

        cards = work / "two cards.vcf"
        cards.write_text(SMOKE_VCARD, encoding="utf-8")
        database = work / "cli" / "crm.sqlite3"
        result = run("--db", str(database), "import", str(cards), "--json")
        _check(result, "import")
        summary = json.loads(result.stdout)
        result = run("--db", str(database), "contacts", "--json")
        _check(result, "contacts")
        names = sorted(contact["formatted_name"] for contact in json.loads(result.stdout))
        if summary["imported"] != 2 or names != ["Jordi Puig", "Ελένη Παπαδοπούλου"]:
            sys.exit(f"smoke test FAILED: import said {summary}, contacts are {names}")
        _say(f"smoke: import: {summary['imported']} cards imported; contacts: {names}")

        database = work / "new" / "crm.sqlite3"
        started = time.monotonic()
        window = {
            "QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_QUIT_WHEN_STARTED": "1",
            "LC_ALL": "ar_EG.UTF-8", "LANGUAGE": "ar", "LANG": "ar_EG.UTF-8",
        }  # fmt: skip
        result = run("--db", str(database), extra=window)
        _check(result, "the window")
        seen = json.loads(result.stdout.strip().splitlines()[-1])
        inside = Path(seen["resources"]).resolve().is_relative_to(folder.resolve())
        if not (seen["shown"] and seen["icon"] and seen["menu"] == "&ملف" and inside):
            sys.exit(f"smoke test FAILED: the window showed {seen}")
        if not database.is_file():
            sys.exit(f"smoke test FAILED: no database at {database}")
        bundled = _resource_names(Path(seen["resources"]))
        if bundled != _resource_names(ROOT / "resources"):
            sys.exit(f"smoke test FAILED: the bundle's resources are {sorted(bundled)}")
        took = time.monotonic() - started
        _say(
            f"smoke: the window started offscreen on a new database in {took:.1f} s, "
            f"menu {seen['menu']!r}, icon and resources from the bundle; exit 0"
        )
    _say("smoke test passed")


def build_icons() -> None:
    import icons

    for path in icons.write_all():
        _say(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")


def flatpak_inputs(python: str) -> Path:
    """build/flatpak/wheels: our wheel and the wheels of its dependencies for the Flatpak
    runtime's Python (PySide6 comes from io.qt.PySide.BaseApp), beside a copy of the manifest
    and packaging/linux, so that flatpak-builder needs no network for Python packages."""
    target = BUILD / "flatpak"
    shutil.rmtree(target, ignore_errors=True)
    wheels = target / "wheels"
    wheels.mkdir(parents=True)
    (built,) = [path for path in build_dist(no_isolation=False) if path.suffix == ".whl"]
    shutil.copy2(built, wheels)
    requirements = [
        line for line in _run(
            [sys.executable, "-c", _REQUIREMENTS, str(built), python], capture_output=True
        ).stdout.splitlines() if line
    ]  # fmt: skip
    _run(
        [
            sys.executable, "-m", "pip", "download", "--only-binary=:all:", "--dest", str(wheels),
            "--python-version", python, "--platform", "manylinux2014_x86_64",
            "--platform", "manylinux_2_28_x86_64", "--implementation", "cp", *requirements,
        ]
    )  # fmt: skip
    shutil.copytree(LINUX, target / "linux")
    shutil.copy2(FLATPAK_MANIFEST, target)
    _say(
        f"{target.relative_to(ROOT)}: {len(list(wheels.glob('*.whl')))} wheels. Then, with network:"
    )
    _say(
        f"  flatpak-builder --user --install-deps-from=flathub --install --force-clean "
        f"build/flatpak/app build/flatpak/{FLATPAK_MANIFEST.name}"
    )
    return target


# The wheel's requirements for Linux and a Python version, less PySide6 (the runtime's).
_REQUIREMENTS = """
import sys, zipfile
from email.parser import Parser
from packaging.requirements import Requirement
with zipfile.ZipFile(sys.argv[1]) as wheel:
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    metadata = Parser().parsestr(wheel.read(name).decode())
env = {"python_version": sys.argv[2], "sys_platform": "linux", "extra": ""}
for text in metadata.get_all("Requires-Dist") or []:
    requirement = Requirement(text)
    if requirement.marker is None or requirement.marker.evaluate(env):
        if not requirement.name.lower().startswith("pyside6"):
            print(f"{requirement.name}{requirement.specifier}")
"""


def validate() -> int:
    """The .desktop file and the metainfo, by the freedesktop tools."""
    status = 0
    for command in (
        ["desktop-file-validate", str(DESKTOP_FILE)],
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
    ):
        if shutil.which(command[0]) is None:
            _say(f"{command[0]} is not installed (Debian: desktop-file-utils, appstream)")
            status = 1
            continue
        status |= subprocess.run(command, cwd=ROOT, check=False).returncode
    return status


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    dist = commands.add_parser("dist", help="the wheel and the sdist, in dist/")
    dist.add_argument(
        "--no-isolation", action="store_true", help="build with .venv's setuptools (offline)"
    )
    commands.add_parser("bundle", help="the PyInstaller one-folder bundle, smoke-tested")
    smoke = commands.add_parser("smoke", help="smoke-test a bundle")
    smoke.add_argument("folder", nargs="?", type=Path, default=BUNDLE)
    commands.add_parser("icons", help="the icons, from resources/icons/crm-desktop.svg")
    flatpak = commands.add_parser("flatpak", help="build/flatpak/: the manifest and its wheels")
    flatpak.add_argument("--python", default=FLATPAK_PYTHON, help="the runtime's Python version")
    commands.add_parser("validate", help="check the .desktop file and the AppStream metainfo")
    args = parser.parse_args()
    if args.command == "smoke":
        smoke_test(args.folder)
    elif args.command == "validate":
        return validate()
    else:
        _in_venv()
        if args.command == "dist":
            build_dist(args.no_isolation)
        elif args.command == "bundle":
            build_bundle()
        elif args.command == "icons":
            build_icons()
        else:
            flatpak_inputs(args.python)
    return 0


if __name__ == "__main__":
    sys.exit(main())
