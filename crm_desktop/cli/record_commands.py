"""``accounts``, ``account show|add|edit|delete|restore`` and ``contact
add|edit|delete|restore``: through the services the window's editors and Trash use, each
write one transaction.

An unknown id is status 1 and one line ("no contact with id 9"), nothing written; so is a
value to remove that the record does not have, or an account name another account has.
``--account NAME`` links the contact to the account of that name, made when there is none,
as the contact editor does: the command says so on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop.cli.json_shapes import account_json, contact_line, print_json
from crm_desktop.cli.opening import opened, reading
from crm_desktop.cli.relationship_commands import contact_shape
from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.drafts import AccountLinkDraft, ContactDraft, EmailValue, PhoneValue

if TYPE_CHECKING:
    from crm_desktop.services.accounts import AccountCard
    from crm_desktop.services.database import Database

Command = Callable[[Path, argparse.Namespace, TextIO], int]


# ---- emails and phones, added and removed -----------------------------------------------


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _emails(
    emails: Sequence[EmailValue], add: Sequence[str], remove: Sequence[str], whose: str = ""
) -> tuple[EmailValue, ...]:
    kept = list(emails)
    for value in remove:
        found = [e for e in kept if e.value.strip().casefold() == value.strip().casefold()]
        if not found:
            raise InvalidValueError("--remove-email", value, f"one of {whose}'s email addresses")
        kept = [e for e in kept if e not in found]
    for value in add:
        if all(e.value.strip().casefold() != value.casefold() for e in kept):
            kept.append(EmailValue(value))
    return tuple(kept)


def _phones(
    phones: Sequence[PhoneValue], add: Sequence[str], remove: Sequence[str], whose: str = ""
) -> tuple[PhoneValue, ...]:
    kept = list(phones)
    for value in remove:
        found = [p for p in kept if p.value.strip() == value.strip()] or [
            p for p in kept if _digits(value) and _digits(p.value) == _digits(value)
        ]
        if not found:
            raise InvalidValueError("--remove-phone", value, f"one of {whose}'s phone numbers")
        kept = [p for p in kept if p not in found]
    for value in add:
        if all(_digits(p.value) != _digits(value) for p in kept):
            kept.append(PhoneValue(value))
    return tuple(kept)


def _usage_error(args: argparse.Namespace, message: str) -> int:
    sys.stderr.write(f"crm-desktop {args.command} {args.action}: error: {message}\n")
    return 2


# ---- accounts -----------------------------------------------------------------------------


def contacts_text(count: int) -> str:
    """``1 contact``, ``3 contacts``: the account lines' count of its contacts."""
    return f"{count} contact" if count == 1 else f"{count} contacts"


def _account_line(card: AccountCard) -> str:
    phone = card.phones[0].value if card.phones else ""
    email = card.emails[0].value if card.emails else ""
    return "\t".join((str(card.id), card.name, card.website, phone, email,
                      contacts_text(len(card.contacts))))  # fmt: skip


def _account_text(card: AccountCard) -> list[str]:
    lines = [card.name + ("  (in the Trash)" if card.deleted_at is not None else "")]
    fields = [("Website", card.website), ("Industry", card.industry),
              ("Categories", ", ".join(card.categories))]  # fmt: skip
    fields += [(f"Email ({', '.join(e.types) or 'other'})", e.value) for e in card.emails]
    fields += [(f"Phone ({', '.join(p.types) or 'other'})", p.value) for p in card.phones]
    for a in card.addresses:
        parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
        fields.append(
            (f"Address ({', '.join(a.types) or 'other'})", ", ".join(p for p in parts if p))
        )
    fields += [("Web", u.value) for u in card.urls]
    lines += [f"{label}: {value}" for label, value in fields if value]
    if card.note:
        lines += ["", card.note]
    if card.contacts:
        lines += ["", "Contacts:"]
        lines += [f"  {c.id}\t{c.name}\t{c.title}".rstrip() for c in card.contacts]
    return lines


