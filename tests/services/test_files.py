"""Files on records: attached in one transaction, kept once per content inside the
database, listed, written out, removed to the Trash and back, and through backup, restore
and the Trash with their records."""

from __future__ import annotations

import os
import sqlite3
import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.errors import FileAccessError, FileTooLargeError, NotFoundError
from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.attachments import MAX_ATTACHMENT_BYTES, FileOwner, OwnerKind
from crm_desktop.records.contacts import TrashCounts, TrashKind
from crm_desktop.records.drafts import AccountDraft, ContactDraft
from crm_desktop.records.sales import DealDraft
from crm_desktop.services.account_edits import create_account
from crm_desktop.services.activities import create_activity
from crm_desktop.services.backups import backup_now, restore_backup
from crm_desktop.services.contact_edits import restore_contacts, trash_contacts
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deals import create_deal
from crm_desktop.services.files import (
    attach_files,
    file_content,
    file_to_open,
    record_files,
    restore_files,
    save_file,
    trash_files,
)
from crm_desktop.services.importing import import_files
from crm_desktop.services.trash import empty_trash, trash_counts, trash_items

DATA = Path(__file__).resolve().parent.parent / "data"


def _contact(db: Database) -> FileOwner:
    [contact_id] = add_contacts(db, [ContactDraft(given_name="Eleni", family_name="Papa")])
    return FileOwner(OwnerKind.CONTACT, contact_id)


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _contents(db: Database) -> int:
    with sqlite3.connect(db.path) as connection:
        return int(connection.execute("SELECT count(*) FROM attachment_contents").fetchone()[0])


def test_files_attached_to_a_contact_are_listed_newest_first_with_their_bytes(
    db: Database, tmp_path: Path
) -> None:
    owner = _contact(db)
    offer = _file(tmp_path, "offer.pdf", b"%PDF-1.4 offer")
    notes = _file(tmp_path, "Σημειώσεις.txt", "γεια σας".encode())
    added = attach_files(db, owner, [offer, notes])
    assert [f.file_name for f in added] == ["offer.pdf", "Σημειώσεις.txt"]
    assert added[0].media_type == "application/pdf"
    assert added[0].size == len(b"%PDF-1.4 offer")
    listed = record_files(db, owner)
    assert {f.file_name for f in listed} == {"offer.pdf", "Σημειώσεις.txt"}
    assert listed[0].id == added[1].id  # the newest first
    assert file_content(db, added[1].id) == ("Σημειώσεις.txt", "γεια σας".encode())


def test_the_same_content_is_stored_once_whoever_keeps_it(db: Database, tmp_path: Path) -> None:
    owner = _contact(db)
    account = FileOwner(OwnerKind.ACCOUNT, create_account(db, AccountDraft("Aegean Foods")))
    attach_files(db, owner, [_file(tmp_path, "a.txt", b"same")])
    attach_files(db, account, [_file(tmp_path, "b.txt", b"same")])
    assert _contents(db) == 1
    assert [f.file_name for f in record_files(db, account)] == ["b.txt"]


@pytest.mark.parametrize("kind", [OwnerKind.ACCOUNT, OwnerKind.DEAL, OwnerKind.ACTIVITY])
def test_a_file_can_be_kept_on_an_account_a_deal_or_an_activity(
    db: Database, tmp_path: Path, kind: OwnerKind
) -> None:
    account_id = create_account(db, AccountDraft("Aegean Foods"))
    record_id = {
        OwnerKind.ACCOUNT: lambda: account_id,
        OwnerKind.DEAL: lambda: create_deal(db, DealDraft("Olive oil", account_id, Decimal(1))).id,
        OwnerKind.ACTIVITY: lambda: create_activity(db, ActivityDraft("call", "Call")).id,
    }[kind]()
    owner = FileOwner(kind, record_id)
    [added] = attach_files(db, owner, [_file(tmp_path, "terms.txt", b"terms")])
    assert added.owner == owner
    assert [f.id for f in record_files(db, owner)] == [added.id]


def test_a_file_over_the_limit_refuses_the_whole_attach_naming_the_file(
    db: Database, tmp_path: Path
) -> None:
    owner = _contact(db)
    small = _file(tmp_path, "small.txt", b"x" * 10)
    large = _file(tmp_path, "large.bin", b"x" * 11)
    with pytest.raises(FileTooLargeError) as raised:
        attach_files(db, owner, [small, large], limit=10)
    assert raised.value.path == large
    assert "large.bin" in str(raised.value) and "nothing was attached" in str(raised.value)
    assert record_files(db, owner) == ()
    assert _contents(db) == 0


