"""CardDAV sync against a local Radicale (issue 21): a first sync of 10,000 contacts coming
down, a first sync of contacts going up, and an incremental sync with 10 changes on each
side at 10,000, each against Radicale's own time to serve the same requests (the time our
client waited for its replies, measured in the same run), with the requests made and the
cards downloaded.

    .venv/bin/python bench/run.py --only sync [--quick]
    .venv/bin/python bench/sync_bench.py [--contacts 10000] [--up 1000]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from crm_desktop.interop.caldav_client import CalDavClient  # noqa: E402
from crm_desktop.interop.webdav import DavClient  # noqa: E402
from crm_desktop.records.drafts import ContactDraft, EmailValue  # noqa: E402
from crm_desktop.services import sync  # noqa: E402
from crm_desktop.services.contact_edits import contact_draft, update_contact  # noqa: E402
from crm_desktop.services.contacts import add_contacts  # noqa: E402
from crm_desktop.services.database import open_database  # noqa: E402
from tests.sync.radicale_server import PASSWORD, USER, Radicale  # noqa: E402


@dataclasses.dataclass
class Figure:
    what: str
    seconds: float
    server: float
    requests: int
    downloaded: int

    def line(self) -> str:
        ratio = self.seconds / self.server if self.server else float("inf")
        return (
            f"| {self.what} | {self.seconds:.2f} s | {self.server:.2f} s | {ratio:.2f}x | "
            f"{self.requests} | {self.downloaded} |"
        )


class Counting(DavClient):
    """Our client, keeping the last one made (its requests and waits are read after)."""

    last: DavClient | None = None

    def __init__(self, url: str, username: str, password: str) -> None:
        super().__init__(url, username, password)
        Counting.last = self


class CountingCalendar(CalDavClient):
    """The calendar's client (the caldav library), the same way: its requests and waits are
    added to the address book's (the sync runs both)."""

    last: CalDavClient | None = None

    def __init__(self, url: str, username: str, password: str) -> None:
        super().__init__(url, username, password)
        CountingCalendar.last = self


def _card(n: int) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:p{n}\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
        f"EMAIL;TYPE=WORK:p{n}@example.org\r\nTEL;TYPE=CELL:+30 697 {n:07d}\r\n"
        f"ORG:Company {n % 500}\r\nEND:VCARD\r\n"
    )


def _timed_sync(db_path: Path, what: str) -> Figure:
    with open_database(db_path) as db:
        started = time.perf_counter()
        CountingCalendar.last = None
        result = sync.run_sync(db, "home", password=PASSWORD, client_factory=Counting,
                               calendar_factory=CountingCalendar)  # fmt: skip
        seconds = time.perf_counter() - started
    client, calendar = Counting.last, CountingCalendar.last
    assert client is not None
    waited, requests = client.waited, client.requests
    if calendar is not None:
        waited, requests = waited + calendar.waited, requests + calendar.requests
    c = result.contacts
    return Figure(what, seconds, waited, requests, c.downloaded + c.updated)


def bench_sync(folder: Path, contacts: int = 10_000, up: int = 1_000) -> list[Figure]:
    figures = []
    server_folder = folder / "radicale"
    server_folder.mkdir()
    radicale = Radicale(server_folder).start()
    try:
        down_db = folder / "down.sqlite3"
        open_database(down_db).close()
        with open_database(down_db) as db:
            account, _ = sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD)
        radicale.stop()
        book = radicale.book_folder("crm-desktop")
        for n in range(contacts):
            (book / f"p{n}.vcf").write_text(_card(n), encoding="utf-8")
        radicale.start()
        with httpx.Client(
            auth=(USER, PASSWORD), timeout=600
        ) as warm:  # Radicale builds its item cache
            warm.request("PROPFIND", str(account.address_book_url), headers={"Depth": "1"})
        figures.append(_timed_sync(down_db, f"first sync, {contacts:,} cards down"))

        with open_database(down_db) as db:
            for contact_id in range(1, 11):
                draft = contact_draft(db, contact_id)
                update_contact(db, contact_id, dataclasses.replace(draft, title="Changed here"))
        with DavClient(radicale.url, USER, PASSWORD) as other:
            url = str(account.address_book_url)
            hrefs = [f"{url}p{n}.vcf" for n in range(contacts - 10, contacts)]
            for href, (etag, text) in other.multiget(url, hrefs).items():
                other.put(href, text.replace("END:VCARD", "NOTE:changed there\r\nEND:VCARD"),
                          "text/vcard", etag)  # fmt: skip
        figures.append(_timed_sync(down_db, f"incremental at {contacts:,}, 10 changes each side"))
        figures.append(_timed_sync(down_db, f"incremental at {contacts:,}, nothing changed"))

        up_db = folder / "up.sqlite3"
        with open_database(up_db) as db:
            add_contacts(db, [ContactDraft(f"Up {n}", given_name="Up", family_name=str(n),
                                           emails=(EmailValue(f"up{n}@example.org"),))
                              for n in range(up)])  # fmt: skip
        with DavClient(radicale.url, USER, PASSWORD) as maker:
            home = f"{radicale.url}{USER}/"
            maker.make_address_book(home, "up-book", "Up")
        with open_database(up_db) as db:
            sync.add_sync_account(db, "home", radicale.url, USER, PASSWORD, address_book="up-book")
        figures.append(_timed_sync(up_db, f"first sync, {up:,} cards up"))
    finally:
        radicale.stop()
    return figures


def report(figures: list[Figure]) -> None:
    print("| sync (CardDAV, local Radicale) | ours | Radicale serving | ratio | requests | "
          "cards downloaded |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for figure in figures:
        print(figure.line())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--up", type=int, default=1_000, help="cards of the first upload")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crm-sync-bench-") as folder:
        report(bench_sync(Path(folder), args.contacts, args.up))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
