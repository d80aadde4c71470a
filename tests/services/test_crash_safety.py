"""A process killed (SIGKILL) in the middle of a big write leaves a sound database holding
all of that write or none of it, and everything that was there before.

Each kind of write is killed at 20 (import) or 10 random moments within the measured
duration of one whole write, on cards generated for the test; ``bench/run.py --safety``
runs the same with 10,000 cards. After each kill the database is opened as the app opens
it (the killed process's lock does not block) and ``check`` (integrity, foreign keys,
search index) must find nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.crash_safety import prepare, run_kills

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX"),
]


@pytest.mark.parametrize(
    ("kind", "cards", "kills"),
    [
        ("import", 300, 20),  # new cards, one transaction
        ("trash", 300, 10),  # a bulk delete of every contact
        ("merge", 10, 10),  # each card merged into the contact it matches
    ],
)
def test_a_write_killed_at_random_moments_leaves_all_or_nothing_and_loses_no_row(
    tmp_path: Path, kind: str, cards: int, kills: int
) -> None:
    baseline, source = prepare(kind, tmp_path, cards)
    report = run_kills(kind, baseline, source, tmp_path, kills=kills, cards=cards)
    assert report.failures == []
    assert (report.kills, report.survived, report.rows_lost) == (kills, kills, 0)
    assert report.none_written + report.all_written == kills
