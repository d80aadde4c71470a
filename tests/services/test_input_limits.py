"""Files too large to read whole are refused by file and line, with memory bounded."""

from __future__ import annotations

import base64
import io
import os
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, run_command
from crm_desktop.errors import InputTooLargeError
from crm_desktop.interop.csv_import import read_csv_file
from crm_desktop.interop.limits import (
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    MAX_PHOTO_BYTES,
    MAX_PROPERTIES,
)
from crm_desktop.interop.vcard_import import read_vcard_file
from crm_desktop.services.contact_list import search_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.importing import import_files
from crm_desktop.services.photos import read_photo_file

MB = 1 << 20


def _card(name: str, *lines: str) -> str:
    return "".join(
        f"{line}\r\n" for line in ("BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", *lines, "END:VCARD")
    )


def _names(db: Database) -> list[str]:
    return [row.name for row in search_contacts(db).rows]


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)  # no blocks written: a 1 GB file in no time and no space
    return path


@pytest.mark.parametrize("name", ["huge.vcf", "huge.csv"])
def test_a_file_over_1_gb_is_refused_before_anything_is_read(db: Database, tmp_path: Path,
                                                           name: str) -> None:  # fmt: skip
    path = _sparse(tmp_path / name, MAX_FILE_BYTES + 1)
    with pytest.raises(InputTooLargeError) as refused:
        import_files(db, [path])
    assert (refused.value.path, refused.value.what, refused.value.line) == (path, "file", None)
    assert str(refused.value) == f"{path}: the file is larger than 1 GB; nothing was imported"
    assert _names(db) == []


def test_the_readers_refuse_a_file_over_1_gb_themselves(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "huge.vcf", MAX_FILE_BYTES + 1)
    with pytest.raises(InputTooLargeError):
        list(read_vcard_file(path))
    with pytest.raises(InputTooLargeError):
        list(read_csv_file(path))


def test_a_file_of_exactly_1_gb_is_not_refused_for_its_size(tmp_path: Path) -> None:
    path = tmp_path / "edge.vcf"
    path.write_bytes(_card("Ana Puig").encode())
    with path.open("r+b") as handle:
        handle.truncate(MAX_FILE_BYTES)  # zeros after the card: read, not refused
    items = read_vcard_file(path)
    first = next(items)
    assert getattr(first, "record", None) is not None


def test_the_cli_refuses_a_file_over_1_gb_with_one_line_and_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sparse(tmp_path / "huge.vcf", MAX_FILE_BYTES + 1)
    args = build_parser().parse_args(["import", str(path), "--db", str(tmp_path / "c.db")])
    assert run_command(args, io.StringIO()) == 1
    assert capsys.readouterr().err == (
        f"crm-desktop: {path}: the file is larger than 1 GB; nothing was imported\n"
    )


