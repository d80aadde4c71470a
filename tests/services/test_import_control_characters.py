"""NUL, escape, bell and the other C0 control characters are taken out of every imported
text (vCard, CSV, iCalendar), and counted in the summary; tab and line breaks are kept."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from crm_desktop.interop.csv_export import write_outlook_csv
from crm_desktop.records.control_characters import without_control_characters
from crm_desktop.records.drafts import ContactDraft, CustomValue, EmailValue, PhotoValue
from crm_desktop.services.activities import get_activity
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import import_files
from tests.paths import DATA


def _drafts(db: Database) -> dict[str, ContactDraft]:
    return {r.name: get_contact(db, r.id).draft for r in search_contacts(db).rows}


def test_a_csv_row_with_nul_escape_and_bell_is_imported_without_them(db: Database) -> None:
    summary = import_files(db, [DATA / "csv-nul-escape-and-bell-in-a-row.csv"])
    assert (summary.imported, summary.failed) == (2, 0)
    assert [str(p) for p in summary.problems] == [
        "csv-nul-escape-and-bell-in-a-row.csv:2: 3 control characters (NUL, escape and the "
        "like) taken out of the text of this row"
    ]
    ana = _drafts(db)["Ana Pu[31mig"]
    assert (ana.given_name, ana.family_name) == (
        "Ana",
        "Pu[31mig",
    )  # an ANSI colour code, its ESC taken out
    assert ana.note == "line one\r\n\tline two"  # the tab and the line break are kept
    assert [r.name for r in search_contacts(db, "ana").rows] == ["Ana Pu[31mig"]


def test_a_row_not_all_printable_is_searched_and_cleaned_only_where_it_must_be(
    db: Database, tmp_path: Path
) -> None:
    # Text that is not "printable" without being a control character (a no-break space, a
    # Persian ZWNJ, a soft hyphen, a tab, a line break) is kept as written, with no warning;
    # an escape beside such text is still found and taken out.
    path = tmp_path / "not-printable.csv"
    path.write_text(
        "First Name,Last Name,Notes\n"
        'Nasrin,\u200cکریمی,"a\u00a0b\u00adc\td\ne"\n'
        "Mina,Ra\x1bhimi\u200c,plain\n",
        encoding="utf-8",
    )
    summary = import_files(db, [path])
    assert (summary.imported, summary.failed) == (2, 0)
    assert [str(p) for p in summary.problems] == [
        "not-printable.csv:4: 1 control character (NUL, escape and the like) taken out of "
        "the text of this row"
    ]
    drafts = {d.given_name: d for d in _drafts(db).values()}
    assert drafts["Nasrin"].family_name == "\u200cکریمی"
    assert drafts["Nasrin"].note == "a\u00a0b\u00adc\td\ne"
    assert drafts["Mina"].family_name == "Rahimi\u200c"


def test_vcard_names_with_nul_raw_or_quoted_printable_are_imported_without_it(
    db: Database,
) -> None:
    summary = import_files(db, [DATA / "vcard-nul-bell-and-quoted-printable-nul-in-names.vcf"])
    assert [str(p) for p in summary.problems] == [
        "vcard-nul-bell-and-quoted-printable-nul-in-names.vcf:1: 6 control characters (NUL, "
        "escape and the like) taken out of the text of 2 cards, the first this one"
    ]
    drafts = _drafts(db)
    assert sorted(drafts) == ["Ana Puig", "Jordi Vila"]
    ana, jordi = drafts["Ana Puig"], drafts["Jordi Vila"]
    assert (ana.family_name, ana.note) == ("Puig", "rings twice\nthen hangs up")
    assert (jordi.given_name, jordi.family_name) == ("Jordi", "Vila")


def test_an_event_with_control_characters_is_imported_without_them(db: Database) -> None:
    summary = import_files(db, [DATA / "icalendar-nul-escape-and-bell-in-an-event.ics"])
    assert [str(p) for p in summary.problems] == [
        "icalendar-nul-escape-and-bell-in-an-event.ics:4: 3 control characters (NUL, escape "
        "and the like) taken out of the text of this event or to-do"
    ]
    [activity_id] = summary.activity_ids
    activity = get_activity(db, activity_id)
    assert (activity.subject, activity.location, activity.details) == (
        "Visit Aegean Foods",
        "Piraeus office",
        "Bring the samples.\nAnd the price list.",
    )


def test_a_clean_file_has_no_such_warning(db: Database) -> None:
    summary = import_files(db, [DATA / "outlook-csv-multi-line-notes-with-commas.csv"])
    assert summary.problems == ()


def test_what_was_imported_exports_without_them(db: Database) -> None:
    import_files(db, [DATA / "csv-nul-escape-and-bell-in-a-row.csv"])
    out = io.StringIO()
    write_outlook_csv(_drafts(db).values(), out)
    assert not any(chr(c) in out.getvalue() for c in (0, 7, 0x1B))


@dataclass(frozen=True, slots=True)
class _Other:
    values: tuple[str, ...]
    count: int = 0


@pytest.mark.parametrize(
    ("record", "cleaned", "removed"),
    [
        ("a\x00b\x01c\x08d\x0be\x0cf\x0eg\x1fh", "abcdefgh", 7),
        ("tab\tline\nfeed\r\nand DEL\x7f, NBSP\xa0, C1\x85 stay", None, 0),
        (_Other(("x\x00", "y")), _Other(("x", "y")), 1),
        (
            ContactDraft(
                "Ana\x00",
                emails=(EmailValue("ana@x.example\x1b", ("work\x00",)),),
                custom_fields=(CustomValue("Region\x07", "Attica"),),
                photo=PhotoValue("image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ),
            ContactDraft(
                "Ana",
                emails=(EmailValue("ana@x.example", ("work",)),),
                custom_fields=(CustomValue("Region", "Attica"),),
                photo=PhotoValue("image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),  # bytes untouched
            ),
            4,
        ),
    ],
)
def test_every_text_of_a_record_is_cleaned_and_the_rest_left_as_it_is(
    record: object, cleaned: object, removed: int
) -> None:
    result, count = without_control_characters(record)
    assert count == removed
    if cleaned is None:
        assert result is record  # nothing to take out: the very same record
    else:
        assert result == cleaned
