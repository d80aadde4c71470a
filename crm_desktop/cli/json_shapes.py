"""The command line's JSON shapes (DESIGN.md's contract) and the text lines made from the
same records: a contact, an activity, an import's matches and problems, a backup."""

from __future__ import annotations

import json
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any, TextIO

from crm_desktop.records.contacts import BackupEntry, ContactCard
from crm_desktop.records.drafts import PhotoValue
from crm_desktop.records.importing import ImportMatch
from crm_desktop.records.problems import Problem

if TYPE_CHECKING:
    from crm_desktop.records.activities import ActivityRow

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
        "emails": [
            {"value": e.value, "types": list(e.types), "preferred": e.preferred} for e in d.emails
        ],
        "phones": [
            {"value": p.value, "types": list(p.types), "preferred": p.preferred} for p in d.phones
        ],
        "addresses": [
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
            for a in d.addresses
        ],
        "urls": [{"value": u.value, "types": list(u.types)} for u in d.urls],
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
