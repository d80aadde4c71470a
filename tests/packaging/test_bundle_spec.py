"""The PyInstaller bundle's pieces, checked cheaply (the build itself takes minutes:
``python3 packaging/build.py bundle`` builds and smoke-tests it)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import anyascii
import pytest

from crm_desktop import APP_ID
from tests.packaging.scripts import PACKAGING, load
from tests.paths import ROOT

contents = load("bundle_contents")
PACKAGE = ROOT / "crm_desktop"


def _bundled() -> dict[str, str]:
    """Each data file the bundle gets, by its path in the bundle."""
    data = contents.datas(Path(anyascii.__file__).parent / "_data")
    return {f"{folder}/{Path(source).name}": source for source, folder in data}


def test_the_bundle_gets_every_file_the_program_reads_at_run_time() -> None:
    bundled = _bundled()
    needed = [
        *(PACKAGE / "store" / "migrations").rglob("*.py"),  # Alembic reads them as files
        *(PACKAGE / "store" / "migrations").glob("*.mako"),
        *(PACKAGE / "interop" / "csv_headers").glob("*.json"),
    ]
    for path in needed:
        if "__pycache__" not in path.parts:
            assert path.relative_to(ROOT).as_posix() in bundled
    for path in [*ROOT.glob("resources/icons/*.svg"), *ROOT.glob("resources/translations/*.qm")]:
        assert f"crm_desktop/{path.relative_to(ROOT).as_posix()}" in bundled  # as in the wheel
    assert "anyascii/_data/003" in bundled  # Greek's table (found by no PyInstaller hook)
    assert not any(name.endswith(".ts") for name in bundled)


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_ar.qm", True),
        ("PySide6/Qt/translations/qtbase_fa.qm", True),
        ("PySide6/Qt/translations/qt_ca.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_zh_CN.qm", False),
        ("crm_desktop/resources/translations/crm_desktop_en.qm", True),  # ours, always
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ],
)
def test_only_qts_translations_of_other_languages_are_left_out(
    destination: str, kept: bool
) -> None:
    assert contents.wanted(destination) is kept


def test_nothing_left_out_of_the_bundle_is_imported_by_crm_desktop() -> None:
    imported: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module)
    for excluded in contents.EXCLUDES:
        assert not {
            name for name in imported if name == excluded or name.startswith(f"{excluded}.")
        }


def test_an_optional_extra_left_out_of_the_bundle_is_imported_only_where_its_absence_is_told() -> (
    None
):
    """extract-msg (GPL-3.0) stays out of the MIT bundle: every module importing it catches
    ImportError, so the bundled app refuses a .msg with a message instead of crashing."""
    spec = (PACKAGING / "crm-desktop.spec").read_text(encoding="utf-8")
    assert "*OPTIONAL_EXTRAS" in spec
    for extra in contents.OPTIONAL_EXTRAS:
        importers = [
            path
            for path in PACKAGE.rglob("*.py")
            if f"import {extra}" in path.read_text(encoding="utf-8")
        ]
        assert importers, extra
        for path in importers:
            assert "except ImportError" in path.read_text(encoding="utf-8"), path


def test_the_spec_is_python_and_names_the_bundle_identifier_and_icons() -> None:
    spec = (PACKAGING / "crm-desktop.spec").read_text(encoding="utf-8")
    compile(spec, "crm-desktop.spec", "exec")
    assert "bundle_identifier=APP_ID" in spec and APP_ID.count(".") >= 2
    assert "VSVersionInfo(" in spec  # Windows' version resource
    assert '"crm-desktop.ico"' in spec and '"crm-desktop.icns"' in spec
    assert "bundle_entry.py" in spec and (PACKAGING / "bundle_entry.py").is_file()


def test_the_window_the_smoke_test_starts_reports_itself_and_exits_0(tmp_path: Path) -> None:
    """What build.py's smoke test asks of the bundle, asked of the checkout."""
    env = {key: value for key, value in os.environ.items() if key != "CRM_DESKTOP_DB"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_QUIT_WHEN_STARTED": "1"}
    env |= {"LC_ALL": "en_GB.UTF-8", "LANGUAGE": "en"}
    database = tmp_path / "new" / "crm.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", str(database)],
        capture_output=True, text=True, timeout=120, check=False, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["shown"] and seen["icon"] and seen["menu"] == "&File"
    assert Path(seen["resources"]) == ROOT / "resources"
    assert database.is_file()


def test_the_smoke_test_of_a_folder_without_a_bundle_says_so(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "smoke", str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"no crm-desktop program in {tmp_path}" in result.stderr
