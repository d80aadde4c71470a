"""Outlook's .msg files (OLE compound files) read with ``extract-msg``: the one maintained
Python reader of the format (MAPI properties, RTF-compressed and HTML bodies, embedded
attachments). Imported only when a .msg file is read: it is heavy and no other path needs it.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.utils import getaddresses
from pathlib import Path

from crm_desktop.interop.mail import MailAddress, MailMessage, ReadMail
from crm_desktop.interop.mail_text import decode_bytes, html_to_text
from crm_desktop.records.attachments import MAX_ATTACHMENT_BYTES, FileDraft
from crm_desktop.records.date_range import time_in_range
from crm_desktop.records.problems import Problem

# Said when a .msg file is read without the optional reader installed.
MISSING_READER = (
    "is an Outlook .msg message, which needs the optional extract-msg package to be read "
    "(GPL-3.0, so not shipped with CRM Desktop): pip install 'crm-desktop[msg]', or save the "
    "message from Outlook as .eml, or import the .mbox of the folder"
)


def read_outlook_message(path: Path) -> ReadMail | Problem:
    """The message in an Outlook .msg file; a ``Problem`` at its line 0 when the file is not
    one (another Office file, a contact or a meeting saved from Outlook, a damaged file), or
    when the optional extract-msg package (GPL-3.0, so not part of CRM Desktop) is missing."""
    try:
        import extract_msg
        from extract_msg.exceptions import ExMsgBaseException
    except ImportError:
        return Problem(path.name, 0, MISSING_READER)

    try:
        opened = extract_msg.openMsg(str(path))
    except (ExMsgBaseException, OSError, ValueError) as error:
        return Problem(path.name, 0, f"is not an Outlook message that can be read ({error})")
    try:
        if not isinstance(opened, extract_msg.Message):
            kind = type(opened).__name__.lower()
            return Problem(path.name, 0, f"is an Outlook {kind}, not an e-mail")
        return _read(opened, path)
    finally:
        opened.close()


def _people(text: str | None) -> tuple[MailAddress, ...]:
    if not text:
        return ()
    cleaned = text.replace("\x00", "").replace(";", ",")
    found: dict[str, MailAddress] = {}
    for name, address in getaddresses([cleaned]):
        if "@" in address:
            found.setdefault(address.casefold(), MailAddress(name.strip().strip('"'), address))
    return tuple(found.values())


def _represented(message: object) -> tuple[MailAddress, ...]:
    """The sender Outlook shows when the message names no other (PR_SENT_REPRESENTING_*)."""
    get = getattr(message, "getStringStream", None)
    if get is None:
        return ()
    address = get("__substg1.0_0065")
    name = get("__substg1.0_0042")
    if not isinstance(address, str) or "@" not in address:
        return ()
    name = name if isinstance(name, str) and name != address else ""
    return (MailAddress(name.replace("\x00", ""), address.replace("\x00", "").strip()),)


def _read(message: object, path: Path) -> ReadMail:
    import extract_msg

    assert isinstance(message, extract_msg.Message)
    warnings: list[Problem] = []
    body = (message.body or "").replace("\x00", "")
    if not body.strip() and message.htmlBody:
        body = html_to_text(decode_bytes(message.htmlBody, None))
    files: list[FileDraft] = []
    for number, attachment in enumerate(message.attachments, start=1):
        data = getattr(attachment, "data", None)
        names = (getattr(attachment, n, None) for n in ("longFilename", "shortFilename"))
        name = next((n for n in names if isinstance(n, str) and n), f"attachment-{number}")
        if not isinstance(data, bytes):  # an embedded message or object: not a plain file
            warnings.append(
                Problem(path.name, 1, f"attachment {name} is not a file: not kept", False)
            )
            continue
        if len(data) > MAX_ATTACHMENT_BYTES:
            limit = MAX_ATTACHMENT_BYTES // (1 << 20)
            warnings.append(
                Problem(path.name, 1, f"attachment {name} is over {limit} MB: not kept", False)
            )
            continue
        media_type = getattr(attachment, "mimetype", None)
        files.append(FileDraft(name, media_type if isinstance(media_type, str) else "", data))
    sent = message.date
    sent_at = sent if isinstance(sent, datetime) and time_in_range(sent) else None
    if sent_at is None:
        warnings.append(Problem(path.name, 1, "no date: dated by the import", False))
    subject = (message.subject or "").replace("\x00", "")
    senders = _people(message.sender) or _represented(message)
    message_id = (message.messageId or "").strip()
    if not message_id:
        key = "\n".join((subject, message.sender or "", str(sent_at), body))
        message_id = "sha256:" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()
    return ReadMail(
        MailMessage(
            message_id=message_id,
            senders=senders,
            to=_people(message.to),
            cc=_people(message.cc),
            subject=subject,
            body=body.replace("\r\n", "\n").strip(),
            sent_at=sent_at,
            files=tuple(files),
        ),
        1,
        tuple(warnings),
    )
