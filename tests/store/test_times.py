"""Stored times: always a four-digit year, only the supported years written, and a damaged
row read as no time instead of failing every list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.dialects import sqlite

from crm_desktop.records.date_range import EARLIEST, END, time_in_range
from crm_desktop.store.base import UTCDateTime
from crm_desktop.store.times import read_time, read_time_or_earliest, utc_text

_DIALECT = sqlite.dialect()


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(5, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "0005-01-02T03:04:05.000006Z"),
        (datetime(226, 12, 3, 9, tzinfo=UTC), "0226-12-03T09:00:00.000000Z"),
        (datetime(999, 12, 31, 23, 59, 59, tzinfo=UTC), "0999-12-31T23:59:59.000000Z"),
        (
            datetime(2026, 12, 3, 11, tzinfo=timezone(timedelta(hours=2))),
            "2026-12-03T09:00:00.000000Z",
        ),
        (datetime(9998, 12, 31, 23, 59, tzinfo=UTC), "9998-12-31T23:59:00.000000Z"),
    ],
)
def test_a_time_is_written_with_a_four_digit_year_in_utc(moment: datetime, text: str) -> None:
    assert utc_text(moment) == text


def test_the_text_of_times_sorts_in_time_order_across_the_year_1000() -> None:
    moments = [datetime(year, 6, 1, tzinfo=UTC) for year in (5, 226, 999, 1000, 2026, 9998)]
    assert sorted(utc_text(m) for m in reversed(moments)) == [utc_text(m) for m in moments]


@pytest.mark.parametrize(
    "text",
    [
        "226-12-03T09:00:00.000000Z",  # what versions before 0005 wrote
        "0226-12-03T09:00:00.000000Z",
        "0999-12-31T23:59:59.999999Z",
        "9999-01-01T00:00:00.000000Z",
        "9999-12-31T20:00:00.000000Z",  # cannot be shown east of UTC
        "2026-02-30T09:00:00.000000Z",
        "2026-12-03T09:00:00",  # no zone
        "tomorrow",
        "",
    ],
)
def test_a_damaged_or_out_of_range_stored_time_reads_as_no_time(text: str) -> None:
    assert read_time(text) is None
    assert read_time_or_earliest(text) == EARLIEST


def test_a_number_stored_by_another_program_reads_as_no_time() -> None:
    assert read_time(20261203) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("1000-01-01T00:00:00.000000Z", EARLIEST),
        ("2026-12-03T09:00:00.000000Z", datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("2026-12-03T11:00:00+02:00", datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("9998-12-31T23:59:59.999999Z", END - timedelta(microseconds=1)),
    ],
)
def test_a_sound_stored_time_reads_back_in_utc(text: str, moment: datetime) -> None:
    found = read_time(text)
    assert found == moment and found is not None and found.tzinfo is UTC


def test_the_supported_range_converts_to_any_zone_without_overflow() -> None:
    east, west = (
        timezone(timedelta(hours=23, minutes=59)),
        timezone(-timedelta(hours=23, minutes=59)),
    )
    for moment in (EARLIEST, END - timedelta(microseconds=1)):
        assert time_in_range(moment)
        assert 999 <= moment.astimezone(east).year <= 9999
        assert 999 <= moment.astimezone(west).year <= 9999
    assert not time_in_range(END)
    assert not time_in_range(EARLIEST - timedelta(microseconds=1))


@pytest.mark.parametrize(
    "moment",
    [datetime(226, 12, 3, 9, tzinfo=UTC), datetime(9999, 6, 1, tzinfo=UTC)],
)
def test_the_column_type_refuses_to_write_a_time_outside_the_range(moment: datetime) -> None:
    with pytest.raises(ValueError, match="outside the years"):
        UTCDateTime().process_bind_param(moment, _DIALECT)


def test_the_column_type_reads_a_damaged_row_as_none() -> None:
    column = UTCDateTime()
    assert column.process_result_value("226-12-03T09:00:00.000000Z", _DIALECT) is None
    assert column.process_result_value("2026-12-03T09:00:00.000000Z", _DIALECT) == datetime(
        2026, 12, 3, 9, tzinfo=UTC
    )
