"""Use cases on one occurrence of a repeating activity: "Only this one" of an edit or a
delete (the series keeps its other occurrences). "All in the series" is the ordinary
``update_activity`` / ``trash_activities`` of the series. Each is one transaction."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.activities import ActivityDraft, ActivityRow
from crm_desktop.records.contacts import Changes
from crm_desktop.records.ids import ActivityId
from crm_desktop.services.activities import apply_draft, check_draft, check_time, get_activity
from crm_desktop.services.database import Database
from crm_desktop.services.occurrences import move_on, planned_of
from crm_desktop.services.recurrence import is_occurrence
from crm_desktop.services.schedule_rows import stored
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Activity


def _checked(db: Database, series_id: int, occurrence: datetime) -> None:
    check_time("occurrence", occurrence)
    row = get_activity(db, series_id)
    if not row.repeats or not is_occurrence(row, occurrence):
        raise InvalidValueError(
            "occurrence", occurrence.isoformat(), f"an occurrence of activity {series_id}"
        )


def change_occurrence(
    db: Database, series_id: int, occurrence: datetime, draft: ActivityDraft
) -> ActivityRow:
    """Only this one: occurrence ``occurrence`` of the series becomes a single activity of
    its own as ``draft`` says (EXDATE on the series); the new activity is returned. The
    series moves on if it was its next; it goes to the Trash if it held no other."""
    _checked(db, series_id, occurrence)
    check_draft(draft)
    now = utc_now()
    with db.writing() as session:
        series = session.get(Activity, series_id)
        if series is None:
            raise NotFoundError("activity", series_id)
        moment = stored(occurrence)
        assert moment is not None
        if not move_on(series, moment) and planned_of(series) == moment:
            series.deleted_at = now  # its one occurrence left is the new activity
        series.updated_at = now
        single = Activity(uid=None, created_at=now, series_id=series_id)
        apply_draft(session, single, _single(draft), now)
        single.uid = f"{series.uid or series_id}-{moment:%Y%m%dT%H%M%SZ}"
        session.add(single)
        session.flush()
        single_id = single.id
    return get_activity(db, single_id)


def _single(draft: ActivityDraft) -> ActivityDraft:
    values = {name: getattr(draft, name) for name in ActivityDraft.__slots__}
    values.update(recurrence="", recurrence_exdates=(), recurrence_rdates=())
    return ActivityDraft(**values)


def trash_occurrence(db: Database, series_id: int, occurrence: datetime) -> Changes:
    """Only this one deleted: EXDATE on the series (which moves on to its next occurrence,
    or goes to the Trash when it held no other)."""
    _checked(db, series_id, occurrence)
    now = utc_now()
    with db.writing() as session:
        series = session.get(Activity, series_id)
        if series is None:
            raise NotFoundError("activity", series_id)
        moment = stored(occurrence)
        assert moment is not None
        series.updated_at = now
        if not move_on(series, moment) and planned_of(series) == moment:
            series.deleted_at = now
            return Changes(activities_removed=(ActivityId(series_id),))
    return Changes(activities_changed=(ActivityId(series_id),))
