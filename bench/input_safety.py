"""Data-safety figures for input that used to be lost or changed without a word: a CSV quote
never closed, a photo's base64 on one unfolded line, control characters in names.

Run through ``bench/run.py --safety`` (``--kills 0 --fuzz 0`` for these and the limits alone).
"""

from __future__ import annotations

import base64
import os
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from bench.safety_report import Row

MB = 1 << 20


def _peak(action: Callable[[], object]) -> tuple[int, float]:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        action()
        return tracemalloc.get_traced_memory()[1], time.perf_counter() - start
    finally:
        tracemalloc.stop()


def _card(name: str, *lines: str) -> str:
    return "".join(
        f"{line}\r\n" for line in ("BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", *lines, "END:VCARD")
    )


def input_rows(folder: Path) -> list[Row]:
    """Each case tried once on generated data, through the import service."""
    from crm_desktop.interop.limits import MAX_PHOTO_LINE_BYTES
    from crm_desktop.records.importing import ImportSummary
    from crm_desktop.services.contact_cards import get_contact
    from crm_desktop.services.contact_list import search_contacts
    from crm_desktop.services.database import open_database
    from crm_desktop.services.importing import import_files

    print("input that was lost or changed ...", flush=True)
    rows = []
    summaries: list[ImportSummary] = []

    def run(path: Path) -> tuple[ImportSummary, int, float]:
        summaries.clear()
        peak, took = _peak(lambda: summaries.append(import_files(db, [path])))
        return summaries[0], peak, took

    with open_database(folder / "input.sqlite3", "en") as db:
        unclosed = folder / "unclosed-quote.csv"
        with unclosed.open("w", encoding="utf-8", newline="") as out:
            out.write("First Name,Last Name,E-mail Address\r\nAna,Puig,ana@puig.example\r\n")
            out.write('Pau,"Serra,pau@serra.example\r\n')
            for n in range(100_000):
                out.write(f"Person{n},Family{n},p{n}@example.com\r\n")
        summary, peak, took = run(unclosed)
        longest = max(len(r.name) for r in search_contacts(db).rows)
        rows.append(
            Row(
                f"a {unclosed.stat().st_size / MB:.1f} MB CSV whose quote is never closed, "
                "100,000 rows after it",
                f"imported {summary.imported}, failed {summary.failed} "
                f"({summary.problems[0] if summary.problems else 'no problem!'}); longest name "
                f"{longest} characters; peak memory {peak / MB:.0f} MB; {took:.1f} s",
                (summary.imported, summary.failed) == (1, 1)
                and bool(summary.problems)
                and summary.problems[0].line == 3
                and longest < 20,
            )
        )

        for size in (15, 30):
            path = folder / f"unfolded-photo-{size}.vcf"
            data = base64.b64encode(os.urandom(size * MB)).decode()
            path.write_text(
                _card(f"Photo {size}", f"PHOTO;ENCODING=b;TYPE=JPEG:{data}"),
                encoding="ascii",
                newline="",
            )
            del data
            summary, peak, took = run(path)
            line = path.stat().st_size
            if size * MB * 4 // 3 < MAX_PHOTO_LINE_BYTES:
                [row] = [r for r in search_contacts(db).rows if r.name == f"Photo {size}"] or [None]
                photo = get_contact(db, row.id).draft.photo if row is not None else None
                stored = photo.data if photo is not None and photo.data is not None else b""
                figure = f"imported, photo of {len(stored) / MB:.0f} MB stored"
                held = summary.imported == 1 and len(stored) == size * MB and peak < 5 * line
            else:
                figure = f"card refused ({summary.problems[0] if summary.problems else 'no!'})"
                held = bool(summary.problems) and "photo" in summary.problems[0].message
                held = held and peak < 1.5 * MAX_PHOTO_LINE_BYTES
            rows.append(
                Row(
                    f"a {size} MB photo, its base64 on one unfolded line of {line / MB:.0f} MB",
                    f"{figure}; peak memory {peak / MB:.0f} MB; {took:.1f} s",
                    held,
                )
            )

        controls = folder / "control-characters.csv"
        with controls.open("w", encoding="utf-8", newline="") as out:
            out.write("First Name,Last Name,Notes\r\n")
            for n in range(10_000):
                out.write(f'Na\x00me{n},Fam\x1b[1mily{n},"rings\x07 twice\r\n\tthen stops"\r\n')
        summary, peak, took = run(controls)
        names = [r.name for r in search_contacts(db, "Name").rows]
        dirty = sum(bool(re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", n)) for n in names)
        rows.append(
            Row(
                "NUL, escape and bell in each of 10,000 CSV rows",
                f"imported {summary.imported:,}; "
                f"{summary.problems[0] if summary.problems else 'no warning!'}; "
                f"names still holding one {dirty}; {took:.1f} s",
                summary.imported == 10_000 and dirty == 0 and len(summary.problems) == 1,
            )
        )
    return rows
