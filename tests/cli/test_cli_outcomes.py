"""What the command line says and exits with when part or all of what it was given cannot
be done: an import where cards or files fail, ``--demo`` with a command, a ``--db`` where
there is no database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.fault_cases import CASES, argv_for, make_place
from crm_desktop.__main__ import main
from crm_desktop.paths import data_dir
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from tests.paths import DATA

GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEND:VCARD\r\n"
BROKEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN Ana Puig\r\nEND:VCARD\r\n"  # no colon


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _names(db_path: Path) -> list[str]:
    with open_database(db_path, "en") as db:
        return [row.name for row in search_contacts(db).rows]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ContactDraft(formatted_name="Jordi Puig")])
    return path


def test_an_import_where_every_card_failed_exits_1_and_says_nothing_was_imported(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.vcf"
    broken.write_text(BROKEN, encoding="utf-8")
    status, out, err = _run(capsys, "import", str(broken), "--db", str(db_path))
    assert status == 1
    assert out == (
        "imported 0, merged 0, skipped 0, failed 1, possible duplicates 0; nothing was imported\n"
    )
    assert err == "broken.vcf:3: not a vCard content line (no colon)\n"
    assert _names(db_path) == ["Jordi Puig"]


def test_an_import_where_some_cards_failed_imports_the_others_and_exits_1(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text(GOOD + BROKEN, encoding="utf-8")
    status, out, err = _run(capsys, "import", str(cards), "--db", str(db_path))
    assert (status, out) == (
        1,
        "imported 1, merged 0, skipped 0, failed 1, possible duplicates 0\n",
    )
    assert err == "cards.vcf:7: not a vCard content line (no colon)\n"
    assert _names(db_path) == ["Ana Puig", "Jordi Puig"]


def test_a_dry_run_with_a_card_that_fails_exits_1_too(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.vcf"
    broken.write_text(BROKEN, encoding="utf-8")
    status, out, _err = _run(capsys, "import", str(broken), "--dry-run", "--db", str(db_path))
    assert status == 1
    assert out.endswith("failed 1, possible duplicates 0; nothing would be imported\n")


def test_a_batch_imports_the_files_it_can_read_and_names_each_it_cannot(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.vcf"
    good.write_text(GOOD, encoding="utf-8")
    jpeg = DATA / "not-a-vcard-jpeg.vcf"
    empty = tmp_path / "empty.vcf"
    empty.touch()
    status, out, err = _run(
        capsys, "import", str(empty), str(good), str(jpeg), "--db", str(db_path)
    )
    assert status == 1
    assert out == (
        "imported 1, merged 0, skipped 0, failed 0, possible duplicates 0, "
        "files not read 2 (empty.vcf, not-a-vcard-jpeg.vcf)\n"
    )
    assert err.splitlines() == [
        "empty.vcf: is empty: file not imported",
        "not-a-vcard-jpeg.vcf: holds no vCard (no BEGIN:VCARD ... END:VCARD): file not imported",
    ]
    assert _names(db_path) == ["Ana Puig", "Jordi Puig"]


def test_the_json_summary_lists_the_files_not_read_with_no_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.vcf"
    good.write_text(GOOD, encoding="utf-8")
    gone = tmp_path / "gone.vcf"
    status, out, _err = _run(capsys, "import", str(good), str(gone), "--json", "--db", str(db_path))
    summary = json.loads(out)
    assert (status, summary["imported"], summary["unread_files"]) == (1, 1, ["gone.vcf"])
    assert summary["problems"] == [
        {
            "file": "gone.vcf",
            "line": None,
            "message": "does not exist: file not imported",
        }
    ]


def test_a_batch_of_which_no_file_can_be_read_says_so_in_one_line_and_makes_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.vcf"
    empty.touch()
    new = tmp_path / "new" / "crm.sqlite3"
    status, out, err = _run(
        capsys, "import", str(empty), str(tmp_path / "gone.csv"), "--db", str(new)
    )
    assert (status, out) == (1, "")
    assert err == (
        "crm-desktop: nothing was imported: none of the 2 files can be read "
        "(empty.vcf: is empty; gone.csv: does not exist)\n"
    )
    assert not new.parent.exists()


@pytest.mark.parametrize("command", [["contacts"], ["import", "x.vcf"], ["check"]])
def test_demo_with_a_command_is_a_usage_error_and_touches_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    status, out, err = _run(capsys, "--demo", *command)
    assert (status, out) == (2, "")
    assert f"--demo opens the window on sample data; it does not go with {command[0]}" in err
    assert not data_dir().exists()


@pytest.mark.parametrize(("name", "argv"), CASES, ids=[name for name, _ in CASES])
def test_a_mistyped_db_is_refused_and_no_database_is_made_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, argv: list[str]
) -> None:
    """Every command but those that make a database (import, restore) refuses a path where
    there is none: a typo never leaves an empty database behind."""
    make_place(tmp_path / "place")
    typo = tmp_path / "place" / "dtaa" / "crm.sqlite3"
    status, out, err = _run(capsys, *argv_for(argv, tmp_path / "place", typo))
    if argv[0] in ("import", "restore"):
        assert status == 0, err  # they make it
        return
    assert not typo.parent.exists()
    if argv[:2] == ["backup", "--list"]:
        assert (status, out) == (0, "")  # no backups there: nothing to list
        return
    assert (status, out) == (1, "")
    assert err == (
        f"crm-desktop: {typo}: there is no database here (check the path; the window or an "
        "import creates one)\n"
    )


@pytest.mark.parametrize(("dest", "folder"), [("copies/crm-copy.sqlite3", "copies"), (".", "")])
def test_a_backup_to_a_relative_path_succeeds_and_says_where_in_full(
    tmp_path: Path,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    dest: str,
    folder: str,
) -> None:
    """``backup rel/path.sqlite3`` and ``backup .`` wrote the backup, then failed (a
    ValueError making a file URI of a relative path): they succeed, naming it in full."""
    work = tmp_path / "work"
    (work / "copies").mkdir(parents=True)
    monkeypatch.chdir(work)
    status, out, err = _run(capsys, "backup", dest, "--db", str(db_path))
    assert (status, err) == (0, "")
    written = Path(out.split(" to ", 1)[1].split(" (", 1)[0])
    assert written.is_absolute() and written.parent == work / folder
    assert written.is_file() and out.endswith("(1 contacts)\n")
