"""Deals (opportunities): the list, one deal, creating, editing, moving through the stages,
winning, losing, reopening, the Trash. Each mutation is one transaction; every stage or status
change writes a line of the deal's history (day, from, to, amount and probability then).

Links to activities and notes, the timeline, the cards' totals: ``services.deal_links``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.ids import AccountId, ContactId, DealId, StageId
from crm_desktop.records.money import (
    amount_text,
    currency_of_locale,
    from_minor,
    is_currency_code,
    to_minor,
)
from crm_desktop.records.sales import (
    Deal,
    DealChanges,
    DealContact,
    DealDraft,
    DealFilter,
    DealStatus,
    StageChange,
)
from crm_desktop.services.database import Database, system_locale_name
from crm_desktop.store import deal_queries as queries
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Account, Contact, DealStage, DealStageChange
from crm_desktop.store.models import Deal as StoredDeal
from crm_desktop.store.models import DealContact as StoredDealContact
from crm_desktop.store.times import read_time, read_time_or_earliest


class DealSort(Enum):
    """The orders the deal list offers."""

    TITLE = "title"
    ACCOUNT = "account"
    STAGE = "stage"
    AMOUNT = "amount"  # by currency, then amount
    PROBABILITY = "probability"
    CLOSE_DATE = "close_date"  # no date last
    STATUS = "status"
    UPDATED = "updated"


def default_currency(locale_name: str | None = None) -> str:
    """The currency a new deal starts in: the locale's region's (EUR when unknown)."""
    return currency_of_locale(locale_name or system_locale_name())


def _where(where: DealFilter) -> queries.DealWhere:
    return queries.DealWhere(
        status=None if where.status is None else where.status.value,
        stage=where.stage,
        account_id=where.account_id,
        contact_id=where.contact_id,
        close_from=None if where.close_from is None else where.close_from.isoformat(),
        close_to=None if where.close_to is None else where.close_to.isoformat(),
        account_category=where.account_category,
        min_amount=None if where.min_amount is None else str(where.min_amount),
        max_amount=None if where.max_amount is None else str(where.max_amount),
        trashed=where.trashed,
        ids=where.ids,
    )


def deal_ids(
    db: Database,
    where: DealFilter | None = None,
    sort: DealSort = DealSort.CLOSE_DATE,
    descending: bool = False,
) -> list[DealId]:
    """The ids of the deals ``where`` selects (outside the Trash unless it says so), in
    ``sort`` order: one query, for the lazy list model."""
    with db.raw_reading() as connection:
        ids = queries.deal_id_list(
            connection, _where(where or DealFilter()), sort.value, descending
        )
    return [DealId(i) for i in ids]


def deal_position(db: Database, where: DealFilter, deal_id: int) -> int | None:
    """Where ``deal_id`` stands in ``deal_ids(db, where)`` (close-date order): its row, or
    None when ``where`` leaves it out. One count: the board places a moved card with it."""
    with db.raw_reading() as connection:
        return queries.deals_before(connection, _where(where), deal_id)


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:  # a damaged row reads as no date
        return None


def _time(text: str | None) -> datetime:
    """A stored time; the fast path for the text the store writes, ``read_time`` for the rest
    (a damaged row reads as the earliest time rather than failing the list)."""
    if isinstance(text, str) and len(text) == 27 and text[-1] == "Z":
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    return read_time_or_earliest(text)


_STATUS = {status.value: status for status in DealStatus}


def _deal(v: tuple[Any, ...], contacts: tuple[DealContact, ...]) -> Deal:
    """A deal from its row (``queries.DEAL_COLUMNS`` order): 10,000 of them for the board."""
    currency = str(v[7])
    return Deal(
        id=DealId(v[0]),
        title=v[1],
        account_id=AccountId(v[2]),
        account_name=v[3],
        contacts=contacts,
        stage_id=StageId(v[4]),
        stage=v[5],
        amount=from_minor(int(v[6]), currency),
        currency=currency,
        probability=int(v[8]),
        probability_manual=bool(v[9]),
        close_date=_date(v[10]),
        source=v[11],
        next_step=v[12],
        description=v[13],
        status=_STATUS[v[14]],
        closed_on=_date(v[15]),
        close_reason=v[16],
        competitor_id=None if v[17] is None else AccountId(v[17]),
        competitor_name=v[18],
        stage_since=_time(v[19]),
        created_at=_time(v[20]),
        updated_at=_time(v[21]),
        deleted_at=None if v[22] is None else read_time(v[22]),
        origin_contact_id=None if v[23] is None else ContactId(v[23]),
    )


def get_deals(db: Database, ids: Sequence[int]) -> list[Deal]:
    """The deals with these ids, in that order (in or out of the Trash; missing ones left
    out): one page of a list at a time."""
    with db.raw_reading() as connection:
        rows = queries.deal_rows(connection, ids)
        links = queries.deal_contact_rows(connection, list(rows))
    contacts: dict[int, list[DealContact]] = {}
    for deal_id, contact_id, name, role in links:
        contacts.setdefault(deal_id, []).append(DealContact(ContactId(contact_id), name, role))
    return [_deal(rows[i], tuple(contacts.get(i, ()))) for i in ids if i in rows]


def list_deals(
    db: Database,
    where: DealFilter | None = None,
    sort: DealSort = DealSort.CLOSE_DATE,
    descending: bool = False,
) -> list[Deal]:
    """The deals ``where`` selects, whole, in ``sort`` order (by expected close date, no date
    last): two queries, for the board's 10,000 open deals."""
    with db.raw_reading() as connection:
        rows, links = queries.deals_matching(
            connection, _where(where or DealFilter()), sort.value, descending
        )
    contacts: dict[int, list[DealContact]] = {}
    for deal_id, contact_id, name, role in links:
        contacts.setdefault(deal_id, []).append(DealContact(ContactId(contact_id), name, role))
    return [_deal(row, tuple(contacts.get(row[0], ()))) for row in rows]