def cmd_accounts(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.accounts import account_rows, get_account

    with reading(path) as db:
        rows = account_rows(db, " ".join(args.query))
        if args.json:
            print_json([account_json(get_account(db, row.id)) for row in rows], out)
            return 0
    for row in rows:
        out.write("\t".join((str(row.id), row.name, row.website, row.phone, row.email,
                             contacts_text(row.contacts))) + "\n")  # fmt: skip
    return 0


def _print_account(db: Database, account_id: int, args: argparse.Namespace, out: TextIO) -> None:
    from crm_desktop.services.accounts import get_account

    card = get_account(db, account_id)
    if args.json:
        print_json(account_json(card), out)
    else:
        out.write(_account_line(card) + "\n")


def _account_show(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.accounts import get_account

    with reading(path) as db:
        card = get_account(db, args.id)
    if args.json:
        print_json(account_json(card), out)
    else:
        out.write("\n".join(_account_text(card)) + "\n")
    return 0


def _account_add(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.drafts import AccountDraft
    from crm_desktop.services.account_edits import create_account

    draft = AccountDraft(
        name=args.name,
        website=args.website or "",
        industry=args.industry or "",
        note=args.note or "",
        emails=_emails((), args.email, ()),
        phones=_phones((), args.phone, ()),
    )
    with opened(path) as db:
        account_id = create_account(db, draft)
        _print_account(db, account_id, args, out)
    return 0


def _account_edit(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.account_edits import account_draft, update_account

    with opened(path) as db:
        draft = account_draft(db, args.id)
        changed = replace(
            draft,
            name=draft.name if args.name is None else args.name,
            website=draft.website if args.website is None else args.website,
            industry=draft.industry if args.industry is None else args.industry,
            note=draft.note if args.note is None else args.note,
            emails=_emails(draft.emails, args.email, args.remove_email, f"account {args.id}"),
            phones=_phones(draft.phones, args.phone, args.remove_phone, f"account {args.id}"),
        )
        if changed != draft:
            update_account(db, args.id, changed)
        _print_account(db, args.id, args, out)
    return 0


def _account_trash(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.account_edits import restore_accounts, trash_accounts
    from crm_desktop.services.accounts import get_account

    ids = list(dict.fromkeys(args.ids))
    deleting = args.action == "delete"
    with opened(path) as db:
        cards = [get_account(db, account_id) for account_id in ids]  # all known, or none
        (trash_accounts if deleting else restore_accounts)(db, ids)
    for card in cards:
        moved = _moved(card.deleted_at is not None, deleting)
        out.write(f"account {card.id} ({card.name}): {moved}\n")
    return 0


def _moved(was_trashed: bool, deleting: bool) -> str:
    if deleting:
        return "was in the Trash already" if was_trashed else "moved to the Trash"
    return "restored from the Trash" if was_trashed else "was not in the Trash"


def cmd_account(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    actions: dict[str, Command] = {
        "show": _account_show,
        "add": _account_add,
        "edit": _account_edit,
        "delete": _account_trash,
        "restore": _account_trash,
    }
    return actions[args.action](path, args, out)


# ---- contacts -----------------------------------------------------------------------------


def _built_name(d: ContactDraft) -> str:
    parts = (d.prefix, d.given_name, d.additional_names, d.family_name, d.suffix)
    return " ".join(p for p in parts if p)


def _account_name(db: Database, given: str) -> tuple[str, bool]:
    """The name of the account ``--account`` means, and whether it is a new one."""
    from crm_desktop.services.accounts import find_account, get_account

    text = given.strip()
    if text.isdigit():
        card = get_account(db, int(text))
        if card.deleted_at is not None:
            raise InvalidValueError("--account", text, "an account outside the Trash")
        return card.name, False
    return text, find_account(db, text) is None


def _contact_draft(db: Database, base: ContactDraft, args: argparse.Namespace) -> ContactDraft:
    """``base`` changed as the options say (the contact editor's rules for names, the
    account and its title)."""
    whose = f"contact {getattr(args, 'id', '')}"
    d = replace(
        base,
        given_name=base.given_name if args.given is None else args.given.strip(),
        family_name=base.family_name if args.family is None else args.family.strip(),
        title=base.title if args.title is None else args.title.strip(),
        department=base.department if args.department is None else args.department.strip(),
        note=base.note if args.note is None else args.note.strip(),
        birthday=base.birthday if args.birthday is None else (args.birthday or None),
        emails=_emails(base.emails, args.email, getattr(args, "remove_email", ()), whose),
        phones=_phones(base.phones, args.phone, getattr(args, "remove_phone", ()), whose),
    )
    if args.name is not None:
        d = replace(d, formatted_name=args.name)
    elif not base.formatted_name or base.formatted_name == _built_name(base):
        d = replace(d, formatted_name=_built_name(d))  # the name follows its parts
    categories = list(d.categories)
    for name in getattr(args, "remove_category", ()):
        found = [c for c in categories if c.casefold() == name.strip().casefold()]
        if not found:
            raise InvalidValueError("--remove-category", name, f"one of {whose}'s categories")
        categories = [c for c in categories if c not in found]
    for name in args.category:
        if name.strip() and all(c.casefold() != name.strip().casefold() for c in categories):
            categories.append(name.strip())
    d = replace(d, categories=tuple(categories))
    primary = next((a for a in d.accounts if a.primary), d.accounts[0] if d.accounts else None)
    account = primary.name if primary else ""
    if args.account is not None:
        account = _account_name(db, args.account)[0] if args.account.strip() else ""
    if args.account is not None or (args.title is not None and account):
        others = tuple(a for a in d.accounts if a is not primary and a.name != account)
        link = (AccountLinkDraft(account, d.title, True),) if account else ()
        d = replace(d, accounts=link + others)
    return d


def _named(d: ContactDraft) -> bool:
    return bool(d.formatted_name or d.given_name or d.family_name or d.emails or d.phones)


def _print_contact(db: Database, contact_id: int, args: argparse.Namespace, out: TextIO) -> None:
    from crm_desktop.services.contact_cards import get_contact
    from crm_desktop.services.contact_list import contact_rows

    if args.json:
        print_json(contact_shape(db, get_contact(db, contact_id)), out)
    else:
        for row in contact_rows(db, [contact_id]):
            out.write(contact_line(row) + "\n")


def _say_new_account(db: Database, args: argparse.Namespace, draft: ContactDraft) -> None:
    from crm_desktop.services.accounts import find_account

    if args.account is None or not args.account.strip() or args.account.strip().isdigit():
        return
    name = draft.accounts[0].name
    sys.stderr.write(f"crm-desktop: made the account {name!r} (id {find_account(db, name)})\n")


def _contact_add(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.contacts import create_contact

    with opened(path) as db:
        draft = _contact_draft(db, ContactDraft(), args)
        if not _named(draft):
            return _usage_error(args, "give the contact a name, an email or a phone")
        new_account = args.account is not None and _account_name(db, args.account)[1]
        contact_id = create_contact(db, draft)
        if new_account:
            _say_new_account(db, args, draft)
        _print_contact(db, contact_id, args, out)
    return 0


def _contact_edit(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.contact_edits import contact_draft, update_contact

    with opened(path) as db:
        before = contact_draft(db, args.id)
        draft = _contact_draft(db, before, args)
        if not _named(draft):
            return _usage_error(args, "a contact keeps a name, an email or a phone")
        new_account = bool(args.account) and _account_name(db, args.account)[1]
        if draft != before:
            update_contact(db, args.id, draft)
        if new_account:
            _say_new_account(db, args, draft)
        _print_contact(db, args.id, args, out)
    return 0


def _contact_trash(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.contact_cards import get_contacts
    from crm_desktop.services.contact_edits import restore_contacts, trash_contacts

    ids = list(dict.fromkeys(args.ids))
    deleting = args.action == "delete"
    with opened(path) as db:
        cards = get_contacts(db, ids)  # the Trash included
        known = {card.id for card in cards}
        for contact_id in ids:
            if contact_id not in known:
                raise NotFoundError("contact", contact_id)
        (trash_contacts if deleting else restore_contacts)(db, ids)
    for card in cards:
        moved = _moved(card.deleted_at is not None, deleting)
        out.write(f"contact {card.id} ({card.draft.formatted_name}): {moved}\n")
    return 0


def cmd_contact(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    actions: dict[str, Command] = {
        "add": _contact_add,
        "edit": _contact_edit,
        "delete": _contact_trash,
        "restore": _contact_trash,
    }
    return actions[args.action](path, args, out)
