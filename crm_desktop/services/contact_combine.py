"""One contact (or account) made of several (a merge of duplicates): every value of each is
kept.

The kept contact's own fields win; an empty one takes the first value another has. Every
e-mail, phone, address, URL, IM handle, custom field, kept vCard property and category of all
of them is kept once (compared as the store compares them: folded, phones by their digits).
Notes are joined, so nobody's text is lost; so is each other name that differs from the kept
one (a custom field "Also known as"), since the duplicates window may be wrong about a person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from crm_desktop.records.drafts import AccountDraft, AddressValue, ContactDraft, CustomValue
from crm_desktop.store.folding import fold, phone_digits

T = TypeVar("T")

# The name is one unit: the kept contact's whole, or (when it has none) another's whole.
_NAME = ("formatted_name", "prefix", "given_name", "additional_names", "family_name", "suffix")
_SCALARS = (
    "nickname", "title", "department", "role", "birthday", "anniversary", "gender", "photo",
    "keep_in_touch_days", "uid",
)  # fmt: skip
ALSO_KNOWN_AS = "Also known as"


def _union(groups: Iterable[Sequence[T]], key: Callable[[T], Hashable]) -> tuple[T, ...]:
    seen: set[Hashable] = set()
    kept: list[T] = []
    for group in groups:
        for value in group:
            k = key(value)
            if k not in seen:
                seen.add(k)
                kept.append(value)
    return tuple(kept)


def _joined_notes(notes: Iterable[str]) -> str:
    kept: list[str] = []
    for note in notes:
        text = note.strip()
        if text and not any(text in other for other in kept):
            kept.append(text)
    return "\n\n".join(kept)


def _address_key(a: AddressValue) -> tuple[str, ...]:
    parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
    return tuple(fold(part.strip()) for part in parts)


def _name(draft: ContactDraft) -> str:
    parts = (draft.given_name, draft.additional_names, draft.family_name)
    return draft.formatted_name.strip() or " ".join(p.strip() for p in parts if p.strip())


def combined_draft(keep: ContactDraft, others: Sequence[ContactDraft]) -> ContactDraft:
    """``keep`` with every value of ``others`` added (see the module)."""
    every = (keep, *others)
    filled = {
        name: next(
            (getattr(d, name) for d in every if getattr(d, name) not in ("", None)),
            getattr(keep, name),
        )
        for name in _SCALARS
    }
    named = next((d for d in every if _name(d)), keep)
    kept_name = fold(_name(named))
    aliases = [
        CustomValue(ALSO_KNOWN_AS, _name(d))
        for d in others
        if _name(d) and fold(_name(d)) != kept_name
    ]
    return dataclasses.replace(
        keep,
        **filled,
        **{name: getattr(named, name) for name in _NAME},
        note=_joined_notes(d.note for d in every),
        categories=_union((d.categories for d in every), lambda c: fold(c.strip())),
        emails=_union((d.emails for d in every), lambda e: fold(e.value.strip())),
        phones=_union((d.phones for d in every), lambda p: phone_digits(p.value)),
        addresses=_union((d.addresses for d in every), _address_key),
        urls=_union((d.urls for d in every), lambda u: u.value.strip()),
        impp=_union((d.impp for d in every), lambda i: i.value.strip()),
        custom_fields=_union(
            (*(d.custom_fields for d in every), aliases), lambda c: (c.label, c.value)
        ),
        extra=_union(
            (d.extra for d in every), lambda x: (x.group, x.name.upper(), x.value, x.params)
        ),
        accounts=_union((d.accounts for d in every), lambda a: fold(a.name.strip())),
    )


def combined_account_draft(keep: AccountDraft, others: Sequence[AccountDraft]) -> AccountDraft:
    """``keep`` with every value of ``others`` added, as ``combined_draft`` does for contacts:
    its name stays (each other name a custom field "Also known as"), an empty website,
    industry, logo or UID is filled from another, notes are joined, lists are unions."""
    every = (keep, *others)
    filled = {
        name: next(
            (getattr(d, name) for d in every if getattr(d, name) not in ("", None)),
            getattr(keep, name),
        )
        for name in ("website", "industry", "logo", "uid")
    }
    kept_name = fold(keep.name.strip())
    aliases = [
        CustomValue(ALSO_KNOWN_AS, d.name.strip())
        for d in others
        if d.name.strip() and fold(d.name.strip()) != kept_name
    ]
    return dataclasses.replace(
        keep,
        **filled,
        note=_joined_notes(d.note for d in every),
        categories=_union((d.categories for d in every), lambda c: fold(c.strip())),
        emails=_union((d.emails for d in every), lambda e: fold(e.value.strip())),
        phones=_union((d.phones for d in every), lambda p: phone_digits(p.value)),
        addresses=_union((d.addresses for d in every), _address_key),
        urls=_union((d.urls for d in every), lambda u: u.value.strip()),
        custom_fields=_union(
            (*(d.custom_fields for d in every), aliases), lambda c: (c.label, c.value)
        ),
        extra=_union(
            (d.extra for d in every), lambda x: (x.group, x.name.upper(), x.value, x.params)
        ),
    )
