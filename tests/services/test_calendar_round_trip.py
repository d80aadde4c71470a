"""Issue 14: every .ics of ../shared/corpus and of our fixtures, imported, exported,
parsed by the ``icalendar`` library (a parser that is not ours) and imported again into a
fresh database, gives the same activities (the same notes from journal entries: these are
not written back, README interop)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import icalendar
import pytest

from crm_desktop.errors import NoRecordsError
from crm_desktop.records.activities import ActivityRow
from crm_desktop.services.activities import get_activity
from crm_desktop.services.calendar_files import calendar_activity_ids, export_icalendar
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.importing import import_files
from tests.paths import CORPUS

DATA = Path(__file__).resolve().parent.parent / "data"
FIXTURES = sorted(DATA.glob("*.ics"))


@pytest.fixture(autouse=True)
def _athens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Athens")


def _activities(db: Database) -> set[ActivityRow]:
    rows = [get_activity(db, i) for i in calendar_activity_ids(db)]
    return {dataclasses.replace(r, id=0, created_at=None, updated_at=None) for r in rows}


def _round_trip(source: Path, tmp_path: Path) -> None:
    with open_database(tmp_path / "first.sqlite3", "en_GB") as first:
        try:
            summary = import_files(first, [source])
        except NoRecordsError:
            return  # nothing an import takes (a file of journal entries only is not this)
        assert summary.failed == len([p for p in summary.problems if p.fatal])
        out = tmp_path / "out.ics"
        export_icalendar(first, out, calendar_activity_ids(first))
        parsed = icalendar.Calendar.from_ical(out.read_bytes())
        written = [c for c in parsed.walk() if c.name in ("VEVENT", "VTODO")]
        assert len(written) == len(calendar_activity_ids(first))
        before = _activities(first)
    if not before:
        return
    with open_database(tmp_path / "second.sqlite3", "en_GB") as second:
        again = import_files(second, [out])
        assert [p for p in again.problems if p.fatal] == []
        assert _activities(second) == before


@pytest.mark.parametrize("source", FIXTURES, ids=[p.name for p in FIXTURES])
def test_our_fixtures_come_back_the_same_through_an_ics_export(
    source: Path, tmp_path: Path
) -> None:
    _round_trip(source, tmp_path)


def test_every_corpus_calendar_comes_back_the_same_through_an_ics_export(
    corpus: Path, tmp_path: Path
) -> None:
    files = sorted((corpus / "ics").rglob("*.ics"))
    assert files, f"no .ics under {corpus / 'ics'}"
    for number, source in enumerate(files):
        folder = tmp_path / str(number)
        folder.mkdir()
        try:
            _round_trip(source, folder)
        except AssertionError as error:
            raise AssertionError(f"{source.relative_to(CORPUS)}: {error}") from error
