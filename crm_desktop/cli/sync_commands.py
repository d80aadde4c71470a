"""``crm-desktop sync``: CardDAV sync accounts and running a sync.

sync add NAME --url URL --username USER [--password-file FILE] [--address-book NAME]
sync list [--json]
sync remove NAME
sync [NAME] [--region CC] [--json]    (every account when no name is given)
sync conflicts [--json]
sync resolve ID --keep mine|server
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from crm_desktop.cli.json_shapes import print_json
from crm_desktop.cli.opening import opened, reading
from crm_desktop.cli.region import add_region_option
from crm_desktop.errors import InvalidValueError

_ACTIONS = ("add", "list", "remove", "conflicts", "resolve")


def add_sync_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="two-way sync with a CardDAV server (sync add|list|remove|conflicts|resolve)",
        description="Without an action: sync the account NAME (every account without a name). "
        "Actions: add NAME --url URL --username USER [--password-file FILE]; list; remove NAME; "
        "conflicts; resolve ID --keep mine|server. The password is kept in the system's "
        "keyring; CRM_DESKTOP_SYNC_PASSWORD gives it where there is none.",
    )
    sync.add_argument("words", nargs="*", metavar="ACTION_OR_NAME")
    sync.add_argument("--url", metavar="URL", help="the server (https://; http:// only locally)")
    sync.add_argument("--username", metavar="USER")
    sync.add_argument(
        "--password-file", metavar="FILE", help="read the password from the first line of FILE"
    )
    sync.add_argument(
        "--address-book", metavar="NAME", help="which address book (default: the first)"
    )
    sync.add_argument("--calendar", metavar="NAME", help="which calendar (default: the first)")
    sync.add_argument("--keep", choices=("mine", "server"), help="resolve: which version wins")
    add_region_option(sync, "on the server's cards")
    sync.add_argument("--json", action="store_true", help="print JSON")


def _password(args: argparse.Namespace) -> str:
    from crm_desktop.services.sync import PASSWORD_VARIABLE

    if args.password_file:
        with Path(args.password_file).expanduser().open(encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    raise InvalidValueError("password", "", f"given by --password-file or {PASSWORD_VARIABLE}")


def _account_json(account: Any) -> dict[str, Any]:
    return {
        "name": account.name,
        "url": account.url,
        "username": account.username,
        "address_book": account.address_book_url,
        "calendar": account.calendar_url,
        "vcard_version": account.vcard_version,
        "last_sync": account.last_sync_at,
        "last_summary": account.last_summary,
        "last_error": account.last_error,
    }


def cmd_sync(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services import sync

    words: list[str] = list(args.words)
    action = words.pop(0) if words and words[0] in _ACTIONS else "run"
    if action == "add":
        if len(words) != 1 or not args.url or not args.username:
            raise InvalidValueError("sync add", " ".join(words), "NAME --url URL --username USER")
        password = _password(args)
        with opened(path, create=True) as db:  # a new laptop: its contacts come from there
            account, in_keyring = sync.add_sync_account(
                db, words[0], args.url, args.username, password,
                address_book=args.address_book, calendar=args.calendar,
            )  # fmt: skip
        if not in_keyring:
            sys.stderr.write(
                "crm-desktop: no keyring is available: the password was not kept; set "
                f"{sync.PASSWORD_VARIABLE} when you sync\n"
            )
        if args.json:
            print_json(_account_json(account), out)
        else:
            out.write(f"added {account.name}: {account.address_book_url}\n")
        return 0
    if action == "list":
        with reading(path) as db:
            accounts = sync.list_sync_accounts(db)
        if args.json:
            print_json([_account_json(a) for a in accounts], out)
        for a in [] if args.json else accounts:
            status = a.last_error or a.last_summary or "never synced"
            out.write(f"{a.name}\t{a.url}\t{a.username}\t{a.last_sync_at or '-'}\t{status}\n")
        return 0
    if action == "remove":
        if len(words) != 1:
            raise InvalidValueError("sync remove", " ".join(words), "one account name")
        with opened(path) as db:
            sync.remove_sync_account(db, words[0])
        out.write(f"removed {words[0]}\n")
        return 0
    if action == "conflicts":
        with reading(path) as db:
            found = sync.conflicts(db)
        if args.json:
            print_json([{"id": c.item_id, "account": c.account, "contact_id": c.contact_id,
                         "account_id": c.account_id, "name": c.name, "fields": list(c.fields),
                         "server_card": c.server_card} for c in found], out)  # fmt: skip
        for c in [] if args.json else found:
            out.write(f"{c.item_id}\t{c.name}\t{', '.join(c.fields)}\n")
        return 0
    if action == "resolve":
        if len(words) != 1 or not words[0].isdigit() or not args.keep:
            raise InvalidValueError("sync resolve", " ".join(words), "ID --keep mine|server")
        with opened(path) as db:
            sync.resolve_conflict(db, int(words[0]), args.keep)
        out.write(f"resolved {words[0]}: {args.keep} kept\n")
        return 0
    return _run(path, args, words, out)


def _run(path: Path, args: argparse.Namespace, names: list[str], out: TextIO) -> int:
    from crm_desktop.services import sync

    results = []
    with opened(path) as db:
        chosen = names or [a.name for a in sync.list_sync_accounts(db)]
        if not chosen:
            raise InvalidValueError("sync", "", "possible without an account: add one (sync add)")
        for name in chosen:
            results.append(sync.run_sync(db, name, region=args.region))  # None: the locale's
    if args.json:
        shaped = [
            {"account": r.account, "contacts": r.contacts.as_dict(),
             "activities": r.activities.as_dict(), "problems": r.problems}
            for r in results
        ]  # fmt: skip
        print_json(shaped[0] if len(shaped) == 1 else shaped, out)
        return 0
    for r in results:
        out.write(f"{r.account}: {sync.summary_text(r)}\n")
        for problem in r.problems:
            out.write(f"  not read: {problem}\n")
    return 0
