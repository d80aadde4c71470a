"""An import of a CSV file whose quote swallows the rows after it: the rows before go in, the
summary names the line where the quote opened and says what was not imported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.interop.limits import MAX_LINE_BYTES
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import ImportAborted, import_files
from tests.paths import DATA


def _unclosed(tmp_path: Path, after: int) -> Path:
    """Two good rows, then a family name whose quote is never closed, then ``after`` rows."""
    path = tmp_path / "unclosed.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("First Name,Last Name,E-mail Address,Mobile Phone\r\n")
        out.write("Ana,Puig,ana@puig.example,+34 600 000 001\r\n")
        out.write("Jordi,Vila,jordi@vila.example,+34 600 000 002\r\n")
        out.write('Pau,"Serra,pau@serra.example,+34 600 000 003\r\n')
        for n in range(after):
            out.write(f"Person{n},Family{n},p{n}@example.com,+34 611 {n:06d}\r\n")
    return path


def test_an_unclosed_quote_under_10_mb_imports_the_rows_before_and_reports_the_rest(
    db: Database, tmp_path: Path
) -> None:
    path = _unclosed(tmp_path, 100_000)
    assert path.stat().st_size < MAX_LINE_BYTES  # under the limit that caught it before
    summary = import_files(db, [path])
    assert (summary.imported, summary.failed) == (2, 1)
    assert [str(p) for p in summary.problems] == [
        'unclosed.csv:4: a quote opened in column "Last Name" is never closed: this row and '
        "the 100,000 lines after it, to the end of the file, were not imported (100,000 of "
        "them look like rows); close the quote and import the file again"
    ]
    assert [r.name for r in search_contacts(db).rows] == ["Ana Puig", "Jordi Vila"]


def test_a_strict_import_of_it_imports_nothing(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportAborted) as aborted:
        import_files(db, [_unclosed(tmp_path, 10)], strict=True)
    assert aborted.value.problem.line == 4
    assert search_contacts(db).rows == ()


def test_the_cli_prints_the_line_and_counts_the_row_as_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / "spreadsheet-unclosed-quote-in-last-name.csv"
    args = build_parser().parse_args(["import", str(path), "--db", str(tmp_path / "c.sqlite3")])
    out = io.StringIO()
    run_command(args, out)
    assert capsys.readouterr().err == (
        'spreadsheet-unclosed-quote-in-last-name.csv:3: a quote opened in column "Last Name" '
        "is never closed: this row and the 3 lines after it, to the end of the file, were not "
        "imported (3 of them look like rows); close the quote and import the file again\n"
    )
    assert out.getvalue() == ("imported 1, merged 0, skipped 0, failed 1, possible duplicates 0\n")