def test_the_limit_is_100_mb_and_a_sparse_file_past_it_is_refused_unread(
    db: Database, tmp_path: Path
) -> None:
    assert MAX_ATTACHMENT_BYTES == 100 * 1024 * 1024
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as out:
        out.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: no 100 MB written
    with pytest.raises(FileTooLargeError, match=r"video\.mp4: the file is larger than 100 MB"):
        attach_files(db, _contact(db), [huge])


@pytest.mark.parametrize("problem", ["missing", "folder", "unreadable"])
def test_a_file_that_cannot_be_read_is_one_clear_error_and_nothing_is_attached(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, problem: str
) -> None:
    owner = _contact(db)
    good = _file(tmp_path, "good.txt", b"fine")
    bad = tmp_path / "bad.txt"
    if problem == "folder":
        bad.mkdir()
    elif problem == "unreadable":
        bad.write_bytes(b"secret")
        real_open = Path.open

        def refusing(self: Path, *args: object, **kwargs: object) -> object:
            if self == bad:  # fault injection: the tests run as root, where 0o000 reads
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refusing)
    with pytest.raises(FileAccessError) as raised:
        attach_files(db, owner, [good, bad])
    assert raised.value.path == bad
    assert str(raised.value).startswith(f"{bad}: ")
    assert record_files(db, owner) == ()


def test_attaching_to_a_record_in_the_trash_or_none_is_refused(
    db: Database, tmp_path: Path
) -> None:
    owner = _contact(db)
    trash_contacts(db, [owner.id])
    with pytest.raises(NotFoundError):
        attach_files(db, owner, [_file(tmp_path, "a.txt", b"a")])
    with pytest.raises(NotFoundError):
        attach_files(db, FileOwner(OwnerKind.DEAL, 999), [_file(tmp_path, "a.txt", b"a")])
    assert _contents(db) == 0


def test_a_large_file_goes_in_and_out_in_pieces_in_bounded_memory(
    db: Database, tmp_path: Path
) -> None:
    size = 24 << 20
    big = tmp_path / "big.bin"
    with big.open("wb") as out:
        out.truncate(size)
        out.seek(size // 2)
        out.write(b"middle")
    tracemalloc.start()
    try:
        [added] = attach_files(db, _contact(db), [big])
        saved = save_file(db, added.id, tmp_path / "out.bin")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20  # a few 1 MB pieces, never the 24 MB file
    assert saved.stat().st_size == size
    with saved.open("rb") as copy:
        copy.seek(size // 2)
        assert copy.read(6) == b"middle"


def test_save_as_writes_the_bytes_privately_and_replaces_a_file_there(
    db: Database, tmp_path: Path
) -> None:
    [added] = attach_files(db, _contact(db), [_file(tmp_path, "a.txt", b"kept bytes")])
    target = _file(tmp_path, "existing.txt", b"old")
    save_file(db, added.id, target)
    assert target.read_bytes() == b"kept bytes"
    assert target.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".crm-file-*"))  # no temporary file left beside it
    with pytest.raises(FileAccessError):
        save_file(db, added.id, tmp_path / "no-such-folder" / "x.txt")
    with pytest.raises(NotFoundError):
        save_file(db, 999, tmp_path / "y.txt")


def test_a_file_opened_is_a_private_copy_in_a_private_folder(db: Database, tmp_path: Path) -> None:
    [added] = attach_files(db, _contact(db), [_file(tmp_path, "plan.txt", b"plan")])
    opened = file_to_open(db, added.id)
    try:
        assert opened.name == "plan.txt" and opened.read_bytes() == b"plan"
        assert opened.stat().st_mode & 0o777 == 0o600
        assert opened.parent.stat().st_mode & 0o777 == 0o700
    finally:
        opened.unlink()
        opened.parent.rmdir()


def test_a_removed_file_is_in_the_trash_and_comes_back(db: Database, tmp_path: Path) -> None:
    owner = _contact(db)
    [added] = attach_files(db, owner, [_file(tmp_path, "a.txt", b"a")])
    assert [f.id for f in trash_files(db, [added.id])] == [added.id]
    assert record_files(db, owner) == ()
    assert trash_counts(db) == TrashCounts(files=1)
    [item] = trash_items(db, TrashKind.FILE)
    assert (item.id, item.title) == (added.id, "a.txt")
    changes = restore_files(db, [added.id])
    assert changes.contacts_changed == (owner.id,)
    assert [f.id for f in record_files(db, owner)] == [added.id]
    assert trash_counts(db) == TrashCounts()


def test_emptying_the_trash_deletes_a_removed_files_bytes_unless_kept_elsewhere(
    db: Database, tmp_path: Path
) -> None:
    owner = _contact(db)
    [gone, kept] = attach_files(
        db, owner, [_file(tmp_path, "a.txt", b"only here"), _file(tmp_path, "b.txt", b"b")]
    )
    [twin] = attach_files(db, owner, [_file(tmp_path, "c.txt", b"b")])
    trash_files(db, [gone.id, twin.id])
    assert empty_trash(db).deleted == TrashCounts(files=2)
    assert [f.id for f in record_files(db, owner)] == [kept.id]
    assert _contents(db) == 1
    assert file_content(db, kept.id) == ("b.txt", b"b")


