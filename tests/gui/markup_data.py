"""Data whose every text is markup (``<img src=...>``, ``<b>``), as a hostile vCard or CSV
would bring it, stored through the services; and the checks that the GUI shows it as the
characters it is, never as rich text (issue 13: a name ``<img src=/local.png width=30000
height=30000>`` cost 3.7 GB and a 16 s freeze on hover, read as rich text in a tool tip)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    PhoneValue,
    UrlValue,
)
from crm_desktop.records.ids import AccountId, ActivityId, ContactId
from crm_desktop.records.vocabulary import ActivityKind, ActivityStatus
from crm_desktop.services.activities import create_activity, trash_activities
from crm_desktop.services.contact_edits import trash_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.notes import add_note, trash_notes

IMAGE = '<img src="{path}" width=30000 height=30000>'  # what made a hover cost 3.7 GB
BOLD_OPEN = "<b>"  # raw markup from data: only ever escaped inside text read as rich


def marked(field: str) -> str:
    """A value that is markup from its first character (so Qt's guess says rich text)."""
    return IMAGE.format(path=f"/nonexistent/{field}.png") + f"<b>{field}</b>"


def _contact(tag: str, email: str) -> ContactDraft:
    return ContactDraft(
        formatted_name=marked(f"{tag}-name"),
        prefix=marked(f"{tag}-prefix"),
        given_name=marked(f"{tag}-given"),
        additional_names=marked(f"{tag}-additional"),
        family_name=marked(f"{tag}-family"),
        suffix=marked(f"{tag}-suffix"),
        nickname=marked(f"{tag}-nickname"),
        title=marked(f"{tag}-title"),
        department=marked(f"{tag}-department"),
        role=marked(f"{tag}-role"),
        gender=marked(f"{tag}-gender"),
        birthday="1980-04-15",
        note=marked(f"{tag}-note") + "\n" + marked(f"{tag}-note-line-2"),
        categories=(marked(f"{tag}-category"),),
        keep_in_touch_days=7,
        emails=(EmailValue(email, custom_label=marked(f"{tag}-email-label")),),
        phones=(PhoneValue(marked(f"{tag}-phone") + " +34 600 000 000"),),
        addresses=(
            AddressValue(
                street=marked(f"{tag}-street"),
                locality=marked(f"{tag}-locality"),
                region=marked(f"{tag}-region"),
                postal_code=marked(f"{tag}-postal"),
                country=marked(f"{tag}-country"),
                custom_label=marked(f"{tag}-address-label"),
            ),
        ),
        urls=(UrlValue(marked(f"{tag}-url")),),
        custom_fields=(CustomValue(marked(f"{tag}-field-label"), marked(f"{tag}-field")),),
        accounts=(AccountLinkDraft(marked("account"), marked(f"{tag}-job"), True),),
    )


@dataclass(frozen=True)
class Planted:
    """What ``plant`` stored: two contacts that are one person (a duplicate group), one
    in the Trash, their account, an activity, a note; each with markup in every text."""

    contact: ContactId
    twin: ContactId
    account: AccountId
    activity: ActivityId
    now: datetime


def plant(db: Database) -> Planted:
    now = datetime.now(UTC).replace(microsecond=0)
    contact, twin, trashed = add_contacts(
        db,
        [
            _contact("one", "same@example.com"),
            _contact("one", "same@example.com"),  # the same person again
            _contact("gone", "gone@example.com"),
        ],
    )
    from crm_desktop.services.contact_cards import get_contact

    account = get_contact(db, contact).accounts[0].id
    activity = create_activity(
        db,
        ActivityDraft(
            kind=ActivityKind.CALL,
            subject=marked("subject"),
            details=marked("details") + "\n" + marked("details-line-2"),
            location=marked("location"),
            status=ActivityStatus.DONE,
            outcome=marked("outcome"),
            start=now - timedelta(hours=1),
            contact_ids=(contact, twin),
            account_id=account,
        ),
    ).id
    # Due later today (the Activities view's Today tab), even when planted after 22:00 local
    # time: two hours on would be tomorrow then.
    end_of_day = now.astimezone().replace(hour=23, minute=59, second=0).astimezone(UTC)
    due = max(now, min(now + timedelta(hours=2), end_of_day))
    open_task = create_activity(
        db,
        ActivityDraft(
            kind=ActivityKind.TASK,
            subject=marked("task"),
            due=due,
            reminder=min(now + timedelta(hours=1), due),
            contact_ids=(contact,),
            account_id=account,
        ),
    )
    add_note(db, marked("note") + "\n" + marked("note-line-2"), contact_id=contact)
    gone_note = add_note(db, marked("trashed-note"), contact_id=contact)
    gone_activity = create_activity(
        db, ActivityDraft(kind=ActivityKind.MEETING, subject=marked("trashed-activity"))
    )
    trash_contacts(db, [trashed])
    trash_notes(db, [gone_note.id])
    trash_activities(db, [gone_activity.id])
    del open_task
    return Planted(contact, twin, account, activity, now)


def vcard_with_markup(folder: Path) -> Path:
    """A card to import: markup for a name, the e-mail of the planted contact (a merge)."""
    path = folder / "markup.vcf"
    name = marked("one-name")
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:{name}\r\nN:{marked('one-family')};{marked('one-given')};;;\r\n"
        "EMAIL:same@example.com\r\n"
        f"NOTE:{marked('card-note')}\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    return path


# ---- the checks ----------------------------------------------------------------------------

# Roles an item view shows as the characters they hold (the delegate paints them, a screen
# reader reads them): the data may be markup there, and must not be escaped (shown "&lt;").
PLAIN_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
# Roles whose text Qt shows in a label that guesses its format (QToolTip, QWhatsThis).
GUESSED_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole)


