"""How much of an input file the app reads, at most: hostile or broken files stay bounded.

A file over ``MAX_FILE_BYTES`` is refused before a byte is read (its size from ``stat``);
a line over ``MAX_LINE_BYTES`` is never held whole (it is read in pieces and dropped); a
photo over ``MAX_PHOTO_BYTES``, a card with more than ``MAX_PROPERTIES`` properties (a
CSV row with more cells, an iCalendar event with more properties) and an event over
``MAX_EVENT_BYTES`` are refused at their line. The card or row refused is reported
as a ``Problem`` with its file and line; the others are still read.
"""

from __future__ import annotations

from pathlib import Path

from crm_desktop.errors import InputTooLargeError, too_large_reason

MAX_FILE_BYTES = 1 << 30  # 1 GB: ten times the biggest address book export we have seen
MAX_LINE_BYTES = 10 << 20  # 10 MB: a physical line, an unfolded property, a CSV record
MAX_PHOTO_BYTES = 20 << 20  # 20 MB of image data, decoded
MAX_PROPERTIES = 10_000  # per card (vCard) or per row (CSV cells)
# Base64 of a photo at the limit, plus room for the property's name and parameters.
MAX_PHOTO_LINE_BYTES = (MAX_PHOTO_BYTES + 2) // 3 * 4 + 4096
# A whole card: its photo, a line at the limit, and room for the rest.
MAX_CARD_BYTES = MAX_PHOTO_LINE_BYTES + 2 * MAX_LINE_BYTES
# A whole iCalendar event or to-do (its attachments, never imported, left out): a line at
# the limit and room for the rest. vobject holds ten times a text value while it reads it.
MAX_EVENT_BYTES = MAX_LINE_BYTES + (1 << 20)


def check_file_size(path: Path) -> None:
    """Refuse ``path`` (``InputTooLargeError``) if it is larger than ``MAX_FILE_BYTES``."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputTooLargeError(path, "file", MAX_FILE_BYTES)


def too_large(what: str) -> str:
    """The message of a ``Problem`` for a line, row, photo or card beyond its limit."""
    limit = {
        "line": MAX_LINE_BYTES,
        "row": MAX_LINE_BYTES,
        "photo": MAX_PHOTO_BYTES,
        "properties": MAX_PROPERTIES,
        "cells": MAX_PROPERTIES,
        "card": MAX_CARD_BYTES,
        "event": MAX_EVENT_BYTES,
        "event properties": MAX_PROPERTIES,
    }[what]
    if what == "event properties":
        return f"the event has more than {limit:,} properties: not imported"
    return f"{too_large_reason(what, limit)}: not imported"
