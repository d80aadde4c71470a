"""Leads: contacts and accounts not yet qualified, their status and source, and converting a
contact lead into a contact under an account (created, or matched by the duplicate rules), or
an account lead into a qualified account, with an opening deal if asked for. Converting keeps
the lead's history: its activities and notes stay on it (and so show on its account's
timeline), and its lead status stays "qualified"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.drafts import AccountDraft
from crm_desktop.records.ids import AccountId, ContactId, DealId
from crm_desktop.records.sales import Conversion, DealContact, DealDraft, Lead, LeadStatus
from crm_desktop.services.database import Database
from crm_desktop.services.deals import insert_deal
from crm_desktop.services.duplicates import account_name_key
from crm_desktop.store import lead_queries as queries
from crm_desktop.store.base import utc_now
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.models import Account, Contact, ContactAccount
from crm_desktop.store.search_index import reindex
from crm_desktop.store.times import read_time_or_earliest
from crm_desktop.store.transactions import raw


def _lead(row: tuple[object, ...]) -> Lead:
    contact_id, account_id, name, account, status, reason, source, created = row
    return Lead(
        contact_id=None if contact_id is None else ContactId(int(str(contact_id))),
        account_id=None if account_id is None else AccountId(int(str(account_id))),
        name=str(name),
        account_name=str(account),
        status=LeadStatus(str(status or LeadStatus.NEW.value)),
        reason=str(reason),
        source=str(source),
        created_at=read_time_or_earliest(None if created is None else str(created)),
    )


def list_leads(db: Database, *, status: LeadStatus | None = None) -> list[Lead]:
    """The contacts, then the accounts, marked as leads (outside the Trash), by name."""
    with db.raw_reading() as connection:
        rows = queries.lead_rows(connection, None if status is None else status.value)
    return [_lead(row) for row in rows]


def _record(session: Session, contact_id: int | None, account_id: int | None) -> Contact | Account:
    if (contact_id is None) == (account_id is None):
        raise ValueError("a lead is a contact or an account")
    found: Contact | Account | None = (
        session.get(Contact, contact_id)
        if contact_id is not None
        else session.get(Account, account_id)
    )
    if found is None or found.deleted_at is not None:
        kind = "contact" if contact_id is not None else "account"
        raise NotFoundError(kind, contact_id if contact_id is not None else account_id or 0)
    return found


def _one(db: Database, contact_id: int | None, account_id: int | None) -> Lead:
    for lead in list_leads(db):
        if contact_id is not None and lead.contact_id == contact_id:
            return lead
        if account_id is not None and lead.account_id == account_id:
            return lead
    raise NotFoundError("lead", contact_id if contact_id is not None else account_id or 0)


def mark_lead(
    db: Database,
    *,
    contact_id: int | None = None,
    account_id: int | None = None,
    status: LeadStatus = LeadStatus.NEW,
    source: str = "",
) -> Lead:
    """Mark a contact or an account as a lead, with a status and a source."""
    if status is LeadStatus.DISQUALIFIED:
        raise InvalidValueError("status", status.value, "new, contacted or qualified")
    with db.writing() as session:
        record = _record(session, contact_id, account_id)
        record.is_lead = True
        record.lead_status = status.value
        record.lead_reason = ""
        record.lead_source = source.strip()
        record.lead_converted_at = None
        record.updated_at = utc_now()
    return _one(db, contact_id, account_id)


def set_lead_status(
    db: Database,
    *,
    contact_id: int | None = None,
    account_id: int | None = None,
    status: LeadStatus,
    reason: str = "",
) -> Lead:
    """A lead's new status; disqualifying needs a reason (kept until it is requalified)."""
    if status is LeadStatus.DISQUALIFIED and not reason.strip():
        raise InvalidValueError("reason", reason, "the reason the lead is disqualified")
    with db.writing() as session:
        record = _record(session, contact_id, account_id)
        if not record.is_lead:
            raise InvalidValueError("lead", str(contact_id or account_id), "a lead")
        record.lead_status = status.value
        record.lead_reason = reason.strip() if status is LeadStatus.DISQUALIFIED else ""
        record.updated_at = utc_now()
    return _one(db, contact_id, account_id)


def unmark_lead(
    db: Database, *, contact_id: int | None = None, account_id: int | None = None
) -> None:
    """The contact or account is no lead any more (its status and source are forgotten)."""
    with db.writing() as session:
        record = _record(session, contact_id, account_id)
        record.is_lead = False
        record.lead_status = None
        record.lead_reason = ""
        record.lead_source = ""
        record.updated_at = utc_now()


def mark_leads(db: Database, contact_ids: list[ContactId], source: str = "") -> list[ContactId]:
    """The contacts not yet leads marked as new leads, in one transaction; those marked (what
    ``unmark_leads`` undoes exactly)."""
    marked: list[ContactId] = []
    with db.writing() as session:
        now = utc_now()
        for contact_id in contact_ids:
            record = _record(session, contact_id, None)
            if record.is_lead:
                continue
            record.is_lead, record.lead_status = True, LeadStatus.NEW.value
            record.lead_reason, record.lead_source, record.updated_at = "", source, now
            marked.append(contact_id)
    return marked


