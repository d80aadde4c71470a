"""Relationships: typed links between contacts and from contacts to accounts, shown on both
records in their own words, hidden while either is in the Trash, kept through vCard files
(linked where the other person is found, kept as a name where not), and the referrals
report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import vobject

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.interop.vcard_export import VERSIONS
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.records.importing import DuplicatePolicy
from crm_desktop.records.relationships import OtherKind, RelationDraft, RelationshipType
from crm_desktop.records.sales import DealContact, DealDraft
from crm_desktop.services.account_edits import create_account, restore_accounts, trash_accounts
from crm_desktop.services.contact_edits import restore_contacts, trash_contacts
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.deals import create_deal, lose_deal, win_deal
from crm_desktop.services.exporting import export_vcards
from crm_desktop.services.importing import import_files
from crm_desktop.services.relationships import (
    add_relationship_type,
    find_type,
    referrals,
    relate,
    relations,
    relationship_types,
    remove_relationship_type,
    unrelate,
)
from crm_desktop.services.trash import empty_trash


def _people(db: Database, *names: str) -> list[ContactId]:
    return add_contacts(db, [ContactDraft(formatted_name=name) for name in names])


def _type(db: Database, word: str) -> tuple[RelationshipType, bool]:
    found = find_type(relationship_types(db), word)
    assert found is not None
    return found


def _shown(db: Database, contact_id: int) -> list[tuple[str, str, str]]:
    return [
        (r.label, r.other_kind.value, r.other_name) for r in relations(db, contact_id=contact_id)
    ]


def _link(db: Database, a: int, word: str, b: int) -> int:
    kind, reverse = _type(db, word)
    return relate(db, RelationDraft(a, kind.id, reverse, other_contact_id=b))


def test_a_relationship_shows_on_both_cards_each_in_its_own_word(db: Database) -> None:
    ana, jordi = _people(db, "Ana Puig", "Jordi Vila")
    _link(db, ana, "manager", jordi)  # Jordi is Ana's manager
    assert _shown(db, ana) == [("Manager", "contact", "Jordi Vila")]
    assert _shown(db, jordi) == [("Direct report", "contact", "Ana Puig")]


def test_naming_the_inverse_stores_the_same_relationship(db: Database) -> None:
    ana, jordi = _people(db, "Ana Puig", "Jordi Vila")
    first = _link(db, jordi, "direct report", ana)  # Ana is Jordi's direct report
    assert _shown(db, ana) == [("Manager", "contact", "Jordi Vila")]
    assert _link(db, ana, "Manager", jordi) == first  # said again: not stored twice
    assert len(relations(db, contact_id=ana)) == 1


def test_a_contact_relates_to_an_account_and_the_account_sees_it(db: Database) -> None:
    [ana] = _people(db, "Ana Puig")
    acme = create_account(db, AccountDraft("Acme S.A."))
    kind, reverse = _type(db, "former employee of")
    relate(db, RelationDraft(ana, kind.id, reverse, other_account_id=acme))
    assert _shown(db, ana) == [("Former employee of", "account", "Acme S.A.")]
    [seen] = relations(db, account_id=acme)
    assert (seen.label, seen.other_kind, seen.other_id) == (
        "Former employer of",
        OtherKind.CONTACT,
        ana,
    )


def test_unrelate_removes_it_and_gives_back_what_it_was(db: Database) -> None:
    ana, jordi = _people(db, "Ana Puig", "Jordi Vila")
    relation_id = _link(db, ana, "spouse", jordi)
    removed = unrelate(db, relation_id)
    assert _shown(db, ana) == [] and _shown(db, jordi) == []
    relate(db, removed)  # what undo does
    assert _shown(db, jordi) == [("Spouse", "contact", "Ana Puig")]
    with pytest.raises(NotFoundError):
        unrelate(db, relation_id + 1000)


def test_a_relationship_to_oneself_or_a_trashed_contact_is_refused(db: Database) -> None:
    ana, jordi = _people(db, "Ana Puig", "Jordi Vila")
    with pytest.raises(InvalidValueError):
        _link(db, ana, "friend", ana)
    trash_contacts(db, [jordi])
    with pytest.raises(NotFoundError):
        _link(db, ana, "friend", jordi)


def test_a_relationship_hides_while_either_side_is_in_the_trash_and_comes_back(
    db: Database,
) -> None:
    ana, jordi = _people(db, "Ana Puig", "Jordi Vila")
    acme = create_account(db, AccountDraft("Acme S.A."))
    _link(db, ana, "assistant", jordi)
    kind, _ = _type(db, "former employee of")
    relate(db, RelationDraft(jordi, kind.id, other_account_id=acme))
    trash_contacts(db, [jordi])
    assert _shown(db, ana) == []
    assert relations(db, account_id=acme) == []
    restore_contacts(db, [jordi])
    assert _shown(db, ana) == [("Assistant", "contact", "Jordi Vila")]
    trash_accounts(db, [acme])
    assert _shown(db, jordi) == [("Assistant to", "contact", "Ana Puig")]
    restore_accounts(db, [acme])
    assert len(relations(db, account_id=acme)) == 1


def test_emptying_the_trash_deletes_the_relationships_of_what_it_deletes(db: Database) -> None:
    ana, jordi = _people(db, "Ana Puig", "Jordi Vila")
    _link(db, ana, "colleague", jordi)
    trash_contacts(db, [jordi])
    empty_trash(db)
    restore_contacts(db, [jordi])  # gone for good: nothing to restore
    assert _shown(db, ana) == []
    with db.raw_reading() as connection:
        assert connection.execute("SELECT count(*) FROM relationships").fetchone()[0] == 0


def test_types_are_the_users_list_and_a_used_one_cannot_be_removed(db: Database) -> None:
    ana, jordi = _people(db, "Ana Puig", "Jordi Vila")
    mentor = add_relationship_type(db, "Mentor", "Mentee")
    assert find_type(relationship_types(db), "mentee") == (mentor, True)
    with pytest.raises(InvalidValueError):
        add_relationship_type(db, "mentor")
    relation_id = _link(db, ana, "Mentor", jordi)
    assert _shown(db, jordi) == [("Mentee", "contact", "Ana Puig")]
    with pytest.raises(InvalidValueError):
        remove_relationship_type(db, mentor.id)
    unrelate(db, relation_id)
    remove_relationship_type(db, mentor.id)
    assert find_type(relationship_types(db), "Mentor") is None


def _import(db: Database, text: str, tmp_path: Path, name: str = "in.vcf") -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    summary = import_files(db, [path], duplicates=DuplicatePolicy.CREATE)
    assert summary.failed == 0


CARDS = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Puig\r\n"
    "UID:urn:uuid:11111111-2222-3333-4444-555555555555\r\n"
    "RELATED;TYPE=spouse:urn:uuid:66666666-7777-8888-9999-000000000000\r\n"
    "RELATED;TYPE=co-worker;VALUE=text:Marta Soler\r\n"
    "RELATED;TYPE=child;VALUE=text:Nobody We Know\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pere Soler\r\n"
    "UID:66666666-7777-8888-9999-000000000000\r\n"
    "item1.X-ABRELATEDNAMES:Ana Puig\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\n"
    "X-MS-MANAGER:Acme S.A.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta Soler\r\nEND:VCARD\r\n"
)


def test_an_import_links_the_people_it_finds_and_keeps_the_others_as_names(
    db: Database, tmp_path: Path
) -> None:
    create_account(db, AccountDraft("Acme S.A."))
    _import(db, CARDS, tmp_path)
    ana, pere, marta = sorted(ordered_contact_ids(db))
    assert _shown(db, ana) == [
        ("Spouse", "contact", "Pere Soler"),  # by UID (urn:uuid: and a bare UUID alike)
        ("Colleague", "contact", "Marta Soler"),  # by name, a later card of the same file
        ("Child", "name", "Nobody We Know"),  # nobody by that name: kept as a name
    ]
    # Pere's card says the same marriage from his side: one relationship, not two
    assert _shown(db, pere) == [
        ("Spouse", "contact", "Ana Puig"),
        ("Manager", "account", "Acme S.A."),  # an account of that exact name
    ]
    assert _shown(db, marta) == [("Colleague", "contact", "Ana Puig")]


def test_importing_the_same_file_again_stores_no_relationship_twice(
    db: Database, tmp_path: Path
) -> None:
    _import(db, CARDS, tmp_path)
    path = tmp_path / "in.vcf"
    import_files(db, [path], duplicates=DuplicatePolicy.MERGE)
    ana = sorted(ordered_contact_ids(db))[0]
    assert len(relations(db, contact_id=ana)) == 3


@pytest.mark.parametrize("version", VERSIONS)
def test_relationships_survive_export_and_import_in_each_version(
    db: Database, tmp_path: Path, version: str
) -> None:
    create_account(db, AccountDraft("Acme S.A."))
    _import(db, CARDS, tmp_path)
    ana, pere, marta = sorted(ordered_contact_ids(db))
    before = {c: _shown(db, c) for c in (ana, pere, marta)}
    exported = tmp_path / f"out-{version}.vcf"
    written = export_vcards(db, exported, [ana, pere, marta], version=version)
    text = exported.read_text(encoding="utf-8")
    assert len(list(vobject.readComponents(text, allowQP=True))) == written == 4  # and the account
    with open_database(tmp_path / f"second-{version}.sqlite3", "en_GB") as second:
        import_files(second, [exported], duplicates=DuplicatePolicy.CREATE)
        again = sorted(ordered_contact_ids(second))
        assert [_shown(second, c) for c in again] == [before[c] for c in (ana, pere, marta)]


def test_the_corpus_cards_with_relationships_import_with_nothing_lost(
    db: Database, corpus: Path
) -> None:
    files = [
        corpus / "vcard/ez-vcard/gmail-single2.vcf",  # 16 X-ABRELATEDNAMES, Apple's and Google's
        corpus / "vcard/ez-vcard/outlook-2007.vcf",  # X-MS-MANAGER, ASSISTANT, SPOUSE
        corpus / "vcard/kcontacts/vcard15.vcf",  # RELATED;TYPE=child;VALUE=text in a 3.0 card
        corpus / "vcard/py-vobject/vcard40_full.vcf",  # RELATED;TYPE=spouse:urn:uuid:
    ]
    import_files(db, files, duplicates=DuplicatePolicy.CREATE)
    shown = {c: _shown(db, c) for c in ordered_contact_ids(db)}
    every = [item for items in shown.values() for item in items]
    names = {name for _, _, name in every}
    assert {f"Name{i}" for i in range(1, 17)} <= names
    assert {"TheManagerName", "TheAssistantName", "TheSpouse", "Child Tester"} <= names
    assert "urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519" in names  # a card we do not have
    labels = {(label, name) for label, _, name in every}
    assert {("Spouse", "Name2"), ("Child", "Name3"), ("Mother", "Name4"), ("Manager", "Name11"),
            ("Referred by", "Name13"), ("CustomRelationCategory", "Name16"),
            ("Manager", "TheManagerName"), ("Child", "Child Tester")} <= labels  # fmt: skip
    with db.raw_reading() as connection:  # none of it also kept as a raw property
        kept = connection.execute(
            "SELECT count(*) FROM extra_properties WHERE upper(name) IN "
            "('RELATED', 'X-ABRELATEDNAMES', 'X-MS-MANAGER', 'X-MS-ASSISTANT', 'X-MS-SPOUSE')"
        ).fetchone()[0]
    assert kept == 0


def _won(db: Database, account: int, amount: str, currency: str, contact: int | None) -> int:
    people = (DealContact(ContactId(contact)),) if contact is not None else ()
    draft = DealDraft("Deal", account, Decimal(amount), currency, contacts=people)
    deal_id = create_deal(db, draft).id
    win_deal(db, deal_id)
    return deal_id


def test_the_referrals_report_counts_people_and_their_won_deals_per_currency(
    db: Database,
) -> None:
    joan, ana, pere, marta = _people(db, "Joan Roca", "Ana Puig", "Pere Soler", "Marta Sala")
    acme = create_account(db, AccountDraft("Acme S.A."))
    other = create_account(db, AccountDraft("Vila S.L."))
    _link(db, ana, "referred by", joan)  # Joan referred Ana
    _link(db, joan, "referred", pere)  # Joan referred Pere (said from Joan's side)
    _link(db, marta, "referred by", ana)  # Ana referred Marta
    _won(db, other, "1000.00", "EUR", ana)
    _won(db, other, "250.50", "EUR", pere)
    _won(db, other, "300.00", "USD", pere)
    lost = create_deal(db, DealDraft("Lost", other, Decimal(99), "EUR",
                                     contacts=(DealContact(ana),))).id  # fmt: skip
    lose_deal(db, lost, "price")
    _won(db, acme, "5.00", "EUR", None)  # nobody referred: not counted
    rows = [(r.referrer_name, r.referred, r.currency, r.won_deals, r.won_amount)
            for r in referrals(db)]  # fmt: skip
    # Joan: Ana (1000.00 EUR) and Pere (250.50 EUR, 300.00 USD); Ana: Marta (nothing won)
    assert rows == [
        ("Joan Roca", 2, "EUR", 2, Decimal("1250.50")),
        ("Joan Roca", 2, "USD", 1, Decimal("300.00")),
        ("Ana Puig", 1, "", 0, Decimal(0)),
    ]
    trash_contacts(db, [pere])
    after = {(r.referrer_name, r.referred, r.currency, r.won_amount) for r in referrals(db)}
    assert after == {("Joan Roca", 1, "EUR", Decimal("1000.00")), ("Ana Puig", 1, "", 0)}


def test_merging_duplicates_moves_their_relationships_and_undo_puts_them_back(
    db: Database,
) -> None:
    from crm_desktop.services.duplicates import merge_contacts, unmerge_contacts

    ana, ana_again, jordi = _people(db, "Ana Puig", "Ana Puig", "Jordi Vila")
    _link(db, ana_again, "manager", jordi)
    _link(db, ana, "friend", ana_again)  # the two Anas: would be Ana and herself
    merged = merge_contacts(db, ana, [ana_again])
    assert _shown(db, ana) == [("Manager", "contact", "Jordi Vila")]
    assert _shown(db, jordi) == [("Direct report", "contact", "Ana Puig")]
    unmerge_contacts(db, merged.undo)
    assert _shown(db, ana) == [("Friend", "contact", "Ana Puig")]
    assert _shown(db, ana_again) == [("Manager", "contact", "Jordi Vila"),
                                     ("Friend", "contact", "Ana Puig")]  # fmt: skip
