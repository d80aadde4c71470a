"""Relationships on the command line: ``relate``, ``unrelate``, ``relationship-types``, and
``referrals`` (who sends you business); ``show`` lists a contact's relationships."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from crm_desktop.cli.json_shapes import print_json
from crm_desktop.cli.opening import opened, reading
from crm_desktop.errors import InvalidValueError
from crm_desktop.records.money import amount_text

if TYPE_CHECKING:
    from crm_desktop.records.contacts import ContactCard
    from crm_desktop.records.relationships import Relation, RelationshipType
    from crm_desktop.services.database import Database

_TYPE_HELP = (
    'the relationship: a type\'s name or its inverse (manager, "direct report", spouse, '
    'referred-by, "former employee of"...; see relationship-types), read as '
    "'OTHER is ID's TYPE'"
)


def add_relationship_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    for name, help_text in (
        ("relate", "link a contact to another contact, an account, or a name"),
        ("unrelate", "remove a relationship between a contact and another"),
    ):
        command = commands.add_parser(name, parents=[common], help=help_text)
        command.add_argument("id", type=int, metavar="ID", help="the contact")
        command.add_argument("type", metavar="TYPE", help=_TYPE_HELP)
        command.add_argument(
            "other_id", type=int, metavar="OTHER_ID", nargs="?", help="the other contact"
        )
        command.add_argument("--account", action="store_true", help="OTHER_ID is an account's id")
        command.add_argument(
            "--name", metavar="TEXT", help="a person no record stands for (instead of OTHER_ID)"
        )
        command.add_argument("--json", action="store_true", help="print JSON")
    types = commands.add_parser(
        "relationship-types", parents=[common], help="list, add or remove relationship types"
    )
    types.add_argument("--add", metavar="NAME", help="add a type")
    types.add_argument(
        "--inverse", metavar="NAME", default="", help="with --add: its inverse (else itself)"
    )
    types.add_argument("--remove", metavar="NAME", help="remove a type no relationship uses")
    types.add_argument("--json", action="store_true", help="print a JSON array")
    referrals = commands.add_parser(
        "referrals",
        parents=[common],
        help="who sends you business: referrers, people referred, their won deals",
    )
    referrals.add_argument("--json", action="store_true", help="print a JSON array")


def relation_json(relation: Relation) -> dict[str, Any]:
    return {
        "id": relation.id,
        "type": relation.label,
        "type_id": relation.type_id,
        "key": relation.type_key,
        "other_kind": relation.other_kind.value,
        "other_id": relation.other_id,
        "other_name": relation.other_name,
    }


def relation_line(relation: Relation) -> str:
    where = (
        "" if relation.other_id is None else f" ({relation.other_kind.value} {relation.other_id})"
    )
    return f"{relation.label}: {relation.other_name}{where}"


def contact_shape(db: Database, card: ContactCard) -> dict[str, Any]:
    """A contact as ``show --json`` gives it: its fields and its relationships."""
    from crm_desktop.cli.json_shapes import contact_json

    shape = contact_json(card)
    shown = contact_relations(db, card.id) if card.deleted_at is None else []
    shape["relationships"] = [relation_json(r) for r in shown]
    return shape


def contact_relations(db: Database, contact_id: int) -> list[Relation]:
    from crm_desktop.services.relationships import relations

    return relations(db, contact_id=contact_id)


def _type_of(db: Database, word: str) -> tuple[RelationshipType, bool]:
    from crm_desktop.services.relationships import find_type, relationship_types

    found = find_type(relationship_types(db), word)
    if found is None:
        raise InvalidValueError("relationship type", word, "a type's name (see relationship-types)")
    return found


def _other(args: argparse.Namespace) -> None:
    if (args.other_id is None) == (args.name is None):
        raise InvalidValueError("relationship", str(args.id), "given OTHER_ID or --name (one)")


def _cmd_relate(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.records.relationships import RelationDraft
    from crm_desktop.services.relationships import relate

    _other(args)
    with opened(path) as db:
        kind, reverse = _type_of(db, args.type)
        draft = RelationDraft(
            args.id, kind.id, reverse,
            args.other_id if not args.account else None,
            args.other_id if args.account else None,
            args.name or "",
        )  # fmt: skip
        relation_id = relate(db, draft)
        shown = next(r for r in contact_relations(db, args.id) if r.id == relation_id)
    if args.json:
        print_json(relation_json(shown), out)
    else:
        out.write(f"{relation_line(shown)}\n")
    return 0


def _cmd_unrelate(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.relationships import unrelate

    _other(args)
    with opened(path) as db:
        kind, reverse = _type_of(db, args.type)
        label = kind.inverse_name if reverse else kind.name
        other_kind = "account" if args.account else "contact" if args.other_id else "name"
        found = [
            r
            for r in contact_relations(db, args.id)
            if r.type_id == kind.id
            and r.label == label
            and r.other_kind.value == other_kind
            and (r.other_id == args.other_id if args.other_id else r.other_name == args.name)
        ]
        if not found:
            other = args.other_id if args.other_id is not None else args.name
            raise InvalidValueError(
                "relationship", f"{args.id} {args.type} {other}", "a relationship there is"
            )
        for relation in found:
            unrelate(db, relation.id)
    if args.json:
        print_json([relation_json(r) for r in found], out)
    else:
        out.writelines(f"removed {relation_line(r)}\n" for r in found)
    return 0


def _cmd_types(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services import relationships as service

    with opened(path) if (args.add or args.remove) else reading(path) as db:
        if args.add:
            service.add_relationship_type(db, args.add, args.inverse)
        if args.remove:
            kind, _ = _type_of(db, args.remove)
            service.remove_relationship_type(db, kind.id)
        types = service.relationship_types(db)
    if args.json:
        print_json(
            [{"id": t.id, "name": t.name, "inverse": t.inverse_name, "key": t.key} for t in types],
            out,
        )
    else:
        out.writelines(f"{t.id}\t{t.name}\t{t.inverse_name}\n" for t in types)
    return 0


def _cmd_referrals(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from crm_desktop.services.relationships import referrals

    with reading(path) as db:
        rows = referrals(db)
    if not args.json:
        for r in rows:
            where = "" if r.referrer_id is None else f" ({r.referrer_kind.value} {r.referrer_id})"
            won = (
                f"{r.won_deals} won, {amount_text(r.won_amount, r.currency)} {r.currency}"
                if r.currency
                else "no won deals"
            )
            out.write(f"{r.referrer_name}{where}\t{r.referred} referred\t{won}\n")
        return 0
    shapes: list[dict[str, Any]] = []
    for r in rows:
        key = (r.referrer_kind.value, r.referrer_id, r.referrer_name)
        if not shapes or shapes[-1]["_key"] != key:
            shapes.append(
                {
                    "_key": key,
                    "referrer": {
                        "kind": r.referrer_kind.value,
                        "id": r.referrer_id,
                        "name": r.referrer_name,
                    },
                    "referred": r.referred,
                    "won": [],
                }
            )
        if r.currency:
            shapes[-1]["won"].append(
                {
                    "currency": r.currency,
                    "deals": r.won_deals,
                    "amount": amount_text(r.won_amount, r.currency),
                }
            )
    print_json([{k: v for k, v in s.items() if k != "_key"} for s in shapes], out)
    return 0


RELATIONSHIP_COMMANDS: dict[str, Callable[[Path, argparse.Namespace, TextIO], int]] = {
    "relate": _cmd_relate,
    "unrelate": _cmd_unrelate,
    "relationship-types": _cmd_types,
    "referrals": _cmd_referrals,
}
