"""The command line contract of DESIGN.md: contacts, show, check, --db, exit statuses."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.records.drafts import (
    AccountLinkDraft,
    AddressValue,
    ContactDraft,
    CustomValue,
    EmailValue,
    ExtraValue,
    PhoneValue,
    PhotoValue,
    UrlValue,
)
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database

PHOTO = b"\xff\xd8\xff\xe0 a tiny jpeg"
ELENI = ContactDraft(
    formatted_name="Dr. Eleni Papadopoulou",
    prefix="Dr.",
    given_name="Eleni",
    family_name="Papadopoulou",
    title="Buyer",
    birthday="--04-15",
    photo=PhotoValue("image/jpeg", PHOTO),
    categories=("Customer",),
    emails=(EmailValue("eleni@aegean.example", ("WORK",), True),),
    phones=(PhoneValue("+30 210 555 0101", ("work", "voice")),),
    addresses=(
        AddressValue(
            ("work",), street="Odos 1", locality="Athina", postal_code="10558", country="Greece"
        ),
    ),
    urls=(UrlValue("https://aegean.example"),),
    custom_fields=(CustomValue("Region", "Attica"),),
    extra=(ExtraValue("X-MS-IMADDRESS", "eleni@im.example"),),
    accounts=(AccountLinkDraft("Aegean Foods S.A.", "Buyer", True),),
)


def _run(db_path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args([*argv, "--db", str(db_path)])
    return run_command(args, out), out.getvalue()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    with open_database(path, "en") as db:
        add_contacts(db, [ELENI, ContactDraft(given_name="Jordi", family_name="Puig")])
    return path


def test_show_json_gives_the_documented_shape_for_a_known_contact(db_path: Path) -> None:
    status, out = _run(db_path, "show", "1", "--json")
    assert status == 0
    shown = json.loads(out)
    assert shown.pop("created_at").endswith("Z")
    assert shown.pop("updated_at").endswith("Z")
    assert shown.pop("relationships") == []  # none yet (tests/cli/test_relationship_cli.py)
    assert shown == {
        "id": 1,
        "formatted_name": "Dr. Eleni Papadopoulou",
        "prefix": "Dr.",
        "given_name": "Eleni",
        "additional_names": "",
        "family_name": "Papadopoulou",
        "suffix": "",
        "nickname": "",
        "accounts": [{"id": 1, "name": "Aegean Foods S.A.", "title": "Buyer", "primary": True}],
        "organization": "Aegean Foods S.A.",
        "department": "",
        "title": "Buyer",
        "role": "",
        "emails": [{"value": "eleni@aegean.example", "types": ["work"], "preferred": True}],
        "phones": [{"value": "+30 210 555 0101", "types": ["work", "voice"], "preferred": False}],
        "addresses": [
            {
                "types": ["work"],
                "po_box": "",
                "extended": "",
                "street": "Odos 1",
                "locality": "Athina",
                "region": "",
                "postal_code": "10558",
                "country": "Greece",
            }
        ],
        "urls": [{"value": "https://aegean.example", "types": []}],
        "impp": [],
        "birthday": "--04-15",
        "anniversary": None,
        "gender": "",
        "categories": ["Customer"],
        "note": "",
        "photo": {
            "media_type": "image/jpeg",
            "bytes": len(PHOTO),
            "sha256": hashlib.sha256(PHOTO).hexdigest(),
        },
        "custom_fields": [{"label": "Region", "value": "Attica"}],
        "extra": [
            {"group": "", "name": "X-MS-IMADDRESS", "params": {}, "value": "eleni@im.example"}
        ],
    }


def test_contacts_json_is_an_array_of_the_same_objects(db_path: Path) -> None:
    status, out = _run(db_path, "contacts", "--json")
    assert status == 0
    listed = json.loads(out)
    assert [c["formatted_name"] for c in listed] == ["Dr. Eleni Papadopoulou", "Jordi Puig"]
    _, shown = _run(db_path, "show", "1", "--json")
    assert listed[0] == json.loads(shown)


def test_contacts_with_a_query_lists_one_line_per_match(db_path: Path) -> None:
    status, out = _run(db_path, "contacts", "papado")
    assert status == 0
    assert out.splitlines() == [
        "1\tDr. Eleni Papadopoulou\tAegean Foods S.A.\teleni@aegean.example\t+30 210 555 0101"
    ]
    assert _run(db_path, "contacts", "nobody")[1] == ""


def test_show_of_an_unknown_id_fails_with_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(db_path, "show", "99")
    assert (status, out) == (1, "")
    assert capsys.readouterr().err == "crm-desktop: no contact with id 99\n"


def test_check_says_ok_for_a_sound_database(db_path: Path) -> None:
    assert _run(db_path, "check") == (0, f"ok: {db_path}\n")


def test_check_reports_a_damaged_search_index(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(db_path) as raw:  # a row the index does not know about
        raw.execute("DELETE FROM contact_fts_data WHERE id > 10")
    status, _ = _run(db_path, "check")
    assert status == 1
    assert "search index" in capsys.readouterr().err


def test_a_usage_error_exits_with_2() -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["show", "not-a-number"])
    assert exited.value.code == 2


def _console(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_the_database_comes_from_crm_desktop_db_or_the_user_data_folder(tmp_path: Path) -> None:
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Puig\r\nEND:VCARD\r\n")
    env = dict(os.environ, CRM_DESKTOP_DB=str(tmp_path / "from-env.sqlite3"))
    assert _console("import", str(card), env=env).returncode == 0
    assert _console("contacts", env=env).stdout == "1\tAna Puig\t\t\t\n"
    env.pop("CRM_DESKTOP_DB")
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    default = tmp_path / "xdg" / "crm-desktop" / "crm.sqlite3"
    assert _console("import", str(card), env=env).returncode == 0
    result = _console("check", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"ok: {default}\n"


def test_contacts_can_be_listed_while_the_window_has_the_database_open(db_path: Path) -> None:
    with open_database(db_path, "en"):
        result = _console("contacts", "puig", "--db", str(db_path), env=dict(os.environ))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "2\tJordi Puig\t\t\t\n"


def test_a_restore_while_the_window_has_the_database_gives_one_clear_line(
    db_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert _console("backup", str(copy), "--db", str(db_path), env=dict(os.environ)).returncode == 0
    with open_database(db_path, "en"):
        result = _console("restore", str(copy), "--db", str(db_path), env=dict(os.environ))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("crm-desktop: ")
    assert "already has this database open" in result.stderr
    assert result.stderr.endswith("; close the window first\n")
    assert len(result.stderr.splitlines()) == 1


def test_listing_contacts_needs_neither_sqlalchemy_nor_qt(db_path: Path) -> None:
    probe = (
        "import sys\n"
        "from crm_desktop.__main__ import main\n"
        f"status = main(['contacts', 'puig', '--db', {str(db_path)!r}])\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'PySide6') if m in sys.modules)\n"
        "print(status, heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 []"


@pytest.mark.parametrize(
    "command", [["show", "2"], ["show", "2", "--json"], ["contacts", "--json"]]
)
def test_reading_whole_contacts_needs_neither_sqlalchemy_nor_qt(
    db_path: Path, command: list[str]
) -> None:
    probe = (
        "import sys, io, contextlib\n"
        "from crm_desktop.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main({command!r} + ['--db', {str(db_path)!r}])\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'PySide6') if m in sys.modules)\n"
        "print(status, heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 []"


def test_show_works_while_the_window_has_the_database_open(db_path: Path) -> None:
    with open_database(db_path, "en"):
        result = _console("show", "2", "--json", "--db", str(db_path), env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["formatted_name"] == "Jordi Puig"


def test_an_unknown_encoding_is_a_usage_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["import", "x.csv", "--encoding", "klingon"])
    assert stopped.value.code == 2
    assert "unknown character set: 'klingon'" in capsys.readouterr().err
