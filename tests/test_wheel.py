"""The package as users get it: an sdist, the wheel built from it, installed alone, starts.

The sources are copied to a temporary folder first (building writes ``build/`` and
``*.egg-info`` beside them), built into an sdist, and the wheel is built from that sdist, as
``python -m build`` does: a file missing from the sdist is missing from the wheel too. The
build runs offline with the setuptools of the test environment (``--no-build-isolation``).

The fresh virtual environment gets the wheel (``--no-deps``) and a ``.pth`` line naming the
test environment's site-packages for the dependencies (PySide6, SQLAlchemy...). Path lines in
a ``.pth`` file do not run that folder's own ``.pth`` files, so the editable install's import
hook stays out: the only ``crm_desktop`` the new environment can import is the wheel's, and
the test checks that it does.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from crm_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
# What a build reads; the rest of the checkout (tests, docs, .venv) is not copied.
BUILD_INPUTS = (
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
    "crm_desktop",
    "resources",
    "packaging",
)

# Starts the real window (``crm-desktop --db PATH``), lets it paint, and quits from inside the
# event loop, printing what the installed program used.
START = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import crm_desktop
from crm_desktop.__main__ import main
from crm_desktop.gui.resources import resources_dir

seen = {}
exec_loop = QApplication.exec

def look_and_quit():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    seen["menu"] = window.menuBar().actions()[0].text()
    seen["shown"] = window.isVisible()
    seen["icon"] = not QApplication.windowIcon().isNull()
    QApplication.quit()

def exec_briefly():
    QTimer.singleShot(300, look_and_quit)
    return exec_loop()

QApplication.exec = staticmethod(exec_briefly)
status = main(["--db", sys.argv[1]])
seen.update(status=status, package=crm_desktop.__file__, resources=str(resources_dir()))
print(json.dumps(seen))
"""


# ``crm-desktop DATABASE FILE``: its window's import options and preview accepted as they come,
# the event loop left once the import is reported; prints the exit status.
OPEN_WITH = """
import sys
from PySide6.QtWidgets import QApplication, QDialog

from crm_desktop.__main__ import main
from crm_desktop.gui.import_dialog import ImportDialog
from crm_desktop.gui.import_preview_dialog import ImportPreviewDialog
from crm_desktop.gui.main_window import MainWindow

exec_loop = QApplication.exec
ImportDialog.exec = lambda dialog: QDialog.DialogCode.Accepted.value
previews = []

def preview_and_accept(dialog):
    previews.append(dialog)
    dialog.show()
    while dialog.running:
        QApplication.processEvents()
    dialog.accept()
    return int(dialog.result())

ImportPreviewDialog.exec = preview_and_accept

def exec_until_imported():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    window.import_export.imported.connect(QApplication.quit)
    return exec_loop()

QApplication.exec = staticmethod(exec_until_imported)
status = main(["--db", sys.argv[1], sys.argv[2]])
assert len(previews) == 1, previews
print(status)
"""


def _shipped() -> dict[str, bytes]:
    """Every file the running program reads from resources/, by its path in the wheel."""
    files = [*RESOURCES.glob("icons/*.svg"), *RESOURCES.glob("translations/*.qm")]
    return {
        f"crm_desktop/resources/{path.relative_to(RESOURCES).as_posix()}": path.read_bytes()
        for path in files
    }


def _run(
    command: list[str | Path], env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
        cwd=cwd,
        env=env,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def _clean_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "CRM_DESKTOP_DB")
    }
    return env | {"PYTHONUTF8": "1", "PYTHONNOUSERSITE": "1"} | extra


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("build")
    source = work / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    sdist_dir = work / "sdist"
    build_sdist = f"from setuptools import build_meta; build_meta.build_sdist({str(sdist_dir)!r})"
    _run([sys.executable, "-c", build_sdist], cwd=source, env=_clean_env())
    (sdist,) = sdist_dir.glob("*.tar.gz")
    dist = work / "dist"
    pip_wheel = ["-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"]
    _run([sys.executable, *pip_wheel, "--wheel-dir", dist, sdist], cwd=work, env=_clean_env())
    (built,) = dist.glob("*.whl")
    return built


