"""The command line's arguments for changing records: ``accounts``, ``account``,
``contact``, ``note`` and ``activity`` (argparse).

A value of the wrong form (an email address, a phone number, a birthday, a WHEN, an empty
note) is a usage error: exit status 2 and one line naming the option, nothing written.
"""

from __future__ import annotations

import argparse

from crm_desktop.cli.when import day_or_time_argument
from crm_desktop.records.value_forms import EMAIL, PHONE


def email_argument(text: str) -> str:
    value = text.strip()
    if not EMAIL.match(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not an email address")
    return value


def phone_argument(text: str) -> str:
    value = text.strip()
    if not PHONE.match(value):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a phone number (digits, spaces, + ( ) - . /)"
        )
    return value


def date_argument(text: str) -> str:
    """A birthday: an ISO 8601 date, or ``--04-15`` without the year; "" for none."""
    from crm_desktop.errors import InvalidValueError
    from crm_desktop.records.partial_dates import normalize_partial_date

    try:
        found = normalize_partial_date(text, "birthday")
    except InvalidValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not {error.expected}") from None
    return found or ""


def text_argument(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty text")
    return text.strip()


def _id_list(parser: argparse.ArgumentParser, kind: str) -> None:
    parser.add_argument("ids", type=int, nargs="+", metavar="ID", help=f"the {kind}s' ids")


def _details(parser: argparse.ArgumentParser, edit: bool) -> None:
    """--email, --phone (added to those there) and, editing, --remove-email, --remove-phone."""
    parser.add_argument(
        "--email",
        action="append",
        default=[],
        type=email_argument,
        metavar="ADDRESS",
        help="add an email address (again for more)",
    )
    parser.add_argument(
        "--phone",
        action="append",
        default=[],
        type=phone_argument,
        metavar="NUMBER",
        help="add a phone number, as written (again for more)",
    )
    if edit:
        parser.add_argument(
            "--remove-email",
            action="append",
            default=[],
            metavar="ADDRESS",
            help="remove this email address (case aside)",
        )
        parser.add_argument(
            "--remove-phone",
            action="append",
            default=[],
            metavar="NUMBER",
            help="remove this phone number (the same digits, however written)",
        )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _contact_fields(parser: argparse.ArgumentParser, edit: bool) -> None:
    parser.add_argument(
        "--name",
        type=text_argument,
        metavar="TEXT",
        help="the name as shown (default: made of the prefix, given and family names)",
    )
    parser.add_argument("--given", metavar="TEXT", help="the given (first) name")
    parser.add_argument("--family", metavar="TEXT", help="the family (last) name")
    parser.add_argument(
        "--account",
        metavar="NAME_OR_ID",
        help="the company the contact works for (their primary account): an account's id, or "
        "its name (case and accents aside); a name no account has makes a new account, as "
        "the contact editor does, and says so on stderr",
    )
    parser.add_argument("--title", metavar="TEXT", help="the job title (at the account)")
    parser.add_argument("--department", metavar="TEXT")
    parser.add_argument(
        "--birthday",
        type=date_argument,
        metavar="DATE",
        help="1980-04-15, or without the year --birthday=--04-15 (an empty one removes it)",
    )
    parser.add_argument("--note", metavar="TEXT", help="the contact's note (replaces it)")
    parser.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help="put the contact in this category (made if there is none; again for more)",
    )
    if edit:
        parser.add_argument(
            "--remove-category",
            action="append",
            default=[],
            metavar="NAME",
            help="take the contact out of this category",
        )
    _details(parser, edit)


def _account_fields(parser: argparse.ArgumentParser, edit: bool) -> None:
    parser.add_argument(
        "--name",
        type=text_argument,
        required=not edit,
        metavar="TEXT",
        help="the company's name (no other account may have it)",
    )
    parser.add_argument("--website", metavar="URL")
    parser.add_argument("--industry", metavar="TEXT")
    parser.add_argument("--note", metavar="TEXT", help="the account's note (replaces it)")
    _details(parser, edit)


