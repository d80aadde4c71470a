"""Latin spellings of names in other scripts, for search (anyascii, ISC).

A name written in Greek or Cyrillic is indexed a second time in Latin letters
(``Παπαδόπουλος`` also as ``papadopoulos``, Greek diphthongs as Greeklish writes them), so a
Latin query finds it; a Greek or Cyrillic query is searched in Latin letters as well, so it
finds the Latin spelling of a name.

Arabic and Persian do not write short vowels, so no Latin spelling of ``محمد`` is the one a
user types (``Mohammad``, ``Muhammad``): both sides are compared as consonant skeletons
(``mhmd``), each kept behind its own marker so that a Latin query matches only the skeletons
of Arabic-script names and an Arabic-script query only those of Latin names: a skeleton never
matches ordinary text (``krm`` does not find "Kerem" from "Karim").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Private Use Area characters no one types: the markers in front of a skeleton in a document.
ARABIC_SKELETON_MARK = "\ue0a1"  # the skeleton of an Arabic-script word
LATIN_SKELETON_MARK = "\ue0a2"  # the skeleton of a Latin word of a name
_SHORTEST_SKELETON = 2  # marker + 2 letters: the trigram tokenizer's shortest term

_GREEK_DIGRAPHS = (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("ού", "ou"))
_NOT_LETTER = re.compile(r"[^a-z0-9 ]+")
_SKELETON_DROPPED = re.compile(r"[aeiouyw]+")
_DOUBLED = re.compile(r"(.)\1+")


def _script(folded: str) -> str:
    """'arabic' when the text has Arabic-script letters, 'other' for other non-Latin letters
    (Greek, Cyrillic...), 'latin' otherwise."""
    kind = "latin"
    for ch in folded:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            return "arabic"
        if code >= 0x0370 and ch.isalpha():
            kind = "other"
    return kind


@lru_cache(maxsize=1 << 15)
def latin_spelling(folded: str) -> str:
    """``folded`` (text as ``fold`` makes it) in Latin letters, lower case; "" for text that
    is Latin already or has no letters to spell."""
    if folded.isascii():
        return ""
    from anyascii import anyascii  # loaded by the first name in another script

    text = folded
    for greek, latin in _GREEK_DIGRAPHS:
        text = text.replace(greek, latin)
    spelled = _NOT_LETTER.sub("", anyascii(text).lower()).strip()
    return "" if spelled == folded else " ".join(spelled.split())


def _skeleton(latin_word: str) -> str:
    return _DOUBLED.sub(r"\1", _SKELETON_DROPPED.sub("", latin_word))


@lru_cache(maxsize=1 << 15)
def name_spellings(folded: str) -> str:
    """What a folded name part adds to a search document: its Latin spelling (Greek,
    Cyrillic) or the marked skeletons of its words (Arabic script, and Latin names, for an
    Arabic-script query); "" when nothing."""
    script = _script(folded)
    if script == "latin":
        words = _NOT_LETTER.sub(" ", folded).split()
        marks = [_skeleton(word) for word in words if word.isalpha()]
        return " ".join(LATIN_SKELETON_MARK + s for s in marks if len(s) >= _SHORTEST_SKELETON)
    spelled = latin_spelling(folded)
    if script == "other":
        return spelled
    marks = [_skeleton(word) for word in spelled.split()]
    return " ".join(ARABIC_SKELETON_MARK + s for s in marks if len(s) >= _SHORTEST_SKELETON)


def query_variants(folded_term: str) -> list[str]:
    """The other spellings a folded query term is searched as besides itself: the Latin
    spelling of a Greek or Cyrillic term, the marked skeleton of an Arabic-script term
    (against Latin names) or of a Latin word (against Arabic-script names)."""
    script = _script(folded_term)
    if script == "latin":
        if not folded_term.isalpha():
            return []
        skeleton = _skeleton(folded_term)
        return [ARABIC_SKELETON_MARK + skeleton] if len(skeleton) >= _SHORTEST_SKELETON else []
    spelled = latin_spelling(folded_term)
    if not spelled:
        return []
    if script == "other":
        return [spelled]
    skeleton = _skeleton(spelled.replace(" ", ""))
    return [LATIN_SKELETON_MARK + skeleton] if len(skeleton) >= _SHORTEST_SKELETON else []
