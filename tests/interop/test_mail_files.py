"""E-mail files read into messages: which files are e-mail, an mbox split a message at a time
in bounded memory, header and body quirks of real files (tests/data/README.md)."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest

from crm_desktop.interop import mail
from crm_desktop.interop.mail import mail_kind, mbox_messages, read_mail_file
from crm_desktop.interop.mail_text import html_to_text
from crm_desktop.records.problems import Problem

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _one(path: Path) -> mail.ReadMail:
    kind = mail_kind(path.read_bytes()[:4096])
    assert kind is not None
    [read] = read_mail_file(path, kind)
    assert isinstance(read, mail.ReadMail)
    return read


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("mail-html-only-cc-reply-to.eml", "eml"),
        ("mail-rfc2822-reply-display-name-with-colon.eml", "eml"),
        ("mail-invalid-date-hour-27.eml", "eml"),
        ("mbox-unquoted-from-line-in-body.mbox", "mbox"),
        ("outlook-html-message-three-attachments.msg", "msg"),
    ],
)
def test_email_files_are_told_apart_by_content(name: str, kind: str) -> None:
    assert mail_kind((DATA / name).read_bytes()[:4096]) == kind


def test_no_contact_or_calendar_file_is_taken_for_an_email() -> None:
    files = [p for p in DATA.iterdir() if p.suffix in (".vcf", ".csv", ".ics")]
    if CORPUS.is_dir():
        for folder in ("vcard", "csv", "ics"):
            files += [
                p for p in (CORPUS / folder).rglob("*") if p.is_file() and p.suffix != ".json"
            ]
    assert len(files) > 30
    assert [p.name for p in files if mail_kind(p.read_bytes()[:4096])] == []


def test_raw_utf8_bytes_in_an_attachment_name_are_read_as_utf8() -> None:
    read = _one(DATA / "mail-attachment-raw-utf8-file-name.eml")
    assert [(f.file_name, f.content) for f in read.message.files] == [
        ("ciële.txt", b"Hi there.\r\n")
    ]


def test_a_display_name_with_a_colon_stays_one_name() -> None:
    message = _one(DATA / "mail-rfc2822-reply-display-name-with-colon.eml").message
    assert [(p.name, p.address) for p in message.to] == [
        ("Mary Smith: Personal Account", "smith@home.example")
    ]
    assert message.headers.splitlines()[0] == "From: John Doe <jdoe@machine.example>"


def test_a_date_that_cannot_be_read_is_a_warning_at_its_line() -> None:
    read = _one(DATA / "mail-invalid-date-hour-27.eml")
    assert read.message.sent_at is None
    assert read.warnings == (
        Problem(
            "mail-invalid-date-hour-27.eml",
            1,
            "a date that cannot be read (Tue, 06 Jun 2017 27:39:33 +0600): dated by the import",
            fatal=False,
        ),
    )


def test_mbox_from_lines_start_messages_only_before_headers_and_lose_one_quote() -> None:
    box = (
        b"From a@example.com Mon Nov 30 10:00:00 2026\n"
        b"Subject: one\n\nbody\nFrom here on\n>From quoted\n>>From twice\n\n"
        b"From - \nSubject: two\n\nsecond\n"
    )
    found = list(mbox_messages(io.BytesIO(box)))
    assert [(line, envelope) for line, _, envelope in found] == [
        (1, b"From a@example.com Mon Nov 30 10:00:00 2026\n"),
        (9, b"From - \n"),
    ]
    assert found[0][1] == b"Subject: one\n\nbody\nFrom here on\nFrom quoted\n>From twice\n\n"
    assert found[1][1] == b"Subject: two\n\nsecond\n"


def test_a_message_over_the_limit_is_refused_at_its_line_and_the_next_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mail, "MAX_MESSAGE_BYTES", 1000)
    box = (
        b"From a Mon Nov 30 10:00:00 2026\nSubject: big\n\n" + b"x" * 2000 + b"\n"
        b"From b Mon Nov 30 10:00:00 2026\nSubject: small\n\nok\n"
    )
    found = list(mbox_messages(io.BytesIO(box)))
    assert [(line, data) for line, data, _ in found] == [
        (1, None),
        (5, b"Subject: small\n\nok\n"),
    ]


def test_a_big_mailbox_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    message = b"From a Mon Nov 30 10:00:00 2026\nSubject: s\n\n" + (b"text " * 99 + b"\n") * 100
    with path.open("wb") as out:
        for _ in range(800):  # 40 MB
            out.write(message)
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_mail_file(path, "mbox"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 800
    assert peak < 5_000_000  # a megabyte read, a message or two: never the file


def test_html_is_turned_into_text_without_its_scripts_styles_or_tags() -> None:
    html = (
        "<html><head><style>p {color: red}</style><title>T</title></head><body>"
        "<script>alert(1)</script><p>Dear&nbsp;Eleni,</p><ul><li>one</li><li>two</li></ul>"
        '<p>See <a href="https://aegean.example/offer">the offer</a>.</p></body></html>'
    )
    assert html_to_text(html) == (
        "Dear\xa0Eleni,\n\n- one\n\n- two\n\nSee the offer <https://aegean.example/offer>."
    )


@pytest.mark.parametrize("chunk", [1, 3, 7, 64])
def test_messages_are_the_same_whatever_the_reading_size(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = (DATA / "mbox-unquoted-from-line-in-body.mbox").read_bytes() + (
        b"From b@example.com Mon Nov 30 10:00:00 2026\nSubject: two\n\n>From quoted\nFrom x\n"
    )
    whole = list(mbox_messages(io.BytesIO(box)))
    monkeypatch.setattr(mail, "_CHUNK", chunk)
    assert list(mbox_messages(io.BytesIO(box))) == whole
    assert [(line, data) for line, data, _ in whole] == [
        (
            1,
            b"From: foo\nSubject: unquoted From in body; extra info on From line\n\nHello\n\n"
            b"From time to time\n",
        ),
        (8, b"Subject: two\n\nFrom quoted\nFrom x\n"),
    ]
