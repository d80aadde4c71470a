"""Same person or not: names, keys and the decision, each rule as a table of cases."""

from __future__ import annotations

import pytest

from crm_desktop.services.matching import (
    Identity,
    IdentityIndex,
    NameRelation,
    PhoneKeys,
    Verdict,
    email_key,
    is_role_address,
    name_of,
    name_relation,
    names_compatible,
    region_of_locale,
    similarity,
)


def person(
    contact_id: int,
    name: str = "",
    *,
    uid: str = "",
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    account: str = "",
) -> Identity:
    """``Given|Family`` fills the name parts; anything else is the formatted name."""
    given, bar, family = name.partition("|")
    if bar:
        return Identity(
            contact_id, given_name=given, family_name=family, uid=uid, emails=emails,
            phones=phones, account=account,
        )  # fmt: skip
    return Identity(
        contact_id, formatted_name=name, uid=uid, emails=emails, phones=phones, account=account
    )


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ("Lluís|Puig", "Lluis|Puig", NameRelation.EQUAL),  # accent variant
        ("PAUL·LA|Vila", "paulla|vila", NameRelation.EQUAL),  # Catalan l·l, case
        ("Ελένη|Παπαδοπούλου", "ΕΛΕΝΗ|ΠΑΠΑΔΟΠΟΥΛΟΥ", NameRelation.EQUAL),  # Greek tonos, case
        ("علي|رضايي", "على|رضایی", NameRelation.EQUAL),  # Arabic/Persian yeh
        ("Kovács|János", "János|Kovács", NameRelation.EQUAL),  # given/family swapped
        ("John|Smith", "J.|Smith", NameRelation.VARIANT),  # an initial
        ("Maria Garcia Lopez", "Maria|Garcia", NameRelation.VARIANT),  # a missing middle name
        ("Γιώργος|Παπαδόπουλος", "Giorgos|Papadopoulos", NameRelation.TRANSLITERATION),
        ("Иван|Петров", "Ivan|Petrov", NameRelation.TRANSLITERATION),
        ("Ivan|Petrov", "Ivan|Petrova", NameRelation.CONFLICT),  # gendered family names
        ("Ivan|Petrov", "Иван|Петрова", NameRelation.CONFLICT),
        ("Μαρία|Παπαδοπούλου", "Νίκος|Παπαδόπουλος", NameRelation.CONFLICT),  # a family
        ("Peter|Smith", "Petra|Smith", NameRelation.CONFLICT),
        ("J.", "John|Smith", NameRelation.CONFLICT),  # an initial alone says nothing
        ("", "John|Smith", NameRelation.ONE_NAMELESS),
        ("", "", NameRelation.BOTH_NAMELESS),
        ("eleni@aegean.example", "Eleni|Vlachou", NameRelation.ONE_NAMELESS),  # shown by e-mail
        ("+30 210 555 0101", "", NameRelation.BOTH_NAMELESS),  # shown by its number
    ],
)
def test_name_relation(first: str, second: str, relation: NameRelation) -> None:
    a, b = name_of(person(1, first)), name_of(person(2, second))
    assert name_relation(a, b) is relation
    assert name_relation(b, a) is relation


def test_names_compatible_accepts_variants_and_refuses_conflicts() -> None:
    assert names_compatible(person(1, "John|Smith"), person(2, "Smith John"))
    assert not names_compatible(person(1, "Ivan|Petrov"), person(2, "Ivan|Petrova"))


def test_similarity_ranks_but_scores_different_people_high() -> None:
    near = similarity(name_of(person(1, "Jon|Smith")), name_of(person(2, "John|Smith")))
    far = similarity(name_of(person(1, "Anna|Berg")), name_of(person(2, "John|Smith")))
    assert near > 0.9 > 0.5 > far


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("  Eleni@Aegean.Example ", "eleni@aegean.example"),
        ("", None),
        ("-", None),
        ("n/a", None),
        ("eleni@", None),
        ("@aegean.example", None),
    ],
)
def test_email_key(value: str, key: str | None) -> None:
    assert email_key(value) == key


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("info@aegean.example", True),
        ("sales+eu@aegean.example", True),
        ("postmaster@aegean.example", True),
        ("kontakt@firma.example", True),
        ("eleni@aegean.example", False),
        ("information.officer@aegean.example", False),
    ],
)
def test_role_addresses(address: str, role: bool) -> None:
    assert is_role_address(address) is role


