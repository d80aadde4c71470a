"""Generated contacts as a vdir (one vCard 3.0 file per contact), for tools such as khard."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import vobject

from crm_desktop.records.drafts import ContactDraft


def write_vdir(drafts: Iterable[ContactDraft], folder: Path) -> int:
    """Write each draft as ``<n>.vcf`` with vobject; the number written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for number, draft in enumerate(drafts):
        card = vobject.vCard()
        card.add("fn").value = draft.formatted_name
        card.add("n").value = vobject.vcard.Name(family=draft.family_name, given=draft.given_name)
        if draft.uid:
            card.add("uid").value = draft.uid
        for email in draft.emails:
            line = card.add("email")
            line.value = email.value
            line.type_param = [t.upper() for t in email.types] or ["INTERNET"]
        for phone in draft.phones:
            line = card.add("tel")
            line.value = phone.value
            line.type_param = [t.upper() for t in phone.types] or ["VOICE"]
        if draft.accounts:
            card.add("org").value = [draft.accounts[0].name]
        if draft.title:
            card.add("title").value = draft.title
        if draft.note:
            card.add("note").value = draft.note
        (folder / f"{number}.vcf").write_text(card.serialize(), encoding="utf-8")
        written += 1
    return written
