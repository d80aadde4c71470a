"""``crm-desktop import`` into a current database writes through store's raw writer: neither
SQLAlchemy nor Alembic is imported, and the daily and before-import backups are still taken.
A new database, or one of an older revision, is still created or migrated (with them)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database, read_database
from crm_desktop.store.schema import SCHEMA_REVISION
from tests.paths import ROOT
from tests.store.test_database import _database_at_revision

PAU_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Serra;Pau;;;\r\nFN:Pau Serra\r\n"
    "EMAIL:pau@serra.example\r\nEND:VCARD\r\n"
)
ANA_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Puig;Ana;;;\r\nFN:Ana Puig\r\n"
    "EMAIL:ana@puig.example\r\nTEL:+34 93 555 0102\r\nEND:VCARD\r\n"
)
CSV_HEADER = "First Name,Last Name,E-mail Address,Business Phone\r\n"
PAU_ROW = "Pau,Serra,pau@serra.example,\r\n"
ANA_ROW = "Ana,Puig,ana@puig.example,+34 93 555 0102\r\n"


def _import(db: Path, file: Path) -> tuple[str, list[str]]:
    """The CLI's import in a process of its own: its output, and which of SQLAlchemy and
    Alembic it imported."""
    probe = (
        "import sys, json\n"
        "from crm_desktop.__main__ import main\n"
        f"status = main(['import', {str(file)!r}, '--db', {str(db)!r}])\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules)\n"
        "print(status, json.dumps(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    *output, last = result.stdout.splitlines()
    status, heavy = last.split(" ", 1)
    assert status == "0", result.stderr
    return "\n".join(output), json.loads(heavy)


def _file(tmp_path: Path, kind: str, *, with_ana: bool = True) -> Path:
    """Pau Serra (and Ana Puig) as a vCard file or an Outlook CSV file."""
    if kind == "vcard":
        path, text = tmp_path / "cards.vcf", PAU_CARD + (ANA_CARD if with_ana else "")
    else:
        path, text = tmp_path / "outlook.csv", CSV_HEADER + PAU_ROW + (ANA_ROW if with_ana else "")
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _names(db: Path) -> list[str]:
    with read_database(db) as database:
        return [row.name for row in search_contacts(database).rows]


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_importing_into_a_current_database_imports_no_sqlalchemy_and_backs_up_first(
    tmp_path: Path, kind: str
) -> None:
    db = tmp_path / "db" / "crm.sqlite3"
    with open_database(db, "en") as database:
        add_contacts(
            database, [ContactDraft("Pau Serra", emails=(EmailValue("pau@serra.example"),))]
        )
    summary, heavy = _import(db, _file(tmp_path, kind))
    assert heavy == []
    name = "cards.vcf:1" if kind == "vcard" else "outlook.csv:2"
    assert summary.splitlines() == [
        f"merged {name}: Pau Serra -> Pau Serra (contact 1): email, name",
        "imported 1, merged 1, skipped 0, failed 0, possible duplicates 0",
    ]
    assert _names(db) == ["Ana Puig", "Pau Serra"]
    # The daily backup, which is also the one before the import (nothing written between),
    # holds the database as it was before the import.
    [backup] = (db.parent / "backups").glob("crm-*.sqlite3")
    with sqlite3.connect(backup) as raw:
        assert raw.execute("SELECT formatted_name FROM contacts").fetchall() == [("Pau Serra",)]


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_importing_into_a_new_database_creates_it(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "new" / "crm.sqlite3"
    summary, heavy = _import(db, _file(tmp_path, kind))
    assert heavy == ["alembic", "sqlalchemy"]  # the migrations made it
    assert summary == "imported 2, merged 0, skipped 0, failed 0, possible duplicates 0"
    assert _names(db) == ["Ana Puig", "Pau Serra"]


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_importing_into_an_older_database_backs_it_up_and_migrates_it(
    tmp_path: Path, kind: str
) -> None:
    db = tmp_path / "crm.sqlite3"
    _database_at_revision(db, "0001")  # Ana Puig
    summary, heavy = _import(db, _file(tmp_path, kind, with_ana=False))
    assert heavy == ["alembic", "sqlalchemy"]
    assert summary == "imported 1, merged 0, skipped 0, failed 0, possible duplicates 0"
    assert _names(db) == ["Ana Puig", "Pau Serra"]
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_REVISION,
        )
    [upgrade] = (tmp_path / "backups").glob("*before-upgrade-0001*")
    with sqlite3.connect(upgrade) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
