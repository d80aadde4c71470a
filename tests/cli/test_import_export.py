"""``crm-desktop import`` and ``export`` as a user types them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import vobject

from tests.paths import DATA


def _run(*argv: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1"),
    )


def test_import_prints_the_summary_and_problems_by_file_and_line(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    result = _run("import", str(DATA / "vcard30-broken-card-between-good.vcf"), "--json", db=db)
    assert result.returncode == 1, result.stderr  # a card could not be imported
    assert json.loads(result.stdout) == {
        "dry_run": False,
        "imported": 2,
        "merged": 0,
        "skipped": 0,
        "failed": 1,
        "unread_files": [],
        "merges": [],
        "possible_duplicates": [],
        "problems": [
            {
                "file": "vcard30-broken-card-between-good.vcf",
                "line": 9,
                "message": "not a vCard content line (no colon)",
            }
        ],
        "unknown_addresses": [],  # the people of imported e-mails who are no contacts
    }
    again = _run("import", str(DATA / "vcard30-broken-card-between-good.vcf"), db=db)
    assert again.stdout == (
        "merged vcard30-broken-card-between-good.vcf:1: Núria Puig -> Núria Puig (contact 1): "
        "email, name\n"
        "merged vcard30-broken-card-between-good.vcf:11: Jordi Ferrer -> Jordi Ferrer "
        "(contact 2): name\n"
        "imported 0, merged 2, skipped 0, failed 1, possible duplicates 0\n"
    )
    assert "vcard30-broken-card-between-good.vcf:9: not a vCard content line" in again.stderr


def test_strict_import_fails_with_status_1_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    result = _run("import", "--strict", str(DATA / "vcard30-broken-card-between-good.vcf"), db=db)
    assert result.returncode == 1
    assert result.stderr.startswith("crm-desktop: vcard30-broken-card-between-good.vcf:9:")
    assert _run("contacts", db=db).stdout == ""


def test_a_file_without_cards_is_refused_with_status_1(tmp_path: Path) -> None:
    result = _run("import", str(DATA / "not-a-vcard-jpeg.vcf"), db=tmp_path / "crm.sqlite3")
    assert result.returncode == 1
    assert "not-a-vcard-jpeg.vcf: holds no vCard" in result.stderr


def test_export_writes_each_version_that_vobject_and_we_read_back(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    _run("import", str(DATA / "vcard21-quoted-printable-greek.vcf"), db=db)
    _run("import", str(DATA / "vcard40-tel-uri-partial-dates.vcf"), db=db)
    for fmt in ("vcard2.1", "vcard3", "vcard4"):
        out = tmp_path / f"{fmt}.vcf"
        result = _run("export", "--format", fmt, "-o", str(out), db=db)
        assert result.returncode == 0, result.stderr
        cards = list(vobject.readComponents(out.read_text(encoding="utf-8"), allowQP=True))
        assert len(cards) == 4  # 2 persons, and the 2 accounts as organisation cards
        second = tmp_path / f"{fmt}.sqlite3"
        assert _run("import", str(out), db=second).returncode == 0
        assert _run("contacts", db=second).stdout.count("\n") == 2


def test_export_of_a_search_writes_only_the_matches(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    _run("import", str(DATA / "vcard30-broken-card-between-good.vcf"), db=db)
    result = _run("export", "puig", db=db)
    assert result.stdout.count("BEGIN:VCARD") == 1
    assert "FN:Núria Puig" in result.stdout


def test_csv_is_told_from_vcard_by_content_and_exports_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    result = _run("import", str(DATA / "outlook-windows-1253-greek.csv"), "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 2
    assert "Ελένη Παπαδοπούλου" in _run("contacts", "παπαδοπουλου", db=db).stdout
    for style in ("outlook-csv", "google-csv"):
        out = tmp_path / f"{style}.csv"
        assert _run("export", "--format", style, "-o", str(out), db=db).returncode == 0
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
        again = tmp_path / f"{style}.sqlite3"
        assert _run("import", str(out), db=again).returncode == 0
        listed = _run("contacts", db=again).stdout
        assert "Ελένη Παπαδοπούλου" in listed and "Jordi Puig" in listed
        assert "+30 210 555 0101" in _run("contacts", "5550101", db=again).stdout


def test_a_saved_mapping_file_is_used_by_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    mapping = tmp_path / "act.json"
    mapping.write_text(json.dumps({"ID/Status": "categories"}), encoding="utf-8")
    args = ("import", str(DATA / "act-export-unknown-headers.csv"), "--mapping", str(mapping))
    assert _run(*args, db=db).returncode == 0
    shown = json.loads(_run("show", "1", "--json", db=db).stdout)
    assert shown["categories"] == ["Customer"]
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2]", encoding="utf-8")
    result = _run(
        "import", str(DATA / "act-export-unknown-headers.csv"), "--mapping", str(broken), db=db
    )
    assert result.returncode == 1 and "broken.json" in result.stderr


def test_a_legacy_csv_is_read_in_the_locales_code_page_unless_told(tmp_path: Path) -> None:
    source = tmp_path / "polish.csv"
    source.write_bytes("First Name,Last Name\r\nŁukasz,Wąsowski\r\n".encode("cp1250"))

    def family(db: Path, *extra: str) -> str:
        result = _run("import", str(source), *extra, db=db)
        assert result.returncode == 0, result.stderr
        listed = _run("contacts", "--json", db=db)
        return str(json.loads(listed.stdout)[0]["formatted_name"])

    assert family(tmp_path / "a.sqlite3") == "Łukasz Wąsowski"
    assert family(tmp_path / "b.sqlite3", "--encoding", "cp1252") == "£ukasz W¹sowski"


def test_excels_unicode_text_csv_imports_through_the_command(tmp_path: Path) -> None:
    """UTF-16 with a BOM, tab-separated: its NUL bytes must not make it look like a vCard."""
    db = tmp_path / "crm.sqlite3"
    result = _run("import", str(DATA / "outlook-utf16le-tab.csv"), "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 1
    listed = json.loads(_run("contacts", "--json", db=db).stdout)
    assert listed[0]["formatted_name"] == "علی رضایی"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "is empty"),
        (bytes(range(256)) * 8, "is neither a vCard file"),
    ],
)
def test_a_file_that_is_not_contacts_is_refused_by_name(
    tmp_path: Path, content: bytes, said: str
) -> None:
    db = tmp_path / "crm.sqlite3"
    assert _run("import", str(DATA / "act-export-unknown-headers.csv"), db=db).returncode == 0
    bad = tmp_path / "contacts.csv"
    bad.write_bytes(content)
    result = _run("import", str(bad), db=db)
    assert result.returncode == 1
    assert "contacts.csv" in result.stderr and said in result.stderr
    assert len(json.loads(_run("contacts", "--json", db=db).stdout)) == 1


def test_a_csv_that_mentions_version_or_has_a_word_for_a_month_still_imports(
    tmp_path: Path,
) -> None:
    """A note saying "version: 3.2" does not make a CSV a vCard; Thunderbird's "Birth Month"
    holding a word is kept as written instead of failing the import."""
    source = tmp_path / "thunderbird.csv"
    source.write_text(
        "First Name,Last Name,Primary Email,Birth Year,Birth Month,Birth Day,Notes\r\n"
        "Ana,Puig,ana@x.example,1980,April,5,Uses app version: 3.2\r\n"
        "Pau,Serra,pau@x.example,1975,6,7,\r\n",
        encoding="utf-8",
    )
    db = tmp_path / "crm.sqlite3"
    result = _run("import", str(source), "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 2
    contacts = {
        c["formatted_name"]: c for c in json.loads(_run("contacts", "--json", db=db).stdout)
    }
    ana = json.loads(_run("show", str(contacts["Ana Puig"]["id"]), "--json", db=db).stdout)
    pau = json.loads(_run("show", str(contacts["Pau Serra"]["id"]), "--json", db=db).stdout)
    assert ana["birthday"] is None and ana["note"] == "Uses app version: 3.2"
    assert {"label": "Birthday", "value": "5 April 1980"} in ana["custom_fields"]
    assert pau["birthday"] == "1975-06-07"


def test_a_legacy_vcard_is_read_in_its_detected_code_page_unless_told(tmp_path: Path) -> None:
    """Outlook 2000's Greek card with no CHARSET: Greek in an English locale too, silently;
    ``--encoding`` still decides when given."""
    source = DATA / "vcard21-greek-windows-1253-no-charset.vcf"
    english = dict(LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8")
    db = tmp_path / "a.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "import", str(source), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONUTF8="1", **english),
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "Ελένη Παπαδοπούλου" in _run("contacts", db=db).stdout
    told = tmp_path / "b.sqlite3"
    assert _run("import", str(source), "--encoding", "cp1251", db=told).returncode == 0
    assert "Ελένη".encode("cp1253").decode("cp1251") in _run("contacts", db=told).stdout
