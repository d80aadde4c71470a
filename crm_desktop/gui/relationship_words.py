"""The built-in relationship types' words in the user's language. A type the user named (or
renamed) is shown as they wrote it; the built-in words are stored in English and translated
here when shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "RelationshipTypes"
_BUILT_IN = frozenset(
    str(word)
    for word in (
        QT_TRANSLATE_NOOP("RelationshipTypes", "Spouse"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Partner"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Manager"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Direct report"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Assistant"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Assistant to"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Referred by"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Referred"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Colleague"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Former employee of"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Former employer of"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Parent"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Child"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Sibling"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Friend"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Related"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Mother"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Father"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Brother"),
        QT_TRANSLATE_NOOP("RelationshipTypes", "Sister"),
    )
)


def type_word(word: str) -> str:
    """A relationship type's word as shown: a built-in one translated, the user's as is."""
    if word in _BUILT_IN:
        return QCoreApplication.translate(_CONTEXT, word)
    return word
