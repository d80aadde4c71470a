"""Importing a generated 10,000-message mbox into a database of 1,000 contacts, against
Python's ``mailbox`` module merely parsing the same file (issue 19)."""

from __future__ import annotations

import random
import statistics
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from bench.vcard_bench import _timed_process_cpu, compile_package
from crm_desktop.records.drafts import ContactDraft, EmailValue
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import open_database
from crm_desktop.services.mail import set_own_addresses

OWN = "me@crm-desktop.example"
_MAILBOX_PARSE = "import mailbox, sys\nprint(sum(1 for _ in mailbox.mbox(sys.argv[1])))\n"
_WORDS = [
    "olive",
    "oil",
    "price",
    "list",
    "order",
    "shipment",
    "invoice",
    "meeting",
    "Thursday",
    "contract",
    "season",
    "samples",
    "warehouse",
    "Athens",
    "Barcelona",
    "Tehran",
    "Cairo",
    "delivery",
    "discount",
    "quality",
]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def write_mbox(path: Path, messages: int, contacts: int, seed: int = 19) -> None:
    """``messages`` messages between the user and ``contacts`` people (and some strangers):
    plain text, a fifth also with HTML, one in twenty with a small attachment."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    with path.open("wb") as out:
        for number in range(messages):
            people = [f"person{rng.randrange(contacts)}@example.com" for _ in range(2)]
            stranger = f"stranger{rng.randrange(messages)}@elsewhere.example"
            outgoing = rng.random() < 0.4
            message = EmailMessage()
            message["From"] = OWN if outgoing else f"Person <{people[0]}>"
            message["To"] = people[0] if outgoing else OWN
            message["Cc"] = ", ".join([people[1], stranger] if rng.random() < 0.3 else [people[1]])
            message["Subject"] = _sentence(rng, 5)
            message["Date"] = format_datetime(start + timedelta(minutes=37 * number))
            message["Message-ID"] = f"<{number}.{seed}@bench.example>"
            body = "\n\n".join(_sentence(rng, 30) for _ in range(rng.randrange(2, 8)))
            message.set_content(body)
            if rng.random() < 0.2:
                message.add_alternative(f"<html><body><p>{body}</p></body></html>", subtype="html")
            if rng.random() < 0.05:
                message.add_attachment(
                    rng.randbytes(5000), maintype="application", subtype="pdf",
                    filename=f"offer-{number}.pdf",
                )  # fmt: skip
            out.write(b"From bench@example.com Mon Nov 30 10:00:00 2026\n")
            data = message.as_bytes().replace(b"\r\n", b"\n")
            out.write(data.replace(b"\nFrom ", b"\n>From "))
            out.write(b"\n")


def bench_mail_import(folder: Path, messages: int, contacts: int, runs: int) -> dict[str, float]:
    compile_package()
    path = folder / f"box-{messages}.mbox"
    write_mbox(path, messages, contacts)
    ours: list[float] = []
    theirs: list[float] = []
    ours_cpu: list[float] = []
    theirs_cpu: list[float] = []
    peak = 0.0
    for run in range(runs):
        db = folder / f"mail-{run}.sqlite3"
        with open_database(db, "en") as opened:
            add_contacts(
                opened,
                [
                    ContactDraft(f"Person {i}", emails=(EmailValue(f"person{i}@example.com"),))
                    for i in range(contacts)
                ],
            )
            set_own_addresses(opened, [OWN])
        took, rss, cpu = _timed_process_cpu(
            [sys.executable, "-m", "crm_desktop", "import", str(path), "--db", str(db)]
        )
        ours.append(took)
        ours_cpu.append(cpu)
        peak = max(peak, rss)
        took, _, cpu = _timed_process_cpu([sys.executable, "-c", _MAILBOX_PARSE, str(path)])
        theirs.append(took)
        theirs_cpu.append(cpu)
    return {
        "ours": statistics.median(ours),
        "reference": statistics.median(theirs),
        "ours_cpu": statistics.median(ours_cpu),
        "reference_cpu": statistics.median(theirs_cpu),
        "peak_mib": peak,
        "megabytes": path.stat().st_size / (1 << 20),
    }