def read_as_rich(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether Qt reads ``text`` as rich text in a label or tool tip of that format."""
    if text_format == Qt.TextFormat.AutoText:
        return bool(GuiQt.mightBeRichText(text))
    return text_format in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText)


def rich_text_problem(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """ "" if ``text`` shows as its characters; else what is wrong: rich text holding raw
    markup from data (an image it would load, a tag it would obey)."""
    if not read_as_rich(text, text_format):
        return ""
    document = QTextDocument()
    document.setHtml(text)
    if "<img" in document.toHtml():
        return f"rich text loads an image: {text[:120]!r}"
    if "<img" in text or BOLD_OPEN in text:
        return f"rich text holds raw markup from data: {text[:120]!r}"
    return ""


def shown_plain_problem(text: str) -> str:
    """For a role the view paints as characters: "" unless the text was escaped (the user
    would read "&lt;b&gt;" for "<b>")."""
    return f"escaped text shown as plain: {text[:120]!r}" if "&lt;" in text else ""


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # (its columnCount is not Python's to call)
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


def _indexes(model: QAbstractItemModel, parent: QModelIndex) -> list[QModelIndex]:
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            found.append(index)
            if column == 0 and model.rowCount(index) > 0:
                found += _indexes(model, index)
    return found


def model_problems(model: QAbstractItemModel) -> tuple[list[str], list[str]]:
    """(the problems, every text shown as characters) of every cell, header and role."""
    problems: list[str] = []
    shown: list[str] = []

    def check(where: str, role: Qt.ItemDataRole, value: object) -> None:
        if not isinstance(value, str):
            return
        if role in GUESSED_ROLES:
            problem = rich_text_problem(value)
        elif role in PLAIN_ROLES:
            shown.append(value)
            problem = shown_plain_problem(value)
        else:
            problem = ""
        if problem:
            problems.append(f"{type(model).__name__} {where} {role.name}: {problem}")

    roles = [role for role in Qt.ItemDataRole if role < Qt.ItemDataRole.UserRole]
    for index in _indexes(model, QModelIndex()):
        for role in roles:
            check(f"({index.row()}, {index.column()})", role, model.data(index, role))
    for orientation, count in (
        (Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        for section in range(count):
            for role in roles:
                check(f"header {section}", role, model.headerData(section, orientation, role))
    return problems, shown


def widget_problems(widget: QWidget) -> list[str]:
    """Every label, tool tip and item view under ``widget`` that would read data as rich
    text (its format set to rich, or guessed so), with what it holds."""
    problems: list[str] = []
    widgets = [widget, *widget.findChildren(QWidget)]
    for each in widgets:
        name = f"{type(each).__name__} {each.objectName()!r}"
        if isinstance(each, QLabel) and (
            problem := rich_text_problem(each.text(), each.textFormat())
        ):
            problems.append(f"{name} text: {problem}")
        for what, text in (("tool tip", each.toolTip()), ("what's this", each.whatsThis())):
            if problem := rich_text_problem(text):
                problems.append(f"{name} {what}: {problem}")
        if isinstance(each, QAbstractItemView) and each.model() is not None:
            problems += [f"{name}: {p}" for p in model_problems(each.model())[0]]
    return problems


def labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    """The labels under ``widget`` whose text holds ``text`` as it is."""
    return [label for label in widget.findChildren(QLabel) if text in label.text()]
