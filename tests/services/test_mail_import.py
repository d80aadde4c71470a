"""E-mails onto the history: real .eml, .mbox and .msg files from mail libraries' test suites
(tests/data/README.md names each source) imported as done e-mail activities."""

from __future__ import annotations

import mailbox
import shutil
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from crm_desktop.errors import NoRecordsError, NoRecordsKind
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.records.importing import UnknownPerson
from crm_desktop.services.activities import get_activities, get_activity
from crm_desktop.services.contact_list import contact_rows
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.files import file_content
from crm_desktop.services.importing import import_files
from crm_desktop.services.mail import (
    activity_files,
    add_mail_contacts,
    own_addresses,
    set_own_addresses,
)
from crm_desktop.services.notes import timeline

DATA = Path(__file__).resolve().parent.parent / "data"
HTML_ONLY = DATA / "mail-html-only-cc-reply-to.eml"  # mikel/mail
NESTED = DATA / "mail-nested-multipart-three-attachments.eml"  # mikel/mail
REPLY = DATA / "mail-rfc2822-reply-display-name-with-colon.eml"  # mikel/mail (RFC 2822 A.2)
NO_DATE = DATA / "mail-pgp-signed-no-date-no-message-id.eml"  # CPython test_email
OUTLOOK = DATA / "outlook-html-message-three-attachments.msg"  # hfig/MAPI
OUTLOOK_CONTACT = DATA / "outlook-contact-not-a-message.msg"  # hfig/MAPI
MBOX = DATA / "mbox-unquoted-from-line-in-body.mbox"  # CPython test_email


def _contact(db: Database, name: str, email: str) -> int:
    [contact_id] = add_contacts(db, [ContactDraft(name, emails=(EmailValue(email),))])
    return contact_id


def test_a_message_is_a_done_email_linked_to_every_contact_in_from_to_and_cc(
    db: Database,
) -> None:
    sender = _contact(db, "Chianfong Cuthbert", "Abhijit.862153Drinnan@datavalet.com")
    copied = _contact(db, "Rait", "rait@bruce-guenter.dyndns.org")
    summary = import_files(db, [HTML_ONLY])
    assert summary.imported == 1
    [activity_id] = summary.activity_ids
    email = get_activity(db, activity_id)
    assert (email.kind, email.status) == ("email", "done")
    assert email.subject == "Re: We will help you refinance your home."
    assert email.completed_at == datetime(2005, 5, 6, 11, 55, 1, tzinfo=UTC)
    assert set(email.contact_ids) == {sender, copied}
    assert "Cc: rait@bruce-guenter.dyndns.org" in email.mail_headers
    # The people it was with who are no contacts are offered, named by the header.
    assert summary.unknown_people == (UnknownPerson("", "cvs@bruce-guenter.dyndns.org"),)


def test_an_html_only_body_is_kept_as_plain_text_with_its_links_written_out(
    db: Database,
) -> None:
    [activity_id] = import_files(db, [HTML_ONLY]).activity_ids
    details = get_activity(db, activity_id).details
    assert details.startswith("Hello,\nYou have qualified for the lowest rate in years.")
    assert "Approval Form <http://www.lenxzc.com/index2.php?refid=malx>" in details
    assert "<" + "p>" not in details and "<br>" not in details


def test_attachments_of_nested_parts_are_kept_as_files_on_the_activity(db: Database) -> None:
    [activity_id] = import_files(db, [NESTED]).activity_ids
    assert get_activity(db, activity_id).details == "This is the first part."
    files = activity_files(db, [activity_id])[activity_id]
    assert [(f.file_name, f.media_type) for f in files] == [
        ("smime.p7s", "application/pkcs7-signature"),
        ("test.pdf", "application/pdf"),
        ("test.rb", "text/x-ruby-script"),
    ]
    pdf = next(f for f in files if f.file_name == "test.pdf")
    assert file_content(db, pdf.id) == ("test.pdf", b"blah blah blah")


def test_the_same_message_id_is_the_same_activity(db: Database) -> None:
    first = import_files(db, [NESTED, REPLY])
    again = import_files(db, [NESTED, REPLY])
    assert (first.imported, again.imported, again.skipped) == (2, 0, 2)
    # mikel/mail's raw-UTF-8 file name fixture is the same message (one Message-ID).
    same = import_files(db, [DATA / "mail-attachment-raw-utf8-file-name.eml"])
    assert (same.imported, same.skipped) == (0, 1)


def test_direction_follows_the_users_own_addresses(db: Database, tmp_path: Path) -> None:
    assert own_addresses(db) == ()
    unknown = import_files(db, [REPLY])
    assert get_activity(db, unknown.activity_ids[0]).direction == ""
    assert any("own e-mail addresses are not set" in p.message for p in unknown.problems)
    set_own_addresses(db, [" JDoe@Machine.example ", "not an address"])
    assert own_addresses(db) == ("JDoe@Machine.example",)
    sent = import_files(db, [_copy(REPLY, tmp_path, "Message-ID: <other@x>")])
    assert get_activity(db, sent.activity_ids[0]).direction == "out"
    received = import_files(db, [HTML_ONLY])
    assert get_activity(db, received.activity_ids[0]).direction == "in"


