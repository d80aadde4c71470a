"""Bytes to physical lines: wherever the chunks of the file fall, the same lines; a line past
its limit never held; a photo's base64 data on one line allowed up to the photo limit."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.interop import vcard_syntax
from crm_desktop.interop.limits import MAX_PHOTO_LINE_BYTES
from crm_desktop.interop.vcard_syntax import LongLine, physical_lines

_BREAK = re.compile(rb"\r\r\n|\r\n|\n|\r")


def _expected(data: bytes, limit: int) -> list[bytes | LongLine]:
    parts = _BREAK.split(data)
    if parts and parts[-1] == b"":
        parts.pop()
    return [p if len(p) <= limit else LongLine("line") for p in parts]


@given(
    st.binary(min_size=1, max_size=60).map(
        lambda b: b"a" + bytes(b"ab\r\n"[x % 4] for x in b)  # "a": not UTF-16 by its look
    ),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=12),
)
def test_lines_are_the_same_wherever_the_chunks_fall(data: bytes, chunk: int, limit: int) -> None:
    original = vcard_syntax.CHUNK
    vcard_syntax.CHUNK = chunk  # not monkeypatch: hypothesis runs this many times
    try:
        assert list(physical_lines(io.BytesIO(data), limit)) == _expected(data, limit)
    finally:
        vcard_syntax.CHUNK = original


@pytest.mark.parametrize(
    ("line", "what"),
    [
        (b"PHOTO;ENCODING=b;TYPE=JPEG:" + b"A" * 200, None),
        (b"item1.PHOTO;ENCODING=BASE64;TYPE=PNG:" + b"A" * 200, None),
        (b"photo;encoding=b:" + b"A" * 200, None),
        (b"LOGO:data:image/png;base64," + b"A" * 200, None),
        (b"PHOTO;VALUE=uri:https://example.com/" + b"a" * 200, "line"),  # not data
        (b"NOTE:" + b"A" * 200, "line"),
        (b"X-PHOTO;ENCODING=b:" + b"A" * 200, "line"),
    ],
)
def test_only_a_photo_or_logo_in_base64_may_pass_the_line_limit(
    line: bytes, what: str | None
) -> None:
    lines = list(physical_lines(io.BytesIO(line + b"\r\nEND:VCARD\r\n"), limit=100))
    assert lines == [line if what is None else LongLine(what), b"END:VCARD"]


def test_a_photo_line_past_the_photo_limit_is_dropped_as_a_photo(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(vcard_syntax, "MAX_PHOTO_LINE_BYTES", 300)
    monkeypatch.setattr(vcard_syntax, "CHUNK", 64)
    line = b"PHOTO;ENCODING=b:" + b"A" * 400
    lines = list(physical_lines(io.BytesIO(b"FN:x\r\n" + line + b"\r\nEND:VCARD"), limit=100))
    assert lines == [b"FN:x", LongLine("photo"), b"END:VCARD"]
    assert MAX_PHOTO_LINE_BYTES > 26 << 20  # the real limit: a 20 MB photo's base64
