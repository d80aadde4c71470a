"""What we export is read back, by vobject and by our importer, into the same records."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.interop.vcard_export import VERSIONS, fold, vcard_text
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file, read_vcard_stream
from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    ImppValue,
    PhoneValue,
    PhotoValue,
    UrlValue,
)
from crm_desktop.records.problems import Problem

# Text as users write it: every script of ours, emoji, combining marks, punctuation that
# vCard escapes; no surrounding spaces and no bare CR (values are stored trimmed, with \n).
_ALPHABET = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\r\x85\u2028\u2029"
) | st.sampled_from(list(";,\\:\"'\n") + list("ΑαΣςΐ·ŀçلیکی\u200c\u064e🙂\u0301"))
_TEXT = st.text(_ALPHABET, max_size=30).map(str.strip).filter(lambda t: "\n\n" not in t)
_WORD = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=12
)
_LINE = _TEXT.map(lambda t: t.replace("\n", " ").strip())
_TYPES = st.lists(
    st.sampled_from(["work", "home", "cell", "voice", "fax", "internet", "x-custom"]),
    unique=True,
    max_size=3,
).map(tuple)
_LABEL = st.sampled_from(["", "", "Assistant", "_$!<HomePage>!$_", "Ύψος"])
_DATE = st.sampled_from([None, "1980-04-15", "--04-15", "--02-29", "1999-12-31"])


def _nonempty(text: str) -> bool:
    return bool(text.strip())


_contacts = st.builds(
    ContactDraft,
    formatted_name=_LINE.filter(_nonempty),
    prefix=_LINE,
    given_name=_LINE,
    additional_names=_LINE,
    family_name=_LINE,
    suffix=_LINE,
    nickname=_LINE,
    title=_LINE,
    department=_LINE,
    role=_LINE,
    birthday=_DATE,
    anniversary=_DATE,
    gender=st.sampled_from(["", "F", "M", "O"]),
    photo=st.one_of(
        st.none(),
        st.binary(min_size=1, max_size=64).map(lambda b: PhotoValue("image/png", b"\x89PNG\r\n\x1a\n" + b)),
        st.just(PhotoValue(uri="https://example.com/p.jpg")),
    ),
    note=_TEXT,
    categories=st.lists(_LINE.filter(_nonempty), unique=True, max_size=3).map(tuple),
    keep_in_touch_days=st.one_of(st.none(), st.integers(1, 365)),
    emails=st.lists(st.builds(EmailValue, _WORD.map(lambda w: f"{w}@example.com"), _TYPES, st.booleans(), _LABEL), max_size=3).map(tuple),
    phones=st.lists(st.builds(PhoneValue, st.sampled_from(["+30 210 555 0101", "(905) 555-1234", "+1-555-0100;ext=22", "۰۹۱۲ ۳۴۵"]), _TYPES, st.booleans(), _LABEL), max_size=3).map(tuple),
    addresses=st.lists(st.builds(AddressValue, _TYPES, st.booleans(), _LINE, _LINE, _TEXT, _LINE, _LINE, _LINE, _LINE, st.just(""), _LABEL), max_size=2).map(tuple),
    urls=st.lists(st.builds(UrlValue, st.just("https://example.com/a,b;c"), _TYPES, _LABEL), max_size=2).map(tuple),
    impp=st.lists(st.builds(ImppValue, st.just("xmpp:a@example.com"), _TYPES, st.booleans(), _LABEL), max_size=1).map(tuple),
    custom_fields=st.lists(st.builds(CustomValue, _LINE.filter(_nonempty), _TEXT), max_size=2).map(tuple),
    extra=st.lists(st.builds(ExtraValue, st.sampled_from(["X-MS-OL-DESIGN", "X-ABUID", "X-SKYPE", "X-SYNC/STATE", "X-MY FIELD"]), _LINE.map(lambda t: t.replace("\\", "/")), st.just(""), st.just(())), max_size=2).map(tuple),
    accounts=st.lists(_LINE.filter(_nonempty), unique_by=lambda n: n.casefold(), max_size=2).map(
        lambda names: tuple(AccountLinkDraft(n, "", i == 0) for i, n in enumerate(names))
    ),
    uid=st.one_of(st.none(), st.uuids().map(lambda u: f"urn:uuid:{u}")),
)  # fmt: skip


def _titled(draft: ContactDraft) -> ContactDraft:
    """A vCard pairs TITLE with ORG: the primary account's title is the contact's title."""
    links = tuple(replace(a, title=draft.title if a.primary else "") for a in draft.accounts)
    return replace(draft, accounts=links)


contacts = _contacts.map(_titled)


def _reimport(text: str) -> list[ReadCard | Problem]:
    return list(read_vcard_stream(io.BytesIO(text.encode("utf-8")), "export.vcf"))


@pytest.mark.parametrize("version", VERSIONS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft=contacts)
def test_random_contacts_survive_export_and_reimport(version: str, draft: ContactDraft) -> None:
    text = "".join(vcard_text([draft], version))
    [item] = _reimport(text)
    assert isinstance(item, ReadCard), item
    assert item.record == draft


@pytest.mark.parametrize("version", VERSIONS)
@settings(max_examples=40, deadline=None)
@given(draft=contacts)
def test_every_export_parses_in_vobject(version: str, draft: ContactDraft) -> None:
    text = "".join(vcard_text([draft], version))
    [card] = list(vobject.readComponents(text, allowQP=True))
    assert card.name == "VCARD" and card.version.value == version
    if version != "2.1" and "," not in draft.formatted_name:
        # (vobject reads 2.1 with 3.0 rules and cuts text at commas: its defects, not ours)
        assert card.fn.value == draft.formatted_name


@pytest.mark.parametrize("version", VERSIONS)
def test_the_corpus_survives_import_export_import(corpus: Path, version: str) -> None:
    records: list[ContactDraft | AccountDraft] = []
    for path in sorted((corpus / "vcard").glob("*/*.vcf")):
        if path.name == "7.vcf":
            continue
        records += [i.record for i in read_vcard_file(path) if isinstance(i, ReadCard) and i.record]
    text = "".join(vcard_text(records, version))
    again = [i.record for i in _reimport(text) if isinstance(i, ReadCard)]
    assert again == records
    assert "".join(vcard_text(again, version)) == text  # export, import, export: byte for byte
    assert len(list(vobject.readComponents(text, allowQP=True))) == len(records)


@pytest.mark.parametrize("version", VERSIONS)
def test_accounts_export_as_organisation_cards(version: str) -> None:
    account = AccountDraft(
        "Αιγαίο Τρόφιμα Α.Ε.",
        website="https://aegean.example",
        phones=(PhoneValue("+30 210 555 0199"),),
    )
    text = "".join(vcard_text([account], version))
    assert ("KIND:org" in text) == (version == "4.0")
    assert ("X-ABShowAs:COMPANY" in text) == (version != "4.0")
    [item] = _reimport(text)
    assert isinstance(item, ReadCard) and item.record == account


def test_lines_are_folded_at_75_octets_without_splitting_a_character() -> None:
    draft = ContactDraft(formatted_name="Γιώργος Παπαδόπουλος " * 10, note="ب" * 200)
    for version in VERSIONS:
        for line in "".join(vcard_text([draft], version)).split("\r\n"):
            assert len(line.encode("utf-8")) <= 76  # 75, plus QP's soft-break "=" in 2.1
            line.encode("utf-8").decode("utf-8")  # each physical line is whole UTF-8


def test_fold_keeps_short_lines_whole() -> None:
    assert fold("FN:Ana") == "FN:Ana"


def test_21_export_is_what_old_outlook_reads() -> None:
    draft = ContactDraft(formatted_name="Ελένη", phones=(PhoneValue("+30 210", ("work", "voice")),))
    text = "".join(vcard_text([draft], "2.1"))
    assert "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=CE=95=CE=BB=CE=AD=CE=BD=CE=B7" in text
    assert "TEL;WORK;VOICE:+30 210" in text
