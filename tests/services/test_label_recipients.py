"""Who labels and envelopes go to (services.labels): each contact's postal address (the
preferred, else the work one, else the first), in the order asked, those without one counted;
the user's own postal address kept."""

from __future__ import annotations

from crm_desktop.records.drafts import AddressValue, ContactDraft
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.labels import (
    own_postal_address,
    postal_address,
    recipients,
    set_own_postal_address,
)

HOME = AddressValue(("home",), street="Home St 1", locality="Athina")
WORK = AddressValue(("work",), street="Work St 2", locality="Athina")
PREFERRED = AddressValue(("home",), preferred=True, street="Pref St 3", locality="Patra")


def test_the_preferred_address_else_the_work_one_else_the_first() -> None:
    assert postal_address(ContactDraft("A", addresses=(HOME, WORK, PREFERRED))) == PREFERRED
    assert postal_address(ContactDraft("A", addresses=(HOME, WORK))) == WORK
    assert postal_address(ContactDraft("A", addresses=(HOME,))) == HOME
    empty = AddressValue(("work",), country="Greece")  # a country alone is no address
    assert postal_address(ContactDraft("A", addresses=(empty,))) is None


def test_recipients_keep_the_order_asked_and_count_those_without_an_address(
    db: Database,
) -> None:
    ids = add_contacts(
        db,
        [
            ContactDraft("Zoe Alpha", addresses=(WORK,)),
            ContactDraft("No Where"),
            ContactDraft("", addresses=(HOME,), emails=()),
            ContactDraft("Anna Beta", addresses=(HOME, PREFERRED)),
        ],
    )
    found = recipients(db, [ids[3], ids[1], ids[0], ids[2]])
    assert found.without_address == 1
    assert [(r.name, r.address.street) for r in found.recipients] == [
        ("Anna Beta", "Pref St 3"),
        ("Zoe Alpha", "Work St 2"),
        ("", "Home St 1"),  # no name of a person: the envelope names no one
    ]


def test_the_own_postal_address_is_kept_trimmed(db: Database) -> None:
    assert own_postal_address(db) == ""
    assert set_own_postal_address(db, " Me \n\n Street 1\n") == "Me\nStreet 1"
    assert own_postal_address(db) == "Me\nStreet 1"
