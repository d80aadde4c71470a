"""What the fault matrix (``fault_matrix``, ``tests/cli``) drives: every command of the
parser with arguments that take it down its longest road, a place with a database and
files for them, and how to tell that the database stayed as it was.

A command the parser grows joins the matrix by itself: its arguments are made from its
parser unless ``SAMPLES`` gives better ones.
"""

from __future__ import annotations

import argparse
import errno
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.faults import VANISHED
from crm_desktop.cli import build_parser
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.attachments import FileOwner, OwnerKind
from crm_desktop.records.drafts import AccountDraft, ContactDraft, EmailValue
from crm_desktop.records.relationships import RelationDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.activities import create_activity
from crm_desktop.services.backups import backup_now
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.files import attach_files
from crm_desktop.services.leads import mark_lead
from crm_desktop.services.relationships import find_type, relate, relationship_types

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Núria Vidal\r\nEMAIL:nuria@vidal.example\r\nEND:VCARD\r\n"

# {card}, {card2}, {backup}: files of the place; {out}: a folder to write to.
SAMPLES: dict[str, list[list[str]]] = {
    "show": [["show", "1"]],
    "merge": [["merge", "1", "2"]],
    "import": [["import", "{card}"], ["import", "{card}", "{card2}", "--dry-run"]],
    "export": [
        ["export", "-o", "{out}/all.vcf"],
        ["export", "--format", "outlook-csv", "-o", "{out}/all.csv"],
        ["export", "--format", "ics", "-o", "{out}/all.ics"],
    ],
    "backup": [["backup", "{out}/copy.sqlite3"], ["backup", "--list"]],
    "restore": [["restore", "{backup}"]],
    "log": [["log", "1", "--kind", "call", "--subject", "Rang about the order"]],
    "accounts": [["accounts", "--json"]],
    "account": [["account", "add", "--name", "Vila SL", "--email", "info@vila.example", "--json"]],
    "contact": [
        [
            "contact",
            "add",
            "--name",
            "Núria Vidal",
            "--email",
            "nuria@vidal.example",
            "--category",
            "Customer",
            "--json",
        ],
        ["contact", "delete", "4"],  # Jordi (1 and 2 are merged, 3 is the lead convert takes)
    ],
    "note": [["note", "add", "--contact", "1", "Rang back", "--pinned"]],
    "activity": [["activity", "done", "1", "--outcome", "Agreed"]],
    "deal": [
        [
            "deal",
            "add",
            "--title",
            "Olive oil",
            "--account",
            "Aegean Foods",
            "--amount",
            "100",
            "--currency",
            "EUR",
        ],
    ],
    "lead": [["lead", "mark", "--contact", "1", "--source", "Trade show"]],
    "convert": [["convert", "3", "--account", "Serra Vins"]],
    "bulk": [["bulk", "categorize", "Christmas card", "--ids", "1,2"]],
    "attach": [["attach", "1", "{card}", "{card2}", "--json"]],
    "files": [["files", "1", "--json"]],
    "file": [["file", "save", "1", "--out", "{out}/offer.txt"], ["file", "remove", "1"]],
    "relate": [["relate", "1", "manager", "3"]],
    "unrelate": [["unrelate", "3", "manager", "1"]],  # the place's one relationship
    "relationship-types": [["relationship-types", "--add", "Mentor", "--inverse", "Mentee"]],
    "referrals": [["referrals", "--json"]],
    "sync": [["sync", "list", "--json"]],
}

# What the one line says for each failure (any of these words, in lower case).
SAID = {
    errno.ENOSPC: ("full", "no space"),
    errno.EACCES: ("permission denied", "read-only", "cannot be opened", "cannot be read"),
    errno.EROFS: ("read-only", "readonly"),
    errno.ENAMETOOLONG: ("name too long", "cannot be opened", "cannot be read"),
    VANISHED: ("no such file", "no such folder", "moved or deleted", "does not exist",
               "no database here", "cannot be opened", "cannot be read"),
    errno.EIO: ("input/output error", "failed to read or write", "i/o error"),
}  # fmt: skip
FAULTS = list(SAID)
FAULT_NAMES = {number: errno.errorcode[number] for number in FAULTS}
FAULT_NAMES[VANISHED] = "vanished"


def commands() -> dict[str, argparse.ArgumentParser]:
    """Every command of the parser, by name."""
    parser = build_parser()
    [found] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(found.choices)


