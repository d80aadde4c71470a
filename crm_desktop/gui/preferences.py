"""What Edit > Preferences keeps in QSettings besides the language, the calendar and the
theme (each in its own module), and where each takes effect:

- the default currency (``sales/currency``): new deals and leads' deals, the reports' chart;
- the region (``ui/region``, a two-letter code; ``home_region``): the user's own country.
  National phone numbers are read as that country's when duplicates are looked for
  (duplicates_dialog), when files are imported and previewed (import_export) and when a
  sync brings cards down (window_sync); a card's phone links dial them so (contact_card),
  and the editor's tool tip on a number says how it is dialled (contact_editor). Addresses
  in it are written without their country line on the cards (card_addresses), on labels
  and envelopes when the sender's address names no country (labels_dialog) and in the
  mail-merge export (import_export), as the post wants domestic mail;
- keeping in touch (``contacts/keepInTouchDays``): the interval a new contact starts with;
- the reminder (``activities/reminderMinutes``, -1 none): the lead a new activity starts
  with;
- the backup folder (``backups/folder``): the backups folder, where Back up now and the
  automatic backups write, rotation prunes and the Backups list reads (empty: the
  ``backups`` folder beside the database); the window hands it to its database
  (``use_backup_folder``: ``Database.backups_folder``).

How many automatic backups to keep belongs to the database (``services.backups``), the sync
interval to the sync (``window_sync.INTERVAL_KEY``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings

if TYPE_CHECKING:
    from crm_desktop.services.database import Database

CURRENCY_KEY = "sales/currency"
REGION_KEY = "ui/region"
KEEP_IN_TOUCH_KEY = "contacts/keepInTouchDays"
REMINDER_KEY = "activities/reminderMinutes"
BACKUP_FOLDER_KEY = "backups/folder"
NO_REMINDER = -1


def _text(key: str) -> str:
    value = QSettings().value(key, "")
    return value.strip() if isinstance(value, str) else ""


def _number(key: str, default: int) -> int:
    try:
        return int(str(QSettings().value(key, default)))
    except ValueError:  # edited by hand
        return default


def chosen_currency() -> str | None:
    """The ISO code chosen for new deals (None: the locale's)."""
    code = _text(CURRENCY_KEY).upper()
    return code if len(code) == 3 and code.isalpha() else None


def chosen_region() -> str | None:
    """The country chosen for phone numbers (None: the locale's)."""
    code = _text(REGION_KEY).upper()
    return code if len(code) == 2 and code.isalpha() else None


def home_region() -> str:
    """The user's own country (ISO code): the region chosen, else the language's."""
    return chosen_region() or QLocale.territoryToCode(QLocale().territory())


def keep_in_touch_default() -> int:
    """The days a new contact is kept in touch every (0: not kept in touch)."""
    return max(0, _number(KEEP_IN_TOUCH_KEY, 0))


def reminder_default() -> int:
    """Minutes before its time a new activity reminds (``NO_REMINDER``: none)."""
    return max(NO_REMINDER, _number(REMINDER_KEY, NO_REMINDER))


def backup_folder() -> Path | None:
    """The backups folder chosen (None: the backups folder beside the database)."""
    text = _text(BACKUP_FOLDER_KEY)
    return Path(text).expanduser().absolute() if text else None


def use_backup_folder(db: Database) -> None:
    """Make the folder chosen in Preferences the backups folder of ``db``."""
    db.backups_folder = backup_folder()


def store(key: str, value: str | int) -> None:
    QSettings().setValue(key, value)
