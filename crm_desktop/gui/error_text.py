"""The translated words a user reads for each of our errors: what happened, what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.errors import (
    AlreadyRunningError,
    BackupFailedError,
    CrmError,
    DatabaseError,
    DatabaseProblem,
    FileAccessError,
    FileTooLargeError,
    InputTooLargeError,
    InvalidValueError,
    MappingFileError,
    NoRecordsError,
    NoRecordsKind,
    NotFoundError,
    NothingImportedError,
    RestoreRefusedError,
)
from crm_desktop.gui.placeholders import filled
from crm_desktop.gui.plain_text import tell
from crm_desktop.services.exporting import ExportError
from crm_desktop.services.importing import ImportAborted


def error_title(error: CrmError) -> str:
    if isinstance(error, AlreadyRunningError):
        return QCoreApplication.translate("ErrorText", "CRM Desktop is already open")
    if isinstance(error, RestoreRefusedError):
        return QCoreApplication.translate("ErrorText", "The backup cannot be restored")
    if isinstance(error, BackupFailedError):
        return QCoreApplication.translate("ErrorText", "The backup failed")
    if isinstance(error, DatabaseError):
        return QCoreApplication.translate("ErrorText", "The database cannot be used")
    if isinstance(error, NoRecordsError | ImportAborted | InputTooLargeError):
        return QCoreApplication.translate("ErrorText", "The file cannot be imported")
    if isinstance(error, ExportError):
        return QCoreApplication.translate("ErrorText", "The export failed")
    if isinstance(error, FileTooLargeError):
        return QCoreApplication.translate("ErrorText", "The file cannot be attached")
    return QCoreApplication.translate("ErrorText", "CRM Desktop")


# The command that adds the optional .msg reader (a command, not words to translate).
MSG_READER_COMMAND = "pip install 'crm-desktop[msg]'"


def error_text(error: CrmError) -> str:
    """One or two sentences: what happened, then what the user can do about it."""
    from crm_desktop.services.sync import SyncError

    if isinstance(error, SyncError):
        from crm_desktop.gui.window_sync import SyncTexts

        return SyncTexts().problem(error)
    if isinstance(error, AlreadyRunningError):
        who = (
            QCoreApplication.translate("ErrorText", "process %1 on %2")
            .replace("%1", str(error.pid))
            .replace("%2", error.host)
            if error.pid
            else QCoreApplication.translate("ErrorText", "another program")
        )
        return (
            QCoreApplication.translate(
                "ErrorText", "The database %1 is already open in CRM Desktop (%2)."
            )
            .replace("%1", str(error.path))
            .replace("%2", who)
            + "\n"
            + QCoreApplication.translate(
                "ErrorText", "Switch to the window that is open, or close it and start again."
            )
        )
    if isinstance(error, RestoreRefusedError):
        return _refused_text(error)
    if isinstance(error, BackupFailedError):
        return (
            QCoreApplication.translate("ErrorText", "The backup %1 could not be written (%2).")
            .replace("%1", str(error.path))
            .replace("%2", error.reason)
            + "\n"
            + QCoreApplication.translate(
                "ErrorText", "Nothing was changed. Check that the disk has room, then try again."
            )
        )
    if isinstance(error, DatabaseError):
        path = str(error.path)
        advice = {
            DatabaseProblem.LOCKED: QCoreApplication.translate(
                "ErrorText", "Another program is writing to %1. Close it, then try again."
            ),
            DatabaseProblem.READ_ONLY: QCoreApplication.translate(
                "ErrorText",
                "%1 cannot be written to. Check the file's permissions or free the drive.",
            ),
            DatabaseProblem.DISK_FULL: QCoreApplication.translate(
                "ErrorText",
                "The disk holding %1 is full. Nothing was changed: free some space and try again.",
            ),
            DatabaseProblem.CORRUPT: QCoreApplication.translate(
                "ErrorText", "%1 is damaged. It has not been changed; restore it from a backup."
            ),
            DatabaseProblem.NOT_A_DATABASE: QCoreApplication.translate(
                "ErrorText", "%1 is not a CRM Desktop database. Choose another file."
            ),
            DatabaseProblem.TOO_NEW: QCoreApplication.translate(
                "ErrorText",
                "%1 was written by a newer CRM Desktop. Install the newer version to open it.",
            ),
            DatabaseProblem.CANNOT_OPEN: QCoreApplication.translate(
                "ErrorText", "%1 cannot be opened. Check that its folder exists and is yours."
            ),
            DatabaseProblem.MIGRATION_FAILED: QCoreApplication.translate(
                "ErrorText",
                "%1 could not be upgraded. It was left as it was; a backup is in its folder.",
            ),
            DatabaseProblem.UNSAFE: QCoreApplication.translate(
                "ErrorText",
                "%1 was not used: another user could change or plant files beside it (%2). "
                "Keep the database in a folder only you can write to.",
            ),
            DatabaseProblem.IO_ERROR: QCoreApplication.translate(
                "ErrorText",
                "The disk failed to read or write %1. What was being saved was not saved: "
                "check the disk (or the network drive), then try again.",
            ),
            DatabaseProblem.MISSING: QCoreApplication.translate(
                "ErrorText", "There is no database at %1. Check its name and folder."
            ),
        }[error.problem]
        return filled(advice, path, error.detail)
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "ErrorText", "That record no longer exists. It may have been deleted."
        )
    if isinstance(error, InputTooLargeError):
        return _too_large_text(error)
    if isinstance(error, FileTooLargeError):
        return filled(
            QCoreApplication.translate(
                "ErrorText",
                "%1 is larger than %2, the most a file kept on a record may be. "
                "Nothing was attached.",
            ),
            str(error.path),
            QLocale().formattedDataSize(
                error.limit, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            ),
        )
    if isinstance(error, FileAccessError):
        if error.path is None:
            return filled(
                QCoreApplication.translate("ErrorText", "A file could not be read or written: %1."),
                error.reason,
            )
        return filled(
            QCoreApplication.translate("ErrorText", "%1 could not be read or written: %2."),
            str(error.path),
            error.reason,
        )
    if isinstance(error, NothingImportedError):
        why = QCoreApplication.translate("ErrorText", "%1: %2")
        heading = QCoreApplication.translate(
            "ErrorText", "None of the files can be read, so nothing was imported:"
        )
        return "\n".join([heading, *(filled(why, name, reason) for name, reason in error.unread)])
    if isinstance(error, InvalidValueError):
        return (
            QCoreApplication.translate("ErrorText", "%1 is not valid: %2")
            .replace("%1", error.field)
            .replace("%2", error.value)
        )
    return _file_text(error)


def _file_text(error: CrmError) -> str:
    """The errors of reading and writing files: import, export, a saved column mapping."""
    if isinstance(error, NoRecordsError):
        return _no_records_text(error)
    if isinstance(error, ImportAborted):
        return (
            filled(
                QCoreApplication.translate(
                    "ErrorText", "The import stopped at line %2 of %1, which cannot be read: %3"
                ),
                error.problem.file,
                QLocale().toString(error.problem.line),
                error.problem.message,
            )
            + "\n"
            + QCoreApplication.translate(
                "ErrorText",
                "Nothing was imported. Correct the file, or import it without stopping at the "
                "first problem.",
            )
        )
    if isinstance(error, ExportError):
        return (
            filled(
                QCoreApplication.translate("ErrorText", "The export %1 could not be written (%2)."),
                str(error.path),
                error.reason,
            )
            + "\n"
            + QCoreApplication.translate(
                "ErrorText",
                "A file already there is as it was. Check that the folder exists and the disk "
                "has room, then try again.",
            )
        )
    if isinstance(error, MappingFileError):
        return (
            filled(
                QCoreApplication.translate(
                    "ErrorText", "The column mapping %1 cannot be read (%2)."
                ),
                str(error.path),
                error.reason,
            )
            + "\n"
            + QCoreApplication.translate(
                "ErrorText", "Choose another mapping file, or match the columns again."
            )
        )
    # A kind of error without its words here: the test of every CrmError fails until it has.
    return str(error)


def _no_records_text(error: NoRecordsError) -> str:
    """Why a file gives nothing to import; then that nothing was imported."""
    why = {
        NoRecordsKind.MISSING: QCoreApplication.translate(
            "ErrorText", "%1 does not exist. Choose another file."
        ),
        NoRecordsKind.FOLDER: QCoreApplication.translate(
            "ErrorText", "%1 is a folder, not a file of contacts. Choose a file."
        ),
        NoRecordsKind.EMPTY: QCoreApplication.translate("ErrorText", "%1 is empty."),
        NoRecordsKind.NO_CARDS: QCoreApplication.translate(
            "ErrorText", "%1 holds no contact card."
        ),
        NoRecordsKind.NO_HEADER: QCoreApplication.translate(
            "ErrorText", "%1 has no first row of column names."
        ),
        NoRecordsKind.NO_ROWS: QCoreApplication.translate(
            "ErrorText", "%1 has its column names but no row of contacts under them."
        ),
        NoRecordsKind.NO_EVENTS: QCoreApplication.translate(
            "ErrorText", "%1 holds no appointment or task."
        ),
        NoRecordsKind.UNKNOWN_FORMAT: QCoreApplication.translate(
            "ErrorText",
            "%1 is neither a file of contact cards (vCard) nor a table of contacts (CSV).",
        ),
        NoRecordsKind.CHARSET: QCoreApplication.translate(
            "ErrorText",
            "%1 cannot be read in the character set chosen for it. Choose another one.",
        ),
        NoRecordsKind.NOT_A_MESSAGE: QCoreApplication.translate(
            "ErrorText",
            "%1 is not an e-mail message that can be read (an Outlook contact, "
            "appointment or task, or a damaged file).",
        ),
        NoRecordsKind.MSG_READER_MISSING: QCoreApplication.translate(
            "ErrorText",
            "%1 is an Outlook message (.msg). Reading it needs the optional extract-msg "
            "package, which this command installs: %2. Or save the message from Outlook as "
            ".eml and import that.",
        ),
    }[error.kind]
    return (
        filled(why, error.path.name, MSG_READER_COMMAND)
        + "\n"
        + QCoreApplication.translate("ErrorText", "Nothing was imported.")
    )


def _refused_text(error: RestoreRefusedError) -> str:
    """Why a file cannot be restored from; the database is as it was."""
    why = {
        DatabaseProblem.CORRUPT: QCoreApplication.translate(
            "ErrorText", "%1 is damaged, so it cannot be restored."
        ),
        DatabaseProblem.NOT_A_DATABASE: QCoreApplication.translate(
            "ErrorText", "%1 is not a CRM Desktop database, so it cannot be restored."
        ),
        DatabaseProblem.TOO_NEW: QCoreApplication.translate(
            "ErrorText",
            "%1 was written by a newer CRM Desktop, so this version cannot restore it.",
        ),
    }.get(
        error.problem,
        QCoreApplication.translate("ErrorText", "%1 cannot be read, so it cannot be restored."),
    )
    return (
        why.replace("%1", str(error.path))
        + "\n"
        + QCoreApplication.translate(
            "ErrorText",
            "Nothing was changed: your contacts are as they were. Choose another backup.",
        )
    )


def _too_large_text(error: InputTooLargeError) -> str:
    """What was too large in a file, and where; then that nothing was imported."""
    where = f"{error.path.name}:{error.line}" if error.line else error.path.name
    megabytes = QLocale().toString(error.limit >> 20)
    text = {
        "file": QCoreApplication.translate("ErrorText", "%1 is larger than %2 GB.").replace(
            "%2", QLocale().toString(error.limit >> 30)
        ),
        "line": QCoreApplication.translate("ErrorText", "%1: a line is longer than %2 MB."),
        "row": QCoreApplication.translate("ErrorText", "%1: a row is longer than %2 MB."),
        "photo": QCoreApplication.translate("ErrorText", "%1: the photo is larger than %2 MB."),
        "columns": QCoreApplication.translate(
            "ErrorText", "%1: the header row has more than %2 columns."
        ).replace("%2", QLocale().toString(error.limit)),
    }.get(error.what, QCoreApplication.translate("ErrorText", "%1 is too large."))
    return (
        text.replace("%1", where).replace("%2", megabytes)
        + "\n"
        + QCoreApplication.translate(
            "ErrorText", "Nothing was imported. Split the file, or remove what is too large."
        )
    )


def show_error(
    parent: QWidget | None,
    error: CrmError,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """Tell ``error`` in a message box (plain text: it may quote a path, a value, a file's
    words) and wait for the user."""
    tell(parent, icon, error_title(error), error_text(error))
