"""The translated words a user reads for each of our errors: what happened, what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.errors import (
    AlreadyRunningError,
    CrmError,
    DatabaseError,
    DatabaseProblem,
    InvalidValueError,
    NotFoundError,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorText", text)


def error_title(error: CrmError) -> str:
    if isinstance(error, AlreadyRunningError):
        return _tr("CRM Desktop is already open")
    if isinstance(error, DatabaseError):
        return _tr("The database cannot be used")
    return _tr("CRM Desktop")


def error_text(error: CrmError) -> str:
    """One or two sentences: what happened, then what the user can do about it."""
    if isinstance(error, AlreadyRunningError):
        who = (
            _tr("process %1 on %2").replace("%1", str(error.pid)).replace("%2", error.host)
            if error.pid
            else _tr("another program")
        )
        return (
            _tr("The database %1 is already open in CRM Desktop (%2).")
            .replace("%1", str(error.path))
            .replace("%2", who)
            + "\n"
            + _tr("Switch to the window that is open, or close it and start again.")
        )
    if isinstance(error, DatabaseError):
        path = str(error.path)
        advice = {
            DatabaseProblem.LOCKED: _tr(
                "Another program is writing to %1. Close it, then try again."
            ),
            DatabaseProblem.READ_ONLY: _tr(
                "%1 cannot be written to. Check the file's permissions or free the drive."
            ),
            DatabaseProblem.DISK_FULL: _tr(
                "The disk holding %1 is full. Nothing was changed: free some space and try again."
            ),
            DatabaseProblem.CORRUPT: _tr(
                "%1 is damaged. It has not been changed; restore it from a backup."
            ),
            DatabaseProblem.NOT_A_DATABASE: _tr(
                "%1 is not a CRM Desktop database. Choose another file."
            ),
            DatabaseProblem.TOO_NEW: _tr(
                "%1 was written by a newer CRM Desktop. Install the newer version to open it."
            ),
            DatabaseProblem.CANNOT_OPEN: _tr(
                "%1 cannot be opened. Check that its folder exists and is yours."
            ),
            DatabaseProblem.MIGRATION_FAILED: _tr(
                "%1 could not be upgraded. It was left as it was; a backup is in its folder."
            ),
        }[error.problem]
        return advice.replace("%1", path)
    if isinstance(error, NotFoundError):
        return _tr("That record no longer exists. It may have been deleted.")
    if isinstance(error, InvalidValueError):
        return _tr("%1 is not valid: %2").replace("%1", error.field).replace("%2", error.value)
    return str(error)
