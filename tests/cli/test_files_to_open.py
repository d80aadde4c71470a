"""``crm-desktop FILE...`` ("Open with CRM Desktop"): what is a file to open in the window and
what is a command; the window's side is tests/gui/test_opened_files.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.__main__ import main
from crm_desktop.cli import build_parser
from crm_desktop.cli.files_to_open import command_names, split_files

COMMANDS = command_names(build_parser())


def test_the_commands_are_known_by_name() -> None:
    assert {"contacts", "import", "export", "show", "backup"} <= COMMANDS


@pytest.mark.parametrize(
    ("argv", "options", "files"),
    [
        (["/home/u/Downloads/card.vcf"], [], ["/home/u/Downloads/card.vcf"]),
        (["--db", "x.sqlite3", "a.vcf", "b.csv"], ["--db", "x.sqlite3"], ["a.vcf", "b.csv"]),
        (["a.ics", "--demo"], ["--demo"], ["a.ics"]),
        (["--db=x.sqlite3", "a.vcf"], ["--db=x.sqlite3"], ["a.vcf"]),
        (["--", "-odd.vcf", "contacts"], [], ["-odd.vcf", "contacts"]),
        (["import", "a.vcf"], ["import", "a.vcf"], []),  # the command line's own import
        (["--db", "a.vcf", "contacts"], ["--db", "a.vcf", "contacts"], []),
        (["contcts"], ["contcts"], []),  # a typo of a command: argparse tells it
        ([], [], []),
    ],
)
def test_files_are_told_from_commands_and_options(
    argv: list[str], options: list[str], files: list[str]
) -> None:
    assert split_files(argv, COMMANDS) == (options, [Path(name) for name in files])


def test_a_file_to_open_that_is_not_there_is_a_usage_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.vcf"
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(tmp_path / "crm.sqlite3"), str(missing)])
    assert exited.value.code == 2
    assert f"no such file: {missing}" in capsys.readouterr().err
    assert not (tmp_path / "crm.sqlite3").exists()  # the window never opened


def test_a_mistyped_command_is_still_argparses_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["contcts"])
    assert exited.value.code == 2
    assert "invalid choice: 'contcts'" in capsys.readouterr().err


def test_a_command_still_runs_as_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "crm.sqlite3"
    # "contacts" is the command, not a file to open: it refuses a database that is not there
    assert main(["contacts", "--db", str(db)]) == 1
    assert "there is no database" in capsys.readouterr().err
    vcard = tmp_path / "one.vcf"
    vcard.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nN:;Ada;;;\r\nEND:VCARD\r\n")
    assert main(["import", str(vcard), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["contacts", "--db", str(db)]) == 0
    assert "Ada" in capsys.readouterr().out
