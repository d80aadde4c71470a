"""What the PyInstaller bundle holds besides the modules PyInstaller finds by itself: the
files CRM Desktop reads at run time, Qt's translations to keep, and what to leave out.
``crm-desktop.spec`` uses it; tests/packaging/test_bundle_spec.py checks it without
PyInstaller (standard library only)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "crm_desktop"
RESOURCES = ROOT / "resources"
# Qt's own translations (Cancel, Yes, No in standard dialogs) of the languages we speak; the
# PySide6 hook would bring all of them (99 files, 7 MB).
LANGUAGES = ("ar", "ca", "el", "fa")
_QT_TRANSLATION = re.compile(r"^PySide6/Qt/translations/[a-z_]+?_([a-z]{2,3})(_[A-Z]{2})?\.qm$")
# Never imported by CRM Desktop: PIL and numpy come in through optional imports of other
# packages (15 MB), the Qt modules through PySide6's hooks. QtNetwork stays: a second start
# hands its files to the open window through QLocalSocket (crm_desktop/gui/file_handoff.py).
EXCLUDES = ("tkinter", "PIL", "numpy", "PySide6.QtQml", "PySide6.QtQuick")
# Optional extras under another licence, never bundled (the bundle stays MIT): extract_msg is
# GPL-3.0 (pip install 'crm-desktop[msg]'); the code imports it only under ImportError.
OPTIONAL_EXTRAS = ("extract_msg",)


def _files(folder: Path, pattern: str, inside: Path) -> list[tuple[str, str]]:
    """(file, its folder in the bundle) for each file of ``folder`` matching ``pattern``; the
    folder in the bundle is the file's folder relative to ``inside``."""
    return [
        (str(path), path.parent.relative_to(inside).as_posix())
        for path in sorted(folder.glob(pattern))
        if path.is_file() and "__pycache__" not in path.parts
    ]


def datas(anyascii_data: Path) -> list[tuple[str, str]]:
    """The data files, as PyInstaller's ``Analysis(datas=...)`` takes them."""
    migrations = PACKAGE / "store" / "migrations"
    return [
        # Alembic reads the migrations (env.py and the versions) as files, not as modules.
        *_files(migrations, "**/*.py", ROOT),
        *_files(migrations, "*.mako", ROOT),
        *_files(PACKAGE / "interop" / "csv_headers", "*.json", ROOT),
        # resources/ goes where an installed wheel has it: crm_desktop/resources/.
        *[
            (file, f"crm_desktop/{folder}")
            for file, folder in _files(RESOURCES, "icons/*.svg", ROOT)
        ],
        *[
            (file, f"crm_desktop/{folder}")
            for file, folder in _files(RESOURCES, "translations/*.qm", ROOT)
        ],
        # anyascii reads its tables as package data (importlib.resources); no hook says so.
        *_files(anyascii_data, "*", anyascii_data.parent.parent),
    ]


def wanted(destination: str) -> bool:
    """Whether a data file of the analysis stays: all but Qt's translations of languages
    CRM Desktop does not speak."""
    match = _QT_TRANSLATION.search(destination.replace("\\", "/"))
    return match is None or match.group(1) in LANGUAGES
