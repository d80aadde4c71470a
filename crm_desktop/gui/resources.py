"""Where the icons and translations are, one answer for every way CRM Desktop runs.

An installed wheel (or a bundle) carries them inside the package, in ``crm_desktop/resources/``
(``setup.py`` copies them there at build time); a checkout and an editable install read
``resources/`` at the top of the repository, where they are kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent / "resources")
# A folder is ours only if it holds our icon: a top-level ``resources/`` beside an installed
# package is some other distribution's.
_MARKER = Path("icons") / "crm-desktop.svg"


def resources_dir() -> Path:
    """The installed copy inside the package, else the checkout's ``resources/``."""
    for candidate in _CANDIDATES:
        if (candidate / _MARKER).is_file():
            return candidate
    raise FileNotFoundError(f"no resources folder in {', '.join(map(str, _CANDIDATES))}")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon(name: str) -> QIcon:
    """An SVG icon from ``resources/icons`` (crisp at any scale)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
