"""Whatever bytes come in, reading raises nothing but our documented error.

The fast profile; ``bench/run.py --fuzz`` runs the same reader on 100,000 inputs
(``bench.fuzz``), and ``test_csv_fuzz`` and ``tests/services/test_import_fuzz`` do the CSV
reader and the whole import service."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.errors import NoRecordsError
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file, read_vcard_stream
from crm_desktop.interop.vcard_syntax import OUTSIDE_CARD
from crm_desktop.records.problems import Problem

_PIECES = st.sampled_from(
    [
        b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"VERSION:2.1\r\n", b"VERSION:3.0\r\n",
        b"VERSION:4.0\n", b"FN:Ana\r\n", b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=CE=91=\r\n",
        b"=B1\r\n", b" folded\r\n", b"\tTAB\r\n", b"#comment\r\n", b"PHOTO;ENCODING=BASE64:AAA=\r\n",
        b"TEL;TYPE=\"a,b:c\";;X=1:123\r\n", b"ADR:;;\\\r\n", b"no colon here\r\n", b"\r\r\n",
        b"\xff\xfe", b"\xef\xbb\xbf", b"item1.X-ABLabel:x\r\n", b"BDAY:--0230\r\n", b"KIND:org\r\n",
        b"NOTE;CHARSET=no-such-charset:\xe9\r\n", b"\x00", b"ORG:\\;\\,\\\\;\r\n", b":\r\n",
    ]
)  # fmt: skip


def _read(data: bytes) -> list[ReadCard | Problem]:
    return list(read_vcard_stream(io.BytesIO(data), "fuzz.vcf"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map(b"".join))
def test_vcard_like_bytes_never_raise(data: bytes) -> None:
    for item in _read(data):
        assert isinstance(item, ReadCard | Problem)
        if isinstance(item, Problem):
            assert item.file == "fuzz.vcf" and item.line >= 1


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data: bytes) -> None:
    """Cards or Problems naming the file and a line of the input, never an exception; bytes
    without a card give at most the one "content outside a card" problem."""
    items = _read(data)
    breaks = data.count(b"\n") + data.count(b"\r")  # at least as many as the reader counts
    for item in items:
        assert isinstance(item, ReadCard | Problem)
        assert 1 <= item.line <= breaks + 1
        if isinstance(item, Problem):
            assert item.file == "fuzz.vcf" and item.message
    if b"VCARD" not in data.upper().replace(b"\x00", b""):  # no card, in UTF-16 or 32 either
        assert all(isinstance(i, Problem) and i.message == OUTSIDE_CARD for i in items)
        assert len(items) <= 1


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_a_file_of_random_bytes_is_read_or_refused_by_name(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("random") / "random.vcf"
    path.write_bytes(data)
    try:
        list(read_vcard_file(path))
    except NoRecordsError as error:
        assert "random.vcf" in str(error)
