"""How a contact is named when a name is missing, and how it files in a sorted list."""

from __future__ import annotations

from crm_desktop.records.drafts import ContactDraft


def file_as(family: str, given: str, additional: str, formatted: str) -> str:
    """The text a contact sorts by: family name first (Outlook's "File As"), else its FN."""
    if family.strip() or given.strip():
        return " ".join(
            part for part in (family.strip(), given.strip(), additional.strip()) if part
        )
    return formatted.strip()


def display_name(draft: ContactDraft) -> str:
    """FN if set; else built from the name parts; else the first email; else the first phone."""
    formatted = draft.formatted_name.strip()
    if formatted:
        return formatted
    parts = (
        draft.prefix,
        draft.given_name,
        draft.additional_names,
        draft.family_name,
        draft.suffix,
    )
    built = " ".join([part for part in map(str.strip, parts) if part])
    if built:
        return built
    if draft.emails:
        return draft.emails[0].value
    if draft.phones:
        return draft.phones[0].value
    return ""
