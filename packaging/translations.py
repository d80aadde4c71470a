#!/usr/bin/env python3
"""Bring the translations up to date with the code, after a visible string changed:

    .venv/bin/python packaging/translations.py

``pyside6-lupdate`` reads the code and the Designer forms into every
``resources/translations/*.ts`` (new strings come in unfinished, strings gone from the code
are dropped), then ``pyside6-lrelease`` builds each ``.qm`` the program loads. Translate the
unfinished strings (Qt Linguist: ``pyside6-linguist``) and run it again.
tests/gui/test_translations.py fails until the ``.ts`` and ``.qm`` files match the code.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# The languages CRM Desktop speaks besides its source English (whose catalog holds only the
# English plural forms): each has a crm_desktop_<code>.ts kept complete by the tests.
LANGUAGES = ("ar", "ca", "el", "en", "fa")
# Qt has no Greek translation of its own words (standard buttons, the file dialog, the text
# fields' menu): ours is loaded in its place. Written by hand, never lupdated.
QT_CATALOGS = (TRANSLATIONS / "qtbase_el.ts",)


def sources() -> list[Path]:
    """Where visible strings are: the package's code (not the forms pyside6-uic generates,
    their strings are read from ui/) and the Designer forms."""
    code = ROOT / "crm_desktop"
    generated = code / "gui" / "forms"
    return [
        *sorted(path for path in code.rglob("*.py") if generated not in path.parents),
        *sorted((ROOT / "ui").glob("*.ui")),
    ]


def catalogs() -> list[Path]:
    """The translation sources, one a language of ``LANGUAGES``."""
    return [TRANSLATIONS / f"crm_desktop_{language}.ts" for language in LANGUAGES]


def tool(name: str) -> str:
    """A PySide6 tool from the environment that runs this script."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise FileNotFoundError(f"{name} is missing beside {sys.executable}")
    return found


def lupdate(catalog: Path) -> None:
    """Merge the strings of ``sources()`` into ``catalog`` (created if missing, for the
    language its name ends with); strings no longer in the code are dropped."""
    language = catalog.stem.rpartition("_")[2]
    command = [
        tool("pyside6-lupdate"), "-no-obsolete", "-target-language", language,
        *map(str, sources()), "-ts", str(catalog),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=300)


def lrelease(catalog: Path, compiled: Path) -> None:
    command = [tool("pyside6-lrelease"), str(catalog), "-qm", str(compiled)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)


def main() -> int:
    for catalog in catalogs():
        lupdate(catalog)
        lrelease(catalog, catalog.with_suffix(".qm"))
        print(f"updated {catalog.relative_to(ROOT)} and its .qm")
    for catalog in QT_CATALOGS:
        lrelease(catalog, catalog.with_suffix(".qm"))
        print(f"built {catalog.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
