"""iCalendar properties the app has no field for, kept on the activity as content lines
(``Activity.calendar_kept``, migration 0006) and written back on export and sync as they were
read: an event's ORGANIZER, categories, class, transparency, URL, place, the properties other
clients add of their own (``X-APPLE-…``, ``X-MICROSOFT-…``), and the attendees who are none
of the contacts. Each is kept as vobject writes it, so that a line read back from our own
export is the same text. What the app writes itself from its fields (times, status, summary,
alarm, recurrence, SEQUENCE...) is not kept: it would be written twice."""

from __future__ import annotations

import re
from typing import Any

import vobject

# RRULE is the activity's own since migration 0013 (``icalendar_recurrence``).
KEPT_NAMES = frozenset(
    {"ORGANIZER", "CATEGORIES", "CLASS", "TRANSP", "URL", "GEO", "CREATED", "RESOURCES",
     "CONTACT", "COMMENT", "ATTACH", "RELATED-TO"}
)  # fmt: skip
OUR_OWN_PREFIX = "X-CRM-"  # written from the activity's fields


def is_kept(name: str) -> bool:
    """Whether a property of this name (upper case) is kept on the activity."""
    return name in KEPT_NAMES or (name.startswith("X-") and not name.startswith(OUR_OWN_PREFIX))


def content_line(text: str) -> str:
    """``text`` (one unfolded content line) as vobject writes it, unfolded; "" if it is not
    a content line."""
    try:
        line = vobject.base.textLineToContentLine(text)
        return str(line.serialize()).replace("\r\n ", "").strip()
    except Exception:  # vobject raises anything on bad input
        return ""


def attendee_line(name: str, email: str) -> str:
    """An attendee as an ATTENDEE content line ("" without an e-mail): how one who is none
    of the contacts is kept on the activity."""
    if not email:
        return ""
    name = name.replace('"', "'")
    return content_line(
        f'ATTENDEE;CN="{name}":mailto:{email}' if name else f"ATTENDEE:mailto:{email}"
    )


def add_kept(component: Any, text: str, emails: set[str]) -> None:
    """A kept content line added (an attendee that is a contact now is there already)."""
    try:
        line = vobject.base.textLineToContentLine(text)
    except Exception:  # vobject raises anything on bad input; the line is left out
        return
    if (
        line.name.upper() == "ATTENDEE"
        and str(line.value).lower().removeprefix("mailto:") in emails
    ):
        return
    raw = line.value
    component.add(line)
    # vobject gives a property it does not know its text behaviour, which reads the value
    # as text (a "," in a URI ends it): the line goes out as it came in.
    line.value, line.encoded = raw, True


def kept_lines(lines: list[str]) -> tuple[str, ...]:
    """The block's lines the app keeps (``is_kept``; outside its VALARMs), as vobject writes
    them."""
    kept: list[str] = []
    depth = 0
    for text in lines:
        head = re.split(r"[;:]", text, maxsplit=1)[0].strip().upper()
        depth += (head == "BEGIN") - (head == "END")
        if depth == 1 and is_kept(head):
            line = content_line(text)
            if line and line not in kept:
                kept.append(line)
    # In the order vobject writes properties (by name; one name's lines as they came), so
    # that what is read back from our own export is the same.
    return tuple(sorted(kept, key=lambda line: re.split(r"[;:]", line, maxsplit=1)[0].lower()))
