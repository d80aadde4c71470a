"""``crm-desktop sync``: accounts, a sync's JSON summary, and the password's ways in."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from crm_desktop.services.database import open_database
from tests.cli.conftest import Cli
from tests.cli.conftest import cli as cli
from tests.sync.radicale_server import PASSWORD, USER, Radicale
from tests.sync.test_carddav_sync import put_plain


class MemoryKeyring(KeyringBackend):
    """A keyring of the test's own (the desktop's is not there in CI)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def test_add_list_and_sync_with_the_password_from_the_environment(
    cli: Cli, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "crm.db")
    open_database(Path(db)).close()
    assert cli("contact", "add", "--db", db, "--given", "Ann", "--family", "Smith").status == 0
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")

    added = cli("sync", "add", "home", "--db", db, "--url", radicale.url, "--username", USER,
                "--password-file", str(secret))  # fmt: skip
    assert added.status == 0, added.err
    assert "no keyring" in added.err  # said, not hidden: the variable must give it
    [listed] = cli("sync", "list", "--db", db, "--json").json()
    assert listed["name"] == "home" and listed["address_book"].startswith(radicale.url)
    assert listed["last_sync"] is None

    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", PASSWORD)
    summary = cli("sync", "--db", db, "--json").json()
    assert summary["contacts"] == {"uploaded": 1, "downloaded": 0, "updated": 0, "deleted": 0,
                                   "conflicts": 0}  # fmt: skip
    assert set(summary["activities"]) == {"uploaded", "downloaded", "updated", "deleted",
                                          "conflicts"}  # fmt: skip
    [listed] = cli("sync", "list", "--db", db, "--json").json()
    assert listed["last_sync"] and "1 up" in listed["last_summary"]

    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", "wrong")
    refused = cli("sync", "home", "--db", db)
    assert refused.status == 1 and "401" in refused.error
    assert cli("contacts", "--db", db).out.count("Smith") == 1


def test_the_keyring_keeps_the_password(
    cli: Cli, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        db = str(tmp_path / "crm.db")
        monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", PASSWORD)
        added = cli("sync", "add", "home", "--db", db, "--url", radicale.url, "--username", USER)
        assert added.status == 0 and added.err == ""
        assert list(memory.kept.values()) == [PASSWORD]
        assert PASSWORD.encode() not in Path(db).read_bytes()  # never in our database
        monkeypatch.delenv("CRM_DESKTOP_SYNC_PASSWORD")
        assert cli("sync", "home", "--db", db).status == 0
        assert cli("sync", "remove", "home", "--db", db).status == 0
        assert memory.kept == {}
    finally:
        keyring.set_keyring(previous)


def test_no_keyring_and_no_variable_is_one_clear_line(
    cli: Cli, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "crm.db")
    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", PASSWORD)
    assert cli("sync", "add", "home", "--db", db, "--url", radicale.url, "--username", USER
               ).status == 0  # fmt: skip
    monkeypatch.delenv("CRM_DESKTOP_SYNC_PASSWORD")
    ran = cli("sync", "home", "--db", db)
    assert ran.status == 1
    assert "CRM_DESKTOP_SYNC_PASSWORD" in ran.error


def test_plain_http_to_another_machine_is_refused(cli: Cli, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", PASSWORD)
    ran = cli("sync", "add", "far", "--db", str(tmp_path / "crm.db"), "--url",
              "http://example.com/dav/", "--username", USER)  # fmt: skip
    assert ran.status == 1 and "use https" in ran.error


@pytest.mark.parametrize(("region", "people"), [("GR", 1), ("gr", 1), ("US", 2), (None, 2)])
def test_sync_reads_a_national_number_coming_down_in_the_region_given(
    cli: Cli, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    region: str | None, people: int,
) -> None:  # fmt: skip
    """--region as the window's Preferences region: a Greek national number on the server is
    the same phone as the international one here only when the region is Greece (without it:
    the locale's country, here the United States)."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    monkeypatch.setenv("CRM_DESKTOP_SYNC_PASSWORD", PASSWORD)
    db = str(tmp_path / "crm.db")
    open_database(Path(db)).close()
    assert cli("contact", "add", "--db", db, "--given", "Νίκος", "--family", "Παπαδόπουλος",
               "--phone", "+30 210 1234567").status == 0  # fmt: skip
    assert cli("sync", "add", "home", "--db", db, "--url", radicale.url, "--username", USER
               ).status == 0  # fmt: skip
    [account] = cli("sync", "list", "--db", db, "--json").json()
    put_plain(radicale, account["address_book"] + "nikos.vcf",
              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nikos-phone\r\nFN:Νίκος Παπαδόπουλος\r\n"
              "N:Παπαδόπουλος;Νίκος;;;\r\nTEL:210 1234567\r\nTITLE:Buyer\r\nEND:VCARD\r\n")  # fmt: skip
    chosen = ("--region", region) if region else ()
    summary = cli("sync", "home", "--db", db, *chosen, "--json").json()
    assert summary["contacts"]["downloaded"] + summary["contacts"]["updated"] == 1
    found = cli("contacts", "--db", db, "--json").json()
    assert len(found) == people
    assert (cli("show", "1", "--db", db, "--json").json()["title"] == "Buyer") is (people == 1)
