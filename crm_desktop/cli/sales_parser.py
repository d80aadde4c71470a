"""The sales layer's commands and their arguments: ``deals``, ``deal add|move|won|lost``,
``forecast``, ``leads``, ``lead mark|status|unmark``, ``convert``."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from crm_desktop.records.money import parse_amount

# records.sales.DEAL_STATUSES (not imported here: every command builds this parser).
DEAL_STATUSES = ("open", "won", "lost")
# records.sales.LeadStatus, in its order.
LEAD_STATUSES = ("new", "contacted", "qualified", "disqualified")


def amount_argument(text: str) -> Decimal:
    """``--amount``: a plain decimal number (30000, 1250.50), else a usage error."""
    try:
        return parse_amount(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r} (write 1250.50)") from None


def date_argument(text: str) -> date:
    """A day as YYYY-MM-DD, else a usage error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def probability_argument(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"not a probability from 0 to 100: {text!r}")
    return value


def add_sales_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    deals = commands.add_parser(
        "deals", parents=[common], help="list the deals (opportunities), by expected close date"
    )
    deals.add_argument("--status", choices=DEAL_STATUSES, help="only open, won or lost ones")
    deals.add_argument("--stage", metavar="NAME", help="only those in this stage")
    deals.add_argument("--json", action="store_true", help="print a JSON array")

    deal = commands.add_parser(
        "deal", parents=[common], help="add, move, win, lose, delete or restore a deal"
    )
    actions = deal.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="add an open deal, then show it")
    add.add_argument("--title", required=True, metavar="TEXT")
    add.add_argument(
        "--account",
        required=True,
        metavar="NAME_OR_ID",
        help="the account's id, or its name (matched as duplicates are: case, accents and "
        "punctuation aside)",
    )
    add.add_argument("--amount", required=True, type=amount_argument, metavar="N")
    add.add_argument(
        "--currency", default="", metavar="CODE", help="ISO 4217 (default: your locale's)"
    )
    add.add_argument("--stage", metavar="NAME", help="default: the first stage")
    add.add_argument(
        "--probability",
        type=probability_argument,
        metavar="P",
        help="0-100 (default: the stage's; one given is kept when the deal changes stage)",
    )
    add.add_argument("--close", type=date_argument, metavar="YYYY-MM-DD", help="expected close")
    add.add_argument("--source", default="", metavar="TEXT", help="referral, web, ...")
    add.add_argument(
        "--contact", type=int, action="append", default=[], metavar="ID", help="a contact on it"
    )
    add.add_argument("--json", action="store_true", help="print the deal as JSON")

    move = actions.add_parser("move", parents=[common], help="move an open deal to a stage")
    move.add_argument("id", type=int, metavar="ID")
    move.add_argument("stage", metavar="STAGE")
    move.add_argument("--json", action="store_true", help="print the deal as JSON")

    won = actions.add_parser("won", parents=[common], help="the deal is won (today)")
    won.add_argument("id", type=int, metavar="ID")
    won.add_argument("--reason", default="", metavar="TEXT")
    won.add_argument("--date", type=date_argument, metavar="YYYY-MM-DD", help="default: today")
    won.add_argument("--json", action="store_true", help="print the deal as JSON")

    lost = actions.add_parser("lost", parents=[common], help="the deal is lost (today)")
    lost.add_argument("id", type=int, metavar="ID")
    lost.add_argument("--reason", required=True, metavar="TEXT")
    lost.add_argument(
        "--competitor", metavar="NAME_OR_ID", help="the account (competitor) it was lost to"
    )
    lost.add_argument("--date", type=date_argument, metavar="YYYY-MM-DD", help="default: today")
    lost.add_argument("--json", action="store_true", help="print the deal as JSON")

    for name, text in (
        (
            "delete",
            "move deals to the Trash, as the window does (`deal restore` brings them back)",
        ),
        ("restore", "bring deals back from the Trash (not while their account is in it)"),
    ):
        trash = actions.add_parser(name, parents=[common], help=text)
        trash.add_argument("ids", type=int, nargs="+", metavar="ID", help="the deals' ids")

    forecast = commands.add_parser(
        "forecast",
        parents=[common],
        help="open deals by month of expected close and currency: count, amount, and "
        "weighted amount (amount x probability / 100)",
    )
    forecast.add_argument("--json", action="store_true", help="print a JSON array")

    leads = commands.add_parser(
        "leads", parents=[common], help="list the contacts and accounts marked as leads"
    )
    leads.add_argument("--json", action="store_true", help="print a JSON array")

    lead = commands.add_parser(
        "lead", parents=[common], help="mark a contact or an account as a lead, or change it"
    )
    lead_actions = lead.add_subparsers(dest="action", metavar="ACTION", required=True)
    helps = {
        "mark": "mark it as a lead (status new unless --status), then show the lead",
        "status": "set the lead's status (disqualified needs --reason), then show the lead",
        "unmark": "it is no lead any more (its status and source are forgotten)",
    }
    for name, text in helps.items():
        action = lead_actions.add_parser(name, parents=[common], help=text)
        which = action.add_mutually_exclusive_group(required=True)
        which.add_argument("--contact", type=int, metavar="ID", help="the contact")
        which.add_argument("--account", type=int, metavar="ID", help="the account")
        if name == "status":
            action.add_argument("status", choices=LEAD_STATUSES, metavar="STATUS",
                                help=", ".join(LEAD_STATUSES))  # fmt: skip
            action.add_argument("--reason", default="", metavar="TEXT", help="why disqualified")
        if name == "mark":
            action.add_argument("--status", choices=LEAD_STATUSES[:3], default="new")
            origin = "where the lead came from (referral, web, trade show...)"
            action.add_argument("--source", default="", metavar="TEXT", help=origin)
        action.add_argument("--json", action="store_true", help="print the lead as JSON")

    convert = commands.add_parser(
        "convert",
        parents=[common],
        help="convert a lead into a contact under its account (or --account's, matched with "
        "an existing account as duplicates are, else created), or an account lead "
        "(--account-lead) into a qualified account, with an opening deal if asked",
    )
    which = convert.add_mutually_exclusive_group(required=True)
    which.add_argument("contact_id", type=int, nargs="?", metavar="CONTACT_ID")
    which.add_argument("--account-lead", type=int, metavar="ID", help="the account lead to convert")
    convert.add_argument("--account", metavar="NAME", help="the company (default: the lead's)")
    convert.add_argument("--deal", metavar="TITLE", help="open a deal with this title")
    convert.add_argument("--amount", type=amount_argument, metavar="N", help="the deal's amount")
    convert.add_argument(
        "--currency", default="", metavar="CODE", help="the deal's (default: your locale's)"
    )
    convert.add_argument("--json", action="store_true", help="print the result as JSON")
