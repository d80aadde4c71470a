"""File > Print and File > Export PDF: the pages written, in every script, read back from the
PDF (pdftotext and pdfinfo from poppler-utils)."""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from crm_desktop.errors import FileAccessError
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.print_actions import suggested_name
from crm_desktop.gui.print_documents import contact_document
from crm_desktop.gui.printing import PrintDocument, data_text, page_html, table_html, write_pdf
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.activities import add_note, create_activity, timeline
from crm_desktop.services.contacts import add_contacts, get_contact
from crm_desktop.services.database import Database
from tests.gui.pdf_text import page_count, pdf_text

GREEK = "Ελένη Παπαδοπούλου"
ARABIC = "شركة الزيتون الذهبي"
PERSIAN = "پیگیری قرارداد"


@pytest.fixture
def rtl(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _left_edge(pdf: Path, word: str) -> float:
    """Where ``word`` starts on the first page, as a share of the page's width."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    page = next(line for line in html.splitlines() if "<page " in line)
    width = float(page.split('width="')[1].split('"')[0])
    line = next(line for line in html.splitlines() if f">{word}<" in line)
    return float(line.split('xMin="')[1].split('"')[0]) / width


def test_a_contact_card_prints_its_greek_name_and_arabic_timeline(
    qapp: QApplication, db: Database, tmp_path: Path
) -> None:
    [contact_id] = add_contacts(
        db, [ContactDraft(formatted_name=GREEK, emails=(EmailValue("eleni@aegean.example"),))]
    )
    add_note(db, f"{ARABIC}\n{PERSIAN}", contact_id=contact_id)
    moment = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    create_activity(db, ActivityDraft("call", "Τιμοκατάλογος", start=moment,
                                      contact_ids=(contact_id,)))  # fmt: skip
    card = get_contact(db, contact_id)
    pdf = tmp_path / "card.pdf"
    write_pdf(contact_document(card, timeline(db, contact_id)), pdf)
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    for expected in (GREEK, "eleni@aegean.example", ARABIC, PERSIAN, "Τιμοκατάλογος"):
        assert expected in text


def test_a_long_table_runs_over_several_pages(qapp: QApplication, tmp_path: Path) -> None:
    rows = [[data_text(f"{GREEK} {n}"), data_text(ARABIC)] for n in range(200)]
    document = PrintDocument("Λίστα", page_html("Λίστα", table_html(["A", "B"], rows)))
    pdf = tmp_path / "list.pdf"
    write_pdf(document, pdf)
    assert page_count(pdf) >= 4
    assert f"{GREEK} 199" in pdf_text(pdf)


def test_a_right_to_left_page_starts_on_the_right(
    qapp: QApplication, tmp_path: Path, rtl: None
) -> None:
    document = PrintDocument(ARABIC, page_html(ARABIC, "<p>Total</p>"), right_to_left=True)
    pdf = tmp_path / "rtl.pdf"
    write_pdf(document, pdf)
    assert _left_edge(pdf, "Total") > 0.6


def test_a_left_to_right_page_starts_on_the_left(qapp: QApplication, tmp_path: Path) -> None:
    document = PrintDocument(GREEK, page_html(GREEK, "<p>Total</p>"))
    pdf = tmp_path / "ltr.pdf"
    write_pdf(document, pdf)
    assert _left_edge(pdf, "Total") < 0.3


def test_a_pdf_that_cannot_be_written_is_told_and_the_old_file_kept(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = PrintDocument("x", page_html("x", ""))
    with pytest.raises(FileAccessError):
        write_pdf(document, tmp_path / "missing-folder" / "x.pdf")
    folder = tmp_path / "pdfs"
    folder.mkdir()
    kept = folder / "kept.pdf"
    kept.write_bytes(b"old")

    def disk_full(_source: Path, _target: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    with pytest.raises(FileAccessError, match="No space left"):
        write_pdf(document, kept)
    assert kept.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["kept.pdf"]  # no half-written file


def test_a_suggested_file_name_keeps_letters_of_any_script() -> None:
    assert suggested_name("Ελένη Παπαδοπούλου / 2027") == "Ελένη-Παπαδοπούλου-2027.pdf"
    assert suggested_name("  ") == "crm-desktop.pdf"


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    add_contacts(
        db,
        [
            ContactDraft(formatted_name=GREEK, emails=(EmailValue("eleni@aegean.example"),)),
            ContactDraft(formatted_name="Lluís Col·lell", note=ARABIC),
        ],
    )
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started, timeout=5000):
        main.show()
    yield main


def test_export_pdf_of_the_list_has_the_columns_shown(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = window.findChild(QTableView, "contacts")
    assert table is not None
    email_column = 4
    table.horizontalHeader().hideSection(email_column)
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.printing.pdf_view.trigger()
    text = pdf_text(target)
    assert GREEK in text and "Lluís Col·lell" in text
    assert "Name" in text and "Email" not in text and "eleni@aegean.example" not in text


def test_export_pdf_of_the_card_prints_the_selected_contact(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_row(1)  # the list is in name order: Lluís, then Ελένη
    target = tmp_path / "card"  # the .pdf suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.printing.pdf_card.trigger()
    text = pdf_text(target.with_suffix(".pdf"))
    assert GREEK in text and "eleni@aegean.example" in text and "Timeline" in text


def test_a_name_of_markup_prints_as_its_characters(
    qapp: QApplication, db: Database, tmp_path: Path
) -> None:
    name = '<b>Bold</b> <img src="/etc/x.png" width=3000>'
    [contact_id] = add_contacts(db, [ContactDraft(formatted_name=name)])
    pdf = tmp_path / "markup.pdf"
    write_pdf(contact_document(get_contact(db, contact_id), []), pdf)
    assert page_count(pdf) == 1
    assert name in pdf_text(pdf)
