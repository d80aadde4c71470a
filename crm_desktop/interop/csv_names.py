"""How a contact's display name and its values' labels are written into CSV cells, and read
back: the writer (``csv_export``) and the reader (``csv_import``) share these, so that what
one writes the other reads.

- Outlook's CSV has no display-name column. Outlook shows an e-mail address as
  ``Full Name (address)`` (its "E-mail Display Name" column): the display name goes there,
  and is read back from there. A contact known only by its display name gets First and
  Last Name split from it, as Outlook splits a Full Name typed in.
- Google's CSV has ``Name`` (the display name, in its older format and in its importer) and,
  per e-mail, phone, address or website, a ``Label`` whose leading ``* `` marks the primary
  one.
"""

from __future__ import annotations

from collections.abc import Sequence

PRIMARY = "* "  # Google's mark of the primary item, before its label


def split_formatted_name(formatted: str) -> tuple[str, str]:
    """First and Last Name for a contact known only by its display name: the last word is
    the last name ("Frank Dawson" -> "Frank", "Dawson"; one word is a first name)."""
    words = formatted.strip().rsplit(None, 1)
    if len(words) < 2:
        return formatted.strip(), ""
    return words[0], words[1]


def outlook_email_display(formatted: str, address: str) -> str:
    """Outlook's "E-mail Display Name" for an address: ``Full Name (address)``."""
    return f"{formatted} ({address})" if formatted.strip() else ""


def formatted_from_email_display(displays: Sequence[str], addresses: Sequence[str]) -> str:
    """The display name in the first "E-mail Display Name" of Outlook's form
    ``Name (address)`` for one of the contact's addresses; "" when none has that form (a
    "Display as" the user typed is not the contact's name)."""
    for display in displays:
        for address in addresses:
            suffix = f" ({address})"
            if display.endswith(suffix) and display[: -len(suffix)].strip():
                return display[: -len(suffix)].strip()
    return ""


def google_label(types: Sequence[str], preferred: bool = False, custom_label: str = "") -> str:
    """A ``Label`` cell: the types capitalised and joined by `` ::: ``, then the user's own
    label in double quotes (so that it is not read as a type), ``* `` before it all for the
    primary item."""
    parts = [t.capitalize() for t in types]
    if custom_label:
        parts.append(f'"{custom_label}"')
    label = " ::: ".join(parts)
    return PRIMARY + label if preferred else label


def read_google_label(label: str) -> tuple[tuple[str, ...], bool, str]:
    """The types, the primary mark and the user's own label of a ``Label`` cell: Google's
    "* Work" or "Work Fax" ("work-fax"), or what ``google_label`` wrote."""
    text = label.strip()
    preferred = text.startswith(PRIMARY.strip())
    text = text.removeprefix(PRIMARY.strip()).strip()
    types: list[str] = []
    custom = ""
    for part in (p.strip() for p in text.split(" ::: ")):
        if len(part) > 1 and part.startswith('"') and part.endswith('"'):
            custom = part[1:-1]
        elif part and all(word[:1].isupper() for word in part.split()):
            types.append(part.lower().replace(" ", "-"))  # Google's "Work Fax"
        elif part:
            types.append(part.lower())
    return tuple(types), preferred, custom
