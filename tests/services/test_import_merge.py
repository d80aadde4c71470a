"""Importing cards that match stored contacts (the "merge" policy): what is added, what is
kept, the same card twice, many merges in one import, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.records.drafts import ContactDraft, EmailValue, PhoneValue
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.contacts import Cancelled, CancelToken, add_contacts, get_contact
from crm_desktop.services.database import Database
from crm_desktop.services.importing import BATCH, import_files


def _file(tmp_path: Path, cards: list[str], name: str = "cards.vcf") -> Path:
    path = tmp_path / name
    text = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{card}END:VCARD\r\n" for card in cards)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_merge_adds_an_email_and_a_category_fills_empty_fields_and_keeps_the_rest(
    db: Database, tmp_path: Path
) -> None:
    ana, pau = add_contacts(
        db,
        [
            ContactDraft(
                formatted_name="Ana Puig",
                emails=(EmailValue("ana@puig.example", preferred=True),),
                phones=(PhoneValue("+34 600 111 222"),),
                categories=("Clients",),
            ),
            ContactDraft(formatted_name="Pau Serra", title="Buyer", uid="uid-pau"),
        ],
    )
    path = _file(
        tmp_path,
        [
            "FN:Ana Puig\r\nTITLE:CEO\r\nEMAIL:ANA@Puig.example\r\nEMAIL;TYPE=WORK:ana@vins.example\r\n"
            "TEL:(+34) 600-111-222\r\nCATEGORIES:clients,Suppliers\r\nORG:Vilaseca Vins\r\n",
            "UID:uid-pau\r\nFN:Pau Serra\r\nTITLE:Chief Buyer\r\nNOTE:plays chess\r\n"
            "TEL:+33 1 23 45 67 89\r\n",
        ],
    )
    summary = import_files(db, [path])
    assert (summary.imported, summary.merged) == (0, 2)

    card = ana_card = get_contact(db, ana)
    assert card.draft.title == "CEO"  # was empty: filled
    assert [(e.value, e.preferred) for e in card.draft.emails] == [
        ("ana@puig.example", True),  # the same address in other case is not added again
        ("ana@vins.example", False),  # a second address is added, not preferred
    ]
    assert card.draft.emails[1].types == ("work",)
    assert [p.value for p in card.draft.phones] == ["+34 600 111 222"]  # same digits: kept once
    assert sorted(card.draft.categories) == ["Clients", "Suppliers"]  # "clients" is Clients
    assert [(link.name, link.primary) for link in card.accounts] == [("Vilaseca Vins", True)]

    card = get_contact(db, pau)
    assert card.draft.title == "Buyer"  # never overwritten
    assert card.draft.note == "plays chess"
    assert [p.value for p in card.draft.phones] == ["+33 1 23 45 67 89"]
    # The search index knows what was added.
    assert [row.id for row in search_contacts(db, "ana@vins").rows] == [ana]
    assert [row.id for row in search_contacts(db, "123456789").rows] == [pau]
    assert [row.id for row in search_contacts(db, "vilaseca").rows] == [ana]
    assert [row.id for row in search_contacts(db, "chess").rows] == [pau]

    again = import_files(db, [path])  # nothing new the second time: nothing doubled
    assert again.merged == 2
    assert get_contact(db, ana).draft == ana_card.draft
    assert get_contact(db, ana).accounts == ana_card.accounts
    assert search_contacts(db).total == 2


def test_the_same_person_three_times_in_one_file_is_one_contact_with_all_details(
    db: Database, tmp_path: Path
) -> None:
    path = _file(
        tmp_path,
        [
            "UID:uid-ana\r\nFN:Ana Puig\r\nEMAIL:ana@puig.example\r\n",
            "UID:uid-ana\r\nFN:Ana Puig\r\nEMAIL:ana@vins.example\r\nCATEGORIES:Wine\r\n",
            "UID:uid-ana\r\nFN:Ana Puig\r\nEMAIL:ana@vins.example\r\nEMAIL:ana@home.example\r\n"
            "CATEGORIES:wine\r\nTITLE:CEO\r\n",
            # Her address but another name: somebody else (issue 12), created and shown for review.
            "FN:Pau Serra\r\nEMAIL:ANA@HOME.example\r\nTITLE:Buyer\r\n",
        ],
    )
    summary = import_files(db, [path])
    assert (summary.imported, summary.merged) == (2, 2)
    contact_id, pau = summary.contact_ids
    [possible] = summary.possible_duplicates
    assert (possible.name, possible.contact_name) == ("Pau Serra", "Ana Puig")
    assert get_contact(db, pau).draft.title == "Buyer"
    card = get_contact(db, contact_id).draft
    assert [e.value for e in card.emails] == [
        "ana@puig.example",
        "ana@vins.example",
        "ana@home.example",
    ]
    assert card.categories == ("Wine",)
    assert card.title == "CEO"  # the first card to bring one fills it; later ones do not
    assert search_contacts(db).total == 2


def test_many_merges_in_one_import_each_reach_their_contact(db: Database, tmp_path: Path) -> None:
    count = 2 * BATCH + 37  # several batches and a partial one
    ids = add_contacts(
        db,
        [
            ContactDraft(formatted_name=f"Person {n}", emails=(EmailValue(f"p{n}@example.org"),))
            for n in range(count)
        ],
    )
    path = _file(
        tmp_path,
        [
            f"FN:Person {n}\r\nEMAIL:p{n}@example.org\r\nNOTE:note {n}\r\nTEL:+1 555 {n:07d}\r\n"
            for n in range(count)
        ],
    )
    summary = import_files(db, [path])
    assert (summary.imported, summary.merged) == (0, count)
    for n in (0, BATCH - 1, BATCH, count - 1):
        card = get_contact(db, ids[n]).draft
        assert card.note == f"note {n}"
        assert [p.value for p in card.phones] == [f"+1 555 {n:07d}"]
        assert [e.value for e in card.emails] == [f"p{n}@example.org"]
    assert search_contacts(db, "note").total == count


def test_cancelling_an_import_of_merges_leaves_every_contact_as_it_was(
    db: Database, tmp_path: Path
) -> None:
    count = 3 * BATCH
    add_contacts(
        db,
        [
            ContactDraft(formatted_name=f"Person {n}", emails=(EmailValue(f"p{n}@example.org"),))
            for n in range(count)
        ],
    )
    path = _file(
        tmp_path,
        [f"FN:Person {n}\r\nEMAIL:p{n}@example.org\r\nNOTE:added\r\n" for n in range(count)],
    )
    token = CancelToken()

    def progress(read: int) -> None:
        if read >= 2 * BATCH:  # two batches of merges already written in the transaction
            token.cancel()

    with pytest.raises(Cancelled):
        import_files(db, [path], progress=progress, cancel=token)
    assert search_contacts(db, "added").total == 0
    assert search_contacts(db).total == count
