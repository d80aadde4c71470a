"""The contact editor's repeatable rows, its photo, and what it carries through unseen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.gui.contact_editor import PHOTO_MAX_SIDE, ContactEditor
from crm_desktop.records.drafts import (
    AddressValue,
    ContactDraft,
    CustomValue,
    ExtraValue,
    ImppValue,
    PhotoValue,
    UrlValue,
)


def _image(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fb3"))
    assert image.save(str(path))
    return path


def test_addresses_web_pages_and_custom_fields_are_edited_and_unseen_data_kept(
    qtbot: QtBot,
) -> None:
    original = ContactDraft(
        "Ana Puig",
        addresses=(
            AddressValue(
                ("work",),
                True,
                "PO 7",
                "2n",
                "Carrer Major 1",
                "Girona",
                "",
                "17001",
                "Spain",
                custom_label="Office",
            ),
        ),
        urls=(UrlValue("https://puig.example", ("work",)),),
        impp=(ImppValue("xmpp:ana@puig.example"),),
        extra=(ExtraValue("X-MS-MANAGER", "Jordi"),),
    )
    editor = ContactEditor(original, [], [])
    qtbot.addWidget(editor)
    editor._ui.addresses.item(0, 1).setText("Figueres")
    editor.add_row(editor._ui.addresses, ["Rambla 2", "Barcelona", "", "08002", "Spain", "home"])
    editor.add_row(editor._ui.urls, ["https://blog.puig.example", "home"])
    editor.add_row(editor._ui.custom, ["Region", "Empordà"])
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None
    first, second = draft.addresses
    assert (first.locality, first.po_box, first.extended, first.custom_label, first.preferred) == (
        "Figueres", "PO 7", "2n", "Office", True,
    )  # fmt: skip
    assert (second.street, second.types) == ("Rambla 2", ("home",))
    assert [u.value for u in draft.urls] == ["https://puig.example", "https://blog.puig.example"]
    assert draft.custom_fields == (CustomValue("Region", "Empordà"),)
    assert (draft.impp, draft.extra) == (original.impp, original.extra)  # carried through


def test_a_custom_field_without_a_label_is_refused_inline(qtbot: QtBot) -> None:
    editor = ContactEditor(ContactDraft("Ana"), [], [])
    qtbot.addWidget(editor)
    editor.add_row(editor._ui.custom, ["", "a value"])
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted.value
    assert editor._ui.problem.text() == "A custom field needs a label."


def test_a_photo_from_a_file_is_scaled_and_can_be_removed(qtbot: QtBot, tmp_path: Path) -> None:
    editor = ContactEditor(ContactDraft("Ana"), [], [])
    qtbot.addWidget(editor)
    assert editor.set_photo_file(_image(tmp_path / "big.png", 2000, 1000))
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.photo is not None and draft.photo.data is not None
    image = QImage.fromData(draft.photo.data)
    assert (image.width(), image.height()) == (PHOTO_MAX_SIDE, PHOTO_MAX_SIDE // 2)
    assert draft.photo.media_type == "image/jpeg"
    editor2 = ContactEditor(draft, [], [])
    qtbot.addWidget(editor2)
    editor2._ui.removePhoto.click()
    editor2.accept()
    assert editor2.result_draft() is not None and editor2.result_draft().photo is None  # type: ignore[union-attr]


def test_a_file_that_is_not_an_image_is_refused_with_its_name(qtbot: QtBot, tmp_path: Path) -> None:
    editor = ContactEditor(ContactDraft("Ana", photo=PhotoValue("image/png", b"\\x89PNG")), [], [])
    qtbot.addWidget(editor)
    fake = tmp_path / "notes.png"
    fake.write_text("not an image")
    assert not editor.set_photo_file(fake)
    assert "notes.png is not an image" in editor._ui.problem.text()


def test_a_photo_file_over_20_mb_is_refused_unread_and_the_old_photo_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    kept = PhotoValue("image/png", b"\x89PNG kept")
    editor = ContactEditor(ContactDraft("Ana", photo=kept), [], [])
    qtbot.addWidget(editor)
    poster = tmp_path / "poster.jpg"
    with poster.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: its size says enough
    assert not editor.set_photo_file(poster)
    assert editor._ui.problem.text() == "poster.jpg is larger than 20 MB: choose a smaller image."
    editor.accept()
    assert editor.result_draft() is not None and editor.result_draft().photo == kept  # type: ignore[union-attr]


def test_an_image_dropped_on_the_editor_becomes_the_photo(qtbot: QtBot, tmp_path: Path) -> None:
    editor = ContactEditor(ContactDraft("Ana"), [], [])
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_image(tmp_path / "face.png", 64, 64)))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    editor.dropEvent(event)
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.photo is not None
    assert QImage.fromData(draft.photo.data or b"").width() == 64


def test_an_unreadable_image_dropped_keeps_the_photo_there_was(qtbot: QtBot) -> None:
    photo = PhotoValue("image/png", b"\x89PNG...")
    editor = ContactEditor(ContactDraft("Ana", photo=photo), [], [])
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setImageData(QImage())  # an image payload Qt cannot make anything of
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    editor.dropEvent(event)
    editor.accept()
    draft = editor.result_draft()
    assert draft is not None and draft.photo == photo