def add_record_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``accounts``, ``account ...``, ``contact ...``, ``note add``, ``activity ...``."""
    accounts = commands.add_parser(
        "accounts",
        parents=[common],
        help="list the accounts (companies) whose name or website holds QUERY (all without one)",
    )
    accounts.add_argument("query", nargs="*", metavar="QUERY", help="words to search for")
    accounts.add_argument("--json", action="store_true", help="print a JSON array")

    account = commands.add_parser(
        "account", parents=[common], help="show, add, edit, delete or restore an account"
    )
    actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", parents=[common], help="one account, whole, with its contacts"
    )
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    _account_fields(actions.add_parser("add", parents=[common], help="a new account"), False)
    edit = actions.add_parser(
        "edit",
        parents=[common],
        help="change an account: the options given replace (name, website, industry, note) "
        "or add to (--email, --phone) what it has; its contacts stay",
    )
    edit.add_argument("id", type=int, metavar="ID")
    _account_fields(edit, True)
    _id_list(
        actions.add_parser(
            "delete",
            parents=[common],
            help="move accounts to the Trash, as the window does (its contacts stay; "
            "`account restore` brings them back)",
        ),
        "account",
    )
    _id_list(
        actions.add_parser("restore", parents=[common], help="bring accounts back from the Trash"),
        "account",
    )

    contact = commands.add_parser(
        "contact", parents=[common], help="add, edit, delete or restore a contact"
    )
    actions = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    _contact_fields(
        actions.add_parser(
            "add", parents=[common], help="a new contact (a name, an email or a phone at least)"
        ),
        False,
    )
    edit = actions.add_parser(
        "edit",
        parents=[common],
        help="change a contact: the options given replace (names, account, title, note...) or "
        "add to (--email, --phone, --category) what it has; --remove-... take values away",
    )
    edit.add_argument("id", type=int, metavar="ID")
    _contact_fields(edit, True)
    _id_list(
        actions.add_parser(
            "delete",
            parents=[common],
            help="move contacts to the Trash, as the window does (`contact restore` brings "
            "them back; the window's Undo does not know of it)",
        ),
        "contact",
    )
    _id_list(
        actions.add_parser("restore", parents=[common], help="bring contacts back from the Trash"),
        "contact",
    )

    note = commands.add_parser(
        "note", parents=[common], help="add a note about a contact or an account"
    )
    actions = note.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=[common], help="a note about a contact or an account, on its timeline"
    )
    about = add.add_mutually_exclusive_group(required=True)
    about.add_argument("--contact", type=int, metavar="ID", help="about this contact")
    about.add_argument("--account", type=int, metavar="ID", help="about this account")
    add.add_argument("text", type=text_argument, metavar="TEXT", help="what the note says")
    add.add_argument(
        "--pinned", action="store_true", help="pin it to the top of the timeline in the window"
    )
    add.add_argument("--json", action="store_true", help="print the note as JSON")

    activity = commands.add_parser(
        "activity", parents=[common], help="complete, reschedule or cancel an activity"
    )
    actions = activity.add_subparsers(dest="action", metavar="ACTION", required=True)
    done = actions.add_parser(
        "done",
        parents=[common],
        help="record the activity as done now (the contacts' last contact moves to now)",
    )
    done.add_argument("id", type=int, metavar="ID")
    done.add_argument("--outcome", default="", metavar="TEXT", help="how it went")
    reschedule = actions.add_parser(
        "reschedule",
        parents=[common],
        help="move the activity to WHEN, its reminder with it: a day alone (2026-12-03, "
        "today, tomorrow, +3d) keeps its time of day, as dragging it in the calendar does; "
        "a date-time (2026-12-03T14:30, local time) sets that time",
    )
    reschedule.add_argument("id", type=int, metavar="ID")
    reschedule.add_argument("when", type=day_or_time_argument, metavar="WHEN")
    cancel = actions.add_parser(
        "cancel", parents=[common], help="mark the activity cancelled (it leaves the schedule)"
    )
    cancel.add_argument("id", type=int, metavar="ID")
    for parser in (done, reschedule, cancel):
        parser.add_argument("--json", action="store_true", help="print the activity as JSON")