def get_deal(db: Database, deal_id: int) -> Deal:
    """One deal, whole; ``NotFoundError`` if there is none (one in the Trash is returned)."""
    found = get_deals(db, [deal_id])
    if not found:
        raise NotFoundError("deal", deal_id)
    return found[0]


def deal_draft(db: Database, deal_id: int) -> DealDraft:
    """What the deal editor starts from (and what undoing an edit hands back)."""
    deal = get_deal(db, deal_id)
    return DealDraft(
        title=deal.title,
        account_id=deal.account_id,
        amount=deal.amount,
        currency=deal.currency,
        stage=deal.stage,
        probability=deal.probability if deal.probability_manual else None,
        close_date=deal.close_date,
        source=deal.source,
        next_step=deal.next_step,
        description=deal.description,
        contacts=deal.contacts,
    )


def stage_history(db: Database, deal_id: int) -> list[StageChange]:
    """The deal's moves, oldest first: created, each stage change, won, lost, reopened."""
    with db.raw_reading() as connection:
        rows = queries.stage_change_rows(connection, deal_id)
    return [
        StageChange(
            deal_id=DealId(deal_id),
            changed_at=read_time_or_earliest(changed_at),
            from_stage=from_stage,
            to_stage=to_stage,
            status=DealStatus(status),
            amount=from_minor(int(minor), currency),
            currency=currency,
            probability=int(probability),
        )
        for changed_at, from_stage, to_stage, status, minor, currency, probability in rows
    ]


# Writing.


def _probability(value: int, field: str = "probability") -> int:
    if not 0 <= value <= 100:
        raise InvalidValueError(field, str(value), "a probability from 0 to 100")
    return value


def _stage(session: Session, stage: str | int | None) -> DealStage:
    if stage is None:
        found = session.scalars(select(DealStage).order_by(DealStage.position, DealStage.id))
        first = found.first()
        if first is None:
            raise InvalidValueError("stage", "", "a stage (the list of stages is empty)")
        return first
    if isinstance(stage, int):
        by_id = session.get(DealStage, stage)
        if by_id is None:
            raise NotFoundError("stage", stage)
        return by_id
    named = session.scalars(select(DealStage).where(DealStage.name == stage)).first()
    if named is None:
        raise InvalidValueError("stage", stage, "one of the stages")
    return named


def _checked(draft: DealDraft) -> tuple[str, str, int]:
    """The title, currency and minor units of a draft; ``InvalidValueError`` for bad ones."""
    title = draft.title.strip()
    if not title:
        raise InvalidValueError("title", draft.title, "a title")
    currency = (draft.currency or default_currency()).strip().upper()
    if not is_currency_code(currency):
        raise InvalidValueError("currency", draft.currency, "an ISO 4217 code such as EUR")
    try:
        minor = to_minor(draft.amount, currency)
    except ValueError:
        raise InvalidValueError(
            "amount", str(draft.amount), f"an amount in {currency}'s decimal places"
        ) from None
    if minor < 0:
        raise InvalidValueError("amount", str(draft.amount), "an amount of zero or more")
    if draft.probability is not None:
        _probability(draft.probability)
    return title, currency, minor