def made_up(name: str, parser: argparse.ArgumentParser) -> list[str]:
    """Arguments for a command no sample names: what its parser requires, filled in."""
    argv = [name]
    for action in parser._actions:
        if (action.option_strings and not action.required) or action.nargs in ("?", "*"):
            continue
        if action.choices:
            value = str(next(iter(action.choices)))
        elif action.type is int:
            value = "1"
        elif str(action.metavar or "").startswith("FILE"):
            value = "{card}"
        else:
            value = "x"
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv


def _cases() -> Iterator[tuple[str, list[str]]]:
    for name, parser in commands().items():
        for argv in SAMPLES.get(name, [made_up(name, parser)]):
            yield " ".join(argv), argv


CASES = list(_cases())
# The commands that change the database.
WRITERS = (
    "import",
    "merge",
    "log",
    "restore",
    "account",
    "contact",
    "note",
    "activity",
    "deal",
    "lead",
    "convert",
    "bulk",
    "attach",
    "file",
    "relate",
    "unrelate",
    "relationship-types",
)


def writes(argv: list[str]) -> bool:
    """The command changes the database when it succeeds."""
    return argv[0] in WRITERS and "--dry-run" not in argv and argv[:2] != ["file", "save"]


def make_place(root: Path) -> Path:
    """In ``root``: ``data/crm.sqlite3`` (4 contacts: two of them alike, the third a lead, the
    fourth one to delete; an activity; an account; a file on the first contact) with
    fourth one to delete; the first is the third's manager; an activity; an account) with
    a backup of today (no daily backup at each open), ``in/`` with two cards and a backup
    to restore, an empty ``out/``. The database."""
    db_path = root / "data" / "crm.sqlite3"
    (root / "in").mkdir(parents=True)
    (root / "out").mkdir()
    with open_database(db_path, "en") as db:
        ids = add_contacts(
            db,
            [
                ContactDraft("Ana Puig", emails=(EmailValue("ana@puig.example"),)),
                ContactDraft("Ana Puig", emails=(EmailValue("ana@puig.example"),)),
                ContactDraft("Pau Serra"),
                ContactDraft("Jordi Vila"),  # what `contact delete 4` takes to the Trash
            ],
        )
        create_activity(db, ActivityDraft("call", "Price list", contact_ids=(ids[0],)))
        create_account(db, AccountDraft("Aegean Foods"))
        mark_lead(db, contact_id=ids[2])
        offer = root / "in" / "offer.txt"
        offer.write_text("Offer: 100 cases", encoding="utf-8")
        attach_files(db, FileOwner(OwnerKind.CONTACT, ids[0]), [offer])  # file 1
        manager = find_type(relationship_types(db), "manager")
        assert manager is not None  # Ana is Pau's manager
        relate(db, RelationDraft(ids[2], manager[0].id, other_contact_id=ids[0]))
        backup_now(db, root / "in" / "old.sqlite3")
        backup_now(db)
    (root / "in" / "card.vcf").write_text(CARD, encoding="utf-8")
    (root / "in" / "card2.vcf").write_text(CARD.replace("Núria", "Marta"), encoding="utf-8")
    return db_path


def argv_for(argv: list[str], root: Path, db: Path) -> list[str]:
    """``argv`` with the files of the place at ``root`` filled in, and ``--db``."""
    names = {
        "card": root / "in" / "card.vcf",
        "card2": root / "in" / "card2.vcf",
        "backup": root / "in" / "old.sqlite3",
        "out": root / "out",
    }
    return [part.format(**{k: str(v) for k, v in names.items()}) for part in argv] + [
        "--db",
        str(db),
    ]


Snapshot = dict[str, list[tuple[object, ...]]]


def snapshot(path: Path) -> Snapshot:
    """Every row of every table, as SQLite sees the file (WAL included), which must pass
    ``integrity_check``; opened read-only (``immutable`` where nothing may be written)."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:  # a read-only place: WAL cannot make its -shm there
        connection.close()
        connection = sqlite3.connect(f"{uri}&immutable=1", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(map(tuple, connection.execute(f'SELECT * FROM "{table}"')), key=repr)
            for table in tables
        }
    finally:
        connection.close()


@dataclass
class Outcome:
    """What a command did: its status, what it printed, and the traceback of an exception
    that escaped it ("" when none did)."""

    status: int | None
    out: str
    err: str
    raised: str


def says(line: str, number: int) -> bool:
    """``line`` says what failure ``number`` is (in its words, not in a path it names)."""
    words = re.sub(r"(?<!\w)/[^ :()]*", "", line).lower()
    return any(said in words for said in SAID[number])


def said_lines(err: str) -> list[str]:
    """The lines of ``err`` (a command's stderr) but the warnings."""
    return [line for line in err.splitlines() if not line.startswith("crm-desktop: warning: ")]
