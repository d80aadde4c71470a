#!/usr/bin/env python3
"""Finding duplicates among 100,000 contacts (issue 12: under 10 s and under 300 MB).

    .venv/bin/python bench/duplicates_bench.py [--count 100000] [--planted 5000]

Builds a database of ``--count`` generated contacts (sample_data: mixed scripts, accounts,
two e-mails and two phones each), 3% of them moved onto ``info@`` of 30 firms and 2% onto 20
switchboard numbers, plus ``--planted`` variants of some of them (given and family swapped,
the given name cut to an initial, accents dropped, a Greek name in Latin letters), each
sharing an e-mail or a phone with its original written another way. Then ``find_duplicates``
runs in a fresh process (so its peak RSS is its own): the time, the peak, the groups, and how
many planted pairs ended in one group.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anyascii import anyascii  # noqa: E402

from crm_desktop.records.drafts import ContactDraft, EmailValue, PhoneValue  # noqa: E402
from crm_desktop.services.contacts import add_contacts  # noqa: E402
from crm_desktop.services.database import open_database  # noqa: E402
from crm_desktop.services.sample_data import generate_contacts  # noqa: E402


def _plain(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def _variant(draft: ContactDraft, kind: int) -> ContactDraft:
    email = draft.emails[0].value
    phone = draft.phones[-1].value  # the mobile: the generator's office numbers are random
    if kind == 0:  # swapped, the e-mail in capitals
        return ContactDraft(
            given_name=draft.family_name,
            family_name=draft.given_name,
            emails=(EmailValue(email.upper()),),
        )
    if kind == 1:  # an initial, the phone without spaces
        return ContactDraft(
            given_name=draft.given_name[:1] + ".",
            family_name=draft.family_name,
            phones=(PhoneValue(phone.replace(" ", "")),),
        )
    if kind == 2:  # accents dropped
        return ContactDraft(
            given_name=_plain(draft.given_name),
            family_name=_plain(draft.family_name),
            emails=(EmailValue(f" {email} "),),
        )
    return ContactDraft(  # in Latin letters
        given_name=anyascii(draft.given_name).replace("oy", "ou"),
        family_name=anyascii(draft.family_name).replace("oy", "ou"),
        emails=(EmailValue(email),),
    )


def build(path: Path, count: int, planted: int, seed: int = 12) -> list[tuple[int, int]]:
    """The database at ``path``; the planted pairs (original id, variant id)."""
    rng = random.Random(seed)
    drafts = list(generate_contacts(count))
    firms = [f"info@firm{i}.example" for i in range(30)]
    switchboards = [f"+30 210 600 {1000 + i}" for i in range(20)]
    for i in rng.sample(range(count), count * 3 // 100):
        d = drafts[i]
        drafts[i] = dataclasses.replace(d, emails=(EmailValue(rng.choice(firms)), *d.emails[1:]))
    for i in rng.sample(range(count), count * 2 // 100):
        d = drafts[i]
        drafts[i] = dataclasses.replace(
            d, phones=(PhoneValue(rng.choice(switchboards)), *d.phones[1:])
        )
    pairs: list[tuple[int, int]] = []
    originals = rng.sample(range(count), planted)
    variants = []
    for n, i in enumerate(originals):
        variants.append(_variant(drafts[i], n % 4))
        pairs.append((i + 1, count + n + 1))
    with open_database(path, "en_GB", auto_backup=False) as db:
        add_contacts(db, [*drafts, *variants])
    return pairs


def measure(path: Path) -> dict[str, object]:
    """Runs in the child process: find_duplicates on ``path``, timed, with the peak RSS."""
    from crm_desktop.services.database import read_database
    from crm_desktop.services.duplicates import find_duplicates

    start = time.perf_counter()
    cpu = time.process_time()
    with read_database(path) as db:
        groups = find_duplicates(db, region="GR")
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_mib": _peak_mib(),
        "groups": [list(g.ids) for g in groups],
    }


def _peak_mib() -> float:
    """This process's peak RSS. Linux's ``ru_maxrss`` keeps the parent's peak across the
    ``vfork``/``exec`` that started us (the 100,000 drafts the parent built); ``VmHWM`` is
    our own memory's."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--planted", type=int, default=5_000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        json.dump(measure(args.measure), sys.stdout)
        return 0
    with tempfile.TemporaryDirectory(prefix="crm-dup-bench-") as folder:
        path = Path(folder) / "crm.sqlite3"
        print(f"{args.count:,} contacts and {args.planted:,} planted variants ...", flush=True)
        pairs = build(path, args.count, args.planted)
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(child.stdout)
    group_of = {i: n for n, ids in enumerate(result["groups"]) for i in ids}
    found = sum(1 for a, b in pairs if a in group_of and group_of.get(b) == group_of[a])
    sizes = [len(ids) for ids in result["groups"]]
    print(
        f"find_duplicates: {result['seconds']:.2f} s ({result['cpu_seconds']:.2f} s of CPU), "
        f"peak RSS {result['peak_mib']:.0f} MiB"
    )
    print(
        f"{len(sizes):,} groups ({sum(sizes):,} contacts, largest {max(sizes, default=0)}); "
        f"planted pairs found: {found:,} of {len(pairs):,}"
    )
    met = result["seconds"] < 10 and result["peak_mib"] < 300
    print("target (< 10 s, < 300 MB):", "met" if met else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
