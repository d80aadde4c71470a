"""Exporting the deals as CSV (every deal outside the Trash, by expected close date)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from crm_desktop.interop.deals_csv import write_deals_csv as write_rows
from crm_desktop.records.sales import Deal
from crm_desktop.services.database import Database
from crm_desktop.services.deals import deal_ids, get_deals
from crm_desktop.services.exporting import atomic_write

_PAGE = 500


def _deals(db: Database) -> Iterator[Deal]:
    ids = deal_ids(db)
    for start in range(0, len(ids), _PAGE):
        yield from get_deals(db, ids[start : start + _PAGE])


def write_deals_csv(db: Database, out: TextIO) -> int:
    """Every deal outside the Trash as CSV on ``out``; how many were written."""
    return write_rows(_deals(db), out)


def export_deals_csv(db: Database, path: Path) -> int:
    """Write the deals' CSV at ``path`` atomically; how many deals it holds."""
    return atomic_write(path, lambda out: write_deals_csv(db, out))
