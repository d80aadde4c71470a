"""A quote opened in a CSV file and not closed where it belongs: the rows it swallowed are
reported at the line where it opened, and a real multi-line value is still read."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.interop.csv_import import read_csv_file
from crm_desktop.interop.csv_quotes import ONE_LINE_LIMIT
from crm_desktop.interop.vcard_import import ReadCard
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.problems import Problem
from tests.paths import DATA


def _read(path: Path) -> tuple[list[ContactDraft], list[Problem]]:
    drafts, problems = [], []
    for item in read_csv_file(path):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            assert isinstance(item, ReadCard) and isinstance(item.record, ContactDraft)
            drafts.append(item.record)
    return drafts, problems


def _csv(tmp_path: Path, *rows: str, header: str = "First Name,Last Name,Notes") -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text("".join(f"{row}\r\n" for row in (header, *rows)), encoding="utf-8")
    return path


def test_a_quote_never_closed_is_reported_where_it_opened_with_what_was_not_imported() -> None:
    drafts, problems = _read(DATA / "spreadsheet-unclosed-quote-in-last-name.csv")
    assert [(d.given_name, d.family_name) for d in drafts] == [("Ana", "Puig")]
    assert [str(p) for p in problems] == [
        'spreadsheet-unclosed-quote-in-last-name.csv:3: a quote opened in column "Last Name" '
        "is never closed: this row and the 3 lines after it, to the end of the file, were not "
        "imported (3 of them look like rows); close the quote and import the file again"
    ]
    assert problems[0].fatal


def test_a_stray_quote_closed_rows_later_refuses_its_row_and_reads_the_rows_after() -> None:
    drafts, problems = _read(DATA / "spreadsheet-stray-quote-closed-rows-later.csv")
    assert [d.given_name for d in drafts] == ["Ana", "Núria"]
    assert [str(p) for p in problems] == [
        'spreadsheet-stray-quote-closed-rows-later.csv:3: a quote opened in column "Last Name" '
        "runs on to line 5, taking in 2 lines that all look like rows: this row (lines 3-5) "
        "was not imported; close the quote where it belongs and import the file again"
    ]


def test_multi_line_notes_and_streets_with_commas_as_outlook_writes_them_are_read() -> None:
    drafts, problems = _read(DATA / "outlook-csv-multi-line-notes-with-commas.csv")
    assert problems == []
    eleni, jordi, sara = drafts
    assert eleni.note == (
        "Met at the Thessaloniki fair, hall 4, stand 12, with Nikos\r\n"
        "Wants the 2027 price list\r\nCall back: mornings, not Fridays"
    )
    assert jordi.note.startswith('"Cava" orders, 2 pallets') and jordi.note.endswith("Montse")
    assert jordi.addresses[0].street == "Carrer Major 1\r\nPolígon Nord, nau 3"
    assert sara.note == "one line"


def test_a_note_of_200_kb_over_thousands_of_lines_is_read(tmp_path: Path) -> None:
    note = "\n".join(f"Call {n}: prices, terms, delivery" for n in range(6000))
    assert len(note) > 200_000
    drafts, problems = _read(_csv(tmp_path, "Ana,Puig,ok", f'Pau,Serra,"{note}"', "Joan,Vila,ok"))
    assert problems == [] and [d.note for d in drafts] == ["ok", note, "ok"]


def test_a_note_with_one_line_that_looks_like_a_row_is_read(tmp_path: Path) -> None:
    drafts, problems = _read(
        _csv(tmp_path, 'Pau,Serra,"Kids:\nAnna, Bet, Carles\nall at school"', "Joan,Vila,ok")
    )
    assert problems == [] and drafts[0].note == "Kids:\nAnna, Bet, Carles\nall at school"


def test_a_note_with_lines_in_csv_form_and_well_formed_quotes_is_read(tmp_path: Path) -> None:
    drafts, problems = _read(
        _csv(tmp_path, 'Pau,Serra,"Team:', "Joan,Vila,sales", "Maria,Roca,buyer", 'Ona,Pi,ceo"')
    )
    assert problems == []
    assert drafts[0].note == "Team:\r\nJoan,Vila,sales\r\nMaria,Roca,buyer\r\nOna,Pi,ceo"


def test_a_stray_quote_in_a_note_that_ends_on_a_later_quote_is_refused(tmp_path: Path) -> None:
    drafts, problems = _read(
        _csv(tmp_path, 'Pau,Serra,"started here', "Joan,Vila,x", 'Maria,Roca,"y, z"', "Ona,Pi,ok")
    )
    assert [d.given_name for d in drafts] == ["Ona"]
    assert [str(p) for p in problems] == [
        'contacts.csv:2: a quote opened in column "Notes" runs on to line 4, taking in 2 lines '
        "that all look like rows: this row (lines 2-4) was not imported; close the quote where "
        "it belongs and import the file again"
    ]


def test_a_line_break_in_a_name_before_lines_that_look_like_rows_is_refused(
    tmp_path: Path,
) -> None:
    drafts, problems = _read(_csv(tmp_path, 'Pau,"Serra', 'Joan,Vila,x"', "Maria,Roca,y"))
    assert [d.given_name for d in drafts] == ["Maria"]
    assert [p.line for p in problems] == [2]
    assert "taking in 1 line that looks like a row" in problems[0].message


def test_a_name_over_64_kb_across_lines_is_refused_though_no_line_looks_like_a_row(
    tmp_path: Path,
) -> None:
    swallowed = "\n".join("x" * 99 for _ in range(ONE_LINE_LIMIT // 100 + 1))
    drafts, problems = _read(_csv(tmp_path, f'Pau,"Serra{swallowed}",ok', "Joan,Vila,ok"))
    assert [d.given_name for d in drafts] == ["Joan"]
    assert [p.line for p in problems] == [2]
    assert "making a value of 65,6" in problems[0].message


def test_a_short_line_break_in_a_name_is_kept_as_before(tmp_path: Path) -> None:
    drafts, problems = _read(_csv(tmp_path, 'Pau,"Serra\ni Puig",ok'))
    assert problems == [] and drafts[0].family_name == "Serra\ni Puig"


def test_a_quote_opened_at_the_very_end_of_the_file_refuses_its_row(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text('First Name,Last Name,Notes\r\nAna,Puig,ok\r\nPau,Serra,"', encoding="utf-8")
    drafts, problems = _read(path)
    assert [d.given_name for d in drafts] == ["Ana"]
    assert [str(p) for p in problems] == [
        'contacts.csv:3: a quote opened in column "Notes" is never closed: this row was not '
        "imported; close the quote and import the file again"
    ]


def test_a_quote_never_closed_after_a_good_multi_line_value_names_its_own_line(
    tmp_path: Path,
) -> None:
    _, problems = _read(_csv(tmp_path, 'Pau,"Serra\ni Puig","never closed', "Joan,Vila,x"))
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (3, 'a quote opened in column "Notes" is never closed')
    ]


def test_a_file_whose_only_row_is_past_10_mb_reports_that_row_not_an_empty_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write('First Name,Notes\r\nAna,"')
        for _ in range(11):
            out.write("y" * (1 << 20) + "\r\n")
    drafts, problems = _read(path)
    assert drafts == [] and [p.line for p in problems] == [2]
    assert "the row is longer than 10 MB" in problems[0].message
