"""Whatever file is imported, the import service raises only our errors and leaves a
database that passes ``check`` (the fast profile; ``bench/run.py --fuzz`` runs more)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from bench.fuzz import ANY_FILE, import_bytes
from crm_desktop.services.database import Database


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ANY_FILE)
def test_any_file_imports_or_is_refused_by_name_and_the_database_stays_sound(
    db: Database, tmp_path: Path, data: bytes
) -> None:
    import_bytes(db, data, tmp_path)
