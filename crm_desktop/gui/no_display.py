"""Starting the window where there is no display (an SSH session, a cron job, a container):
one translated line and status 1, before Qt's platform plugin aborts the process with a
core dump and a page about plugins.

Only Linux and the other X11/Wayland systems need a display server; Qt draws without one on
the platforms named in ``HEADLESS_PLATFORMS`` (``QT_QPA_PLATFORM=offscreen``, the tests').
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from crm_desktop import APP_NAME

# Qt platform plugins that need no display server.
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
)


def display_missing(environ: Mapping[str, str] | None = None, platform: str = "") -> bool:
    """Whether the window cannot be shown: on Linux (and BSD), no ``DISPLAY`` nor
    ``WAYLAND_DISPLAY`` for the platform Qt would use, and ``QT_QPA_PLATFORM`` names none
    that draws without one. ``QT_QPA_PLATFORM`` may list several, ``wayland;xcb``, each with
    options after a colon."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    if platform.startswith(("win", "darwin", "cygwin", "msys")):
        return False
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    chosen = [
        name.split(":")[0].strip().lower()
        for name in environ.get("QT_QPA_PLATFORM", "").split(";")
        if name.strip()
    ]
    if not chosen:
        return not (x11 or wayland)
    for name in chosen:
        if name in HEADLESS_PLATFORMS or (name == "xcb" and x11):
            return False
        if name.startswith("wayland") and wayland:
            return False
        if name != "xcb" and not name.startswith("wayland"):
            return False  # a plugin we do not know: Qt's to judge
    return True


def no_display_line() -> str:
    """The line to print, in the user's language (a ``QCoreApplication``, which needs no
    display, carries the translators)."""
    from crm_desktop.gui.language import chosen_language, install_translators, locale_for

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setOrganizationName("CRM Desktop")
    app.setApplicationName(APP_NAME)
    install_translators(app, locale_for(chosen_language()))
    return QCoreApplication.translate(
        "NoDisplay",
        "no display: the window cannot be shown here; set DISPLAY (or WAYLAND_DISPLAY), "
        "or use the command line (crm-desktop --help)",
    )
