"""The duplicates window's side-by-side comparison of one group of contacts, where the user
picks what the kept contact is made of.

It starts from what a merge keeps by default (``combined_draft``: the kept contact's own
single values, an empty one filled from another; every e-mail, phone, address, category,
custom field and kept vCard property of all, once). A single-valued field (name,
organization, job title, birthday...) is a row with one check box per contact that has a
value: checking one chooses it. Every value of a list (and each note) is a row of its own,
shown under the contacts that have it, checked (kept) until the user unchecks it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.calendars import partial_date_text
from crm_desktop.records.contacts import ContactCard
from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.services.contact_combine import combined_draft

AnyIndex = QModelIndex | QPersistentModelIndex

_NAME_FIELDS = (
    "formatted_name", "prefix", "given_name", "additional_names", "family_name", "suffix",
)  # fmt: skip
ORGANIZATION = "organization"
# Single-valued fields, in the order shown: (field of ContactDraft, or "organization"; label).
_SINGLE: tuple[tuple[str, str], ...] = tuple(
    (name, str(label))
    for name, label in (
        ("name", QT_TRANSLATE_NOOP("MergeChoiceModel", "Name")),
        (ORGANIZATION, QT_TRANSLATE_NOOP("MergeChoiceModel", "Organization")),
        ("title", QT_TRANSLATE_NOOP("MergeChoiceModel", "Job title")),
        ("department", QT_TRANSLATE_NOOP("MergeChoiceModel", "Department")),
        ("role", QT_TRANSLATE_NOOP("MergeChoiceModel", "Role")),
        ("nickname", QT_TRANSLATE_NOOP("MergeChoiceModel", "Nickname")),
        ("birthday", QT_TRANSLATE_NOOP("MergeChoiceModel", "Birthday")),
        ("anniversary", QT_TRANSLATE_NOOP("MergeChoiceModel", "Anniversary")),
        ("gender", QT_TRANSLATE_NOOP("MergeChoiceModel", "Gender")),
        ("photo", QT_TRANSLATE_NOOP("MergeChoiceModel", "Photo")),
        ("keep_in_touch_days", QT_TRANSLATE_NOOP("MergeChoiceModel", "Keep in touch (days)")),
    )
)
# Lists whose every value is kept unless unchecked: (field of ContactDraft; label).
_LISTS: tuple[tuple[str, str], ...] = tuple(
    (name, str(label))
    for name, label in (
        ("emails", QT_TRANSLATE_NOOP("MergeChoiceModel", "E-mail")),
        ("phones", QT_TRANSLATE_NOOP("MergeChoiceModel", "Phone")),
        ("addresses", QT_TRANSLATE_NOOP("MergeChoiceModel", "Address")),
        ("urls", QT_TRANSLATE_NOOP("MergeChoiceModel", "Web page")),
        ("impp", QT_TRANSLATE_NOOP("MergeChoiceModel", "Instant messaging")),
        ("categories", QT_TRANSLATE_NOOP("MergeChoiceModel", "Category")),
        ("custom_fields", QT_TRANSLATE_NOOP("MergeChoiceModel", "Custom field")),
        ("extra", QT_TRANSLATE_NOOP("MergeChoiceModel", "vCard property")),
        ("note", QT_TRANSLATE_NOOP("MergeChoiceModel", "Note")),
    )
)
_LEFT_TO_RIGHT = {"emails", "phones", "urls", "impp"}


def name_text(draft: ContactDraft) -> str:
    parts = (draft.prefix, draft.given_name, draft.additional_names, draft.family_name)
    composed = " ".join(p.strip() for p in (*parts, draft.suffix) if p.strip())
    return draft.formatted_name.strip() or composed


def _address_text(address: AddressValue) -> str:
    parts = (
        address.po_box, address.extended, address.street, address.locality, address.region,
        address.postal_code, address.country,
    )  # fmt: skip
    return ", ".join(p.strip() for p in parts if p.strip()) or address.label


def _value_text(field: str, value: Any) -> str:
    """One value of a list as plain text."""
    if field == "addresses":
        return _address_text(value)
    if field == "categories" or field == "note":
        return str(value)
    if field == "custom_fields":
        return f"{value.label}: {value.value}"
    if field == "extra":
        return f"{value.name}: {value.value}"
    return str(value.value)


def _same(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass
class _Single:
    field: str
    label: str
    texts: list[str]  # per contact
    chosen: int | None  # the contact whose value is kept


@dataclass
class _Value:
    field: str
    label: str
    value: Any
    text: str
    holders: frozenset[int]  # the contacts (columns) that have it
    kept: bool = True


class MergeChoiceModel(QAbstractTableModel):
    """One group of contacts side by side (the kept one first); the checks are the choice."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[ContactCard] = []
        self._rows: list[_Single | _Value] = []

    # ---- filling ---------------------------------------------------------------------------

    def set_cards(self, cards: Sequence[ContactCard]) -> None:
        """Compare these contacts; the first is the one kept."""
        self.beginResetModel()
        self._cards = list(cards)
        self._rows = self._build() if cards else []
        self.endResetModel()

    def cards(self) -> list[ContactCard]:
        return list(self._cards)

    def _build(self) -> list[_Single | _Value]:
        drafts = [card.draft for card in self._cards]
        combined = combined_draft(drafts[0], drafts[1:])
        rows: list[_Single | _Value] = []
        for field, label in _SINGLE:
            texts = [self._single_text(field, card) for card in self._cards]
            if not any(texts):
                continue
            chosen = next((i for i, text in enumerate(texts) if text), None)
            rows.append(_Single(field, label, texts, chosen))
        for field, label in _LISTS:
            if field == "note":
                values: Sequence[Any] = [d.note.strip() for d in drafts if d.note.strip()]
                values = list(dict.fromkeys(values))
            else:
                values = getattr(combined, field)
            for value in values:
                text = _value_text(field, value)
                holders = frozenset(
                    i for i, draft in enumerate(drafts) if self._holds(field, draft, text)
                )
                rows.append(_Value(field, label, value, text, holders or frozenset({0})))
        return rows

    @staticmethod
    def _holds(field: str, draft: ContactDraft, text: str) -> bool:
        if field == "note":
            return _same(draft.note) == _same(text)
        if field == "custom_fields" and text.endswith(": " + name_text(draft)):
            return True  # "Also known as: E. Vlachou" is that contact's name
        own = getattr(draft, field)
        return any(_same(_value_text(field, v)) == _same(text) for v in own)

    def _single_text(self, field: str, card: ContactCard) -> str:
        draft = card.draft
        if field == "name":
            return name_text(draft)
        if field == ORGANIZATION:
            return card.organization
        if field == "photo":
            has_photo = draft.photo is not None
            return QCoreApplication.translate("MergeChoiceModel", "a photo") if has_photo else ""
        if field in ("birthday", "anniversary"):
            return partial_date_text(getattr(draft, field))
        if field == "keep_in_touch_days":
            days = draft.keep_in_touch_days
            return QLocale().toString(days) if days is not None else ""
        return str(getattr(draft, field) or "").strip()

    # ---- the result ------------------------------------------------------------------------

    def kept_id(self) -> int | None:
        return self._cards[0].id if self._cards else None

    def other_ids(self) -> list[int]:
        return [card.id for card in self._cards[1:]]

    def result(self) -> ContactDraft:
        """The kept contact as the checks say."""
        drafts = [card.draft for card in self._cards]
        result = combined_draft(drafts[0], drafts[1:])
        changes: dict[str, Any] = {}
        for row in self._rows:
            if not isinstance(row, _Single) or row.chosen is None or row.field == ORGANIZATION:
                continue
            source = drafts[row.chosen]
            fields = _NAME_FIELDS if row.field == "name" else (row.field,)
            changes.update({name: getattr(source, name) for name in fields})
        for field, _label in _LISTS:
            kept = [
                r.value for r in self._rows if isinstance(r, _Value) and r.field == field and r.kept
            ]
            changes[field] = "\n\n".join(kept) if field == "note" else tuple(kept)
        return dataclasses.replace(result, **changes)

    def seen(self) -> dict[int, ContactDraft]:
        """The contacts as shown, by id (what ``result`` was made from)."""
        return {int(card.id): card.draft for card in self._cards}

    def primary_account(self) -> int | None:
        """The account chosen as the organization (None: the kept contact's own stays)."""
        for row in self._rows:
            if isinstance(row, _Single) and row.field == ORGANIZATION and row.chosen is not None:
                card = self._cards[row.chosen]
                primary = next((a for a in card.accounts if a.primary), None)
                chosen = primary or (card.accounts[0] if card.accounts else None)
                return chosen.id if chosen is not None else None
        return None

    # ---- for tests and the window ----------------------------------------------------------

    def row_of(self, label: str, text: str = "") -> int | None:
        """The row of the field ``label`` (untranslated) holding ``text`` (any, for "")."""
        for number, row in enumerate(self._rows):
            if row.label == label and (
                not text
                or (isinstance(row, _Value) and row.text == text)
                or (isinstance(row, _Single) and text in row.texts)
            ):
                return number
        return None

    # ---- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._cards else 1 + len(self._cards)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("MergeChoiceModel", "Field")
        if 1 <= section <= len(self._cards):
            name = name_text(self._cards[section - 1].draft) or QCoreApplication.translate(
                "MergeChoiceModel", "(no name)"
            )
            if section == 1:
                return QCoreApplication.translate("MergeChoiceModel", "%1 (kept)").replace(
                    "%1", isolated(name)
                )
            return isolated(name)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if self._checkable(index):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _checkable(self, index: AnyIndex) -> bool:
        row = self._rows[index.row()]
        column = index.column()
        if isinstance(row, _Value):
            return column == 0
        return column >= 1 and bool(row.texts[column - 1])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QCoreApplication.translate("MergeChoiceModel", row.label)
            contact = column - 1
            if isinstance(row, _Single):
                return isolated(row.texts[contact])
            if contact in row.holders:
                return isolated(row.text, left_to_right=row.field in _LEFT_TO_RIGHT)
            return ""
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable(index):
            checked = row.kept if isinstance(row, _Value) else row.chosen == column - 1
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if isinstance(row, _Value):
                return QCoreApplication.translate(
                    "MergeChoiceModel", "Uncheck to leave this value out"
                )
            return QCoreApplication.translate("MergeChoiceModel", "Check the value to keep")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self._checkable(index):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self._rows[index.row()]
        if isinstance(row, _Value):
            row.kept = checked
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        if not checked:
            return False  # one value is always chosen: check another to change it
        row.chosen = index.column() - 1
        self.dataChanged.emit(
            self.index(index.row(), 1),
            self.index(index.row(), len(self._cards)),
            [Qt.ItemDataRole.CheckStateRole],
        )
        return True

    def set_checked(self, row: int, column: int, checked: bool) -> bool:
        """As a click on the check box of that cell does."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return self.setData(self.index(row, column), state.value, Qt.ItemDataRole.CheckStateRole)

    def retranslate(self) -> None:
        if self._cards:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._cards))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._cards))
            )