def _record(
    session: Session, deal: StoredDeal, from_stage: str | None, to_stage: str, now: datetime
) -> None:
    session.add(
        DealStageChange(
            deal_id=deal.id,
            changed_at=now,
            from_stage=from_stage,
            to_stage=to_stage,
            status=deal.status,
            amount_minor=deal.amount_minor,
            currency=deal.currency,
            probability=deal.probability,
        )
    )


def _set_contacts(session: Session, deal: StoredDeal, contacts: Sequence[DealContact]) -> None:
    seen: set[int] = set()
    links: list[StoredDealContact] = []
    for position, link in enumerate(contacts):
        if link.contact_id in seen:
            continue
        contact = session.get(Contact, link.contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFoundError("contact", link.contact_id)
        seen.add(link.contact_id)
        links.append(
            StoredDealContact(contact_id=link.contact_id, role=link.role.strip(), position=position)
        )
    deal.contacts = links


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFoundError("account", account_id)
    return account


def insert_deal(session: Session, draft: DealDraft, origin_contact_id: int | None = None) -> int:
    """Write a new open deal in ``session``'s transaction (its history starts with the line
    "created in <stage>"); its id. For services that create a deal within their own change
    (converting a lead)."""
    title, currency, minor = _checked(draft)
    _account(session, draft.account_id)
    stage = _stage(session, draft.stage)
    now = utc_now()
    deal = StoredDeal(
        title=title,
        account_id=draft.account_id,
        stage_id=stage.id,
        amount_minor=minor,
        currency=currency,
        probability=stage.probability if draft.probability is None else draft.probability,
        probability_manual=draft.probability is not None,
        close_date=None if draft.close_date is None else draft.close_date.isoformat(),
        source=draft.source.strip(),
        next_step=draft.next_step,
        description=draft.description,
        status=DealStatus.OPEN.value,
        origin_contact_id=origin_contact_id,
        stage_since=now,
        created_at=now,
        updated_at=now,
    )
    session.add(deal)
    _set_contacts(session, deal, draft.contacts)
    session.flush()
    _record(session, deal, None, stage.name, now)
    return deal.id


def create_deal(db: Database, draft: DealDraft) -> Deal:
    """A new open deal; its history starts with the line "created in <stage>"."""
    _checked(draft)  # before the transaction: a bad draft opens no writer
    with db.writing() as session:
        deal_id = insert_deal(session, draft)
    return get_deal(db, deal_id)


def _open_deal(session: Session, deal_id: int) -> StoredDeal:
    deal = session.get(StoredDeal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise NotFoundError("deal", deal_id)
    return deal


def _move(
    session: Session, deal: StoredDeal, stage: DealStage, probability: int | None, now: datetime
) -> None:
    """Into ``stage`` (recorded): probability as given, else kept when set by hand, else the
    stage's default."""
    old = session.get(DealStage, deal.stage_id)
    if probability is not None:
        deal.probability = _probability(probability)
        deal.probability_manual = True
    elif not deal.probability_manual:
        deal.probability = stage.probability
    if stage.id != deal.stage_id:
        deal.stage_id = stage.id
        deal.stage_since = now
        _record(session, deal, None if old is None else old.name, stage.name, now)
    deal.updated_at = now


def update_deal(db: Database, deal_id: int, draft: DealDraft) -> Deal:
    """Make the deal what ``draft`` says; a new stage is recorded as a move. A draft without
    a probability clears a hand-set one (the stage's default applies)."""
    title, currency, minor = _checked(draft)
    with db.writing() as session:
        deal = _open_deal(session, deal_id)
        _account(session, draft.account_id)
        stage = _stage(session, draft.stage) if draft.stage is not None else None
        now = utc_now()
        deal.title = title
        deal.account_id = draft.account_id
        deal.amount_minor = minor
        deal.currency = currency
        deal.close_date = None if draft.close_date is None else draft.close_date.isoformat()
        deal.source = draft.source.strip()
        deal.next_step = draft.next_step
        deal.description = draft.description
        _set_contacts(session, deal, draft.contacts)
        deal.probability_manual = draft.probability is not None
        target = stage or session.get(DealStage, deal.stage_id)
        assert target is not None  # the foreign key holds
        _move(session, deal, target, draft.probability, now)
    return get_deal(db, deal_id)


def set_deal_contacts(db: Database, deal_id: int, contacts: Sequence[DealContact]) -> Deal:
    """The deal's contacts and their roles, in this order (names are ignored)."""
    with db.writing() as session:
        deal = _open_deal(session, deal_id)
        _set_contacts(session, deal, contacts)
        deal.updated_at = utc_now()
    return get_deal(db, deal_id)


def move_deal(db: Database, deal_id: int, stage: str | int, probability: int | None = None) -> Deal:
    """Move an open deal to ``stage`` (a name or a StageId), recorded in its history. The
    probability: ``probability`` if given (then kept by later moves), else the deal's own if
    set by hand, else the stage's default. A won or lost deal is refused: reopen it first."""
    with db.writing() as session:
        deal = _open_deal(session, deal_id)
        if deal.status != DealStatus.OPEN:
            raise InvalidValueError("deal", deal.title, "an open deal (reopen it first)")
        _move(session, deal, _stage(session, stage), probability, utc_now())
    return get_deal(db, deal_id)


def _close(
    db: Database,
    deal_id: int,
    status: DealStatus,
    on: date | None,
    reason: str,
    competitor_id: int | None,
) -> Deal:
    with db.writing() as session:
        deal = _open_deal(session, deal_id)
        if deal.status == status:
            raise InvalidValueError("deal", deal.title, f"a deal that is not {status.value}")
        if competitor_id is not None:
            _account(session, competitor_id)
        now = utc_now()
        deal.status = status.value
        deal.closed_on = (on or date.today()).isoformat()
        deal.close_reason = reason.strip()
        deal.competitor_id = competitor_id
        deal.updated_at = now
        stage = session.get(DealStage, deal.stage_id)
        name = "" if stage is None else stage.name
        _record(session, deal, name, name, now)
    return get_deal(db, deal_id)


def win_deal(db: Database, deal_id: int, on: date | None = None, reason: str = "") -> Deal:
    """The deal is won on ``on`` (today); it keeps its stage; recorded in its history."""
    return _close(db, deal_id, DealStatus.WON, on, reason, None)


def lose_deal(
    db: Database,
    deal_id: int,
    reason: str,
    competitor_id: int | None = None,
    on: date | None = None,
) -> Deal:
    """The deal is lost on ``on`` (today), for ``reason`` (required), maybe to a competitor
    (an account); recorded in its history."""
    if not reason.strip():
        raise InvalidValueError("reason", reason, "the reason the deal was lost")
    return _close(db, deal_id, DealStatus.LOST, on, reason, competitor_id)


def reopen_deal(db: Database, deal_id: int) -> Deal:
    """A won or lost deal is open again, in its stage; its close day, reason and competitor
    are cleared; recorded in its history."""
    with db.writing() as session:
        deal = _open_deal(session, deal_id)
        if deal.status == DealStatus.OPEN:
            raise InvalidValueError("deal", deal.title, "a won or lost deal")
        now = utc_now()
        deal.status = DealStatus.OPEN.value
        deal.closed_on = None
        deal.close_reason = ""
        deal.competitor_id = None
        deal.updated_at = now
        stage = session.get(DealStage, deal.stage_id)
        name = "" if stage is None else stage.name
        _record(session, deal, name, name, now)
    return get_deal(db, deal_id)


def trash_deals(db: Database, ids: Sequence[int]) -> DealChanges:
    """Move the deals to the Trash (restore_deals undoes it)."""
    with db.writing() as session:
        found = list(
            session.scalars(
                select(StoredDeal).where(StoredDeal.id.in_(ids), StoredDeal.deleted_at.is_(None))
            )
        )
        now = utc_now()
        for deal in found:
            deal.deleted_at = now
    return DealChanges(removed=tuple(DealId(d.id) for d in found))


def restore_deals(db: Database, ids: Sequence[int]) -> DealChanges:
    """Take the deals out of the Trash (those whose account is in the Trash too stay)."""
    with db.writing() as session:
        found = list(
            session.scalars(
                select(StoredDeal)
                .join(Account, Account.id == StoredDeal.account_id)
                .where(
                    StoredDeal.id.in_(ids),
                    StoredDeal.deleted_at.is_not(None),
                    Account.deleted_at.is_(None),
                )
            )
        )
        for deal in found:
            deal.deleted_at = None
    return DealChanges(restored=tuple(DealId(d.id) for d in found))


def deal_amount_text(deal: Deal) -> str:
    """The deal's amount as JSON and CSV write it ("30000.00")."""
    return amount_text(deal.amount, deal.currency)
