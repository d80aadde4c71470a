"""What hangs on a deal: the activities and notes linked to it, its timeline, its next
activity (the board's card), and the deals on an account's or a contact's card."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete
from sqlalchemy.orm import Session

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.ids import AccountId, ActivityId, DealId, NoteId
from crm_desktop.records.money import from_minor
from crm_desktop.records.sales import (
    DealStatus,
    DealTimelineItem,
    DealTotals,
    MoneyTotal,
    NextActivity,
)
from crm_desktop.services.database import Database
from crm_desktop.services.deals import stage_history
from crm_desktop.store import deal_queries as queries
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Activity, Deal, DealActivity, DealNote, Note
from crm_desktop.store.times import read_time, read_time_or_earliest

COMPETITOR_CATEGORY = "Competitor"


def _deal(session: Session, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise NotFoundError("deal", deal_id)
    return deal


def link_activity(db: Database, activity_id: int, deal_id: int | None) -> None:
    """The activity is about the deal (one deal at most: a new link replaces the old);
    ``deal_id`` None unlinks it."""
    with db.writing() as session:
        if session.get(Activity, activity_id) is None:
            raise NotFoundError("activity", activity_id)
        session.execute(delete(DealActivity).where(DealActivity.activity_id == activity_id))
        if deal_id is not None:
            _deal(session, deal_id)
            session.add(DealActivity(activity_id=activity_id, deal_id=deal_id))


def link_note(db: Database, note_id: int, deal_id: int | None) -> None:
    """The note is about the deal (one deal at most); ``deal_id`` None unlinks it."""
    with db.writing() as session:
        if session.get(Note, note_id) is None:
            raise NotFoundError("note", note_id)
        session.execute(delete(DealNote).where(DealNote.note_id == note_id))
        if deal_id is not None:
            _deal(session, deal_id)
            session.add(DealNote(note_id=note_id, deal_id=deal_id))


def activity_deals(db: Database, activity_ids: Sequence[int]) -> dict[ActivityId, DealId]:
    """The deal each of these activities is about, for those linked to one."""
    with db.raw_reading() as connection:
        rows = queries.linked_deals(connection, "deal_activities", "activity_id", activity_ids)
    return {ActivityId(a): DealId(d) for a, d in rows}


def note_deals(db: Database, note_ids: Sequence[int]) -> dict[NoteId, DealId]:
    """The deal each of these notes is about, for those linked to one."""
    with db.raw_reading() as connection:
        rows = queries.linked_deals(connection, "deal_notes", "note_id", note_ids)
    return {NoteId(n): DealId(d) for n, d in rows}


def add_deal_note(db: Database, deal_id: int, body: str) -> NoteId:
    """A new note about the deal: on the deal's account's timeline, and on the deal's."""
    if not body.strip():
        raise InvalidValueError("note", body, "some text")
    with db.writing() as session:
        deal = _deal(session, deal_id)
        now = utc_now()
        note = Note(body=body, account_id=deal.account_id, created_at=now, updated_at=now)
        session.add(note)
        session.flush()
        session.add(DealNote(note_id=note.id, deal_id=deal_id))
        return NoteId(note.id)


def deal_timeline(db: Database, deal_id: int) -> list[DealTimelineItem]:
    """The deal's stage changes, linked activities and notes (outside the Trash), newest
    first."""
    items: list[DealTimelineItem] = []
    for change in stage_history(db, deal_id):
        if change.from_stage is None:
            text = change.to_stage
        elif change.from_stage == change.to_stage:
            text = f"{change.to_stage}: {change.status.value}"
        else:
            text = f"{change.from_stage} -> {change.to_stage}"
        items.append(DealTimelineItem(change.changed_at, "stage", stage_change=change, text=text))
    with db.raw_reading() as connection:
        activities = queries.deal_activity_rows(connection, deal_id)
        notes = queries.deal_note_rows(connection, deal_id)
    for activity_id, kind, subject, when in activities:
        items.append(
            DealTimelineItem(
                read_time_or_earliest(when), kind, activity_id=ActivityId(activity_id), text=subject
            )
        )
    for note_id, body, created in notes:
        items.append(
            DealTimelineItem(
                read_time_or_earliest(created), "note", note_id=NoteId(note_id), text=body
            )
        )
    items.sort(key=lambda item: item.when, reverse=True)
    return items


def next_activities(db: Database, deal_ids: Sequence[int]) -> dict[DealId, NextActivity]:
    """Each deal's next open activity (the earliest planned), for the deals that have one."""
    with db.raw_reading() as connection:
        rows = queries.next_activity_rows(connection, deal_ids)
    return {
        DealId(deal_id): NextActivity(
            DealId(deal_id), ActivityId(activity_id), kind, subject, read_time(when)
        )
        for deal_id, activity_id, kind, subject, when in rows
    }


def deal_totals(
    db: Database, *, account_id: int | None = None, contact_id: int | None = None
) -> DealTotals:
    """An account's (or a contact's) deals outside the Trash: the open ones, and the open,
    won and lost totals per currency."""
    if (account_id is None) == (contact_id is None):
        raise ValueError("deal totals are of an account or of a contact")
    with db.raw_reading() as connection:
        open_ids, sums = queries.deal_totals(
            connection, account_id=account_id, contact_id=contact_id
        )
    by_status: dict[str, list[MoneyTotal]] = {status.value: [] for status in DealStatus}
    for status, currency, count, minor in sums:
        by_status[status].append(MoneyTotal(currency, count, from_minor(minor, currency)))
    return DealTotals(
        open_deals=tuple(DealId(i) for i in open_ids),
        open=tuple(by_status[DealStatus.OPEN.value]),
        won=tuple(by_status[DealStatus.WON.value]),
        lost=tuple(by_status[DealStatus.LOST.value]),
    )


def competitor_accounts(db: Database) -> list[tuple[AccountId, str]]:
    """The accounts in the Competitor category (the lost dialog offers them), by name."""
    with db.raw_reading() as connection:
        rows = queries.accounts_in_category(connection, COMPETITOR_CATEGORY)
    return [(AccountId(i), name) for i, name in rows]


def open_deals_for(
    db: Database, *, contact_id: int | None = None, account_id: int | None = None
) -> list[tuple[DealId, str]]:
    """(id, title) of the open deals an activity or a note logged on this contact's or this
    account's card can be linked to (the timeline bar's choice): a contact's own deals and
    its accounts' deals; an account's deals. Soonest expected close first."""
    with db.raw_reading() as connection:
        rows = queries.open_deal_titles(connection, contact_id=contact_id, account_id=account_id)
    return [(DealId(deal_id), title) for deal_id, title in rows]
