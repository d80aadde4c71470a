"""Why two records look like one person (the reasons ``services/matching.py`` and
``services/duplicates.py`` give, such as "email"), in the user's words: one table for the
import preview and the duplicates window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "MatchReasons"
_WORDS: dict[str, str] = {
    "uid": str(QT_TRANSLATE_NOOP("MatchReasons", "same card identifier")),
    "email": str(QT_TRANSLATE_NOOP("MatchReasons", "same e-mail address")),
    "phone": str(QT_TRANSLATE_NOOP("MatchReasons", "same phone number")),
    "website": str(QT_TRANSLATE_NOOP("MatchReasons", "same website")),
    "name": str(QT_TRANSLATE_NOOP("MatchReasons", "same name")),
    "transliteration": str(QT_TRANSLATE_NOOP("MatchReasons", "same name in another alphabet")),
    "name_variant": str(QT_TRANSLATE_NOOP("MatchReasons", "similar name")),
    "one_nameless": str(QT_TRANSLATE_NOOP("MatchReasons", "one has no name")),
    "nameless": str(QT_TRANSLATE_NOOP("MatchReasons", "none has a name")),
    "account": str(QT_TRANSLATE_NOOP("MatchReasons", "same account")),
    "name_conflict": str(QT_TRANSLATE_NOOP("MatchReasons", "different names")),
    "shared_value": str(QT_TRANSLATE_NOOP("MatchReasons", "a value others share too")),
    "account_conflict": str(QT_TRANSLATE_NOOP("MatchReasons", "different companies")),
    "all_values": str(QT_TRANSLATE_NOOP("MatchReasons", "every value already there")),
}


def reason_text(reason: str) -> str:
    """One reason ("email") in the user's words (an unknown one as it is)."""
    known = _WORDS.get(reason)
    return QCoreApplication.translate(_CONTEXT, known) if known is not None else reason


def reasons_text(reasons: Sequence[str]) -> str:
    """The reasons, in the user's words, joined as the language lists things."""
    return QCoreApplication.translate(_CONTEXT, ", ").join(reason_text(r) for r in reasons)
