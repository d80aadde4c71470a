"""A database crafted to look like ours (a trigger added, a hidden table collecting data, a
table missing, a view or index changed) is refused by restore and named by check: its
schema is compared with exactly what the migrations make for its revision."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.errors import DatabaseProblem, RestoreRefusedError
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.backups import (
    backup_now,
    inspect_backup,
    newest_good_backup,
    restore_backup,
    restore_backup_into,
)
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.opening import open_database

Craft = Callable[[sqlite3.Connection], object]


def _people(count: int, prefix: str) -> list[ContactDraft]:
    return [
        ContactDraft(
            given_name=prefix, family_name=f"{i:03}", emails=(EmailValue(f"p{i}@x.example"),)
        )
        for i in range(count)
    ]


def _script(sql: str) -> Craft:
    return lambda raw: raw.executescript(sql)


# What the attack on the data-safety promise tried, and what else a crafted file may hold.
CRAFTED: list[tuple[str, Craft, str]] = [
    ("a trigger that trashes every contact", _script(
        "CREATE TRIGGER tidy AFTER INSERT ON contacts BEGIN "
        "UPDATE contacts SET deleted_at = '2026-01-01T00:00:00.000000Z'; END;"),
     "an added trigger tidy on contacts"),
    ("a hidden table and a trigger copying every e-mail", _script(
        "CREATE TABLE z_seen (value TEXT); CREATE TRIGGER z_copy AFTER INSERT ON emails "
        "BEGIN INSERT INTO z_seen VALUES (new.value); END;"),
     "an added table z_seen and 1 more difference"),
    ("no notes table", _script("DROP TABLE notes;"), "a missing table notes"),
    ("no settings table", _script("DROP TABLE settings;"), "a missing table settings"),
    ("an added view", _script("CREATE VIEW everyone AS SELECT * FROM contacts;"),
     "an added view everyone"),
    ("an index on other columns", _script(
        "DROP INDEX ix_contacts_uid; CREATE INDEX ix_contacts_uid ON contacts (given_name);"),
     "a changed index ix_contacts_uid on contacts"),
    ("an index dropped", _script("DROP INDEX ix_emails_value_fold;"),
     "a missing index ix_emails_value_fold on emails"),
    ("a trigger of ours changed", lambda raw: _change_trigger(raw),
     "a changed trigger"),
]  # fmt: skip


def _change_trigger(raw: sqlite3.Connection) -> None:
    name, sql = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name LIMIT 1"
    ).fetchone()
    raw.execute(f"DROP TRIGGER {name}")
    raw.execute(sql.replace("BEGIN", "BEGIN DELETE FROM notes;", 1))


def _crafted(path: Path, craft: Craft) -> None:
    """A real backup of another CRM Desktop database, then changed with plain SQLite."""
    other = path.parent / "other" / "crm.sqlite3"
    with open_database(other, "en") as db:
        add_contacts(db, _people(30, "Other"))
        backup_now(db, path)
    with sqlite3.connect(path) as raw:
        craft(raw)
    raw.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db_path = tmp_path / "db" / "crm.sqlite3"
    with open_database(db_path, "en") as db:
        add_contacts(db, _people(12, "Person"))
    return db_path


def _state(path: Path) -> tuple[list[str], bytes]:
    """The files beside the database and the database's bytes."""
    return sorted(p.name for p in path.parent.iterdir()), path.read_bytes()


@pytest.mark.parametrize(("case", "craft", "words"), CRAFTED, ids=[c[0] for c in CRAFTED])
def test_a_crafted_backup_is_refused_by_restore_and_nothing_changes(
    path: Path, tmp_path: Path, case: str, craft: Craft, words: str
) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    _crafted(chosen, craft)
    chosen_bytes = chosen.read_bytes()
    before = _state(path)
    with open_database(path, "en", auto_backup=False) as db:
        with pytest.raises(RestoreRefusedError) as refused:
            restore_backup(db, chosen)
        assert search_contacts(db).total == 12  # the open database still works
    assert refused.value.problem is DatabaseProblem.NOT_A_DATABASE
    assert str(refused.value).startswith(
        f"{chosen}: cannot restore from this file: the file is not a CRM Desktop database "
        "(its schema is not the one CRM Desktop makes: "
    )
    assert words in str(refused.value) and str(refused.value).endswith("; nothing was changed")
    assert _state(path) == before
    assert chosen.read_bytes() == chosen_bytes
    with pytest.raises(RestoreRefusedError):  # and checked the same way before a restore
        inspect_backup(chosen)


@pytest.mark.parametrize(("case", "craft", "words"), CRAFTED[:3], ids=[c[0] for c in CRAFTED[:3]])
def test_the_restore_command_refuses_a_crafted_backup_in_one_line(
    path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    craft: Craft,
    words: str,
) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    _crafted(chosen, craft)
    before = _state(path)
    args = build_parser().parse_args(["restore", str(chosen), "--db", str(path)])
    assert run_command(args, io.StringIO()) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"crm-desktop: {chosen}: cannot restore from this file: ")
    assert words in error and error.count("\n") == 1 and error.endswith("nothing was changed\n")
    assert _state(path) == before


def test_a_restore_of_a_crafted_database_into_a_missing_one_creates_nothing(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    _crafted(chosen, CRAFTED[0][1])
    target = tmp_path / "new" / "crm.sqlite3"
    with pytest.raises(RestoreRefusedError):
        restore_backup_into(target, chosen, locale_name="en")
    assert not target.exists()
    assert sorted(p.name for p in target.parent.iterdir()) in ([], ["crm.sqlite3.lock"])


def test_a_crafted_backup_is_not_offered_as_the_newest_good_one(path: Path) -> None:
    with open_database(path, "en", auto_backup=False) as db:
        good = backup_now(db)
        crafted = backup_now(db)
    with sqlite3.connect(crafted.path) as raw:
        CRAFTED[0][1](raw)
    raw.close()
    newest = newest_good_backup(path)
    assert newest is not None and newest.path == good.path


@pytest.mark.parametrize(
    ("craft", "lines"),
    [
        (CRAFTED[0][1], ["an added trigger tidy on contacts"]),
        (CRAFTED[1][1], ["an added table z_seen", "an added trigger z_copy on emails"]),
        (CRAFTED[4][1], ["an added view everyone"]),
    ],
)
def test_check_names_each_difference_of_a_crafted_live_database(
    path: Path, capsys: pytest.CaptureFixture[str], craft: Craft, lines: list[str]
) -> None:
    with sqlite3.connect(path) as raw:
        craft(raw)
    raw.close()
    args = build_parser().parse_args(["check", "--db", str(path)])
    out = io.StringIO()
    assert run_command(args, out) == 1
    assert out.getvalue() == ""
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: its schema is not the one CRM Desktop makes: {line}" for line in lines
    ]


def test_check_says_ok_for_a_database_as_the_migrations_made_it(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    assert run_command(build_parser().parse_args(["check", "--db", str(path)]), out) == 0
    assert out.getvalue() == f"ok: {path}\n"
