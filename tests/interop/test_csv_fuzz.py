"""Whatever bytes a CSV file holds, reading it gives rows, problems at their line, or our
documented refusal by name (the fast profile; ``bench/run.py --fuzz`` runs 100,000)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from bench.fuzz import CSV_BYTES, read_csv_bytes

_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_SETTINGS
@given(CSV_BYTES)
def test_csv_like_bytes_raise_nothing_but_our_refusal(tmp_path: Path, data: bytes) -> None:
    read_csv_bytes(data, tmp_path)