def test_files_go_to_the_trash_with_their_record_and_come_back_with_it(
    db: Database, tmp_path: Path
) -> None:
    owner = _contact(db)
    [added] = attach_files(db, owner, [_file(tmp_path, "a.txt", b"a")])
    trash_contacts(db, [owner.id])
    assert trash_counts(db) == TrashCounts(contacts=1)  # the file is not listed on its own
    restore_contacts(db, [owner.id])
    assert [f.id for f in record_files(db, owner)] == [added.id]
    trash_contacts(db, [owner.id])
    empty_trash(db)
    assert file_content(db, added.id) is None
    assert _contents(db) == 0


def test_files_go_through_backup_and_restore_byte_for_byte(db: Database, tmp_path: Path) -> None:
    owner = _contact(db)
    content = os.urandom(300_000)
    [added] = attach_files(db, owner, [_file(tmp_path, "scan.png", content)])
    backup = backup_now(db, tmp_path / "before.sqlite3")
    trash_files(db, [added.id])
    empty_trash(db)
    assert file_content(db, added.id) is None
    restored = restore_backup(db, backup.path).database
    try:
        assert [f.id for f in record_files(restored, owner)] == [added.id]
        saved = save_file(restored, added.id, tmp_path / "scan-restored.png")
        assert saved.read_bytes() == content
    finally:
        restored.close()


def test_an_emails_attachments_are_files_on_its_activity(db: Database) -> None:
    [activity_id] = import_files(
        db, [DATA / "mail-nested-multipart-three-attachments.eml"]
    ).activity_ids
    owner = FileOwner(OwnerKind.ACTIVITY, activity_id)
    assert sorted(f.file_name for f in record_files(db, owner)) == [
        "smime.p7s",
        "test.pdf",
        "test.rb",
    ]


def test_a_merge_gives_the_merged_contacts_files_to_the_kept_one_and_undo_takes_them_back(
    db: Database, tmp_path: Path
) -> None:
    from crm_desktop.services.duplicates import merge_contacts, unmerge_contacts

    keep, other = add_contacts(db, [ContactDraft("Ana Puig"), ContactDraft("Ana Puig")])
    [added] = attach_files(
        db, FileOwner(OwnerKind.CONTACT, other), [_file(tmp_path, "a.txt", b"a")]
    )
    merged = merge_contacts(db, keep, [other])
    assert [f.id for f in record_files(db, FileOwner(OwnerKind.CONTACT, keep))] == [added.id]
    unmerge_contacts(db, merged.undo)
    assert record_files(db, FileOwner(OwnerKind.CONTACT, keep)) == ()
    assert [f.id for f in record_files(db, FileOwner(OwnerKind.CONTACT, other))] == [added.id]


def test_a_merge_of_accounts_moves_their_files_and_undo_moves_them_back(
    db: Database, tmp_path: Path
) -> None:
    from crm_desktop.services.account_merge import merge_accounts, unmerge_accounts

    keep = create_account(db, AccountDraft("Aegean Foods"))
    other = create_account(db, AccountDraft("Aegean Foods S.A."))
    [added] = attach_files(
        db, FileOwner(OwnerKind.ACCOUNT, other), [_file(tmp_path, "a.txt", b"a")]
    )
    merged = merge_accounts(db, keep, [other])
    assert [f.id for f in record_files(db, FileOwner(OwnerKind.ACCOUNT, keep))] == [added.id]
    unmerge_accounts(db, merged.undo)
    assert [f.id for f in record_files(db, FileOwner(OwnerKind.ACCOUNT, other))] == [added.id]


def test_a_contacts_files_are_lines_of_its_timeline_and_of_no_other_kind(
    db: Database, tmp_path: Path
) -> None:
    from crm_desktop.services.notes import add_note, timeline

    owner = _contact(db)
    add_note(db, "Prefers e-mail", owner.id, None)
    [added] = attach_files(db, owner, [_file(tmp_path, "offer.pdf", b"offer")])
    items = timeline(db, contact_id=owner.id)
    assert sorted(item.kind for item in items) == ["file", "note"]
    [line] = timeline(db, contact_id=owner.id, kinds=frozenset({"file"}))
    assert (line.activity, line.note, line.files) == (None, None, (added,))
    assert timeline(db, contact_id=owner.id, kinds=frozenset({"note"}))[0].kind == "note"
    trash_files(db, [added.id])
    assert [item.kind for item in timeline(db, contact_id=owner.id)] == ["note"]
