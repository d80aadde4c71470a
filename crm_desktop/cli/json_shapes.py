"""The command line's JSON shapes (DESIGN.md's contract) and the text lines made from the
same records: a contact, an activity, an import's matches and problems, a backup."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any, TextIO

from crm_desktop.records.contacts import BackupEntry, ContactCard, ContactRow
from crm_desktop.records.drafts import AddressValue, EmailValue, PhoneValue, PhotoValue, UrlValue
from crm_desktop.records.importing import ImportMatch
from crm_desktop.records.problems import Problem

if TYPE_CHECKING:
    from crm_desktop.records.activities import ActivityRow, NoteRow
    from crm_desktop.services.accounts import AccountCard

JsonObject = dict[str, Any]


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def photo_json(photo: PhotoValue | None) -> JsonObject | None:
    import hashlib  # here: OpenSSL's loading costs every command 5-15 ms

    if photo is None:
        return None
    if photo.data is not None:
        return {
            "media_type": photo.media_type,
            "bytes": len(photo.data),
            "sha256": hashlib.sha256(photo.data).hexdigest(),
        }
    return {"uri": photo.uri}


def emails_json(emails: Sequence[EmailValue]) -> list[JsonObject]:
    return [{"value": e.value, "types": list(e.types), "preferred": e.preferred} for e in emails]


def phones_json(phones: Sequence[PhoneValue]) -> list[JsonObject]:
    return [{"value": p.value, "types": list(p.types), "preferred": p.preferred} for p in phones]


def addresses_json(addresses: Sequence[AddressValue]) -> list[JsonObject]:
    return [
        {
            "types": list(a.types),
            "po_box": a.po_box,
            "extended": a.extended,
            "street": a.street,
            "locality": a.locality,
            "region": a.region,
            "postal_code": a.postal_code,
            "country": a.country,
        }
        for a in addresses
    ]


def urls_json(urls: Sequence[UrlValue]) -> list[JsonObject]:
    return [{"value": u.value, "types": list(u.types)} for u in urls]


def contact_json(card: ContactCard) -> JsonObject:
    """A contact in the JSON shape DESIGN.md fixes."""
    d = card.draft
    return {
        "id": card.id,
        "formatted_name": d.formatted_name,
        "prefix": d.prefix,
        "given_name": d.given_name,
        "additional_names": d.additional_names,
        "family_name": d.family_name,
        "suffix": d.suffix,
        "nickname": d.nickname,
        "accounts": [
            {"id": a.id, "name": a.name, "title": a.title, "primary": a.primary}
            for a in card.accounts
        ],
        "organization": card.organization,
        "department": d.department,
        "title": d.title,
        "role": d.role,
        "emails": emails_json(d.emails),
        "phones": phones_json(d.phones),
        "addresses": addresses_json(d.addresses),
        "urls": urls_json(d.urls),
        "impp": [
            {"value": i.value, "types": list(i.types), "preferred": i.preferred} for i in d.impp
        ],
        "birthday": d.birthday,
        "anniversary": d.anniversary,
        "gender": d.gender,
        "categories": list(d.categories),
        "note": d.note,
        "photo": photo_json(d.photo),
        "custom_fields": [{"label": f.label, "value": f.value} for f in d.custom_fields],
        "extra": [
            {
                "group": x.group,
                "name": x.name,
                "params": {key: list(values) for key, values in x.params},
                "value": x.value,
            }
            for x in d.extra
        ],
        "created_at": iso(card.created_at),
        "updated_at": iso(card.updated_at),
    }


def contact_line(row: ContactRow) -> str:
    """A contact as ``contacts`` lists it: id, name, account, email, phone."""
    return "\t".join((str(row.id), row.name, row.account, row.email, row.phone))


def print_json(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def problem_json(problem: Problem) -> JsonObject:
    message = problem.message if problem.fatal else f"warning: {problem.message}"
    # Line 0 is the file as a whole (it could not be read at all): no line.
    return {"file": problem.file, "line": problem.line or None, "message": message}


def match_json(match: ImportMatch) -> JsonObject:
    found: JsonObject = {
        "file": match.file,
        "line": match.line,
        "name": match.name,
        "contact_id": match.contact_id,
        "contact_name": match.contact_name,
        "reasons": list(match.reasons),
    }
    if match.earlier is not None:
        found["earlier"] = {"file": match.earlier[0], "line": match.earlier[1]}
    return found


def match_text(match: ImportMatch) -> str:
    if match.earlier is not None:
        other = f"{match.contact_name} ({match.earlier[0]}:{match.earlier[1]})"
    else:
        other = f"{match.contact_name} (contact {match.contact_id})"
    return f"{match.file}:{match.line}: {match.name} -> {other}: {', '.join(match.reasons)}"


def local_iso(moment: datetime | None, zone: tzinfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def activity_json(row: ActivityRow, zone: tzinfo) -> JsonObject:
    """An activity in the JSON shape DESIGN.md fixes; times with the local offset."""
    return {
        "id": row.id,
        "kind": row.kind,
        "subject": row.subject,
        "details": row.details,
        "start": local_iso(row.start, zone),
        "due": local_iso(row.due, zone),
        "duration_minutes": row.duration_minutes,
        "location": row.location,
        "priority": row.priority,
        "status": row.status,
        "outcome": row.outcome,
        "completed_at": local_iso(row.completed_at, zone),
        "contact_ids": list(row.contact_ids),
        "account_id": row.account_id,
    }


def activity_line(row: ActivityRow, zone: tzinfo) -> str:
    when = row.when
    # isoformat pads a year before 1000 (strftime's %Y does not on Linux)
    shown = when.astimezone(zone).isoformat(" ", "minutes")[:16] if when else "-"
    who = ", ".join(row.contact_names) or row.account_name
    return "\t".join((str(row.id), shown, row.kind, row.status, row.subject, who))


def backup_json(entry: BackupEntry) -> JsonObject:
    return {
        "path": str(entry.path),
        "created_at": iso(entry.created_at),
        "reason": entry.reason,
        "size": entry.size,
        "contacts": entry.contacts,
    }


def account_json(card: AccountCard) -> JsonObject:
    """An account: the contact fields that apply to a company, and its contacts' ids."""
    return {
        "id": card.id,
        "name": card.name,
        "website": card.website,
        "industry": card.industry,
        "emails": emails_json(card.emails),
        "phones": phones_json(card.phones),
        "addresses": addresses_json(card.addresses),
        "urls": urls_json(card.urls),
        "categories": list(card.categories),
        "note": card.note,
        "contact_ids": [contact.id for contact in card.contacts],
        "created_at": iso(card.created_at),
        "updated_at": iso(card.updated_at),
    }


def note_json(note: NoteRow) -> JsonObject:
    return {
        "id": note.id,
        "body": note.body,
        "pinned": note.pinned,
        "contact_id": note.contact_id,
        "account_id": note.account_id,
        "created_at": iso(note.created_at),
        "updated_at": iso(note.updated_at),
    }


def note_line(note: NoteRow, zone: tzinfo) -> str:
    """A note as ``activity_line`` shows an activity: id, time, "note", pinned, first line."""
    shown = note.created_at.astimezone(zone).isoformat(" ", "minutes")[:16]
    first = note.body.strip().split("\n", 1)[0]
    return "\t".join((str(note.id), shown, "note", "pinned" if note.pinned else "", first, ""))
