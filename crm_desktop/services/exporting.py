"""Exporting contacts and accounts to a vCard file (2.1, 3.0 or 4.0).

The file is written beside its target and renamed over it only when complete, so that a
failure (a full disk, a cancel) never leaves half a file where an old export was.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from crm_desktop.errors import CrmError
from crm_desktop.interop.csv_export import write_google_csv, write_outlook_csv
from crm_desktop.interop.vcard_export import vcard_text
from crm_desktop.records.contacts import ContactCard
from crm_desktop.records.drafts import (
    AccountDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    PhoneValue,
    UrlValue,
)
from crm_desktop.services.contacts import Cancelled, CancelToken, get_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.relationships import related_values
from crm_desktop.store.models import Account
from crm_desktop.store.type_lists import types_of

CHUNK = 1000


class ExportError(CrmError):
    """The export file cannot be written (a folder that does not exist, a full disk...)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(path, reason)

    def __str__(self) -> str:
        return f"{self.path}: cannot write the export ({self.reason})"


def account_drafts(db: Database, ids: Sequence[int] | None = None) -> list[AccountDraft]:
    """Every account outside the Trash (or these accounts), by name, as drafts."""
    return [draft for _id, draft in accounts_by_id(db, ids)]


def accounts_by_id(
    db: Database, ids: Sequence[int] | None = None
) -> list[tuple[int, AccountDraft]]:
    """Like ``account_drafts``, each draft with its account's id."""
    with db.session_reading() as session:
        which = Account.deleted_at.is_(None) if ids is None else Account.id.in_(ids)
        accounts = session.scalars(
            select(Account)
            .where(which)
            .order_by(Account.sort_key, Account.id)
            .options(
                selectinload(Account.emails),
                selectinload(Account.phones),
                selectinload(Account.addresses),
                selectinload(Account.urls),
                selectinload(Account.custom_fields),
                selectinload(Account.extra),
                selectinload(Account.categories),
            )
        ).all()
        return [
            (
                a.id,
                AccountDraft(
                    name=a.name,
                    website=a.website,
                    industry=a.industry,
                    note=a.note,
                    categories=tuple(c.name for c in a.categories),
                    emails=tuple(
                        EmailValue(e.value, types_of(e.types), e.preferred, e.custom_label)
                        for e in a.emails
                    ),
                    phones=tuple(
                        PhoneValue(p.value, types_of(p.types), p.preferred, p.custom_label)
                        for p in a.phones
                    ),
                    addresses=tuple(
                        AddressValue(
                            types_of(x.types),
                            x.preferred,
                            x.po_box,
                            x.extended,
                            x.street,
                            x.locality,
                            x.region,
                            x.postal_code,
                            x.country,
                            x.label,
                            x.custom_label,
                        )
                        for x in a.addresses
                    ),
                    urls=tuple(
                        UrlValue(u.value, types_of(u.types), u.custom_label) for u in a.urls
                    ),
                    custom_fields=tuple(CustomValue(c.label, c.value) for c in a.custom_fields),
                    extra=tuple(
                        ExtraValue(
                            x.name,
                            x.value,
                            x.group,
                            tuple((k, tuple(v)) for k, v in json.loads(x.params or "{}").items()),
                        )
                        for x in a.extra
                    ),
                    uid=a.uid,
                ),
            )
            for a in accounts
        ]


def _records(
    db: Database, contact_ids: Sequence[int], with_accounts: bool, cancel: CancelToken | None
) -> Iterator[ContactDraft | AccountDraft]:
    for start in range(0, len(contact_ids), CHUNK):
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        chunk = contact_ids[start : start + CHUNK]
        related = related_values(db, chunk)
        for card in get_contacts(db, chunk):
            draft = card.draft
            if card.id in related:
                draft = dataclasses.replace(draft, related=related[card.id])
            yield draft
    if with_accounts:
        yield from account_drafts(db)


def write_vcards(
    db: Database,
    out: TextIO,
    contact_ids: Sequence[int],
    *,
    version: str = "3.0",
    with_accounts: bool = True,
    cancel: CancelToken | None = None,
) -> int:
    """Write these contacts (and, with ``with_accounts``, every account) to ``out``; how many
    cards were written."""
    written = 0
    for text in vcard_text(_records(db, contact_ids, with_accounts, cancel), version):
        out.write(text)
        written += 1
    return written


def atomic_write(path: Path, write: Callable[[TextIO], int]) -> int:
    """Run ``write`` on a temporary file beside ``path`` and rename it over ``path`` when it is
    complete: a failure never leaves half a file where an old export was."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise ExportError(path, exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            count = write(out)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(path, exc.strerror or str(exc)) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def export_vcards(
    db: Database,
    path: Path,
    contact_ids: Sequence[int],
    *,
    version: str = "3.0",
    with_accounts: bool = True,
    cancel: CancelToken | None = None,
) -> int:
    """Write a .vcf at ``path`` atomically; how many cards it holds."""
    return atomic_write(
        path,
        lambda out: write_vcards(
            db, out, contact_ids, version=version, with_accounts=with_accounts, cancel=cancel
        ),
    )


CSV_STYLES = ("outlook-csv", "google-csv")


def write_csv(db: Database, out: TextIO, contact_ids: Sequence[int], style: str) -> int:
    """These contacts as Outlook's or Google's CSV; how many rows were written."""
    drafts = (card.draft for card in _cards(db, contact_ids))
    if style == "google-csv":
        return write_google_csv(drafts, out)
    return write_outlook_csv(drafts, out)


def export_csv(db: Database, path: Path, contact_ids: Sequence[int], style: str) -> int:
    """Write a CSV at ``path`` atomically; how many contacts it holds."""
    return atomic_write(path, lambda out: write_csv(db, out, contact_ids, style))


def _cards(db: Database, contact_ids: Sequence[int]) -> Iterator[ContactCard]:
    for start in range(0, len(contact_ids), CHUNK):
        yield from get_contacts(db, contact_ids[start : start + CHUNK])


def write_mail_merge(
    db: Database,
    out: TextIO,
    contact_ids: Sequence[int],
    *,
    home_country: str = "",
    language: str = "en",
) -> int:
    """These contacts as a mail-merge CSV (``interop.mail_merge_csv``); how many rows."""
    from crm_desktop.interop.mail_merge_csv import write_mail_merge_csv
    from crm_desktop.services.labels import merge_contacts

    return write_mail_merge_csv(
        merge_contacts(db, contact_ids), out, home_country=home_country, language=language
    )


def export_mail_merge(
    db: Database,
    path: Path,
    contact_ids: Sequence[int],
    *,
    home_country: str = "",
    language: str = "en",
) -> int:
    """Write a mail-merge CSV at ``path`` atomically; how many contacts it holds."""
    return atomic_write(
        path,
        lambda out: write_mail_merge(
            db, out, contact_ids, home_country=home_country, language=language
        ),
    )
