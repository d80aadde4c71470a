"""Every contact of the corpus, exported in each CSV format and imported into a new database,
comes back equal: field by field, but for what that format cannot hold (``CANNOT_HOLD``,
the one list, which the README repeats)."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.interop.csv_capacity import CANNOT_HOLD
from crm_desktop.interop.csv_export import OUTLOOK_CUSTOM_COLUMNS, OUTLOOK_HEADERS
from crm_desktop.records.drafts import AccountLinkDraft, AddressValue, ContactDraft, PhoneValue
from crm_desktop.records.naming import display_name
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import get_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.exporting import CSV_STYLES, export_csv
from crm_desktop.services.importing import import_files
from tests.paths import ROOT

NO_CARD_AT_ALL = {"evolution-data-server/7.vcf"}  # refused whole: "holds no vCard"

Rule = Callable[[ContactDraft], ContactDraft]


def _parts_name(d: ContactDraft) -> str:
    """The display name a contact gets from its name parts (or, nameless, its first e-mail
    address or phone number), as the store gives one to a card without FN."""
    return display_name(dataclasses.replace(d, formatted_name=""))


def _outlook_names(d: ContactDraft) -> ContactDraft:
    if not (d.given_name or d.additional_names or d.family_name) and d.formatted_name != (
        _parts_name(d)
    ):
        words = d.formatted_name.strip().rsplit(None, 1)  # the last word is the last name
        first, last = (words[0], words[1]) if len(words) == 2 else (d.formatted_name, "")
        d = dataclasses.replace(d, given_name=first.strip(), family_name=last)
    return d


def _outlook_display_name(d: ContactDraft) -> ContactDraft:
    return d if d.emails else dataclasses.replace(d, formatted_name=_parts_name(d))


def _full_dates(d: ContactDraft) -> ContactDraft:
    def full(value: str | None) -> str | None:
        return value if value and len(value) == 10 else None

    return dataclasses.replace(d, birthday=full(d.birthday), anniversary=full(d.anniversary))


def _split_categories(d: ContactDraft) -> ContactDraft:
    names = [n.strip() for c in d.categories for n in re.split(r"[;,]", c) if n.strip()]
    return dataclasses.replace(d, categories=tuple(dict.fromkeys(names)))


def _outlook_emails(d: ContactDraft) -> ContactDraft:
    emails = sorted(d.emails, key=lambda e: not e.preferred)[:3]
    return dataclasses.replace(
        d, emails=tuple(dataclasses.replace(e, types=("internet",), preferred=False,
                                            custom_label="") for e in emails)
    )  # fmt: skip


# Outlook's phone columns: (types a phone must have, columns, the types they are read back as)
_PHONES = (
    (("work", "fax"), ("Business Fax",), ("work", "fax")),
    (("home", "fax"), ("Home Fax",), ("home", "fax")),
    (("fax",), ("Other Fax",), ("fax",)),
    (("cell",), ("Mobile Phone",), ("cell",)),
    (("pager",), ("Pager",), ("pager",)),
    (("car",), ("Car Phone",), ("car",)),
    (("isdn",), ("ISDN",), ("isdn",)),
    (("textphone",), ("TTY/TDD Phone",), ("textphone",)),
    (("x-assistant",), ("Assistant's Phone",), ("x-assistant",)),
    (("x-callback",), ("Callback",), ("x-callback",)),
    (("x-radio",), ("Radio Phone",), ("x-radio",)),
    (("x-telex",), ("Telex",), ("x-telex",)),
    (("work", "x-main"), ("Company Main Phone",), ("work", "x-main")),
    (("work",), ("Business Phone", "Business Phone 2"), ("work", "voice")),
    (("home",), ("Home Phone", "Home Phone 2"), ("home", "voice")),
    ((), ("Other Phone",), ("voice",)),
)


def _outlook_phones(d: ContactDraft) -> ContactDraft:
    placed: dict[str, PhoneValue] = {}
    for phone in d.phones:
        _wanted, columns, types = next(r for r in _PHONES if set(r[0]) <= set(phone.types))
        column = next((c for c in columns if c not in placed), None)
        if column is None and "Other Phone" not in placed:
            column, types = "Other Phone", ("voice",)
        if column is not None:
            placed[column] = PhoneValue(phone.value, types)
    in_order = sorted(placed.items(), key=lambda item: OUTLOOK_HEADERS.index(item[0]))
    phones = [phone for _column, phone in in_order]
    preferred = next((p.value for p in d.phones if p.preferred), None)
    if preferred is not None:
        same = next((i for i, p in enumerate(phones) if p.value == preferred), None)
        if same is None:
            phones.append(PhoneValue(preferred, (), True))
        else:
            phones[same] = dataclasses.replace(phones[same], preferred=True)
    return dataclasses.replace(d, phones=tuple(sorted(phones, key=repr)))


def _outlook_addresses(d: ContactDraft) -> ContactDraft:
    kinds = {"work": "Business", "home": "Home"}
    placed: dict[str, AddressValue] = {}
    for a in d.addresses:
        kind = next((kinds[t] for t in a.types if t in kinds), "Other")
        kind = kind if kind not in placed else "Other" if "Other" not in placed else ""
        street = "\n".join(part for part in (a.street, a.extended) if part)
        parts = (a.po_box, street, a.locality, a.region, a.postal_code, a.country)
        if kind and any(parts):
            types = {"Business": ("work",), "Home": ("home",)}.get(kind, ())
            placed[kind] = AddressValue(types, False, a.po_box, "", street, a.locality,
                                        a.region, a.postal_code, a.country)  # fmt: skip
    order = ("Business", "Home", "Other")
    return dataclasses.replace(d, addresses=tuple(placed[k] for k in order if k in placed))


def _outlook_urls(d: ContactDraft) -> ContactDraft:
    return dataclasses.replace(d, urls=tuple(dataclasses.replace(u, types=(), custom_label="")
                                             for u in d.urls[:1]))  # fmt: skip


def _outlook_custom_fields(d: ContactDraft) -> ContactDraft:
    kept = {}
    for custom in d.custom_fields:
        if custom.label in OUTLOOK_CUSTOM_COLUMNS and custom.value:
            kept.setdefault(custom.label, custom)
    ordered = sorted(kept.values(), key=lambda c: OUTLOOK_HEADERS.index(c.label))
    return dataclasses.replace(d, custom_fields=tuple(ordered))


def _primary_account(d: ContactDraft) -> ContactDraft:
    primary = next((a for a in d.accounts if a.primary), d.accounts[0] if d.accounts else None)
    return dataclasses.replace(
        d, accounts=(AccountLinkDraft(primary.name, d.title, True),) if primary else ()
    )


def _photo_uri(d: ContactDraft) -> ContactDraft:
    keep = d.photo is not None and d.photo.uri and d.photo.data is None
    return dataclasses.replace(d, photo=d.photo if keep else None)


def _cleared(**fields: Any) -> Rule:
    return lambda d: dataclasses.replace(d, **fields)


# How each loss of ``CANNOT_HOLD`` changes a contact; applied in this order.
RULES: dict[str, Rule] = {
    "name-parts": _outlook_names,
    "display-name": _outlook_display_name,
    "nickname": _cleared(nickname=""),
    "partial-dates": _full_dates,
    "category-separators": _split_categories,
    "emails": _outlook_emails,
    "phones": _outlook_phones,
    "addresses": _outlook_addresses,
    "urls": _outlook_urls,
    "impp": _cleared(impp=()),
    "custom-fields": _outlook_custom_fields,
    "photo": _cleared(photo=None),
    "photo-image": _photo_uri,
    "role": _cleared(role=""),
    "gender": _cleared(gender=""),
    "extra": _cleared(extra=()),
    "uid": _cleared(uid=None),
    "keep-in-touch": _cleared(keep_in_touch_days=None),
    "accounts": _primary_account,
}


def held(draft: ContactDraft, style: str) -> ContactDraft:
    """The contact as the format ``style`` can hold it: the losses of ``CANNOT_HOLD`` taken
    out (nothing else)."""
    keys = {loss.key for loss in CANNOT_HOLD[style]}
    for key, rule in RULES.items():
        if key in keys:
            draft = rule(draft)
    return draft


def comparable(draft: ContactDraft, style: str) -> str:
    """A contact, field by field, as ``style`` holds it: one JSON text (photos by digest)."""

    def plain(value: object) -> object:
        if isinstance(value, bytes):
            return hashlib.sha256(value).hexdigest()
        return value

    fields = dataclasses.asdict(held(draft, style))
    if fields["photo"] is not None:
        fields["photo"] = {k: plain(v) for k, v in fields["photo"].items()}
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, indent=1)


def _contacts(db: Database) -> list[ContactDraft]:
    return [card.draft for card in get_contacts(db, sorted(ordered_contact_ids(db)))]


@pytest.fixture
def corpus_db(corpus: Path, db: Database) -> Database:
    """A database holding every vCard and CSV file of the corpus."""
    files = [
        path
        for path in sorted(corpus.glob("vcard/*/*.vcf")) + sorted(corpus.glob("csv/*/*.csv"))
        if str(path.relative_to(corpus / path.parts[-3])) not in NO_CARD_AT_ALL
    ]
    summary = import_files(db, files)
    assert summary.imported > 80
    return db


def test_every_csv_format_lists_what_it_cannot_hold() -> None:
    assert set(CSV_STYLES) == set(CANNOT_HOLD)
    for losses in CANNOT_HOLD.values():
        assert {loss.key for loss in losses} <= set(RULES)


@pytest.mark.parametrize("style", CSV_STYLES)
def test_the_corpus_survives_a_csv_round_trip_but_for_what_the_format_cannot_hold(
    corpus_db: Database, tmp_path: Path, style: str
) -> None:
    ids = sorted(ordered_contact_ids(corpus_db))
    path = tmp_path / f"{style}.csv"
    assert export_csv(corpus_db, path, ids, style) == len(ids)
    with path.open(encoding="utf-8-sig", newline="") as text:
        header, *rows = list(csv.reader(text))
    assert len(rows) == len(ids) and {len(row) for row in rows} == {len(header)}

    again = open_database(tmp_path / "again" / "crm.sqlite3", "en_GB")
    try:
        summary = import_files(again, [path])
        assert summary.failed == 0 and not [p for p in summary.problems if p.fatal]
        got = Counter(comparable(d, style) for d in _contacts(again))
    finally:
        again.close()
    nothing = comparable(ContactDraft(), style)
    # Two contacts the format cannot tell apart are one after the import (merged, as the
    # same card twice is); a contact of which the format holds nothing is no row at all.
    expected = Counter(dict.fromkeys([comparable(d, style) for d in _contacts(corpus_db)], 1))
    expected.pop(nothing, None)
    missing, unexpected = list((expected - got).elements()), list((got - expected).elements())
    assert not missing and not unexpected, _differences(missing, unexpected)


def _differences(missing: list[str], unexpected: list[str]) -> str:
    """Each contact that did not come back, beside the nearest one that came instead: the
    fields that differ."""
    lines = []
    others = [json.loads(text) for text in unexpected]
    for text in missing:
        want = json.loads(text)
        near = max(others, key=lambda o: sum(o[k] == v for k, v in want.items()), default={})
        changed = {k: (v, near.get(k)) for k, v in want.items() if near.get(k) != v}
        lines.append(f"{want['formatted_name']!r} came back as {near.get('formatted_name')!r}:")
        lines += [f"  {k}: {was!r}\n   -> {now!r}" for k, (was, now) in changed.items()]
    lines += [f"unexpected: {o['formatted_name']!r}" for o in others if len(others) > len(missing)]
    return "\n".join(lines)


def test_the_readme_lists_what_each_csv_format_cannot_hold() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = {"outlook-csv": "Outlook CSV", "google-csv": "Google CSV"}
    for style, losses in CANNOT_HOLD.items():
        match = re.search(rf"^{names[style]} cannot hold:\n((?:- .*\n(?:  .*\n)*)+)", readme, re.M)
        assert match, f"no list for {names[style]} in the README"
        items = [" ".join(item.split()) for item in match.group(1).split("\n- ")]
        items[0] = items[0].removeprefix("- ")
        assert items == [loss.text + "." for loss in losses]


@pytest.mark.parametrize("style", CSV_STYLES)
def test_reimporting_the_corpus_exported_as_csv_doubles_nobody(
    corpus_db: Database, tmp_path: Path, style: str
) -> None:
    """Each row finds its contact again, even where the format lost something of it (the
    Japanese card whose address Outlook holds as a street line was doubled)."""
    ids = sorted(ordered_contact_ids(corpus_db))
    path = tmp_path / f"{style}.csv"
    export_csv(corpus_db, path, ids, style)
    summary = import_files(corpus_db, [path])
    assert (summary.imported, summary.failed) == (0, 0)
    assert sorted(ordered_contact_ids(corpus_db)) == ids


def test_an_address_outlook_gives_back_as_street_lines_is_the_same_address(
    db: Database, tmp_path: Path
) -> None:
    """Outlook has no extended-address column: the building line comes back as a street
    line, and is still the address the contact has (not a second one, not a second person)."""
    from crm_desktop.services.contacts import add_contacts

    address = AddressValue(("home",), extended="東京都渋谷区桜丘町26-1セルリアンタワー6階",
                           postal_code="150-8512")  # fmt: skip
    ids = add_contacts(db, [ContactDraft("安藤 ロイド 1", given_name="ロイド1", family_name="安藤",
                                         note="メモ", addresses=(address,))])  # fmt: skip
    path = tmp_path / "export.csv"
    export_csv(db, path, ids, "outlook-csv")
    summary = import_files(db, [path])
    assert (summary.imported, summary.merged) == (0, 1)
    [card] = get_contacts(db, ids)
    assert card.draft.addresses == (address,)