def unmark_leads(db: Database, contact_ids: list[ContactId]) -> None:
    """The contacts no leads any more, in one transaction (the undo of ``mark_leads``)."""
    with db.writing() as session:
        now = utc_now()
        for contact_id in contact_ids:
            record = _record(session, contact_id, None)
            record.is_lead, record.lead_status = False, None
            record.lead_reason, record.lead_source, record.updated_at = "", "", now


def account_by_name(db: Database, name: str) -> AccountId | None:
    """The account (outside the Trash, the oldest) that the duplicate rules take for the
    company ``name``: the same name, case, accents and punctuation aside; None if none."""
    found = _matched_account(db, name)
    return None if found is None else AccountId(found)


def _matched_account(db: Database, name: str) -> int | None:
    key = account_name_key(name)
    if not key:
        return None
    with db.raw_reading() as connection:
        for account_id, account_name in queries.account_names(connection):
            if account_name_key(account_name) == key:
                return account_id
    return None


def convert_lead(
    db: Database,
    contact_id: int,
    *,
    account_name: str | None = None,
    deal_title: str | None = None,
    amount: Decimal | None = None,
    currency: str = "",
    stage: str | None = None,
    close_date: date | None = None,
) -> Conversion:
    """Convert the lead ``contact_id`` (new, contacted or qualified) into a contact under an
    account: ``account_name``'s (matched with an existing account by the duplicate rules,
    else created), else its primary account. With ``deal_title``, an opening deal for
    ``amount`` on that account, with the contact on it. One transaction."""
    if deal_title is not None and amount is None:
        raise InvalidValueError("amount", "", "an amount for the opening deal")
    matched = None if account_name is None else _matched_account(db, account_name)
    with db.writing() as session:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFoundError("contact", contact_id)
        if not contact.is_lead:
            raise InvalidValueError("contact", contact.formatted_name, "a lead")
        if contact.lead_status == LeadStatus.DISQUALIFIED.value:
            raise InvalidValueError(
                "contact", contact.formatted_name, "a lead that is not disqualified"
            )
        links = sorted(contact.account_links, key=lambda link: (not link.is_primary, link.position))
        created = False
        if account_name is not None and account_name.strip():
            if matched is None:
                writer = ContactWriter(raw(session), db.sort_language)
                matched = writer.write_account(AccountDraft(account_name.strip()))
                created = True
            account_id = matched
        elif links:
            account_id = links[0].account_id
        else:
            raise InvalidValueError(
                "account", "", "the lead's company (the lead works at no account)"
            )
        if all(link.account_id != account_id for link in links):
            for link in links:
                link.is_primary = False
            session.add(
                ContactAccount(
                    contact_id=contact_id,
                    account_id=account_id,
                    title=contact.title,
                    is_primary=True,
                    position=len(links),
                )
            )
        now = utc_now()
        contact.is_lead = False
        contact.lead_status = LeadStatus.QUALIFIED.value
        contact.lead_reason = ""
        contact.lead_converted_at = now
        contact.updated_at = now
        session.flush()
        reindex(raw(session), [contact_id])
        deal_id = None
        if deal_title is not None:
            assert amount is not None
            draft = DealDraft(
                title=deal_title,
                account_id=account_id,
                amount=amount,
                currency=currency,
                stage=stage,
                close_date=close_date,
                source=contact.lead_source,
                contacts=(DealContact(ContactId(contact_id)),),
            )
            deal_id = DealId(insert_deal(session, draft, origin_contact_id=contact_id))
    return Conversion(ContactId(contact_id), AccountId(account_id), created, deal_id)


def convert_account_lead(
    db: Database,
    account_id: int,
    *,
    deal_title: str | None = None,
    amount: Decimal | None = None,
    currency: str = "",
    stage: str | None = None,
    close_date: date | None = None,
) -> Conversion:
    """Convert the account lead ``account_id`` (new, contacted or qualified) into a qualified
    account: it stops being a lead, keeps the status "qualified" and the time of conversion,
    and keeps its contacts, activities and notes. With ``deal_title``, an opening deal for
    ``amount`` on it (the lead's source as the deal's). One transaction. ``contact_id`` of
    the result is None: no contact is made."""
    if deal_title is not None and amount is None:
        raise InvalidValueError("amount", "", "an amount for the opening deal")
    with db.writing() as session:
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise NotFoundError("account", account_id)
        if not account.is_lead:
            raise InvalidValueError("account", account.name, "a lead")
        if account.lead_status == LeadStatus.DISQUALIFIED.value:
            raise InvalidValueError("account", account.name, "a lead that is not disqualified")
        now = utc_now()
        account.is_lead = False
        account.lead_status = LeadStatus.QUALIFIED.value
        account.lead_reason = ""
        account.lead_converted_at = now
        account.updated_at = now
        session.flush()
        deal_id = None
        if deal_title is not None:
            assert amount is not None
            draft = DealDraft(
                title=deal_title,
                account_id=account_id,
                amount=amount,
                currency=currency,
                stage=stage,
                close_date=close_date,
                source=account.lead_source,
            )
            deal_id = DealId(insert_deal(session, draft))
    return Conversion(None, AccountId(account_id), False, deal_id)
