"""Printing 1,000 labels to a PDF (issue 18: under 5 s): the contacts read from the database,
their addresses formatted by country, painted on Avery L7160 sheets by ``QPdfWriter``; against
the same 1,000 address blocks written to the PDF as one plain ``QTextDocument``."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from crm_desktop.records.postal import address_lines
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.labels import recipients
from crm_desktop.services.sample_data import generate_contacts


def bench_labels(folder: Path, count: int = 1000, runs: int = 3) -> dict[str, float]:
    """Seconds (medians): ``ours`` from the contact ids to the finished PDF, ``reference``
    the blocks as one text document printed to a PDF; ``pages`` of ours."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    from crm_desktop.gui.label_painting import LabelJob, write_labels_pdf
    from crm_desktop.records.label_sheets import sheet

    app = QApplication.instance() or QApplication([])
    path = folder / "labels.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, list(generate_contacts(count * 3 // 2)))  # some have no address
    ours: list[float] = []
    pages = 0
    text = ""
    with open_database(path, "en") as db:
        ids = ordered_contact_ids(db)
        for _ in range(runs):
            start = time.perf_counter()
            found = recipients(db, ids)
            blocks = tuple(address_lines(r, home_country="GR") for r in found.recipients[:count])
            pages = write_labels_pdf(
                LabelJob(blocks, sheet("L7160")), folder / "labels.pdf", "Labels"
            )
            ours.append(time.perf_counter() - start)
            text = "\n\n".join("\n".join(block) for block in blocks)
    reference: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        document = QTextDocument()
        document.setPlainText(text)
        writer = QPdfWriter(str(folder / "plain.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document.print_(writer)
        del writer
        reference.append(time.perf_counter() - start)
    del app
    return {
        "ours": statistics.median(ours),
        "reference": statistics.median(reference),
        "pages": float(pages),
        "labels": float(len(blocks)),
    }
