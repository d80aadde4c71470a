"""Running the sales layer's commands: deals, deal add|move|won|lost|delete|restore, forecast,
leads, convert (arguments in ``sales_parser``). Lists and the forecast read through the reader alone
(no lock, no SQLAlchemy import); changes open the database whole."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from crm_desktop.cli.json_shapes import iso, print_json
from crm_desktop.cli.opening import opened, reading
from crm_desktop.errors import InvalidValueError
from crm_desktop.records.money import amount_text

if TYPE_CHECKING:  # imported when a sales command runs, not by every command
    from crm_desktop.records.ids import AccountId
    from crm_desktop.records.sales import Deal, ForecastRow, Lead
    from crm_desktop.services.database import Database


def deal_json(deal: Deal) -> dict[str, Any]:
    """A deal as the README shows it (amounts as decimal strings, never floats)."""
    return {
        "id": deal.id,
        "title": deal.title,
        "account_id": deal.account_id,
        "account": deal.account_name,
        "contact_ids": [link.contact_id for link in deal.contacts],
        "contacts": [{"id": link.contact_id, "role": link.role} for link in deal.contacts],
        "stage": deal.stage,
        "amount": amount_text(deal.amount, deal.currency),
        "currency": deal.currency,
        "probability": deal.probability,
        "weighted": amount_text(deal.weighted, deal.currency),
        "close_date": None if deal.close_date is None else deal.close_date.isoformat(),
        "status": deal.status.value,
        "closed_on": None if deal.closed_on is None else deal.closed_on.isoformat(),
        "lost_reason": deal.close_reason if deal.status.value == "lost" else None,
        "close_reason": deal.close_reason,
        "competitor_id": deal.competitor_id,
        "source": deal.source,
        "next_step": deal.next_step,
        "description": deal.description,
        "created_at": iso(deal.created_at),
        "updated_at": iso(deal.updated_at),
    }


def deal_line(deal: Deal) -> str:
    """id, title, account, stage, amount, currency, probability, close date; tab-separated."""
    return "\t".join(
        (
            str(deal.id),
            deal.title,
            deal.account_name,
            deal.stage if deal.status.value == "open" else f"{deal.stage} ({deal.status.value})",
            amount_text(deal.amount, deal.currency),
            deal.currency,
            f"{deal.probability}%",
            "" if deal.close_date is None else deal.close_date.isoformat(),
        )
    )


def forecast_json(row: ForecastRow) -> dict[str, Any]:
    return {
        "month": row.month or None,
        "currency": row.currency,
        "count": row.count,
        "amount": amount_text(row.amount, row.currency),
        "weighted": amount_text(row.weighted, row.currency),
    }


def lead_json(lead: Lead) -> dict[str, Any]:
    return {
        "contact_id": lead.contact_id,
        "account_id": lead.account_id,
        "name": lead.name,
        "account": lead.account_name,
        "status": lead.status.value,
        "reason": lead.reason,
        "source": lead.source,
        "created_at": iso(lead.created_at),
    }


def _print_deal(deal: Deal, args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        print_json(deal_json(deal), out)
    else:
        out.write(deal_line(deal) + "\n")


def _account(db: Database, name_or_id: str) -> AccountId:
    """An account by id (digits) or by name (matched as duplicates are)."""
    from crm_desktop.services.accounts import get_account
    from crm_desktop.services.leads import account_by_name

    if name_or_id.strip().isdigit():
        return get_account(db, int(name_or_id)).id
    found = account_by_name(db, name_or_id)
    if found is None:
        raise InvalidValueError("account", name_or_id, "the name or id of an account")
    return found


def _cmd_deals(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.sales import DealFilter, DealStatus
    from crm_desktop.services.deals import list_deals

    status = None if args.status is None else DealStatus(args.status)
    with reading(path) as db:
        deals = list_deals(db, DealFilter(status=status, stage=args.stage))
    if args.json:
        print_json([deal_json(deal) for deal in deals], out)
    else:
        for deal in deals:
            out.write(deal_line(deal) + "\n")
    return 0


def _deal_add(db: Database, args: argparse.Namespace) -> Deal:
    from crm_desktop.records.ids import ContactId
    from crm_desktop.records.sales import DealContact, DealDraft
    from crm_desktop.services.deals import create_deal

    draft = DealDraft(
        title=args.title,
        account_id=_account(db, args.account),
        amount=args.amount,
        currency=args.currency,
        stage=args.stage,
        probability=args.probability,
        close_date=args.close,
        source=args.source,
        contacts=tuple(DealContact(ContactId(i)) for i in args.contact),
    )
    return create_deal(db, draft)


def _deal_trash(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    """``deal delete|restore ID...``: as ``account delete|restore`` (one line per deal)."""
    from crm_desktop.services.deals import get_deal, restore_deals, trash_deals

    ids = list(dict.fromkeys(args.ids))
    deleting = args.action == "delete"
    with opened(path) as db:
        before = [get_deal(db, deal_id) for deal_id in ids]  # all known, or none
        changes = (trash_deals if deleting else restore_deals)(db, ids)
    moved = set(changes.removed if deleting else changes.restored)
    for deal in before:
        if deal.id in moved:
            what = "moved to the Trash" if deleting else "restored from the Trash"
        elif deleting:
            what = "was in the Trash already"
        elif deal.deleted_at is None:
            what = "was not in the Trash"
        else:
            what = f"stays in the Trash: its account {deal.account_id} is in the Trash"
        out.write(f"deal {deal.id} ({deal.title}): {what}\n")
    return 0


def _cmd_deal(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.deals import lose_deal, move_deal, win_deal

    if args.action in ("delete", "restore"):
        return _deal_trash(path, args, out)
    with opened(path) as db:
        if args.action == "add":
            deal = _deal_add(db, args)
        elif args.action == "move":
            deal = move_deal(db, args.id, args.stage)
        elif args.action == "won":
            deal = win_deal(db, args.id, args.date, args.reason)
        else:
            competitor = None if args.competitor is None else _account(db, args.competitor)
            deal = lose_deal(db, args.id, args.reason, competitor, args.date)
    _print_deal(deal, args, out)
    return 0


def _cmd_forecast(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.sales_reports import forecast

    with reading(path) as db:
        rows = forecast(db)
    if args.json:
        print_json([forecast_json(row) for row in rows], out)
        return 0
    for row in rows:
        values = forecast_json(row)
        out.write(
            f"{row.month or '(no date)'}\t{row.currency}\t{row.count}\t"
            f"{values['amount']}\t{values['weighted']}\n"
        )
    return 0


def _cmd_leads(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.leads import list_leads

    with reading(path) as db:
        leads = list_leads(db)
    if args.json:
        print_json([lead_json(lead) for lead in leads], out)
        return 0
    for lead in leads:
        out.write(_lead_line(lead) + "\n")
    return 0


def _cmd_lead(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.sales import LeadStatus
    from crm_desktop.services.leads import mark_lead, set_lead_status, unmark_lead

    which = {"contact_id": args.contact, "account_id": args.account}
    with opened(path) as db:
        if args.action == "unmark":
            unmark_lead(db, **which)
            out.write("no lead any more\n")
            return 0
        if args.action == "mark":
            lead = mark_lead(db, **which, status=LeadStatus(args.status), source=args.source)
        else:
            lead = set_lead_status(db, **which, status=LeadStatus(args.status), reason=args.reason)
    if args.json:
        print_json(lead_json(lead), out)
    else:
        out.write(_lead_line(lead) + "\n")
    return 0


def _lead_line(lead: Lead) -> str:
    kind, record_id = (
        ("contact", lead.contact_id) if lead.contact_id else ("account", lead.account_id)
    )
    return (
        f"{kind} {record_id}\t{lead.name}\t{lead.account_name}\t{lead.status.value}\t{lead.source}"
    )


def _cmd_convert(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.deals import get_deal
    from crm_desktop.services.leads import convert_account_lead, convert_lead

    if args.deal is not None and args.amount is None:
        raise InvalidValueError("--amount", "", "the amount of the deal --deal opens")
    if args.account_lead is not None and args.account is not None:
        raise InvalidValueError("--account", args.account, "given with a contact lead only")
    with opened(path) as db:
        if args.account_lead is not None:
            done = convert_account_lead(
                db, args.account_lead, deal_title=args.deal, amount=args.amount,
                currency=args.currency,
            )  # fmt: skip
        else:
            done = convert_lead(
                db,
                args.contact_id,
                account_name=args.account,
                deal_title=args.deal,
                amount=args.amount,
                currency=args.currency,
            )
        deal = None if done.deal_id is None else get_deal(db, done.deal_id)
    if args.json:
        print_json(
            {
                "contact_id": done.contact_id,
                "account_id": done.account_id,
                "account_created": done.account_created,
                "deal": None if deal is None else deal_json(deal),
            },
            out,
        )
        return 0
    made = "created" if done.account_created else "existing"
    if done.contact_id is None:
        out.write(f"account {done.account_id} converted: a qualified account\n")
    else:
        out.write(f"contact {done.contact_id} converted under account {done.account_id} ({made})\n")
    if deal is not None:
        out.write(deal_line(deal) + "\n")
    return 0


def export_deals(path: Path, output: str | None, out: TextIO) -> int:
    """``export --format deals-csv``: to ``output`` (atomically), else to ``out``."""
    import sys

    from crm_desktop.services.deal_export import export_deals_csv, write_deals_csv

    with reading(path) as db:
        if output:
            count = export_deals_csv(db, Path(output))
            sys.stderr.write(f"{count} deals written to {output}\n")
        else:
            write_deals_csv(db, out)
    return 0


SALES_COMMANDS: dict[str, Callable[[Path, argparse.Namespace, TextIO], int]] = {
    "deals": _cmd_deals,
    "deal": _cmd_deal,
    "forecast": _cmd_forecast,
    "leads": _cmd_leads,
    "lead": _cmd_lead,
    "convert": _cmd_convert,
}