def _copy(source: Path, folder: Path, message_id: str) -> Path:
    """``source`` with another Message-ID header."""
    lines = source.read_bytes().split(b"\n")
    lines = [line for line in lines if not line.lower().startswith(b"message-id:")]
    target = folder / f"copy-{source.name}"
    target.write_bytes(message_id.encode() + b"\r\n" + b"\n".join(lines))
    return target


def test_last_contact_follows_the_imported_messages(db: Database) -> None:
    john = _contact(db, "John Doe", "jdoe@machine.example")
    import_files(db, [REPLY])
    [row] = contact_rows(db, [john])
    assert row.last_contact == datetime(1997, 11, 21, 17, 0, tzinfo=UTC)
    assert [item.kind for item in timeline(db, contact_id=john)] == ["email"]


def test_a_message_without_date_or_message_id_is_dated_by_the_import_and_not_doubled(
    db: Database,
) -> None:
    before = datetime.now(UTC)
    summary = import_files(db, [NO_DATE])
    email = get_activity(db, summary.activity_ids[0])
    assert email.completed_at is not None and email.completed_at >= before.replace(microsecond=0)
    assert [p.message for p in summary.problems if "date" in p.message] == [
        "no date: dated by the import"
    ]
    assert import_files(db, [NO_DATE]).skipped == 1


def test_an_outlook_msg_is_read_with_its_sender_body_and_attachments(db: Database) -> None:
    set_own_addresses(db, ["mlemos@acm.org"])
    manuel = _contact(db, "Manuel Lemos", "mlemos@linux.local")
    summary = import_files(db, [OUTLOOK])
    email = get_activity(db, summary.activity_ids[0])
    assert email.direction == "out"
    assert email.contact_ids == (manuel,)
    assert email.completed_at == datetime(2005, 4, 30, 22, 28, 29, tzinfo=UTC)
    assert "Hello Manuel," in email.details
    files = activity_files(db, [email.id])[email.id]
    assert sorted(f.file_name for f in files) == ["attachment.txt", "background.gif", "logo.gif"]
    text = next(f for f in files if f.file_name == "attachment.txt")
    assert file_content(db, text.id) == (
        "attachment.txt",
        b"This is just a plain text attachment file named attachment.txt .",
    )
    assert import_files(db, [OUTLOOK]).skipped == 1


def test_an_outlook_contact_is_refused_as_no_message(db: Database) -> None:
    with pytest.raises(NoRecordsError) as refused:
        import_files(db, [OUTLOOK_CONTACT])
    assert refused.value.kind is NoRecordsKind.NOT_A_MESSAGE
    assert "is an Outlook contact, not an e-mail" in str(refused.value)


