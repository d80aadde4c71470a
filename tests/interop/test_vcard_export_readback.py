"""Every export parses in vobject and reads back into what was exported: one quirk each."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.interop.vcard_export import VERSIONS, vcard_text
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file, read_vcard_stream
from crm_desktop.records.drafts import (
    AccountDraft,
    ContactDraft,
    CustomValue,
    ExtraValue,
    ImppValue,
    PhotoValue,
    RelatedValue,
)
from tests.paths import DATA

Record = ContactDraft | AccountDraft
FIXTURES = sorted(
    p.name for p in DATA.glob("*.vcf") if p.name not in ("empty.vcf", "not-a-vcard-jpeg.vcf")
)


def _records(path: Path) -> list[Record]:
    return [i.record for i in read_vcard_file(path) if isinstance(i, ReadCard) and i.record]


def _export(records: list[Record], version: str) -> str:
    return "".join(vcard_text(records, version))


def _reimport(text: str) -> list[Record]:
    items = list(read_vcard_stream(io.BytesIO(text.encode("utf-8")), "export.vcf"))
    assert all(isinstance(i, ReadCard) for i in items), items
    return [i.record for i in items if isinstance(i, ReadCard) and i.record]


def _round_trip(records: list[Record], version: str) -> str:
    """Export, check vobject reads every card, read back: what was exported; the text."""
    text = _export(records, version)
    assert "\r" not in text.replace("\r\n", ""), "a raw CR outside a line break"
    cards = list(vobject.readComponents(text, allowQP=True))
    assert [c.name for c in cards] == ["VCARD"] * len(records)
    assert _reimport(text) == records
    return text


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", FIXTURES)
def test_every_fixture_survives_export_vobject_and_reimport(name: str, version: str) -> None:
    records = _records(DATA / name)
    assert records
    _round_trip(records, version)


def _contact(name: str) -> ContactDraft:
    record = _records(DATA / name)[0]
    assert isinstance(record, ContactDraft)
    return record


def test_a_raw_cr_inside_a_value_is_a_line_break_and_the_card_is_imported() -> None:
    records = _records(DATA / "vcard40-thunderbird-raw-cr-in-custom-field.vcf")
    assert [r.formatted_name for r in records if isinstance(r, ContactDraft)] == [
        "Marta Puig",
        "Jordi Vila",
    ]
    marta = records[0]
    assert isinstance(marta, ContactDraft)
    assert marta.note == "First line\nsecond line"
    assert [(x.name, x.value) for x in marta.extra] == [
        ("X-CUSTOM1", "Client since 2019\\npays by transfer")
    ]


def test_a_file_whose_lines_end_in_a_lone_cr_still_breaks_there() -> None:
    data = b"BEGIN:VCARD\rVERSION:3.0\rFN:Ana Puig\rEMAIL:ana@example.cat\rEND:VCARD\r"
    [item] = list(read_vcard_stream(io.BytesIO(data), "mac.vcf"))
    assert isinstance(item, ReadCard) and isinstance(item.record, ContactDraft)
    assert item.record.emails[0].value == "ana@example.cat"


@pytest.mark.parametrize("version", VERSIONS)
def test_a_line_break_in_a_custom_field_is_never_written_raw(version: str) -> None:
    draft = ContactDraft(
        formatted_name="Marta Puig",
        custom_fields=(CustomValue("Terms", "Client since 2019\npays by transfer"),),
        extra=(ExtraValue("X-CUSTOM1", "one\ntwo\rthree"),),  # raw breaks from anywhere
    )
    text = _export([draft], version)
    assert "\r" not in text.replace("\r\n", "") and "\n" not in text.replace("\r\n", "")
    if version == "2.1":
        assert "=0A" in text  # quoted-printable
    else:
        assert "Client since 2019\\npays by transfer" in text
    [card] = vobject.readComponents(text, allowQP=True)
    assert card.fn.value == "Marta Puig"
    [again] = _reimport(text)
    assert isinstance(again, ContactDraft)
    assert again.custom_fields == draft.custom_fields
    assert again.extra == (ExtraValue("X-CUSTOM1", "one\\ntwo\\nthree"),)


@pytest.mark.parametrize("version", VERSIONS)
def test_invalid_property_names_are_exported_under_a_valid_one_and_read_back(
    version: str,
) -> None:
    original = _contact("vcard30-property-names-with-space-and-slash.vcf")
    written = {(x.group, x.name) for x in original.extra}
    assert {("", "X-ADDRESS BOOK ID"), ("", "X-SYNC/STATE"), ("item 1", "X-ABLabel")} <= written
    text = _round_trip([original], version)
    assert "X-ADDRESS BOOK ID" in text and "X-CRM-KEPT;X-CRM-NAME=" in text
    assert not re.search(r"^X-SYNC/STATE", text, re.MULTILINE)
    [card] = vobject.readComponents(text, allowQP=True)
    assert len(card.contents["x-crm-kept"]) == 4  # vobject sees one valid name


def test_a_quoted_printable_label_in_30_is_kept_as_one_escaped_line() -> None:
    c = _contact("vcard30-label-quoted-printable.vcf")
    [label] = [x for x in c.extra if x.name == "LABEL"]
    assert label.value == "Carrer Major 1\\n17001 Girona\\nSpain"
    text = _export([c], "3.0")
    assert "LABEL;TYPE=WORK:Carrer Major 1\\n17001 Girona\\nSpain\r\n" in text


OUTLOOK = ContactDraft(
    formatted_name="Ana Puig",
    anniversary="2011-01-13",
    impp=(ImppValue("ana@im.example"),),
    custom_fields=(CustomValue("Region", "Girona"),),
    related=(
        RelatedValue("Manager", "Jordi Vila"),
        RelatedValue("Assistant", "Pau Serra"),
        RelatedValue("Spouse", "Pere Soler"),
    ),
)


def test_21_writes_outlooks_own_names_for_what_outlook_spells_its_way() -> None:
    text = _round_trip([OUTLOOK], "2.1")
    for line in (
        "X-MS-ANNIVERSARY:20110113",
        "X-MS-IMADDRESS:ana@im.example",
        "X-MS-MANAGER:Jordi Vila",
        "X-MS-ASSISTANT:Pau Serra",
        "X-MS-SPOUSE:Pere Soler",
        "X-CRM-FIELD;X-LABEL=Region:Girona",
    ):
        assert f"\r\n{line}\r\n" in text
    assert "X-ANNIVERSARY" not in text.replace("X-MS-ANNIVERSARY", "") and "IMPP" not in text


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_30_and_40_keep_the_standard_names(version: str) -> None:
    text = _round_trip([OUTLOOK], version)
    assert "X-MS-" not in text
    assert "IMPP" in text and "X-CRM-FIELD;X-LABEL=Region:Girona" in text


# What our reader keeps of a property it does not model: any name (with a group), any
# parameters, and a value with its escapes in place and its line breaks as \n.
_NAME_CHARS = st.sampled_from(list("ABCxyz019-_ /éΩ@+*#!?()[]'"))
_names = st.text(_NAME_CHARS, max_size=12).map(lambda t: f"X-{t}".strip())
_groups = st.one_of(st.just(""), st.text(_NAME_CHARS | st.just("."), max_size=8).map(str.strip))
_values = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")
    | st.sampled_from(list(';,\\:"^=\t')),
    max_size=40,
)
_params = st.dictionaries(
    st.text(_NAME_CHARS, min_size=1, max_size=8).map(lambda t: f"X-{t}".strip().upper()),
    st.lists(_values.map(lambda v: v.replace("\n", " ")), min_size=1, max_size=2).map(tuple),
    max_size=2,
).map(lambda d: tuple(d.items()))


@st.composite
def _kept(draw: st.DrawFn) -> ExtraValue:
    group = draw(_groups)
    group = "" if group.endswith(".") else group
    return ExtraValue(draw(_names), draw(_values), group, draw(_params))


@pytest.mark.parametrize("version", VERSIONS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extra=st.lists(_kept(), min_size=1, max_size=4).map(tuple))
def test_any_kept_property_survives_every_version_and_parses_in_vobject(
    version: str, extra: tuple[ExtraValue, ...]
) -> None:
    _round_trip([ContactDraft(formatted_name="Ana Puig", extra=extra)], version)


@pytest.mark.parametrize("version", VERSIONS)
def test_a_long_run_of_spaces_never_makes_a_folded_line_vobject_takes_for_blank(
    version: str,
) -> None:
    note = "Call back" + " " * 200 + "after ten" + "\t" * 90 + "done"
    text = _round_trip([ContactDraft(formatted_name="Ana Puig", note=note)], version)
    assert all(line.strip() for line in text.split("\r\n")[:-1])


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_photo_uri_with_a_backslash_reads_back_whole(version: str) -> None:
    draft = ContactDraft(formatted_name="Ana Puig", photo=PhotoValue(uri="file:///C:\\a,b;c.jpg"))
    _round_trip([draft], version)


@pytest.mark.parametrize("version", VERSIONS)
def test_an_accounts_industry_and_custom_fields_come_back(version: str) -> None:
    account = AccountDraft(
        "Vinyes del Penedès, S.L.",
        website="https://vinyes.example",
        industry="Wine; exports\\imports",
        note="Two lines\nof note",
        custom_fields=(CustomValue("Spouse", "n/a"), CustomValue("Region", "Penedès")),
    )
    _round_trip([account], version)


def test_a_21_value_ending_in_a_backslash_does_not_swallow_the_next_folded_property() -> None:
    """Found by the property test above: Android's "a line ending in \\ goes on" rule took
    the next property, whose colon is on its folded second line, as the value's text."""
    extra = (
        ExtraValue(name="X-", value="\\", group="", params=()),
        ExtraValue(
            name="X-", value="", group="", params=(("X-0000000?", ("00000000,\x80\x80𐀀𐀀",)),)
        ),
    )
    _round_trip([ContactDraft(formatted_name="Ana Puig", extra=extra)], "2.1")
