"""``crm-desktop contacts --favourites``: the pinned contacts, in the order pinned."""

from __future__ import annotations

import io
import json
from pathlib import Path

from crm_desktop.cli import build_parser, run_command
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.favourites import set_favourite


def _run(db_path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args([*argv, "--db", str(db_path)])
    return run_command(args, out), out.getvalue()


def test_favourites_lists_the_pinned_contacts_in_the_order_pinned(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        adams, baker, clark = add_contacts(
            db, [ContactDraft(given_name="Ana", family_name=f) for f in ("Adams", "Baker", "Clark")]
        )
        set_favourite(db, clark, True)
        set_favourite(db, adams, True)
    status, out = _run(path, "contacts", "--favourites", "--json")
    assert status == 0
    assert [(c["id"], c["family_name"]) for c in json.loads(out)] == [
        (clark, "Clark"),
        (adams, "Adams"),
    ]
    status, out = _run(path, "contacts", "--favourites", "adams")  # and the search narrows it
    assert status == 0
    assert [line.split("\t")[:2] for line in out.splitlines()] == [[str(adams), "Ana Adams"]]
    status, out = _run(path, "contacts")
    assert len(out.splitlines()) == 3 and str(baker) in out
