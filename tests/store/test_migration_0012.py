"""Migration 0012: a database of revision 0010 opens with the built-in relationship types,
and the RELATED and X-ABRELATEDNAMES properties an earlier version kept verbatim become
relationships of a name (not kept twice, so an export does not write them twice)."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from crm_desktop.services.database import open_database
from crm_desktop.services.exporting import write_vcards
from crm_desktop.services.health import check_database
from crm_desktop.services.relationships import relations, relationship_types
from tests.store.test_database import _database_at_revision


def test_a_0010_database_gets_relationships_from_its_kept_properties(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    _database_at_revision(path, "0010")
    with sqlite3.connect(path) as raw:
        raw.executemany(
            'INSERT INTO extra_properties (contact_id, position, "group", name, params, value) '
            "VALUES (1, ?, ?, ?, ?, ?)",
            [
                (0, "", "RELATED", '{"TYPE": ["spouse"], "VALUE": ["text"]}', "Pere Soler"),
                (1, "item5", "X-ABRELATEDNAMES", "{}", "Jenny\\, Jr."),
                (2, "item5", "X-ABLabel", "{}", "_$!<Manager>!$_"),
                (3, "", "X-ABRELATEDNAMES", "{}", "No Label"),
                (4, "", "X-PHONETIC-FIRST-NAME", "{}", "Ana"),
            ],
        )
    raw.close()
    with open_database(path, "en") as db:
        assert check_database(db) == []
        assert [t.name for t in relationship_types(db)][:3] == ["Spouse", "Partner", "Manager"]
        shown = [(r.label, r.other_name) for r in relations(db, contact_id=1)]
        assert shown == [
            ("Spouse", "Pere Soler"),
            ("Manager", "Jenny, Jr."),
            ("Related", "No Label"),
        ]
        with db.raw_reading() as connection:
            left = [r[0] for r in connection.execute("SELECT name FROM extra_properties")]
        assert left == ["X-PHONETIC-FIRST-NAME"]
        out = io.StringIO()
        write_vcards(db, out, [1], version="4.0")
        card = out.getvalue()
        assert card.count("Pere Soler") == 1 and card.count("RELATED") == 3
