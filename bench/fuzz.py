"""Fuzzing the importers: whatever bytes come in, only our documented errors come out.

The strategies here feed both the fast profile in the test suite (``tests/interop``,
``tests/services``) and the long one, ``bench/run.py --fuzz [N]`` (100,000 inputs by
default), which counts failures instead of stopping at the first.

What may come out: the vCard reader yields cards and ``Problem``s and raises nothing; the
CSV reader also raises ``NoRecordsError`` or ``InputTooLargeError``; the import service
raises only our ``CrmError`` subclasses, and leaves a database that passes ``check``.
"""

from __future__ import annotations

import io
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.errors import CrmError, InputTooLargeError, NoRecordsError
from crm_desktop.interop.csv_import import read_csv_file
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_stream
from crm_desktop.records.problems import Problem

VCARD_PIECES = st.sampled_from(
    [
        b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"VERSION:2.1\r\n", b"VERSION:3.0\r\n",
        b"VERSION:4.0\n", b"FN:Ana\r\n", b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=CE=91=\r\n",
        b"=B1\r\n", b" folded\r\n", b"\tTAB\r\n", b"#comment\r\n",
        b"PHOTO;ENCODING=BASE64:AAA=\r\n",
        b"TEL;TYPE=\"a,b:c\";;X=1:123\r\n", b"ADR:;;\\\r\n", b"no colon here\r\n", b"\r\r\n",
        b"\xff\xfe", b"\xef\xbb\xbf", b"item1.X-ABLabel:x\r\n", b"BDAY:--0230\r\n", b"KIND:org\r\n",
        b"NOTE;CHARSET=no-such-charset:\xe9\r\n", b"\x00", b"ORG:\\;\\,\\\\;\r\n", b":\r\n",
        b"PHOTO:data:image/png;base64,iVBORw0KGgo=\r\n", b"PHOTO;VALUE=uri:file:///etc/passwd\r\n",
        b"BDAY:19930102\r\n", b"ANNIVERSARY:--0412\r\n", b"KIND:group\r\n", b"UID:u-1\r\n",
        b"EMAIL;TYPE=INTERNET,pref:a@b.example\r\n", b"CATEGORIES:a,b\\,c\r\n", b"AGENT:\r\n",
        b"X-ABShowAs:COMPANY\r\n", b"LABEL;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab\r\n", b"\\\r\n",
        "FN:Ελένη Παπαδοπούλου\r\n".encode(), "N:حداد;فاطمة;;;\r\n".encode(), b"\xe9\xe8\r\n",
    ]
)  # fmt: skip

CSV_PIECES = st.sampled_from(
    [
        b"First Name,Last Name,E-mail Address,Mobile Phone,Notes,Birthday\r\n",
        b"Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Value,"
        b"Birthday,Group Membership,Address 1 - Street\r\n",
        b"Nom;Pr\xe9nom;Soci\xe9t\xe9;T\xe9l\xe9phone\r\n", b"First Name\tLast Name\r\n",
        b"Birth Day,Birth Month,Birth Year\r\n", b"April,12,1980\r\n",
        b"Ana,Puig,ana@puig.example,+34 600 111 222,\"a note, with a comma\",4/15/1980\r\n",
        b'"unterminated,', b'"a ""quoted"" cell"', b'"multi\r\nline",x\r\n', b",,,,\r\n",
        b"=HYPERLINK(\"x\"),'+44 20,-1\r\n", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"\r", b"\n",
        b";", b",", b"\t", "Ελένη,Παπαδοπούλου\r\n".encode(), "فاطمة,حداد\r\n".encode(),
        b"\x93smart\x94,quotes\r\n", b"0/0/00,31/12/1999\r\n", b"BEGIN:VCARD\r\n",
        b"version: 3\r\n",
        b"* myContacts ::: Work,x ::: y\r\n",
    ]
)  # fmt: skip

VCARD_BYTES = st.one_of(st.lists(VCARD_PIECES, max_size=40).map(b"".join), st.binary(max_size=600))
CSV_BYTES = st.one_of(st.lists(CSV_PIECES, max_size=30).map(b"".join), st.binary(max_size=600))
ANY_FILE = st.one_of(VCARD_BYTES, CSV_BYTES)


def read_vcard_bytes(data: bytes) -> None:
    """The vCard reader on ``data``: cards and problems only, each problem where it is."""
    for item in read_vcard_stream(io.BytesIO(data), "fuzz.vcf"):
        assert isinstance(item, ReadCard | Problem)
        if isinstance(item, Problem):
            assert item.file == "fuzz.vcf" and item.line >= 1


def read_csv_bytes(data: bytes, folder: Path) -> None:
    """The CSV reader on ``data`` saved as a file: rows, problems, or a refusal by name."""
    path = folder / "fuzz.csv"
    path.write_bytes(data)
    try:
        for item in read_csv_file(path):
            assert isinstance(item, ReadCard | Problem)
            if isinstance(item, Problem):
                assert item.file == "fuzz.csv" and item.line >= 1
    except (NoRecordsError, InputTooLargeError) as error:
        assert "fuzz.csv" in str(error)


@dataclass
class FuzzReport:
    target: str
    inputs: int = 0
    failures: int = 0
    seconds: float = 0.0
    first_failures: list[str] = field(default_factory=list)


def _counting(report: FuzzReport, check: Callable[[bytes], None]) -> Callable[[bytes], None]:
    def run(data: bytes) -> None:
        report.inputs += 1
        try:
            check(data)
        except Exception:  # counted, not raised: the long run goes on
            report.failures += 1
            if len(report.first_failures) < 5:
                report.first_failures.append(f"{data[:200]!r}\n{traceback.format_exc(limit=4)}")

    return run


def long_fuzz(target: str, count: int) -> FuzzReport:
    """``count`` inputs into ``target`` ("vcard", "csv" or "import"): how many ran and failed."""
    report = FuzzReport(target)
    folder = Path(tempfile.mkdtemp(prefix="crm-fuzz-"))
    checks: dict[str, tuple[st.SearchStrategy[bytes], Callable[[bytes], None]]] = {
        "vcard": (VCARD_BYTES, read_vcard_bytes),
        "csv": (CSV_BYTES, lambda data: read_csv_bytes(data, folder)),
        "import": (ANY_FILE, _import_check(folder)),
    }
    strategy, check = checks[target]
    counted = _counting(report, check)
    run = settings(
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )(given(strategy)(counted))
    start = time.perf_counter()
    run()
    report.seconds = time.perf_counter() - start
    return report


def _import_check(folder: Path) -> Callable[[bytes], None]:
    from crm_desktop.services.database import open_database

    db = open_database(folder / "fuzz.sqlite3", "en")

    def check(data: bytes) -> None:
        import_bytes(db, data, folder)

    return check


def import_bytes(db: object, data: bytes, folder: Path) -> None:
    """``data`` as a file through the whole import service (vCard or CSV, told apart by
    content): a summary or one of our errors, and a database that still passes ``check``."""
    from crm_desktop.services.database import Database
    from crm_desktop.services.health import check_database
    from crm_desktop.services.importing import import_files

    assert isinstance(db, Database)
    path = folder / "fuzz.import"
    path.write_bytes(data)
    try:
        summary = import_files(db, [path])
        assert summary.imported + summary.merged + summary.skipped + summary.failed >= 0
    except CrmError as error:
        assert "fuzz.import" in str(error)
    assert check_database(db) == []
