"""The schema facts kept without Alembic agree with the migration scripts."""

from __future__ import annotations

from crm_desktop.store.database import known_revisions
from crm_desktop.store.schema import KNOWN_REVISIONS


def test_the_known_revisions_are_those_of_the_migration_scripts() -> None:
    assert known_revisions() == KNOWN_REVISIONS
