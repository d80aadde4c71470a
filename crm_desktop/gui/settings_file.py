"""The settings file (QSettings) as private as the database: 0600 in a 0700 folder.

It holds what a user would not show others: the column mappings of CSV files (whose keys
can be a file's first row of data), the paths of databases, window layouts. Qt writes it
with the process's umask (0644 in a 0755 folder on most systems); the file made 0600 before
Qt first writes it stays so, as Qt's rewrites (``QSaveFile``) keep an existing file's mode.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from crm_desktop.paths import make_private_file


def settings_path() -> Path | None:
    """The file ``QSettings()`` reads and writes, where it is a file of ours to protect:
    None on Windows (the registry) and for macOS's preferences (the system writes them)."""
    settings = QSettings()
    if os.name != "posix" or settings.scope() != QSettings.Scope.UserScope:
        return None
    if sys.platform == "darwin" and settings.format() == QSettings.Format.NativeFormat:
        return None
    return Path(settings.fileName())


def make_settings_private() -> Path | None:
    """Make the settings file 0600 (created empty if missing) and its folder 0700 when the
    folder is the organization's own (``~/.config/CRM Desktop``, never ``~/.config``); the
    file, or None where there is none to protect."""
    path = settings_path()
    if path is None:
        return None
    organization = QCoreApplication.organizationName()
    try:
        make_private_file(path, own_folder=bool(organization) and path.parent.name == organization)
    except OSError:  # a read-only home: Qt cannot write the settings either
        return None
    return path
