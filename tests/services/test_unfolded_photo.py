"""A photo whose base64 data is written on one line, unfolded (some phones and scripts do):
allowed up to the photo limit (20 MB), read with memory bounded; past it, refused as a
photo that is too large, never as "a line over 10 MB"."""

from __future__ import annotations

import base64
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from crm_desktop.interop.limits import MAX_PHOTO_LINE_BYTES
from crm_desktop.interop.vcard_import import read_vcard_file
from crm_desktop.services.contact_cards import get_contact
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import import_files

MB = 1 << 20


def _card(name: str, *lines: str) -> str:
    return "".join(
        f"{line}\r\n" for line in ("BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", *lines, "END:VCARD")
    )


def _unfolded_photo_file(path: Path, size: int) -> bytes:
    data = os.urandom(size)
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(data).decode()
    text = _card("Before") + _card("Photo", photo) + _card("After")
    path.write_text(text, encoding="ascii", newline="")
    return data


def _peak_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_an_unfolded_photo_of_15_mb_is_imported(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "unfolded-photo.vcf"
    data = _unfolded_photo_file(path, 15 * MB)
    summary = import_files(db, [path])
    assert (summary.imported, summary.failed, summary.problems) == (3, 0, ())
    [photo_id] = [r.id for r in search_contacts(db).rows if r.name == "Photo"]
    photo = get_contact(db, photo_id).draft.photo
    assert photo is not None and photo.data == data


def test_reading_an_unfolded_photo_holds_a_few_copies_of_it_at_most(tmp_path: Path) -> None:
    path = tmp_path / "unfolded-photo.vcf"
    _unfolded_photo_file(path, 15 * MB)
    line = path.stat().st_size
    items: list[object] = []
    peak = _peak_while(lambda: items.extend(read_vcard_file(path)))
    assert len(items) == 3 and all(getattr(i, "record", None) is not None for i in items)
    assert peak < 5 * line  # measured: 4 (the line, its bytes, its text, the photo)


def test_an_unfolded_photo_over_20_mb_is_refused_as_a_photo(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big-unfolded-photo.vcf"
    _unfolded_photo_file(path, 30 * MB)
    items: list[object] = []
    peak = _peak_while(lambda: items.extend(read_vcard_file(path)))
    assert path.stat().st_size > 40 * MB
    assert peak < 1.5 * MAX_PHOTO_LINE_BYTES  # dropped once past the limit, never held whole
    summary = import_files(db, [path])
    assert [str(p) for p in summary.problems] == [
        "big-unfolded-photo.vcf:8: the photo is larger than 20 MB: not imported"
    ]
    assert [r.name for r in search_contacts(db).rows] == ["After", "Before"]


def test_a_note_line_over_10_mb_is_still_refused_as_a_line(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "long-note.vcf"
    path.write_text(
        _card("Before") + _card("Note", "NOTE:" + "x" * (11 * MB)) + _card("After"),
        encoding="ascii",
        newline="",
    )
    summary = import_files(db, [path])
    assert [str(p) for p in summary.problems] == [
        "long-note.vcf:8: a line is longer than 10 MB: not imported"
    ]
