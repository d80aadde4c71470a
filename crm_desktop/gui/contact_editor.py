"""New and Edit: a contact's names, work, photo, emails, phones, addresses, web pages,
categories, custom fields and note, in tabs.

The dialog takes a draft and returns one; what it does not show (IM handles, the properties
kept from imports, a detail's custom label) is carried through untouched. Problems are said
inline, under the tabs, and Save waits until they are mended.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QImageWriter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crm_desktop.errors import InputTooLargeError, InvalidValueError
from crm_desktop.gui.bidi import isolated, keep_left_to_right
from crm_desktop.gui.birthday_text import birthday_text, example, read_birthday
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.contact_card import PHOTO_READ_LIMIT_MB
from crm_desktop.gui.detail_rows import (
    EMAIL,
    PHONE,
    add_and_edit,
    add_row,
    cells,
    parse_types,
    setup_table,
)
from crm_desktop.gui.detail_types import (
    EMAIL_TYPES,
    PHONE_TYPES,
    TypeDelegate,
    read_types,
    type_text,
)
from crm_desktop.gui.draft_editor import DraftEditorMixin
from crm_desktop.gui.forms.ui_contact_editor import Ui_ContactEditor
from crm_desktop.gui.plain_text import message_box, tool_tip
from crm_desktop.gui.preferences import home_region, keep_in_touch_default
from crm_desktop.records.date_range import FIRST_YEAR, LAST_YEAR, RANGE_TEXT
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    PhoneValue,
    PhotoValue,
    UrlValue,
)
from crm_desktop.records.partial_dates import normalize_partial_date
from crm_desktop.services.matching import dialled_number
from crm_desktop.services.photos import MAX_PHOTO_BYTES, read_photo_file

PHOTO_MAX_SIDE = 512  # pixels: a contact photo, not a poster
CATEGORY_ROWS = 8  # lines of text the categories box shows without scrolling


def scaled_photo(data: bytes) -> PhotoValue | None:
    """An image scaled to at most 512 pixels a side, as JPEG (PNG if it has transparency);
    None if the bytes are not an image Qt can read within the allocation limit."""
    QImageReader.setAllocationLimit(PHOTO_READ_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > PHOTO_MAX_SIDE:
        reader.setScaledSize(
            size.scaled(QSize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:
        image = image.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)  # fmt: skip
    transparent = image.hasAlphaChannel()
    return PhotoValue(
        "image/png" if transparent else "image/jpeg",
        _encoded(image, b"PNG" if transparent else b"JPEG"),
    )


def _types(detail: object) -> tuple[str, ...] | None:
    """The TYPE values of the e-mail or phone a row was filled from (None: a new row)."""
    return detail.types if isinstance(detail, EmailValue | PhoneValue) else None


def _encoded(image: QImage, image_format: bytes) -> bytes:
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(out, QByteArray(image_format))
    writer.setQuality(88)
    writer.write(image)
    return bytes(out.data().data())


class ContactEditor(DraftEditorMixin[ContactDraft], QDialog):
    _ui: Ui_ContactEditor

    def __init__(
        self,
        draft: ContactDraft | None,
        account_names: list[str],
        categories: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_ContactEditor()
        self._ui.setupUi(self)
        self._original = draft or ContactDraft()
        self._photo = self._original.photo
        completer = QCompleter(account_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._ui.account.setCompleter(completer)
        for table in self._tables():
            setup_table(table)
        self._ui.emails.setItemDelegateForColumn(1, TypeDelegate(EMAIL_TYPES, self._ui.emails))
        self._ui.phones.setItemDelegateForColumn(1, TypeDelegate(PHONE_TYPES, self._ui.phones))
        for table, columns in ((self._ui.emails, (0,)), (self._ui.phones, (0,)),
                               (self._ui.urls, (0,)), (self._ui.addresses, (3,))):  # fmt: skip
            keep_left_to_right(table, *columns)  # a number's groups stay in order
        self._fill(self._original, categories)
        self._retranslate()
        self._connect()
        self._ui.given.setFocus(Qt.FocusReason.OtherFocusReason)  # not the tab bar: the name

    def _tables(self) -> tuple[QTableWidget, ...]:
        ui = self._ui
        return (ui.emails, ui.phones, ui.addresses, ui.urls, ui.custom)

    def _connect(self) -> None:
        ui = self._ui
        for add, remove, table in (
            (ui.addEmail, ui.removeEmail, ui.emails), (ui.addPhone, ui.removePhone, ui.phones),
            (ui.addAddress, ui.removeAddress, ui.addresses), (ui.addUrl, ui.removeUrl, ui.urls),
            (ui.addCustom, ui.removeCustom, ui.custom),
        ):  # fmt: skip
            add.clicked.connect(lambda _=False, t=table: add_and_edit(t))
            remove.clicked.connect(lambda _=False, t=table: t.removeRow(t.currentRow()))
        ui.choosePhoto.clicked.connect(self._on_choose_photo_clicked)
        ui.removePhoto.clicked.connect(self._on_remove_photo_clicked)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.categories.itemActivated.connect(self._on_categories_item_activated)
        ui.categories.itemClicked.connect(self._on_categories_item_activated)
        ui.phones.itemChanged.connect(self._show_dialled)
        for row in range(ui.phones.rowCount()):  # the numbers it opened with
            if (item := ui.phones.item(row, 0)) is not None:
                self._show_dialled(item)

    def _show_dialled(self, item: QTableWidgetItem) -> None:
        """A number's tool tip: how it is dialled, a national one as the Preferences' region's
        ("Dialled as +30 21 0123 4567"); none for a number of no country."""
        if item.column() != 0:
            return
        dialled = dialled_number(item.text(), home_region())
        shown = isolated(dialled[1], left_to_right=True) if dialled else ""
        tip = tool_tip(self.tr("Dialled as %1").replace("%1", shown)) if shown else ""
        if item.toolTip() != tip:
            item.setToolTip(tip)

    # ---- categories, leaving --------------------------------------------------------------

    def _on_categories_item_activated(self, item: QListWidgetItem) -> None:
        if item is self._add_category_item:
            self.add_category()

    def add_category(self, name: str | None = None) -> None:
        """A category of the user's own, ticked (asked for when ``name`` is None)."""
        if name is None:
            dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Add category"))
            dialog.setLabelText(self.tr("Category:"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            name = dialog.textValue()
        name = name.strip()
        categories = self._ui.categories
        for row in range(categories.count()):
            item = categories.item(row)
            if item is not self._add_category_item and item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked)
                return
        if not name:
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        categories.insertItem(categories.row(self._add_category_item), item)

    def _typed_anything(self) -> bool:
        """Whether a new contact holds anything the user put in."""
        ui = self._ui
        lines = (ui.prefix, ui.given, ui.additional, ui.family, ui.suffix, ui.formatted,
                 ui.nickname, ui.account, ui.title, ui.department, ui.birthday)  # fmt: skip
        checked = any(
            ui.categories.item(row).checkState() == Qt.CheckState.Checked
            for row in range(ui.categories.count())
        )
        return (
            any(line.text().strip() for line in lines)
            or any(table.rowCount() for table in self._tables())
            or bool(ui.note.toPlainText().strip())
            or self._photo is not None
            or checked
            or ui.keepInTouch.value() != keep_in_touch_default()
        )

    def reject(self) -> None:
        """Cancel or Esc: a new contact with something in it is thrown away only when the
        user says so."""
        if self._original == ContactDraft() and self._typed_anything():
            box = message_box(
                QMessageBox.Icon.Question,
                self.tr("Discard the new contact?"),
                self.tr("What you typed for this contact is not saved."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Keep editing"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # ---- filling and reading ------------------------------------------------------------

    def _fill(self, d: ContactDraft, categories: list[str]) -> None:
        ui = self._ui
        for widget, value in (
            (ui.prefix, d.prefix), (ui.given, d.given_name), (ui.additional, d.additional_names),
            (ui.family, d.family_name), (ui.suffix, d.suffix), (ui.formatted, d.formatted_name),
            (ui.nickname, d.nickname), (ui.title, d.title), (ui.department, d.department),
            (ui.birthday, birthday_text(d.birthday, QLocale())),
        ):  # fmt: skip
            widget.setText(value)
        primary = next((a for a in d.accounts if a.primary), d.accounts[0] if d.accounts else None)
        ui.account.setText(primary.name if primary else "")
        for email in d.emails:
            self.add_row(ui.emails, [email.value, type_text(email.types, EMAIL_TYPES)], email)
        for phone in d.phones:
            self.add_row(ui.phones, [phone.value, type_text(phone.types, PHONE_TYPES)], phone)
        for a in d.addresses:
            cells = [a.street, a.locality, a.region, a.postal_code, a.country, ", ".join(a.types)]
            self.add_row(ui.addresses, cells, a)
        for url in d.urls:
            self.add_row(ui.urls, [url.value, ", ".join(url.types)], url)
        for field in d.custom_fields:
            self.add_row(ui.custom, [field.label, field.value], field)
        for name in dict.fromkeys([*categories, *d.categories]):
            item = QListWidgetItem(category_text(name), ui.categories)
            item.setData(Qt.ItemDataRole.UserRole, name)  # kept as stored, shown translated
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if name in d.categories else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        self._add_category_item = QListWidgetItem("", ui.categories)  # "Add category…", last
        self._add_category_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        hint = ui.categories.palette().color(QPalette.ColorRole.PlaceholderText)
        self._add_category_item.setForeground(hint)  # a command, not a category
        # Room for the categories (the form's 90 px showed four), an item per line.
        ui.categories.setMaximumHeight(16777215)
        ui.categories.setMinimumHeight(ui.categories.fontMetrics().height() * CATEGORY_ROWS)
        ui.note.setPlainText(d.note)
        new = d == ContactDraft()  # a new contact starts with Preferences' interval
        ui.keepInTouch.setValue(keep_in_touch_default() if new else d.keep_in_touch_days or 0)
        self._show_photo()

    def _retranslate(self) -> None:
        ui = self._ui
        headers = {
            ui.emails: [self.tr("Address"), self.tr("Type")],
            ui.phones: [self.tr("Number"), self.tr("Type")],
            ui.addresses: [self.tr("Street"), self.tr("City"), self.tr("Region"),
                           self.tr("Postal code"), self.tr("Country"), self.tr("Type")],
            ui.urls: [self.tr("Web page"), self.tr("Type")],
            ui.custom: [self.tr("Label"), self.tr("Value")],
        }  # fmt: skip
        for table, labels in headers.items():
            table.setHorizontalHeaderLabels(labels)
        for row in range(ui.categories.count()):  # built-in categories in the words of now
            item = ui.categories.item(row)
            if item is not self._add_category_item:
                item.setText(category_text(str(item.data(Qt.ItemDataRole.UserRole))))
        self._add_category_item.setText(self.tr("Add category…"))
        self._add_category_item.setToolTip(self.tr("A new category, ticked for this contact"))
        ui.birthday.setPlaceholderText(
            self.tr("%1, or --04-15 without the year").replace("%1", example(QLocale()))
        )
        self.setWindowTitle(
            self.tr("New contact") if not self._original.formatted_name else self.tr("Contact")
        )

    add_row = staticmethod(add_row)

    # ---- the photo ------------------------------------------------------------------------

    def _show_photo(self) -> None:
        ui = self._ui
        pixmap = QPixmap()
        if self._photo is not None and self._photo.data and pixmap.loadFromData(self._photo.data):
            shown = pixmap.scaled(
                96,
                96,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            ui.photo.setPixmap(shown)
        else:
            ui.photo.setPixmap(QPixmap())
            ui.photo.setText(self.tr("No photo"))
        ui.removePhoto.setEnabled(self._photo is not None)

    def set_photo_file(self, path: Path) -> bool:
        """Take the image at ``path`` (scaled); False, with a message, if it is not one."""
        try:
            data = read_photo_file(path)
        except InputTooLargeError:
            self._say_problem(
                self.tr("%1 is larger than %2 MB: choose a smaller image.")
                .replace("%1", path.name)
                .replace("%2", self.locale().toString(MAX_PHOTO_BYTES >> 20))
            )
            return False
        except OSError as error:
            self._say_problem(
                self.tr("%1 cannot be read (%2).")
                .replace("%1", path.name)
                .replace("%2", error.strerror or "")
            )
            return False
        photo = scaled_photo(data)
        if photo is None:
            self._say_problem(
                self.tr("%1 is not an image this app can read.").replace("%1", path.name)
            )
            return False
        self._photo = photo
        self._ui.problem.clear()
        self._show_photo()
        return True

    def _on_choose_photo_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if name:
            self.set_photo_file(Path(name))

    def _on_remove_photo_clicked(self) -> None:
        self._photo = None
        self._show_photo()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        for url in mime.urls():
            if url.isLocalFile() and self.set_photo_file(Path(url.toLocalFile())):
                event.acceptProposedAction()
                return
        if mime.hasImage():
            photo = scaled_photo(_encoded(QImage(mime.imageData()), b"PNG"))
            if photo is not None:  # an image Qt cannot read leaves the photo there was
                self._photo = photo
                self._show_photo()
                event.acceptProposedAction()

    # ---- the draft ------------------------------------------------------------------------

    def _draft(self) -> ContactDraft:
        """What the fields say (raises ``ValueError`` with the words to show)."""
        ui = self._ui
        emails = [(c[0], read_types(c[1], _types(o), EMAIL_TYPES), o) for c, o in cells(ui.emails)]
        for value, _, _ in emails:
            if not EMAIL.match(value):
                raise ValueError(self.tr("%1 is not an email address.").replace("%1", value))
        phones = [(c[0], read_types(c[1], _types(o), PHONE_TYPES), o) for c, o in cells(ui.phones)]
        for value, _, _ in phones:
            if not PHONE.match(value):
                raise ValueError(
                    self.tr("%1 is not a phone number (digits, spaces, + ( ) - . /).").replace(
                        "%1", isolated(value, left_to_right=True)
                    )
                )
        try:
            birthday = normalize_partial_date(
                read_birthday(ui.birthday.text(), QLocale()), "birthday"
            )
        except InvalidValueError as error:
            if error.expected == RANGE_TEXT:
                years = QLocale()
                years.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
                raise ValueError(
                    self.tr("%1 is outside the years %2 to %3 that CRM Desktop keeps.")
                    .replace("%1", ui.birthday.text())
                    .replace("%2", years.toString(FIRST_YEAR))
                    .replace("%3", years.toString(LAST_YEAR))
                ) from None
            raise ValueError(
                self.tr("%1 is not a date: write it like %2, or --04-15 without the year.")
                .replace("%1", isolated(ui.birthday.text(), left_to_right=True))  # --13-45
                .replace("%2", isolated(example(QLocale()), left_to_right=True))
            ) from None
        custom = [CustomValue(c[0], c[1]) for c, _ in cells(ui.custom)]
        if any(not field.label for field in custom):
            raise ValueError(self.tr("A custom field needs a label."))
        original = self._original
        account = ui.account.text().strip()
        others = tuple(a for a in original.accounts if not a.primary and a.name != account)
        accounts = (
            (AccountLinkDraft(account, ui.title.text().strip(), True),) if account else ()
        ) + others
        checked = [
            str(ui.categories.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(ui.categories.count())
            if ui.categories.item(i).checkState() == Qt.CheckState.Checked
        ]
        addresses = []
        for texts, old in cells(ui.addresses):
            base = old if isinstance(old, AddressValue) else AddressValue()
            street, city, region, code, country, types = texts
            changed = replace(base, street=street, locality=city, region=region)
            addresses.append(
                replace(changed, postal_code=code, country=country, types=parse_types(types))
            )
        draft = replace(
            original,
            prefix=ui.prefix.text().strip(),
            given_name=ui.given.text().strip(),
            additional_names=ui.additional.text().strip(),
            family_name=ui.family.text().strip(),
            suffix=ui.suffix.text().strip(),
            formatted_name=ui.formatted.text().strip(),
            nickname=ui.nickname.text().strip(),
            title=ui.title.text().strip(),
            department=ui.department.text().strip(),
            birthday=birthday,
            note=ui.note.toPlainText().strip(),
            categories=tuple(checked),
            accounts=accounts,
            photo=self._photo,
            emails=tuple(
                replace(o, value=v, types=t) if isinstance(o, EmailValue) else EmailValue(v, t)
                for v, t, o in emails
            ),
            phones=tuple(
                replace(o, value=v, types=t) if isinstance(o, PhoneValue) else PhoneValue(v, t)
                for v, t, o in phones
            ),
            addresses=tuple(addresses),
            urls=tuple(
                replace(o, value=c[0], types=parse_types(c[1]))
                if isinstance(o, UrlValue)
                else UrlValue(c[0], parse_types(c[1]))
                for c, o in cells(ui.urls)
            ),
            custom_fields=tuple(custom),
            keep_in_touch_days=ui.keepInTouch.value() or None,
        )
        if not (draft.formatted_name or draft.given_name or draft.family_name or emails or phones):
            raise ValueError(self.tr("Give the contact a name, an email or a phone."))
        if not draft.formatted_name:
            parts = (draft.prefix, draft.given_name, draft.additional_names, draft.family_name,
                     draft.suffix)  # fmt: skip
            draft = replace(draft, formatted_name=" ".join(p for p in parts if p))
        return draft
