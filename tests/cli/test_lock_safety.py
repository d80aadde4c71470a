"""The lock file and the backups folder cannot be turned against the user: a link (or hard
link) another user plants at the lock's name is refused, never followed and never emptied;
a folder another user owns or can write to is refused for the lock and for backups. One
line, status 1, and the database, the link's target and the folder as they were."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.errors import DatabaseError, DatabaseProblem
from crm_desktop.services.database import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links, owners and modes of POSIX")
as_root = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="only root can give a file to another user"
)
OTHER_USER = 4242  # a uid (and gid) no one on the test machine has
CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n"
WRITES = [["import", "{card}"], ["backup"], ["log", "1", "--kind", "task", "--subject", "Call"]]


def _run(argv: list[str], db: Path, card: Path) -> int:
    args = [part.format(card=card) for part in argv]
    return run_command(build_parser().parse_args([*args, "--db", str(db)]), io.StringIO())


def _database(tmp_path: Path) -> tuple[Path, Path]:
    """A database holding one contact, in a folder of its own; the card to import again."""
    card = tmp_path / "card.vcf"
    card.write_text(CARD, encoding="utf-8")
    folder = tmp_path / "crm"
    folder.mkdir(mode=0o700)
    path = folder / "crm.sqlite3"
    assert _run(["import", "{card}"], path, card) == 0
    return path, card


def _files(folder: Path) -> dict[str, bytes | str]:
    """Every name in ``folder``: a file's bytes, a link's target."""
    return {
        entry.name: str(entry.readlink()) if entry.is_symlink() else entry.read_bytes()
        for entry in folder.iterdir()
        if entry.is_symlink() or entry.is_file()
    }


def _one_line(capsys: pytest.CaptureFixture[str], path: Path, reason: str) -> None:
    error = capsys.readouterr().err
    assert error == (
        f"crm-desktop: {path}: refused: other users could change its files ({reason})\n"
    )


@pytest.mark.parametrize("command", WRITES, ids=lambda argv: argv[0])
def test_a_link_planted_at_the_lock_file_is_refused_and_its_target_left_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path, card = _database(tmp_path)
    lock = path.with_name("crm.sqlite3.lock")
    victim = tmp_path / "thesis.txt"  # what another user wants us to empty
    victim.write_text("four years of work", encoding="utf-8")
    victim.chmod(0o644)
    lock.unlink()
    lock.symlink_to(victim)
    before = _files(path.parent)
    capsys.readouterr()
    assert _run(command, path, card) == 1
    _one_line(capsys, path, f"its lock file {lock} is a symbolic link; nothing was changed")
    assert victim.read_text(encoding="utf-8") == "four years of work"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert _files(path.parent) == before  # the database, its WAL, the link: as they were


def test_a_dangling_link_at_the_lock_file_creates_nothing_where_it_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, card = _database(tmp_path)
    lock = path.with_name("crm.sqlite3.lock")
    target = tmp_path / "elsewhere" / "planted"
    target.parent.mkdir()
    lock.unlink()
    lock.symlink_to(target)
    assert _run(["import", "{card}"], path, card) == 1
    assert not target.exists()
    assert "is a symbolic link" in capsys.readouterr().err


def test_a_hard_link_at_the_lock_file_is_refused_and_the_other_file_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, card = _database(tmp_path)
    lock = path.with_name("crm.sqlite3.lock")
    other = path.parent / "keys.txt"
    other.write_text("ssh-ed25519 AAAA", encoding="utf-8")
    lock.unlink()
    os.link(other, lock)
    capsys.readouterr()
    assert _run(["import", "{card}"], path, card) == 1
    _one_line(
        capsys, path, f"its lock file {lock} is a hard link to another file; nothing was changed"
    )
    assert other.read_text(encoding="utf-8") == "ssh-ed25519 AAAA"


@pytest.mark.parametrize(
    ("mode", "refused"),
    [(0o777, True), (0o1777, False), (0o755, False), (0o700, False)],
    ids=["writable by all", "writable by all, sticky (like /tmp)", "0755", "0700"],
)
def test_a_database_folder_others_can_write_to_is_refused_unless_sticky(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: int, refused: bool
) -> None:
    card = tmp_path / "card.vcf"
    card.write_text(CARD, encoding="utf-8")
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(mode)
    path = folder / "crm.sqlite3"
    status = _run(["import", "{card}"], path, card)
    if refused:
        assert status == 1
        _one_line(
            capsys,
            path,
            f"other users can write to the folder {folder}; nothing was changed",
        )
        assert list(folder.iterdir()) == []  # no database, no lock file
        with pytest.raises(DatabaseError) as raised:
            open_database(path, "en")
        assert raised.value.problem is DatabaseProblem.UNSAFE
    else:
        assert status == 0
        assert path.is_file()
    assert stat.S_IMODE(folder.stat().st_mode) == mode  # a folder the user chose: not changed


def test_a_backups_folder_that_is_a_link_to_a_folder_others_can_write_to_gets_no_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, card = _database(tmp_path)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    backups = path.with_name("backups")
    assert not backups.exists()  # (the first import had nothing to back up)
    backups.symlink_to(shared)
    capsys.readouterr()
    refusal = (
        f"{backups}: refused: other users could change its files (other users can write to "
        f"the folder {backups}; no backup was written)"
    )
    assert _run(["backup"], path, card) == 1
    # The daily backup, taken as the database opens, is refused first (a warning).
    assert capsys.readouterr().err == (
        f"crm-desktop: warning: no daily backup: {refusal}\ncrm-desktop: {refusal}\n"
    )
    assert _run(["import", "{card}"], path, card) == 1  # no import without its backup
    assert capsys.readouterr().err.endswith(f"crm-desktop: {refusal}\n")
    assert list(shared.iterdir()) == []


@as_root
def test_a_database_folder_of_another_user_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, card = _database(tmp_path)
    os.chown(path.parent, OTHER_USER, OTHER_USER)
    before = _files(path.parent)
    capsys.readouterr()
    assert _run(["import", "{card}"], path, card) == 1
    _one_line(
        capsys, path, f"the folder {path.parent} belongs to another user; nothing was changed"
    )
    assert _files(path.parent) == before


@as_root
def test_a_folder_its_group_can_write_to_is_refused_when_the_group_is_not_the_users_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, card = _database(tmp_path)
    path.parent.chmod(0o770)
    os.chown(path.parent, -1, OTHER_USER)
    capsys.readouterr()
    assert _run(["import", "{card}"], path, card) == 1
    _one_line(
        capsys,
        path,
        f"other users (its group) can write to the folder {path.parent}; nothing was changed",
    )


@as_root
def test_a_lock_file_of_another_user_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, card = _database(tmp_path)
    lock = path.with_name("crm.sqlite3.lock")
    lock.write_text("4242@elsewhere", encoding="utf-8")
    os.chown(lock, OTHER_USER, OTHER_USER)
    capsys.readouterr()
    assert _run(["import", "{card}"], path, card) == 1
    _one_line(capsys, path, f"its lock file {lock} belongs to another user; nothing was changed")
    assert lock.read_text(encoding="utf-8") == "4242@elsewhere"


@as_root
def test_a_backups_folder_of_another_user_gets_no_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, card = _database(tmp_path)
    assert _run(["backup"], path, card) == 0
    backups = path.with_name("backups")
    os.chown(backups, OTHER_USER, OTHER_USER)
    before = _files(backups)
    capsys.readouterr()
    assert _run(["backup"], path, card) == 1
    assert f"the folder {backups} belongs to another user; no backup was written" in (
        capsys.readouterr().err
    )
    assert _files(backups) == before
