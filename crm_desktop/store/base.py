"""The declarative base, id types and column types shared by every store model."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from crm_desktop.records.date_range import time_in_range
from crm_desktop.records.ids import AccountId, ActivityId, CategoryId, ContactId, NoteId
from crm_desktop.store.times import read_time, utc_now, utc_text

# Named constraints, so that Alembic's batch mode can find and recreate them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC ``datetime``, stored as ISO 8601 text that sorts in time order
    (four-digit year: ``utc_text``). Only a time in the supported range is written (the
    services refuse others with words first); a stored text that is no such time (a damaged
    row) reads as None rather than failing every reader."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store only timezone-aware times")
        if not time_in_range(value):
            raise ValueError(f"{value.isoformat()} is outside the years the store keeps")
        return utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return read_time(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), str: String()}


__all__ = [
    "AccountId",
    "ActivityId",
    "Base",
    "CategoryId",
    "ContactId",
    "NoteId",
    "UTCDateTime",
    "utc_now",
    "utc_text",
]
