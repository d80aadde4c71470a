"""Realistic, deterministic sample contacts in mixed scripts, for the demo, tests and benchmarks.

The same ``seed`` and ``count`` always give the same contacts: Latin (Catalan, Spanish,
English, German, French), Greek, Arabic and Persian names with accounts, emails, phones,
addresses, birthdays (some without a year), categories and notes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    PhoneValue,
)

_LATIN_GIVEN = (
    "Jordi", "Núria", "Lluís", "Mercè", "Àlex", "Montserrat", "Pau", "Laia", "Joan", "Anna",
    "José", "María", "Sofía", "Martín", "Lucía", "Ángel", "Inés", "James", "Olivia", "William",
    "Emma", "Noah", "Charlotte", "Jürgen", "Jörg", "Anneliese", "François", "Élodie", "Zoë",
    "Chloé", "Sébastien", "Søren", "Ørjan", "Li", "Wei", "Ana", "Ian", "Eva", "Oscar", "Irene",
)  # fmt: skip
_LATIN_FAMILY = (
    "Puig", "Ferrer", "Col·lell", "Vilaseca", "Serra", "Camps", "Pujol", "Font", "Martí",
    "Rovira", "García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Núñez", "Smith",
    "Johnson", "Brown", "O'Connor", "Müller", "Schäfer", "Weiß", "Lefèvre", "Dubois", "Moreau",
    "Nowak", "Kowalski", "Øster", "Li", "Wu", "Ng", "Ibáñez", "Castañeda", "Gómez", "Alcalà",
)  # fmt: skip
_GREEK_GIVEN = (
    "Ελένη", "Γιώργος", "Μαρία", "Δημήτρης", "Κατερίνα", "Νίκος", "Σοφία", "Κωνσταντίνος",
    "Αθηνά", "Παναγιώτης", "Ιωάννα", "Χρήστος", "Αγγελική", "Στέλιος", "Ζωή", "Άννα",
)  # fmt: skip
_GREEK_FAMILY = (
    "Παπαδόπουλος", "Παπαδοπούλου", "Νικολάου", "Γεωργίου", "Οικονόμου", "Ιωάννου",
    "Καραγιάννης", "Βασιλείου", "Αλεξίου", "Μιχαηλίδης", "Σταματόπουλος", "Ζαχαρίου",
)  # fmt: skip
_ARABIC_GIVEN = (
    "محمد", "أحمد", "فاطمة", "علي", "مريم", "يوسف", "عائشة", "خالد", "ليلى", "عمر", "نور", "سلمى",
)  # fmt: skip
_ARABIC_FAMILY = (
    "الحسيني", "العلي", "منصور", "حداد", "الخطيب", "السيد", "عبدالله", "الشامي", "يوسف", "كريم",
)  # fmt: skip
_PERSIAN_GIVEN = (
    "علی", "زهرا", "مهدی", "فاطمه", "رضا", "مریم", "حسین", "نرگس", "پرویز", "شیرین", "کاوه", "ژاله",
)  # fmt: skip
_PERSIAN_FAMILY = (
    "محمدی", "حسینی", "رضایی", "کریمی", "احمدی", "موسوی", "جعفری", "صادقی", "پاکزاد", "گلستانی",
)  # fmt: skip
_SCRIPTS = (
    (0.60, _LATIN_GIVEN, _LATIN_FAMILY, "latin"),
    (0.15, _GREEK_GIVEN, _GREEK_FAMILY, "greek"),
    (0.12, _ARABIC_GIVEN, _ARABIC_FAMILY, "arabic"),
    (0.13, _PERSIAN_GIVEN, _PERSIAN_FAMILY, "persian"),
)
_TRANSLIT = {"greek": "gr", "arabic": "ar", "persian": "ir", "latin": "com"}
_COMPANY_STEMS = (
    "Aegean Foods", "Olivera", "Cal Pep Distribucions", "Nordwind", "Atlas Logistics",
    "Lumière Conseil", "Ακρόπολη Εμπορική", "Θεσσαλική Γαλακτοκομική", "دار الندى", "شركة الأفق",
    "پارس تجارت", "صنایع گلستان", "Blue Harbor", "Vilaseca Vins", "Iberia Components",
    "Rhine Valley Tools", "Baltic Amber", "Sahara Solar", "Cedar & Pine", "Delta Pharma",
)  # fmt: skip
_COMPANY_FORMS = ("S.A.", "S.L.", "Ltd", "GmbH", "SARL", "Α.Ε.", "Inc.", "")
_TITLES = (
    "Buyer", "Sales Manager", "CEO", "Purchasing Director", "Account Executive", "Engineer",
    "Office Manager", "Διευθυντής Πωλήσεων", "مدير المبيعات", "مدیر خرید", "Cap de compres",
)  # fmt: skip
_CITIES = (
    ("Barcelona", "08001", "Spain"), ("Girona", "17001", "Spain"), ("Αθήνα", "10558", "Greece"),
    ("Θεσσαλονίκη", "54624", "Greece"), ("دبي", "", "United Arab Emirates"),
    ("تهران", "1136", "Iran"), ("London", "EC1A 1BB", "United Kingdom"),
    ("München", "80331", "Germany"), ("Lyon", "69001", "France"), ("Madrid", "28001", "Spain"),
)  # fmt: skip
_STREETS = (
    "Carrer Major",
    "Odos Ermou",
    "شارع الملك",
    "خیابان ولیعصر",
    "High Street",
    "Rue de la Paix",
)
_NOTES = (
    "Met at the trade fair; wants samples of the new range.",
    "Prefers calls in the morning; assistant screens email.",
    "Price-sensitive. Asked for a 5% discount on orders over 1,000 units.",
    "Συναντηθήκαμε στην έκθεση· ενδιαφέρεται για το ελαιόλαδο.",
    "يفضل التواصل عبر الهاتف؛ مهتم بالعقد السنوي.",
    "مشتری قدیمی؛ سفارش بعدی در بهار.",
    "Vol el catàleg en català; molt puntual amb els pagaments.",
    "Follow up after the budget meeting in Q3.",
)  # fmt: skip
CATEGORIES = ("Customer", "Prospect", "Vendor", "Partner", "Employee", "Competitor")


def _pick_script(rng: random.Random) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    roll = rng.random()
    for share, given, family, script in _SCRIPTS:
        if roll < share:
            return given, family, script
        roll -= share
    return _SCRIPTS[0][1], _SCRIPTS[0][2], _SCRIPTS[0][3]


def company_names(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    names: list[str] = []
    for i in range(count):
        stem = _COMPANY_STEMS[i % len(_COMPANY_STEMS)]
        form = rng.choice(_COMPANY_FORMS)
        suffix = f" {i // len(_COMPANY_STEMS) + 1}" if i >= len(_COMPANY_STEMS) else ""
        names.append(f"{stem}{suffix} {form}".strip())
    return names


def _phones(rng: random.Random) -> tuple[PhoneValue, ...]:
    country = rng.choice((30, 34, 44, 49, 971, 98))
    work = f"+{country} {rng.randint(200, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    cell = f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return PhoneValue(work, ("work", "voice"), True), PhoneValue(cell, ("cell",))


def _address(rng: random.Random) -> AddressValue:
    city, postal_code, country = rng.choice(_CITIES)
    street = f"{rng.choice(_STREETS)} {rng.randint(1, 200)}"
    return AddressValue(
        ("work",), street=street, locality=city, postal_code=postal_code, country=country
    )


def _birthday(rng: random.Random) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.3:
        return f"--{month:02d}-{day:02d}"  # no year: common on phones
    return f"{rng.randint(1950, 2000)}-{month:02d}-{day:02d}"


def generate_contacts(
    count: int, seed: int = 2026, accounts: int | None = None
) -> Iterator[ContactDraft]:
    """``count`` contacts, each with 2 emails and 2 phones, the same for the same arguments."""
    rng = random.Random(seed)
    companies = company_names(accounts if accounts is not None else max(1, count // 8), seed)
    for i in range(count):
        given_pool, family_pool, script = _pick_script(rng)
        given = rng.choice(given_pool)
        family = rng.choice(family_pool)
        domain = f"{rng.choice(('mail', 'post', 'inbox', 'office'))}.example.{_TRANSLIT[script]}"
        private = rng.choice(("gmail", "outlook"))
        company = rng.choice(companies)
        address = _address(rng)
        yield ContactDraft(
            formatted_name=f"{given} {family}",
            given_name=given,
            family_name=family,
            title=rng.choice(_TITLES),
            birthday=_birthday(rng) if rng.random() < 0.6 else None,
            note=" ".join(rng.sample(_NOTES, rng.randint(1, 3))) if rng.random() < 0.6 else "",
            categories=(rng.choice(CATEGORIES),) if rng.random() < 0.7 else (),
            emails=(
                EmailValue(f"user{i}@{domain}", ("work",), True),
                EmailValue(f"user{i}.home@{private}.example", ("home",)),
            ),
            phones=_phones(rng),
            addresses=(address,) if rng.random() < 0.7 else (),
            custom_fields=(CustomValue("Region", address.locality),) if rng.random() < 0.2 else (),
            accounts=(AccountLinkDraft(company, "", True),) if rng.random() < 0.85 else (),
            uid=f"urn:uuid:00000000-0000-4000-8000-{seed % 10000:04d}{i:08d}",
        )
