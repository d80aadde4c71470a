"""Every e-mail file of the shared corpus (../shared/corpus/mail, its README names the source
of each and the counts below) read as its README says: sender, number of To and Cc
addresses, decoded subject, attachments. Skipped only where the corpus is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.interop.mail import MailMessage, ReadMail, mail_kind, read_mail_file

MAIL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "mail"

# file: [(From address, To, Cc, subject, attachment names)] one per message
EXPECTED: dict[str, list[tuple[str, int, int, str, list[str]]]] = {
    "mail-gem/raw_email_reply.eml": [("xxxxxxxx@xxx.org", 1, 0, "Re: Test reply email", [])],
    "mail-gem/japanese_iso_2022.eml": [("raasdnil@gmail.com", 1, 0, "まみむめも", [])],
    "mail-gem/ks_c_5601-1987.eml": [("from@example.com", 1, 0, "test", [])],
    "imap-tools/forwarded_message.eml": [("i.kor@company.ru", 2, 0, "статус", ["part-2.eml"])],
    "imap-tools/attachment_8bit.eml": [("k1@yandex.ru", 1, 2, "S19 IZM A7-342", ["Message01.eml"])],
    "imap-tools/base.eml": [
        ("hello@yandex.ru", 0, 0, "Соберите всю почту в этот ящик", ["collector.jpg"])
    ],
    "flanker/iphone.eml": [("someone@somewhere.com", 1, 0, "Subject", ["photo.JPG"])],
    "flanker/russian-attachment-yahoo.eml": [
        (
            "mailboxaddr1234567@yahoo.com",
            1,
            0,
            "Hello",
            ["Картинка с очень, очень длинным предлинным именем преименем таким чт\ufffd"],
        )
    ],
    "flanker/encoded-header.eml": [("foo.bar@example.com", 1, 0, "hello", [])],
    "flanker/from-encoding.eml": [
        ("ingo@blank.pages.de", 1, 0, "Re: running server as root (Was: Re: PUT method)", [])
    ],
    "mimekit/issue1189.mbox.txt": [
        ("sender@example.com", 1, 0, "Message 1", []),
        ("sender@example.com", 1, 0, "Message 2", ["Attachment.zip"]),
        ("sender@example.com", 1, 0, "Message 3", []),
        ("sender@example.com", 1, 0, "Message 4", []),
    ],
    "mimekit/simple.mbox.txt": [
        ("fejj@gnome.org", 1, 0, "this'll probably break a lot of mime parsers", []),
        ("fejj@gnome.org", 1, 0, "this'll probably break even more mime parsers", []),
        ("fejj@gnome.org", 1, 0, "if a mime parser can correctly handle this, I'm impressed", []),
    ],
    "outlook-message-parser/simple email with TO and CC_multiple.msg": [
        ("elias.laugher@gmail.com", 2, 2, "Test E-Mail", [])
    ],
    "outlook-message-parser/HTML mail with replyto and attachment and embedded image.msg": [
        ("b.bottema@projectnibble.org", 1, 0, "hey", ["thumbsup", "dresscode.txt", "location.txt"])
    ],
    "outlook-message-parser/tst_unicode.msg": [("m.kalejs@outlook.com", 1, 0, "Testcase", [])],
    "outlook-message-parser/unsent draft.msg": [("", 1, 0, "MSG Test File", [])],
}


def _messages(name: str) -> list[MailMessage]:
    path = MAIL / name
    if not MAIL.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    kind = mail_kind(path.read_bytes()[:4096])
    assert kind is not None, f"{name} is not taken for an e-mail file"
    found = list(read_mail_file(path, kind))
    assert all(isinstance(r, ReadMail) for r in found), found
    return [r.message for r in found if isinstance(r, ReadMail)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_messages_are_read_as_their_readme_counts_them(name: str) -> None:
    got = [
        (
            m.senders[0].address if m.senders else "",
            len(m.to),
            len(m.cc),
            m.subject,
            [f.file_name for f in m.files],
        )
        for m in _messages(name)
    ]
    assert got == EXPECTED[name]


def test_the_corpus_names_every_mail_file_this_test_reads() -> None:
    if not MAIL.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    files = {
        str(p.relative_to(MAIL))
        for p in MAIL.rglob("*")
        if p.is_file() and p.suffix in (".eml", ".msg", ".txt") and "summary" not in p.name
    }
    assert files == set(EXPECTED)


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("mail-gem/ks_c_5601-1987.eml", ["스티해"]),  # Microsoft's name for CP949
        ("mail-gem/japanese_iso_2022.eml", ["すみません。"]),
        ("flanker/from-encoding.eml", ["Marc Slemko wrote:"]),
        ("imap-tools/base.eml", ["Здравствуйте!"]),  # HTML only: converted
        ("outlook-message-parser/tst_unicode.msg", ["Char-å-Char", "Char-Æ-Char"]),
    ],
)
def test_bodies_in_legacy_charsets_and_html_only_are_read_as_text(
    name: str, texts: list[str]
) -> None:
    [message] = _messages(name)
    for text in texts:
        assert text in message.body


def test_a_raw_latin1_byte_in_a_display_name_and_a_comma_in_an_encoded_one() -> None:
    [raw] = _messages("flanker/from-encoding.eml")
    assert raw.senders[0].name == "Ingo Lütkebohle"
    [encoded] = _messages("flanker/encoded-header.eml")
    assert [(p.name, p.address) for p in encoded.senders] == [("Foo, Bar", "foo.bar@example.com")]
