"""What each CSV format we write cannot hold: the one list.

A contact exported in one of these formats and imported again comes back whole but for
these. The README's interop section says the same words (a test keeps them equal), and the
round-trip test of the whole corpus leaves out or reduces exactly these (one rule per
``key``). A loss goes here only when the format has no column for it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Loss:
    key: str  # the rule of the round-trip comparison that leaves it out
    text: str  # in the README's words (an item of its list, which adds the full stop)


_ALWAYS = (
    Loss("extra", "vCard properties kept as written (`X-...`, certificates, `GEO`...)"),
    Loss("uid", "The UID"),
    Loss("keep-in-touch", "How often to keep in touch"),
    Loss(
        "accounts",
        "Accounts but the primary one; the primary one's title is the contact's job title",
    ),
)

CANNOT_HOLD: dict[str, tuple[Loss, ...]] = {
    "outlook-csv": (
        Loss(
            "display-name",
            "The display name of a contact without an e-mail address, where it is not the "
            "name its parts make (Title First Middle Last Suffix): Outlook has no display-name "
            'column, and its "E-mail Display Name" (`Name (address)`) holds it only beside '
            "an address",
        ),
        Loss(
            "name-parts",
            "A contact named only by its display name comes back with First and Last Name "
            "split from it (the last word is the last name)",
        ),
        Loss("nickname", "The nickname"),
        Loss("partial-dates", "A birthday or anniversary without a year or without a day"),
        Loss("category-separators", "A category whose name holds `,` or `;` (split there)"),
        Loss(
            "emails",
            "E-mail addresses after the third, their types and labels; the preferred one is "
            "written first, unmarked",
        ),
        Loss(
            "phones",
            "Phone types Outlook has no column for (such a phone is an Other Phone), phones "
            "beyond its columns (two business, two home, one of every other kind, then one "
            "more as Other Phone), their order and labels; the preferred phone is its "
            "Primary Phone, which marks the first phone of that number",
        ),
        Loss(
            "addresses",
            "Addresses beyond one business, one home and one other (a second work or home "
            "address is the other one while that is free), address types but work and home, "
            "the preferred mark, the formatted label and the user's label; the extended "
            "address (an apartment, a building) is written as the last street line",
        ),
        Loss("urls", "Web pages after the first, their types and labels"),
        Loss("impp", "Instant-messaging addresses"),
        Loss(
            "custom-fields",
            "Custom fields, but those named as one of Outlook's own columns (`Spouse`, "
            "`Manager's Name`, `Hobby`, `User 1`...), which come back in Outlook's order",
        ),
        Loss("photo", "The photo"),
        *_ALWAYS,
    ),
    "google-csv": (
        Loss("role", "The role (Google's format has no column for it)"),
        Loss("gender", "The gender (Google's current format has no column for it)"),
        Loss("photo-image", "A photo stored as an image (Google's `Photo` is a web address)"),
        *_ALWAYS,
    ),
}
