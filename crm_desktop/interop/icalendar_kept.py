"""iCalendar properties the app has no field for, kept on the activity as content lines
(``Activity.calendar_kept``, migration 0006) and written back on export as they were read:
an event's RRULE and ORGANIZER, and the attendees who are none of the contacts. Each is kept
as vobject writes it, so that a line read back from our own export is the same text."""

from __future__ import annotations

import re
from typing import Any

import vobject

# RRULE is the activity's own since migration 0013 (``icalendar_recurrence``).
KEPT_NAMES = frozenset({"ORGANIZER"})


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
    component.add(line)


def kept_lines(lines: list[str]) -> tuple[str, ...]:
    """The block's RRULE and ORGANIZER lines (outside its VALARMs), as vobject writes them,
    in that order (whatever the order in the file: the same text from our own export)."""
    kept: list[str] = []
    depth = 0
    for text in lines:
        head = re.split(r"[;:]", text, maxsplit=1)[0].strip().upper()
        depth += (head == "BEGIN") - (head == "END")
        if depth == 1 and head in KEPT_NAMES:
            line = content_line(text)
            if line and line not in kept:
                kept.append(line)
    return tuple(sorted(kept, key=lambda line: not line.upper().startswith("RRULE")))
