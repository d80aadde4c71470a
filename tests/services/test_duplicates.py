"""Finding duplicates, "not a duplicate" remembered, and merging keeping every value."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.errors import NotFoundError
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import (
    AccountDraft,
    AccountLinkDraft,
    ContactDraft,
    CustomValue,
    EmailValue,
    PhoneValue,
    UrlValue,
)
from crm_desktop.records.ids import ContactId
from crm_desktop.services import duplicates
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.activities import create_activity, get_activity
from crm_desktop.services.backups import list_backups
from crm_desktop.services.cancel import Cancelled, CancelToken
from crm_desktop.services.contact_cards import get_contact, get_contacts
from crm_desktop.services.contact_combine import ALSO_KNOWN_AS, combined_draft
from crm_desktop.services.contact_edits import update_contact
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database, open_database
from crm_desktop.services.duplicates import (
    find_duplicate_accounts,
    find_duplicates,
    forget_not_duplicate,
    mark_not_duplicate,
    merge_contacts,
    unmerge_contacts,
)
from crm_desktop.services.notes import add_note, get_note
from crm_desktop.store.engine import driver_connection
from crm_desktop.store.identities import add_possible_duplicates

SWITCHBOARD = PhoneValue("+30 210 555 0100")


def named(
    given: str,
    family: str,
    *emails: str,
    phones: tuple[PhoneValue, ...] = (),
    account: str = "",
    uid: str | None = None,
) -> ContactDraft:
    return ContactDraft(
        given_name=given,
        family_name=family,
        emails=tuple(EmailValue(e) for e in emails),
        phones=phones,
        accounts=(AccountLinkDraft(account, "", True),) if account else (),
        uid=uid,
    )


def groups_of(db: Database) -> dict[tuple[int, ...], tuple[str, ...]]:
    return {group.ids: group.reasons for group in find_duplicates(db, region="GR")}


@pytest.mark.parametrize(
    ("first", "second", "reasons"),
    [
        pytest.param(
            named("Lluís", "Puig", "lluis@puig.example"),
            named("Lluis", "Puig", "LLUIS@puig.example"),
            ("email", "name"),
            id="accent variant, same e-mail",
        ),
        pytest.param(
            named("Γιώργος", "Παπαδόπουλος", "gp@aegean.example"),
            named("Giorgos", "Papadopoulos", "gp@aegean.example"),
            ("email", "transliteration"),
            id="Greek and Latin, same e-mail",
        ),
        pytest.param(
            named("John", "Smith", phones=(PhoneValue("210 123 4567"),)),
            named("J.", "Smith", phones=(PhoneValue("+30 210 1234567"),)),
            ("phone", "name_variant"),
            id="initials, one phone in two spellings",
        ),
        pytest.param(
            named("Ana", "Puig", uid="urn:uuid:7"),
            named("Anna", "Vila", uid="urn:uuid:7"),
            ("uid", "name_conflict"),
            id="same UID",
        ),
        pytest.param(
            named("Eleni", "Vlachou", account="Aegean Foods"),
            named("Vlachou", "Eleni", account="AEGEAN FOODS"),
            ("name", "account"),
            id="same name at the same account",
        ),
        pytest.param(
            ContactDraft(emails=(EmailValue("eleni@aegean.example"),)),
            named("Eleni", "Vlachou", "eleni@aegean.example"),
            ("email", "one_nameless"),
            id="a nameless contact and a named one, same e-mail",
        ),
        pytest.param(
            named("María", "García López", account="Iberia Foods"),
            named("Maria", "Garcia", account="Iberia Foods"),
            ("name_variant", "account"),
            id="a missing second family name at the same account",
        ),
        pytest.param(
            named("Иван", "Петров"),
            named("Ivan", "Petrov"),
            ("transliteration",),
            id="same name in another script",
        ),
    ],
)
def test_probable_duplicates_are_grouped_with_why(
    db: Database, first: ContactDraft, second: ContactDraft, reasons: tuple[str, ...]
) -> None:
    add_contacts(db, [named("Someone", "Else", "else@x.example"), first, second])
    groups = find_duplicates(db, region="GR")
    assert [(g.ids, g.reasons) for g in groups] == [((2, 3), reasons)]
    assert 0.0 < groups[0].score <= 1.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            named("Eleni", "Papadopoulou", phones=(SWITCHBOARD,)),
            named("Nikos", "Georgiou", phones=(SWITCHBOARD,)),
            id="colleagues on one switchboard",
        ),
        pytest.param(
            named("Μαρία", "Παπαδοπούλου", "family@mail.example"),
            named("Νίκος", "Παπαδόπουλος", "family@mail.example"),
            id="a family e-mail",
        ),
        pytest.param(
            named("John", "Smith", account="Alpha Ltd"),
            named("John", "Smith", account="Beta GmbH"),
            id="same name at different companies",
        ),
        pytest.param(
            ContactDraft(emails=(EmailValue(""),), phones=(PhoneValue("+30 210 555 0199"),)),
            ContactDraft(emails=(EmailValue(""),), phones=(PhoneValue("+30 210 555 0199"),
                                                            PhoneValue("+30 697 123 4567"))),
            id="nameless cards sharing one number",
        ),
        pytest.param(
            named("Ann", "Lee", ""), named("Bo", "Chan", " "), id="empty e-mail lines",
        ),
        pytest.param(
            named("Ivan", "Petrov", "petrov@mail.example"),
            named("Ivan", "Petrova", "petrov@mail.example"),
            id="Petrov and Petrova",
        ),
    ],
)  # fmt: skip
def test_different_people_are_not_grouped(
    db: Database, first: ContactDraft, second: ContactDraft
) -> None:
    add_contacts(db, [first, second])
    assert find_duplicates(db, region="GR") == ()


def test_a_group_joins_every_contact_of_one_person(db: Database) -> None:
    add_contacts(
        db,
        [
            named("Eleni", "Vlachou", "eleni@aegean.example"),
            named("Eleni", "Vlachou", "eleni@aegean.example", "eleni@home.example"),
            named("E.", "Vlachou", "eleni@home.example"),
            named("Eleni", "Vlachou"),  # the same name alone is no reason
        ],
    )
    assert list(groups_of(db)) == [(1, 2, 3)]


def test_possible_duplicates_recorded_at_import_are_listed_last(db: Database) -> None:
    add_contacts(
        db,
        [
            named("Eleni", "Vlachou", "eleni@aegean.example"),
            named("Eleni", "Vlachou", "ELENI@aegean.example"),
            named("Nikos", "Georgiou", phones=(SWITCHBOARD,)),
            named("Anna", "Vlachou", phones=(SWITCHBOARD,)),
        ],
    )
    with db.writing() as session:
        add_possible_duplicates(
            driver_connection(session.connection()), [(4, 3, ("phone", "name_conflict"))]
        )
    groups = find_duplicates(db, region="GR")
    assert [(g.ids, g.reasons) for g in groups] == [
        ((1, 2), ("email", "name")),
        ((3, 4), ("phone", "name_conflict")),
    ]
    assert groups[0].score > groups[1].score


def test_not_a_duplicate_is_remembered(db: Database, tmp_path: Path) -> None:
    add_contacts(
        db,
        [
            named("Eleni", "Vlachou", "eleni@aegean.example"),
            named("Eleni", "Vlachou", "eleni@aegean.example"),
        ],
    )
    assert list(groups_of(db)) == [(1, 2)]
    pairs = mark_not_duplicate(db, [2, 1])
    assert pairs == ((1, 2),)
    assert mark_not_duplicate(db, [1, 2]) == ()  # known already
    path = db.path
    db.close()
    with open_database(path, "en_GB") as again:
        assert groups_of(again) == {}
        forget_not_duplicate(again, pairs)
        assert list(groups_of(again)) == [(1, 2)]


def test_accounts_with_one_name_or_website_are_grouped(db: Database) -> None:
    create_account(db, AccountDraft("Aegean Foods S.A."))
    create_account(db, AccountDraft("AEGEAN FOODS SA", website="https://aegean.example/"))
    create_account(
        db, AccountDraft("Aegean Trading", urls=(UrlValue("http://www.aegean.example"),))
    )
    create_account(db, AccountDraft("Olive Press"))
    groups = find_duplicate_accounts(db)
    assert [(g.ids, g.reasons) for g in groups] == [((1, 2, 3), ("website", "name"))]
    mark_not_duplicate(db, [2, 3], accounts=True)
    assert [g.ids for g in find_duplicate_accounts(db)] == [(1, 2)]


WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _two_records(db: Database) -> None:
    add_contacts(
        db,
        [
            ContactDraft(
                given_name="Eleni", family_name="Vlachou", title="Buyer", note="Likes figs.",
                emails=(EmailValue("eleni@aegean.example"),), categories=("Customer",),
                accounts=(AccountLinkDraft("Aegean Foods", "Buyer", True),),
            ),
            ContactDraft(
                given_name="E.", family_name="Vlachou", note="Met at the fair.",
                birthday="1980-04-15", emails=(EmailValue("ELENI@aegean.example"),
                                               EmailValue("eleni@home.example")),
                phones=(PhoneValue("+30 210 555 0101"),), categories=("Prospect",),
                custom_fields=(CustomValue("Region", "Attica"),),
                accounts=(AccountLinkDraft("Olive Press", "Partner", True),),
            ),
        ],
    )  # fmt: skip


def test_merge_keeps_every_value_and_trashes_the_other(db: Database) -> None:
    _two_records(db)
    merged = merge_contacts(db, 1, [2])
    kept = get_contact(db, 1).draft
    assert [e.value for e in kept.emails] == ["eleni@aegean.example", "eleni@home.example"]
    assert [p.value for p in kept.phones] == ["+30 210 555 0101"]
    assert kept.categories == ("Customer", "Prospect")
    assert kept.given_name == "Eleni" and kept.title == "Buyer" and kept.birthday == "1980-04-15"
    assert kept.note == "Likes figs.\n\nMet at the fair."
    assert CustomValue("Region", "Attica") in kept.custom_fields
    assert CustomValue(ALSO_KNOWN_AS, "E. Vlachou") in kept.custom_fields
    card = get_contact(db, 1)
    assert [(a.name, a.title, a.primary) for a in card.accounts] == [
        ("Aegean Foods", "Buyer", True),
        ("Olive Press", "Partner", False),
    ]
    assert get_contact(db, 2).deleted_at is not None
    assert merged.changes.contacts_removed == (2,)
    assert merged.backup is not None and merged.backup in list_backups(db.path)
    assert search_contacts(db, "home.example").total == 1  # the kept one's index has it


def test_merge_keeps_what_was_written_while_its_backup_was_taken(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _two_records(db)
    real_backup = duplicates.backup_before

    def backup_then_an_edit(database: Database, reason: str) -> object:
        entry = real_backup(database, reason)
        kept = get_contact(database, 1).draft
        phone = PhoneValue("+30 210 555 0199")
        update_contact(database, 1, dataclasses.replace(kept, phones=(*kept.phones, phone)))
        return entry

    monkeypatch.setattr(duplicates, "backup_before", backup_then_an_edit)
    merge_contacts(db, 1, [2])
    assert "+30 210 555 0199" in [p.value for p in get_contact(db, 1).draft.phones]


def test_merge_of_a_draft_made_earlier_keeps_values_gained_since_and_drops_removed_ones(
    db: Database,
) -> None:
    _two_records(db)
    seen = {c.id: c.draft for c in get_contacts(db, [1, 2])}
    chosen = combined_draft(seen[ContactId(1)], [seen[ContactId(2)]])
    dropped = chosen.emails[-1].value
    chosen = dataclasses.replace(chosen, emails=chosen.emails[:-1])  # the user unchecked it
    kept = get_contact(db, 1).draft
    gained = PhoneValue("+30 210 555 0199")
    update_contact(db, 1, dataclasses.replace(kept, phones=(*kept.phones, gained)))
    merge_contacts(db, 1, [2], draft=chosen, seen=dict(seen))
    after = get_contact(db, 1).draft
    assert gained.value in [p.value for p in after.phones]
    assert dropped not in [e.value for e in after.emails]


def test_merge_moves_activities_and_notes(db: Database) -> None:
    _two_records(db)
    shared = create_activity(
        db, ActivityDraft("call", "Both", due=WHEN, contact_ids=(ContactId(1), ContactId(2)))
    )
    theirs = create_activity(
        db, ActivityDraft("task", "Follow-up", due=WHEN, contact_ids=(ContactId(2),))
    )
    note = add_note(db, "Prefers e-mail.", contact_id=2)
    merged = merge_contacts(db, 1, [2])
    assert get_activity(db, shared.id).contact_ids == (1,)
    assert get_activity(db, theirs.id).contact_ids == (1,)
    assert get_note(db, note.id).contact_id == 1
    unmerge_contacts(db, merged.undo)
    assert sorted(get_activity(db, shared.id).contact_ids) == [1, 2]
    assert get_activity(db, theirs.id).contact_ids == (2,)
    assert get_note(db, note.id).contact_id == 2


def test_unmerge_puts_both_back_as_they_were(db: Database) -> None:
    _two_records(db)
    before = {i: get_contact(db, i) for i in (1, 2)}
    merged = merge_contacts(db, 1, [2])
    changes = unmerge_contacts(db, merged.undo)
    assert changes.contacts_added == (2,)
    for contact_id, card in before.items():
        after = get_contact(db, contact_id)
        assert after.draft == card.draft
        assert after.accounts == card.accounts
        assert after.deleted_at is None
    assert search_contacts(db, "home.example").total == 1  # only the one it belongs to


@pytest.mark.parametrize(("keep", "others"), [(1, [1]), (1, [])])
def test_merge_needs_another_contact(db: Database, keep: int, others: list[int]) -> None:
    _two_records(db)
    with pytest.raises(ValueError, match="at least one"):
        merge_contacts(db, keep, others)


def test_merge_refuses_a_missing_or_trashed_contact(db: Database) -> None:
    _two_records(db)
    merge_contacts(db, 1, [2])
    with pytest.raises(NotFoundError):
        merge_contacts(db, 1, [2])
    with pytest.raises(NotFoundError):
        merge_contacts(db, 1, [99])


def test_merge_writes_the_kept_contact_as_chosen(db: Database) -> None:
    _two_records(db)
    chosen = ContactDraft(
        given_name="E.",
        family_name="Vlachou",
        title="Chief buyer",
        emails=(EmailValue("eleni@home.example"),),
        accounts=(AccountLinkDraft("Ignored Ltd"),),  # links move; the draft's are not used
    )
    merged = merge_contacts(db, 1, [2], draft=chosen)
    card = get_contact(db, 1)
    assert card.draft.given_name == "E." and card.draft.title == "Chief buyer"
    assert [e.value for e in card.draft.emails] == ["eleni@home.example"]
    assert [a.name for a in card.accounts] == ["Aegean Foods", "Olive Press"]
    unmerge_contacts(db, merged.undo)
    assert get_contact(db, 1).draft.given_name == "Eleni"


def test_merge_makes_the_chosen_account_primary(db: Database) -> None:
    _two_records(db)
    olive = next(a.id for a in get_contact(db, 2).accounts if a.name == "Olive Press")
    merged = merge_contacts(db, 1, [2], primary_account=olive)
    assert [(a.name, a.primary) for a in get_contact(db, 1).accounts] == [
        ("Aegean Foods", False),
        ("Olive Press", True),
    ]
    unmerge_contacts(db, merged.undo)
    assert [(a.name, a.primary) for a in get_contact(db, 1).accounts] == [("Aegean Foods", True)]


def test_merge_refuses_a_primary_account_none_of_them_has(db: Database) -> None:
    _two_records(db)
    stranger = create_account(db, AccountDraft("Stranger SA"))
    with pytest.raises(ValueError, match="none of"):
        merge_contacts(db, 1, [2], primary_account=stranger)
    assert get_contact(db, 2).deleted_at is None


def test_finding_reports_progress_and_can_be_cancelled(db: Database) -> None:
    add_contacts(
        db, [named(f"Given{i % 2500}", "Family", f"p{i % 2500}@mail.example") for i in range(5000)]
    )
    seen: list[int] = []
    groups = find_duplicates(db, region="GR", progress=seen.append)
    assert len(groups) == 2500
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen) and len(seen) > 3
    token = CancelToken()

    def cancel_at_half(percent: int) -> None:
        if percent >= 50:
            token.cancel()

    with pytest.raises(Cancelled):
        find_duplicates(db, region="GR", progress=cancel_at_half, cancel=token)