def _peak_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _write_with_long_line(path: Path, line_bytes: int) -> None:
    with path.open("w", encoding="ascii", newline="") as out:
        out.write(_card("Before Long"))
        out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Note\r\nNOTE:")
        piece = "x" * MB
        for _ in range(line_bytes // MB):
            out.write(piece)
        out.write("\r\nEND:VCARD\r\n")
        out.write(_card("After Long"))


def test_a_vcard_line_over_10_mb_refuses_its_card_by_line_and_keeps_the_others(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "long-line.vcf"
    _write_with_long_line(path, 11 * MB)
    summary = import_files(db, [path])
    assert (summary.imported, summary.failed) == (2, 1)
    assert [str(p) for p in summary.problems] == [
        "long-line.vcf:8: a line is longer than 10 MB: not imported"
    ]
    assert _names(db) == ["After Long", "Before Long"]


def test_a_30_mb_line_is_never_held_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "thirty.vcf"
    _write_with_long_line(path, 30 * MB)
    items: list[object] = []
    peak = _peak_while(lambda: items.extend(read_vcard_file(path)))
    assert len(items) == 3
    assert peak < 3 * MAX_LINE_BYTES  # a line's worth and a chunk, not the 30 MB


def _folded(data: str, width: int) -> str:
    return "\r\n ".join(data[i : i + width] for i in range(0, len(data), width))


def _base64_photo(size: int, width: int = 74) -> str:
    """A photo of ``size`` bytes; folded at ``width`` (wide folds keep a 27 MB card quick to
    read: the limit is on the unfolded property, whatever the fold width)."""
    data = base64.b64encode(os.urandom(size)).decode()
    return f"PHOTO;ENCODING=b;TYPE=JPEG:{_folded(data, width)}"


def test_a_photo_over_20_mb_refuses_its_card_by_line(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big-photo.vcf"
    text = (
        _card("Small Photo", _base64_photo(1000))
        + _card("Huge Photo", _base64_photo(MAX_PHOTO_BYTES + MB, MB))
        + _card("No Photo")
    )
    path.write_text(text, encoding="ascii", newline="")
    line = text.count("\n", 0, text.index("PHOTO", text.index("Huge Photo"))) + 1
    summary = import_files(db, [path])
    assert (summary.imported, summary.failed) == (2, 1)
    assert [str(p) for p in summary.problems] == [
        f"big-photo.vcf:{line}: the photo is larger than 20 MB: not imported"
    ]
    assert _names(db) == ["No Photo", "Small Photo"]


def test_a_data_uri_photo_over_20_mb_is_refused_too(db: Database, tmp_path: Path) -> None:
    data = base64.b64encode(os.urandom(MAX_PHOTO_BYTES + 1)).decode()
    folded = _folded(data, MB)
    path = tmp_path / "data-uri.vcf"
    path.write_text(
        _card("Data Uri", f"PHOTO:data:image/jpeg;base64,{folded}"), encoding="ascii", newline=""
    )
    summary = import_files(db, [path])
    assert [str(p) for p in summary.problems] == [
        "data-uri.vcf:4: the photo is larger than 20 MB: not imported"
    ]
    assert _names(db) == []


def _properties(count: int) -> Iterator[str]:
    return (f"X-FIELD-{i}:value {i}" for i in range(count))


def test_a_card_with_over_10000_properties_is_refused_at_its_first_line(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "many.vcf"
    text = (
        _card("Fine", *_properties(MAX_PROPERTIES - 2))  # with VERSION and FN: 10,000
        + _card("Too Many", *_properties(MAX_PROPERTIES))
    )
    path.write_text(text, encoding="ascii", newline="")
    summary = import_files(db, [path])
    start = MAX_PROPERTIES + 3  # BEGIN, the 10,000 properties, END; then the next card
    assert [str(p) for p in summary.problems] == [
        f"many.vcf:{start}: the card has more than 10,000 properties: not imported"
    ]
    assert _names(db) == ["Fine"]


def test_a_csv_row_over_10_mb_is_refused_by_line_and_the_rows_before_kept(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "long-row.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write('First Name,Last Name,Notes\r\nAna,Puig,short\r\nLong,Note,"')
        piece = "y" * MB
        for _ in range(11):
            out.write(piece + "\r\n")
        out.write('"\r\nAfter,Row,x\r\n')
    summary = import_files(db, [path])
    assert [str(p) for p in summary.problems] == [
        "long-row.csv:3: this row cannot be read as CSV (the row is longer than 10 MB: not "
        "imported); it and the rows after it were not imported"
    ]
    assert _names(db) == ["Ana Puig"]


def test_a_csv_row_with_over_10000_cells_is_refused_and_the_others_kept(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        "First Name,Last Name\r\nAna,Puig\r\nWide,Row"
        + ",z" * MAX_PROPERTIES
        + "\r\nJordi,Vila\r\n",
        encoding="utf-8",
    )
    summary = import_files(db, [path])
    assert [str(p) for p in summary.problems] == [
        "wide.csv:3: the row has more than 10,000 cells: not imported"
    ]
    assert _names(db) == ["Ana Puig", "Jordi Vila"]


@pytest.mark.parametrize(
    ("header", "what"),
    [
        ("First Name" + ",x" * MAX_PROPERTIES, "the header row has more than 10,000 columns"),
        ("First Name," + "h" * (MAX_LINE_BYTES + 1), "a line is longer than 10 MB"),
    ],
)
def test_a_csv_header_beyond_the_limits_refuses_the_file_at_line_1(
    db: Database, tmp_path: Path, header: str, what: str
) -> None:
    path = tmp_path / "header.csv"
    path.write_text(header + "\r\nAna,Puig\r\n", encoding="utf-8")
    with pytest.raises(InputTooLargeError) as refused:
        import_files(db, [path])
    assert str(refused.value) == f"{path}:1: {what}; nothing was imported"
    assert _names(db) == []


def test_a_photo_file_over_20_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "poster.jpg", MAX_PHOTO_BYTES + 1)
    with pytest.raises(InputTooLargeError) as refused:
        read_photo_file(path)
    assert str(refused.value) == f"{path}: the photo is larger than 20 MB"
    small = tmp_path / "small.jpg"
    small.write_bytes(b"\xff\xd8\xff\xe0 a tiny jpeg")
    assert read_photo_file(small) == b"\xff\xd8\xff\xe0 a tiny jpeg"


def test_cards_nested_10000_deep_are_refused_with_bounded_memory(tmp_path: Path) -> None:
    """Android's 2.1 nesting is read; nesting past 32 levels refuses the card that holds it."""
    path = tmp_path / "nested.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Outer\r\n"
        + b"BEGIN:VCARD\r\n" * 10_000
        + b"END:VCARD\r\n" * 10_001
    )
    items: list[object] = []
    peak = _peak_while(lambda: items.extend(read_vcard_file(path)))
    assert [str(p) for p in items if not hasattr(p, "record")][:1] == [
        "nested.vcf:35: cards nested more than 32 deep"
    ]
    assert peak < 4 * MB
