"""Where the icons and translations are: ``resources/`` of a checkout, or the installed copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent
_CANDIDATES = (_PACKAGE.parent / "resources", _PACKAGE / "_resources")


def resources_dir() -> Path:
    """The first resources folder that exists (a checkout's, else one installed beside us)."""
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no resources folder in {', '.join(map(str, _CANDIDATES))}")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon(name: str) -> QIcon:
    """An SVG icon from ``resources/icons`` (crisp at any scale)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