@pytest.mark.parametrize(
    ("value", "region", "key"),
    [
        ("210 123 4567", "GR", "+302101234567"),
        ("0030 210 1234567", "GR", "+302101234567"),
        ("+30 210 123 4567", None, "+302101234567"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789"),  # Persian digits
        ("+30 210 1234567 ext. 42", "GR", "+302101234567;ext=42"),  # extension kept apart
        ("210 123 4567", None, None),  # national number, no region known
        ("112", "GR", None),  # a short number
        ("02101234567", "GR", None),  # a wrong trunk: invalid
        ("", "GR", None),
        ("n/a", "GR", None),
    ],
)
def test_phone_keys(value: str, region: str | None, key: str | None) -> None:
    assert PhoneKeys(region).key(value) == key


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [("el_GR.UTF-8", "GR"), ("ca-ES", "ES"), ("fa_IR", "IR"), ("C", None), ("en", None)],
)
def test_region_of_locale(locale_name: str, region: str | None) -> None:
    assert region_of_locale(locale_name) == region


SWITCHBOARD = "+30 210 555 0100"
FAMILY = "papadopoulos.family@mail.example"


@pytest.mark.parametrize(
    ("stored", "card", "verdict", "into"),
    [
        pytest.param(
            [
                person(1, "Eleni|Papadopoulou", phones=(SWITCHBOARD,)),
                person(2, "Nikos|Georgiou", phones=(SWITCHBOARD,)),
                person(3, "Anna|Vlachou", phones=(SWITCHBOARD,)),
            ],
            person(-1, "Kostas|Dimitriou", phones=(SWITCHBOARD,)),
            Verdict.POSSIBLE_DUPLICATE,
            None,
            id="shared switchboard, another colleague",
        ),
        pytest.param(
            [
                person(1, "Eleni|Papadopoulou", phones=(SWITCHBOARD,)),
                person(2, "Nikos|Georgiou", phones=(SWITCHBOARD,)),
                person(3, "Anna|Vlachou", phones=(SWITCHBOARD,)),
            ],
            person(-1, "", phones=(SWITCHBOARD,)),
            Verdict.POSSIBLE_DUPLICATE,
            None,
            id="shared switchboard, nameless card",
        ),
        pytest.param(
            [
                person(1, "Eleni|Papadopoulou", phones=(SWITCHBOARD,)),
                person(2, "Nikos|Georgiou", phones=(SWITCHBOARD,)),
                person(3, "Anna|Vlachou", phones=(SWITCHBOARD,)),
            ],
            person(-1, "Papadopoulou Eleni", phones=("210 5550100",)),
            Verdict.SAME,
            1,
            id="shared switchboard, equal name",
        ),
        pytest.param(
            [person(1, "Μαρία|Παπαδοπούλου", emails=(FAMILY,))],
            person(-1, "Νίκος|Παπαδόπουλος", emails=(FAMILY,)),
            Verdict.POSSIBLE_DUPLICATE,
            None,
            id="shared family e-mail",
        ),
        pytest.param(
            [person(1, "Ivan|Petrov", emails=("petrov@mail.example",))],
            person(-1, "Ivan|Petrova", emails=("petrov@mail.example",)),
            Verdict.POSSIBLE_DUPLICATE,
            None,
            id="Petrov and Petrova",
        ),
        pytest.param(
            [person(1, "Ann|Lee", emails=("",)), person(2, "Bo|Chan", emails=("",))],
            person(-1, "Cy|Diaz", emails=("", " ")),
            Verdict.NEW,
            None,
            id="empty e-mail lines are no key",
        ),
        pytest.param(
            [person(1, "John|Smith", emails=("john@a.example",), account="Alpha")],
            person(-1, "John|Smith", emails=("john@b.example",), account="Beta"),
            Verdict.NEW,
            None,
            id="same name at different companies",
        ),
        pytest.param(
            [person(1, "", phones=("+30 210 555 0199",))],
            person(-1, "", phones=("+30 210 555 0199", "+30 697 123 4567")),
            Verdict.POSSIBLE_DUPLICATE,
            None,
            id="nameless cards sharing one value",
        ),
        pytest.param(
            [person(1, "", phones=("+30 210 555 0199",), emails=("x@y.example",))],
            person(-1, "", phones=("210 5550199",), emails=("X@Y.example",)),
            Verdict.SAME,
            1,
            id="nameless cards with all values equal",
        ),
        pytest.param(
            [person(1, "Eleni|Papadopoulou", emails=("eleni@aegean.example",))],
            person(-1, "", emails=("ELENI@aegean.example",)),
            Verdict.SAME,
            1,
            id="one side without a name",
        ),
        pytest.param(
            [person(1, "Lluís|Puig", emails=("lluis@puig.example",))],
            person(-1, "Lluis|Puig", emails=("lluis@puig.example",)),
            Verdict.SAME,
            1,
            id="accent variant",
        ),
        pytest.param(
            [person(1, "Γιώργος|Παπαδόπουλος", emails=("gp@aegean.example",))],
            person(-1, "Giorgos|Papadopoulos", emails=("gp@aegean.example",)),
            Verdict.SAME,
            1,
            id="Greek and Latin with the same e-mail",
        ),
        pytest.param(
            [
                person(1, "John|Smith", uid="urn:uuid:1"),
                person(2, "Jo|Smith", emails=("j@s.example",)),
            ],
            person(-1, "Someone|Else", uid="urn:uuid:1", emails=("j@s.example",)),
            Verdict.SAME,
            1,
            id="same UID wins",
        ),
        pytest.param(
            [person(1, "John|Smith", emails=("js@mail.example",))],
            person(-1, "J.|Smith", emails=("js@mail.example",)),
            Verdict.SAME,
            1,
            id="initials",
        ),
        pytest.param(
            [person(1, "Kovács|János", phones=("+36 1 234 5678",))],
            person(-1, "János|Kovács", phones=("+3612345678",)),
            Verdict.SAME,
            1,
            id="given and family swapped",
        ),
        pytest.param(
            [
                person(1, "Jane|Smith", emails=("smiths@mail.example",)),
                person(2, "John|Smith", emails=("smiths@mail.example",)),
            ],
            person(-1, "J.|Smith", emails=("smiths@mail.example",)),
            Verdict.POSSIBLE_DUPLICATE,
            None,
            id="an initial fitting two people",
        ),
        pytest.param(
            [person(1, "Info|Desk", emails=("info@aegean.example",))],
            person(-1, "", emails=("info@aegean.example",)),
            Verdict.POSSIBLE_DUPLICATE,
            None,
            id="role address and no name",
        ),
    ],
)
def test_decision(
    stored: list[Identity], card: Identity, verdict: Verdict, into: int | None
) -> None:
    index = IdentityIndex(PhoneKeys("GR"))
    index.extend(stored)
    decision = index.decide(card)
    assert decision.verdict is verdict
    assert decision.contact_id == into
    if verdict is Verdict.POSSIBLE_DUPLICATE:
        assert decision.possible
    if verdict is Verdict.SAME:
        assert decision.reasons


def test_decision_says_why() -> None:
    index = IdentityIndex(PhoneKeys("GR"))
    index.add(person(1, "Γιώργος|Παπαδόπουλος", emails=("gp@aegean.example",)))
    decision = index.decide(person(-1, "Giorgos|Papadopoulos", emails=("gp@aegean.example",)))
    assert decision.reasons == ("email", "transliteration")
    conflict = index.decide(person(-2, "Maria|Papadopoulou", emails=("gp@aegean.example",)))
    assert conflict.possible[0].contact_id == 1
    assert conflict.possible[0].reasons == ("email", "name_conflict")


def test_cards_of_one_file_are_matched_against_each_other() -> None:
    index = IdentityIndex(PhoneKeys("GR"))
    first = person(-1, "Eleni|Papadopoulou", emails=("eleni@aegean.example",))
    assert index.decide(first).verdict is Verdict.NEW
    index.add(first)
    second = person(-2, "Papadopoulou Eleni", emails=("eleni@aegean.example",))
    assert index.decide(second).contact_id == -1
