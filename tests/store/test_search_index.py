"""One search document: what the writer indexes is what ``reindex`` rebuilds from the rows."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft, CustomValue, PhoneValue
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.sample_data import generate_contacts
from crm_desktop.store.search_index import reindex
from tests.paths import ROOT


def _documents(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as raw:
        trigram = dict(raw.execute("SELECT rowid, doc FROM contact_fts").fetchall())
        words = dict(raw.execute("SELECT rowid, doc FROM contact_words").fetchall())
    assert trigram == words
    return trigram


def test_reindex_rebuilds_from_the_rows_the_document_the_writer_wrote(db: Database) -> None:
    drafts = [
        *generate_contacts(40, seed=11),
        ContactDraft(
            given_name="Ελένη",
            family_name="Παπαδοπούλου",
            accounts=(AccountLinkDraft("Aegean Foods S.A.", "Buyer", True),),
            phones=(PhoneValue("+30 (210) 555-0101"),),
            custom_fields=(CustomValue("Region", "Attica"),),
            note="Μεγάλη παραγγελία",
        ),
    ]
    ids = add_contacts(db, drafts)
    written = _documents(db.path)
    assert sorted(written) == sorted(ids)
    assert "παπαδοπουλου" in written[ids[-1]] and "302105550101" in written[ids[-1]]
    with sqlite3.connect(db.path) as raw:
        reindex(raw, ids)
    assert _documents(db.path) == written


def test_reindex_leaves_a_trashed_or_deleted_contact_out_of_the_index(db: Database) -> None:
    trashed, deleted, kept = add_contacts(db, generate_contacts(3, seed=4))
    with sqlite3.connect(db.path) as raw:
        raw.execute("UPDATE contacts SET deleted_at = '2026-12-01T00:00:00.000000Z' WHERE id = ?",
                    (trashed,))  # fmt: skip
        raw.execute("DELETE FROM contacts WHERE id = ?", (deleted,))
        reindex(raw, [trashed, deleted, kept])
    assert list(_documents(db.path)) == [kept]


def test_the_raw_write_path_imports_no_sqlalchemy() -> None:
    """The row writer, the merge, the index, the Trash and backups run on sqlite3 alone."""
    code = (
        "import sys\n"
        "import crm_desktop.store.contact_writer, crm_desktop.store.contact_merge\n"
        "import crm_desktop.store.search_index, crm_desktop.store.trash\n"
        "import crm_desktop.store.duplicate_keys, crm_desktop.store.backups\n"
        "import crm_desktop.store.transactions\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
