"""Creating, editing, trashing and restoring accounts (companies), each one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.contacts import Changes
from crm_desktop.records.drafts import AccountDraft
from crm_desktop.records.ids import AccountId, ContactId
from crm_desktop.services.backups import BEFORE_TRASH, backup_before_bulk_delete
from crm_desktop.services.database import Database
from crm_desktop.services.exporting import account_drafts
from crm_desktop.store.account_queries import accounts_named
from crm_desktop.store.base import utc_now
from crm_desktop.store.contact_writer import ContactWriter
from crm_desktop.store.folding import fold, sort_key
from crm_desktop.store.models import Account, Contact, ContactAccount, Email, Phone
from crm_desktop.store.search_index import reindex
from crm_desktop.store.transactions import raw


def account_draft(db: Database, account_id: int) -> AccountDraft:
    """What the account editor starts from."""
    drafts = account_drafts(db, [account_id])
    if not drafts:
        raise NotFoundError("account", account_id)
    return drafts[0]


def _name_taken(db: Database, name: str, other_than: int | None) -> bool:
    with db.raw_reading() as connection:
        found = accounts_named(connection, name)
    return any(found_id != other_than for found_id in found)


def create_account(db: Database, draft: AccountDraft) -> AccountId:
    """A new account; refused if another account (outside the Trash) has that name."""
    if not draft.name.strip():
        raise InvalidValueError("name", draft.name, "a company name")
    if _name_taken(db, draft.name, None):
        raise InvalidValueError("name", draft.name, "a name no other account has")
    with db.writing() as session:
        writer = ContactWriter(raw(session), db.sort_language)
        return AccountId(writer.write_account(draft))


def update_account(db: Database, account_id: int, draft: AccountDraft) -> Changes:
    """Make account ``account_id`` what ``draft`` says: name, website, industry, note, phones
    and emails (its other details stay). Its contacts' search entries follow a new name."""
    if not draft.name.strip():
        raise InvalidValueError("name", draft.name, "a company name")
    if _name_taken(db, draft.name, account_id):
        raise InvalidValueError("name", draft.name, "a name no other account has")
    with db.writing() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise NotFoundError("account", account_id)
        account.name = draft.name.strip()
        account.name_fold = fold(draft.name.strip())
        account.sort_key = sort_key(draft.name, db.sort_language)
        account.website = draft.website
        account.industry = draft.industry
        account.note = draft.note
        account.updated_at = utc_now()
        session.execute(delete(Email).where(Email.account_id == account_id))
        session.execute(delete(Phone).where(Phone.account_id == account_id))
        for position, e in enumerate(draft.emails):
            session.add(Email(account_id=account_id, position=position, value=e.value,
                              value_fold=fold(e.value.strip()), types=",".join(e.types),
                              preferred=e.preferred, custom_label=e.custom_label))  # fmt: skip
        for position, p in enumerate(draft.phones):
            digits = "".join(ch for ch in fold(p.value) if ch.isdigit() and ch.isascii())
            session.add(Phone(account_id=account_id, position=position, value=p.value,
                              digits=digits, types=",".join(p.types), preferred=p.preferred,
                              custom_label=p.custom_label))  # fmt: skip
        session.flush()
        contacts = session.scalars(
            select(Contact.id)
            .join(ContactAccount, ContactAccount.contact_id == Contact.id)
            .where(ContactAccount.account_id == account_id, Contact.deleted_at.is_(None))
        ).all()
        reindex(raw(session), contacts)
    return Changes(contacts_changed=tuple(ContactId(c) for c in contacts))


def trash_accounts(db: Database, ids: Sequence[int]) -> Changes:
    """Move accounts to the Trash (their contacts stay, linked, and show them again on restore).
    Many at once (``BULK_DELETE_THRESHOLD``) are backed up first."""
    backup_before_bulk_delete(db, ids, BEFORE_TRASH)
    with db.writing() as session:
        session.execute(
            update(Account)
            .where(Account.id.in_(ids), Account.deleted_at.is_(None))
            .values(deleted_at=utc_now())
        )
    return Changes()


def restore_accounts(db: Database, ids: Sequence[int]) -> Changes:
    with db.writing() as session:
        session.execute(update(Account).where(Account.id.in_(ids)).values(deleted_at=None))
    return Changes()