def test_the_wheel_holds_every_icon_and_translation_of_resources(wheel: Path) -> None:
    shipped = _shipped()
    assert any(name.endswith(".qm") for name in shipped)
    assert any(name.endswith(".svg") for name in shipped)
    with zipfile.ZipFile(wheel) as archive:
        inside = {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("crm_desktop/resources/")
        }
    assert inside.keys() == shipped.keys()  # each one, and no .ts source or stray file
    assert inside == shipped


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed: its scripts folder."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", venv], env=_clean_env())
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    install = ["install", "--no-deps", "--no-index", "--no-compile"]
    _run([sys.executable, "-m", "pip", "--python", python, *install, wheel], env=_clean_env())
    site = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        env=_clean_env(),
    ).stdout.strip()
    ours = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (Path(site) / "dependencies-from-the-test-environment.pth").write_text(
        "".join(f"{folder}\n" for folder in ours), encoding="utf-8"
    )
    return scripts


def test_crm_desktop_version_runs_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    command = installed / ("crm-desktop.exe" if os.name == "nt" else "crm-desktop")
    result = _run([command, "--version"], cwd=tmp_path, env=_clean_env())
    assert result.stdout.split() == ["crm-desktop", __version__]


def test_the_installed_wheel_starts_its_window_with_its_own_resources(
    installed: Path, tmp_path: Path
) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    script = tmp_path / "start.py"
    script.write_text(START, encoding="utf-8")
    env = _clean_env(QT_QPA_PLATFORM="offscreen", LC_ALL="ar_EG.UTF-8", LANGUAGE="ar")
    result = _run([python, script, tmp_path / "crm.sqlite3"], cwd=tmp_path, env=env)
    seen = json.loads(result.stdout.splitlines()[-1])
    venv = installed.parent.resolve()
    package = Path(seen["package"]).resolve()
    assert package.is_relative_to(venv), f"crm_desktop imported from {package}, not the wheel"
    assert Path(seen["resources"]) == package.parent / "resources"
    assert seen["status"] == 0
    assert seen["shown"] and seen["icon"]
    assert seen["menu"] == "&ملف"  # the Arabic translation, read from the installed package


def test_crm_desktop_with_a_vcard_imports_it_from_the_installed_wheel(
    installed: Path, tmp_path: Path
) -> None:
    """The installed command, as a file manager's "Open with" runs it, imports the file through
    the window's import (the options and the preview accepted as they come), then quits."""
    python = installed / ("python.exe" if os.name == "nt" else "python")
    script = tmp_path / "open_with.py"
    script.write_text(OPEN_WITH, encoding="utf-8")
    database = tmp_path / "crm.sqlite3"
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEND:VCARD\r\n", encoding="utf-8")
    env = _clean_env(QT_QPA_PLATFORM="offscreen", LC_ALL="en_GB.UTF-8", LANGUAGE="en")
    result = _run([python, script, database, card], cwd=tmp_path, env=env)
    assert result.stdout.splitlines()[-1] == "0"
    with sqlite3.connect(database) as raw:
        names = [row[0] for row in raw.execute("SELECT formatted_name FROM contacts")]
    assert names == ["Ana Puig"]


def test_the_wheel_installs_the_desktop_entry_metainfo_and_icons_under_share(
    installed: Path,
) -> None:
    share = installed.parent / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_appstream_finds_the_installed_desktop_entry_and_icon(
    installed: Path, tmp_path: Path
) -> None:
    """``appstreamcli validate-tree`` over the wheel's share/ as a distribution lays it out
    (usr/share): the metainfo is valid and names a .desktop file and an icon that are there."""
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream; .ci/run installs it)")
    root = tmp_path / "root"
    shutil.copytree(installed.parent / "share", root / "usr" / "share")
    result = subprocess.run(
        [appstreamcli, "validate-tree", "--no-net", str(root)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "desktop-file-not-found" not in result.stdout
