"""``crm-desktop import --region CC``: national phone numbers in the files read as that
country's, as the window's Preferences region reads them (without it: the locale's); a code
that is not a country's is a usage error that writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.services.database import open_database
from tests.cli.conftest import Cli
from tests.cli.conftest import cli as cli

ELENI = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Papadopoulou;Eleni;;;\r\nFN:Eleni Papadopoulou\r\n"
    "TEL;TYPE=WORK:210 555 0101\r\nTITLE:Buyer\r\nEND:VCARD\r\n"
)
ELENI_CSV = (
    "First Name,Last Name,Business Phone,Job Title\r\nEleni,Papadopoulou,210 555 0101,Buyer\r\n"
)


@pytest.fixture(autouse=True)
def _american_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A locale of a country other than Greece: only --region makes the number Greek."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")


def _database_with_eleni(cli: Cli, tmp_path: Path) -> str:
    """A database holding Eleni with her number written internationally."""
    db = str(tmp_path / "crm.sqlite3")
    open_database(Path(db)).close()
    added = cli("contact", "add", "--db", db, "--given", "Eleni", "--family", "Papadopoulou",
                "--phone", "+30 210 555 0101")  # fmt: skip
    assert added.status == 0, added.err
    return db


def _file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / ("eleni.vcf" if kind == "vcard" else "eleni.csv")
    path.write_text(ELENI if kind == "vcard" else ELENI_CSV, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["vcard", "csv"])
@pytest.mark.parametrize(
    ("region", "merged"), [("GR", True), ("gr", True), ("US", False), (None, False)]
)
def test_a_national_number_is_read_in_the_region_given(
    cli: Cli, tmp_path: Path, kind: str, region: str | None, merged: bool
) -> None:
    db = _database_with_eleni(cli, tmp_path)
    chosen = ("--region", region) if region else ()
    summary = cli("import", str(_file(tmp_path, kind)), "--db", db, *chosen, "--json").json()
    assert (summary["merged"], summary["imported"]) == ((1, 0) if merged else (0, 1))
    if merged:
        [match] = summary["merges"]
        assert match["contact_id"] == 1 and "phone" in match["reasons"]
    assert len(cli("contacts", "--db", db, "--json").json()) == (1 if merged else 2)
    shown = cli("show", "1", "--db", db, "--json").json()
    assert (shown["title"] == "Buyer") is merged  # the card's title went into her contact


@pytest.mark.parametrize(("region", "merged"), [("GR", 1), ("US", 0)])
def test_the_dry_run_reads_them_in_the_region_given_and_writes_nothing(
    cli: Cli, tmp_path: Path, region: str, merged: int
) -> None:
    db = _database_with_eleni(cli, tmp_path)
    before = Path(db).read_bytes()
    preview = cli("import", "--dry-run", str(_file(tmp_path, "vcard")), "--db", db,
                  "--region", region, "--json").json()  # fmt: skip
    assert (preview["dry_run"], preview["merged"], preview["imported"]) == (
        True, merged, 1 - merged,
    )  # fmt: skip
    assert len(cli("contacts", "--db", db, "--json").json()) == 1
    assert Path(db).read_bytes() == before


def test_without_region_the_locales_country_is_taken(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "el_GR.UTF-8")
    card = str(_file(tmp_path, "vcard"))
    for given, merged in (((), 1), (("--region", "US"), 0)):  # --region wins over the locale
        folder = tmp_path / str(merged)
        folder.mkdir()
        db = _database_with_eleni(cli, folder)
        summary = cli("import", card, "--db", db, *given, "--json").json()
        assert (summary["merged"], summary["imported"]) == (merged, 1 - merged)


@pytest.mark.parametrize("code", ["XX", "GRC", "G", "1a", "", "ΕΛ", "001"])
@pytest.mark.parametrize("command", ["import", "import --dry-run", "sync"])
def test_a_wrong_region_is_a_usage_error_that_writes_nothing(
    cli: Cli, tmp_path: Path, code: str, command: str
) -> None:
    new = tmp_path / "new.sqlite3"
    db = _database_with_eleni(cli, tmp_path)
    before = Path(db).read_bytes()
    files = [str(_file(tmp_path, "vcard"))] if command.startswith("import") else []
    for path in (str(new), db):
        ran = cli(*command.split(), *files, "--db", path, "--region", code)
        assert ran.status == 2
        assert ran.error == (
            f"crm-desktop {command.split()[0]}: error: argument --region: unknown country "
            f"code: {code!r} (an ISO 3166 two-letter code, e.g. GR or US)"
        )
        assert ran.out == ""
    assert not new.exists()
    assert Path(db).read_bytes() == before
    assert len(cli("contacts", "--db", db, "--json").json()) == 1


def test_the_help_names_the_option(cli: Cli) -> None:
    for command in ("import", "sync"):
        shown = cli(command, "--help")
        assert shown.status == 0
        assert "--region CC" in shown.out and "Preferences region" in shown.out


@pytest.mark.parametrize(("region", "by_phone"), [("GR", True), ("US", False), (None, False)])
def test_duplicates_read_national_numbers_in_the_region_given(
    cli: Cli, tmp_path: Path, region: str | None, by_phone: bool
) -> None:
    db = _database_with_eleni(cli, tmp_path)
    added = cli("contact", "add", "--db", db, "--given", "Eleni", "--family", "Papadopoulou",
                "--phone", "210 555 0101")  # fmt: skip
    assert added.status == 0, added.err
    chosen = ("--region", region) if region else ()
    groups = cli("duplicates", "--db", db, *chosen, "--json").json()
    # The same name and one number: a pair by its phone only when read as Greek.
    assert [g["ids"] for g in groups if "phone" in g["reasons"]] == ([[1, 2]] if by_phone else [])


def test_duplicates_refuse_a_region_that_is_no_country(cli: Cli, tmp_path: Path) -> None:
    db = _database_with_eleni(cli, tmp_path)
    ran = cli("duplicates", "--db", db, "--region", "XX")
    assert (ran.status, ran.out) == (2, "")
    assert "argument --region: unknown country code: 'XX'" in ran.error