def test_a_msg_without_the_optional_reader_is_refused_saying_how_to_add_it(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """extract-msg is GPL-3.0, an extra of its own: without it a .msg is refused by name with
    the way to read it, and nothing is written (the .eml beside it neither: one transaction)."""
    import sys

    monkeypatch.setitem(sys.modules, "extract_msg", None)  # as if not installed
    with pytest.raises(NoRecordsError) as refused:
        import_files(db, [OUTLOOK])
    assert refused.value.kind is NoRecordsKind.MSG_READER_MISSING
    assert "pip install 'crm-desktop[msg]'" in str(refused.value)
    assert OUTLOOK.name in str(refused.value)
    assert get_activities(db, [1]) == []
    monkeypatch.undo()  # the reader installed again: the same file goes in
    assert import_files(db, [OUTLOOK]).imported == 1


def test_an_unquoted_from_line_in_a_body_does_not_split_the_mailbox(db: Database) -> None:
    summary = import_files(db, [MBOX])
    assert summary.imported == 1
    email = get_activity(db, summary.activity_ids[0])
    assert email.details == "Hello\n\nFrom time to time"
    assert email.completed_at == datetime(2022, 8, 7, 11, 40, 37, tzinfo=UTC)


def test_a_mailbox_written_by_pythons_mailbox_module_is_read_message_by_message(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "sent.mbox"
    box = mailbox.mbox(path)
    for source in (REPLY, HTML_ONLY, NESTED):
        box.add(source.read_bytes())
    quoted = EmailMessage()
    quoted["From"] = "Eleni <eleni@aegean.example>"
    quoted["To"] = "John Doe <jdoe@machine.example>"
    quoted["Message-ID"] = "<quoted@aegean.example>"
    quoted["Date"] = "Mon, 30 Nov 2026 10:00:00 +0200"
    quoted["Subject"] = "Greek olive oil"
    quoted.set_content("Dear John,\nFrom now on we ship weekly.\n")
    box.add(quoted)
    box.close()
    eleni = _contact(db, "Eleni", "eleni@aegean.example")
    summary = import_files(db, [path])
    assert summary.imported == 4
    [last] = [
        get_activity(db, a)
        for a in summary.activity_ids
        if eleni in get_activity(db, a).contact_ids
    ]
    # mailbox quotes the body's From line as ">From"; it comes back as written.
    assert last.details == "Dear John,\nFrom now on we ship weekly."


def test_people_of_emails_added_as_contacts_are_linked_to_those_emails(db: Database) -> None:
    summary = import_files(db, [REPLY])
    assert summary.unknown_people == (
        UnknownPerson("John Doe", "jdoe@machine.example"),
        UnknownPerson("Mary Smith: Personal Account", "smith@home.example"),
    )
    changes = add_mail_contacts(db, summary.unknown_people[1:])
    [mary] = changes.contacts_added
    assert get_activity(db, summary.activity_ids[0]).contact_ids == (mary,)
    [row] = contact_rows(db, [mary])
    assert row.name == "Mary Smith: Personal Account"
    assert row.email == "smith@home.example"
    assert row.last_contact == datetime(1997, 11, 21, 17, 0, tzinfo=UTC)


def test_a_dry_run_keeps_no_message_and_no_file(db: Database) -> None:
    summary = import_files(db, [NESTED], dry_run=True)
    assert summary.imported == 1
    assert import_files(db, [NESTED]).imported == 1  # nothing was kept by the dry run


def test_a_contact_card_in_the_same_import_is_linked(db: Database, tmp_path: Path) -> None:
    card = tmp_path / "john.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Doe\r\nEMAIL:JDOE@machine.example\r\nEND:VCARD\r\n"
    )
    summary = import_files(db, [card, shutil.copy(REPLY, tmp_path / "reply.eml")])
    [john] = summary.contact_ids
    [activity_id] = summary.activity_ids
    assert get_activity(db, activity_id).contact_ids == (john,)


def test_contacts_keep_following_their_history_after_an_email_import(db: Database) -> None:
    from crm_desktop.records.activities import ActivityDraft
    from crm_desktop.services.activities import create_activity

    john = _contact(db, "John Doe", "jdoe@machine.example")
    import_files(db, [REPLY])
    later = datetime(2026, 11, 30, 9, tzinfo=UTC)
    create_activity(
        db,
        ActivityDraft("call", "Follow-up", status="done", completed_at=later, contact_ids=(john,)),
    )
    [row] = contact_rows(db, [john])
    assert row.last_contact == later


def test_an_emails_files_go_through_backup_and_restore(db: Database, tmp_path: Path) -> None:
    from crm_desktop.services.backups import backup_now, restore_backup

    [activity_id] = import_files(db, [NESTED]).activity_ids
    backup = backup_now(db, tmp_path / "before.sqlite3")
    assert backup.path.stat().st_mode & 0o777 == 0o600
    import_files(db, [OUTLOOK])
    restored = restore_backup(db, backup.path).database
    try:
        files = activity_files(restored, [activity_id])[activity_id]
        pdf = next(f for f in files if f.file_name == "test.pdf")
        assert file_content(restored, pdf.id) == ("test.pdf", b"blah blah blah")
        assert import_files(restored, [OUTLOOK]).imported == 1  # not in the backup
    finally:
        restored.close()


def test_an_emails_files_go_to_the_trash_with_it_and_are_gone_when_it_is_emptied(
    db: Database,
) -> None:
    from crm_desktop.services.activities import restore_activities, trash_activities
    from crm_desktop.services.trash import empty_trash

    john = _contact(db, "Foo", "foo@example.com")
    [activity_id] = import_files(db, [NESTED]).activity_ids
    [pdf] = [
        f for f in activity_files(db, [activity_id])[activity_id] if f.media_type.endswith("pdf")
    ]
    trash_activities(db, [activity_id])
    assert timeline(db, contact_id=john) == []
    restore_activities(db, [activity_id])
    [item] = timeline(db, contact_id=john)
    assert [f.file_name for f in item.files] == ["smime.p7s", "test.pdf", "test.rb"]
    trash_activities(db, [activity_id])
    empty_trash(db)
    assert file_content(db, pdf.id) is None
    assert activity_files(db, [activity_id]) == {}


def test_a_kept_file_is_written_out_privately_for_the_viewer(db: Database) -> None:
    from crm_desktop.services.files import file_to_open

    [activity_id] = import_files(db, [DATA / "mail-attachment-raw-utf8-file-name.eml"]).activity_ids
    [kept] = activity_files(db, [activity_id])[activity_id]
    path = file_to_open(db, kept.id)
    assert path is not None and path.name == "ciële.txt"
    assert path.read_bytes() == b"Hi there.\r\n"
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    shutil.rmtree(path.parent)
