"""Related people on a vCard, in each vendor's words.

Read: vCard 4.0's ``RELATED;TYPE=spouse`` (a ``urn:uuid:`` reference or, with
``VALUE=text``, a name), Apple's ``itemN.X-ABRELATEDNAMES`` with ``itemN.X-ABLabel``
(``_$!<Spouse>!$_`` or a label of the user's), Outlook's ``X-MS-MANAGER``,
``X-MS-ASSISTANT`` and ``X-MS-SPOUSE``. Written: ``RELATED`` in 4.0, Apple's form in 3.0,
Outlook's three in 2.1 (Outlook reads 2.1) and Apple's form for the others.

A ``RelatedValue.kind`` is the relationship's word as people write it ("Spouse", "Referred
by", a label of the user's); ``related_word`` turns each vendor's spelling into it.
"""

from __future__ import annotations

import re

from crm_desktop.records.drafts import RelatedValue

# Outlook's properties, by the word they mean.
OUTLOOK_RELATED = {
    "X-MS-MANAGER": "Manager",
    "X-MS-ASSISTANT": "Assistant",
    "X-MS-SPOUSE": "Spouse",
}
_OUTLOOK_BY_WORD = {word.casefold(): name for name, word in OUTLOOK_RELATED.items()}
# Apple's own labels (Contacts shows them in the user's language).
_APPLE_WORDS = (
    "Spouse", "Partner", "Manager", "Assistant", "Child", "Parent", "Mother", "Father",
    "Brother", "Sister", "Friend",
)  # fmt: skip
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# A reference to a card or a resource: urn:uuid:..., https://..., mailto:...
_SCHEME = re.compile(r"^(urn|https?|mailto|tel|sip|xmpp|cid|data|ldap):\S", re.IGNORECASE)
# RFC 6350's RELATED types and our built-in words, as TYPE tokens (lower case, hyphens).
_TOKENS = {
    "contact", "acquaintance", "friend", "met", "co-worker", "colleague", "co-resident",
    "neighbor", "child", "parent", "sibling", "spouse", "kin", "muse", "crush", "date",
    "sweetheart", "me", "agent", "emergency", "partner", "manager", "direct-report",
    "assistant", "assistant-to", "referred-by", "referred", "former-employee-of",
    "former-employer-of",
}  # fmt: skip


def related_word(written: str) -> str:
    """The relationship's word from a file's spelling: ``_$!<Spouse>!$_`` -> "Spouse",
    ``referred-by`` and Google's ``REFERRED_BY`` -> "Referred by"; a label of the user's as
    written."""
    text = written.strip()
    apple = _APPLE_LABEL.match(text)
    if apple:
        return apple.group(1).strip()
    plain = text.replace("_", " ").replace("-", " ")
    if text.lower() == text or text.upper() == text:  # a token: spouse, REFERRED_BY
        folded = plain.lower()
        if folded == "co worker":
            return "Colleague"
        return folded[:1].upper() + folded[1:]
    return text


def is_reference(value: str) -> bool:
    """A RELATED value that names a card (``urn:uuid:...``) or a resource, not a person."""
    return bool(_SCHEME.match(value.strip()))


def type_token(word: str) -> str:
    """The 4.0 TYPE for ``word``: RFC 6350's token or ours ("referred-by"), else as written."""
    token = word.strip().lower().replace(" ", "-")
    return token if token in _TOKENS else word.strip()


def apple_label(word: str) -> str:
    """Apple's ``X-ABLabel`` for ``word``: its own key for the words it knows."""
    for known in _APPLE_WORDS:
        if known.casefold() == word.strip().casefold():
            return f"_$!<{known}>!$_"
    return word


def outlook_property(word: str) -> str | None:
    """Outlook's property for ``word`` (manager, assistant, spouse), else None."""
    return _OUTLOOK_BY_WORD.get(word.strip().casefold())


def shown_name(related: RelatedValue) -> str:
    """What a name-only form (Apple's, Outlook's) writes: the name, else the reference."""
    return related.name or related.uri
