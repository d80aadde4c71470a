"""Where a search result matched: the field and its text, for the rows shown (stdlib only).

The index says *that* a contact matches; this reads the texts of the few contacts on screen
(or printed) and says *where*, term by term, in the order of ``FIELDS``: a term found in the
name is not reported (the name is shown anyway), one found nowhere in the contact's own
fields is looked up in its activities and notes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from crm_desktop.store.folding import fold, phone_digits
from crm_desktop.store.search_history import history_texts
from crm_desktop.store.search_index import ADDRESS_TEXT, KEPT_TEXT, QueryTerm, query_terms
from crm_desktop.store.transliteration import latin_spelling, name_spellings

# The contact's own fields in the order a term is looked for (the first wins).
FIELDS = (
    "name", "account", "title", "department", "email", "phone", "address", "category",
    "url", "custom_field", "property", "note",
)  # fmt: skip
_SNIPPET = 80  # characters of a long text shown around the hit

_DETAILS = {
    "email": "SELECT contact_id, value FROM emails WHERE contact_id IN ({marks})",
    "phone": "SELECT contact_id, value FROM phones WHERE contact_id IN ({marks})",
    "address": f"SELECT contact_id, {ADDRESS_TEXT} FROM addresses WHERE contact_id IN ({{marks}})",
    "url": "SELECT contact_id, value FROM urls WHERE contact_id IN ({marks})",
    "custom_field": "SELECT contact_id, value FROM custom_fields WHERE contact_id IN ({marks})",
    "property": "SELECT contact_id, value FROM impp WHERE contact_id IN ({marks}) "
    "UNION ALL SELECT contact_id, value FROM extra_properties "
    f"WHERE contact_id IN ({{marks}}) {KEPT_TEXT}",
    "account": "SELECT l.contact_id, a.name FROM contact_accounts l "
    "JOIN accounts a ON a.id = l.account_id WHERE l.contact_id IN ({marks})",
    "category": "SELECT cc.contact_id, g.name FROM contact_categories cc "
    "JOIN categories g ON g.id = cc.category_id WHERE cc.contact_id IN ({marks})",
}
_NAME_PARTS = "formatted_name, prefix, given_name, additional_names, family_name, suffix, nickname"


def _fields(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    marks = ", ".join("?" for _ in ids)
    texts: dict[int, dict[str, list[str]]] = {i: {} for i in ids}
    for row in connection.execute(
        f"SELECT id, {_NAME_PARTS}, title, department, note FROM contacts WHERE id IN ({marks})",
        list(ids),
    ):
        own = texts[int(row[0])]
        own["name"] = [part for part in row[1:8] if part]
        for field, value in zip(("title", "department", "note"), row[8:], strict=True):
            if value:
                own[field] = [value]
    for field, sql in _DETAILS.items():
        params = list(ids) * sql.count("{marks}")
        for contact_id, value in connection.execute(sql.format(marks=marks), params):
            if value:
                texts[int(contact_id)].setdefault(field, []).append(str(value))
    return texts


def _searchable(field: str, text: str) -> str:
    folded = fold(text)
    if field == "phone":
        return phone_digits(text)
    if field in ("name", "account"):
        return f"{folded} {name_spellings(folded)}"
    if field == "address":
        return f"{folded} {latin_spelling(folded)}"
    return folded


def _found(term: QueryTerm, searchable: str) -> bool:
    if term.long:
        return any(spelling in searchable for spelling in term.spellings)
    return any(word.startswith(term.spellings[0]) for word in searchable.split())


def snippet(text: str, term: QueryTerm) -> str:
    """``text`` on one line, cut to about ``_SNIPPET`` characters around the first hit."""
    line = " ".join(text.split())
    if len(line) <= _SNIPPET:
        return line
    folded = fold(line)
    at = min((p for s in term.spellings if (p := folded.find(s)) >= 0), default=0)
    at = min(at, len(line) - 1)  # folding may lengthen the text a little (ß -> ss)
    start = max(0, at - _SNIPPET // 3)
    end = start + _SNIPPET
    return ("…" if start else "") + line[start:end].strip() + ("…" if end < len(line) else "")


def matched_fields(
    connection: sqlite3.Connection, query: str, contact_ids: Sequence[int]
) -> dict[int, list[tuple[str, str]]]:
    """For each of these contacts, ``(field, text)`` where the terms of ``query`` not found
    in its name matched: a field of ``FIELDS``, or "activity" / "note" for its history."""
    terms = query_terms(query)
    report: dict[int, list[tuple[str, str]]] = {i: [] for i in contact_ids}
    if not terms or not contact_ids:
        return report
    texts = _fields(connection, contact_ids)
    history: list[tuple[int, str, str]] | None = None  # read once, if a term needs it
    for term in terms:
        elsewhere: list[int] = []
        for contact_id in contact_ids:
            hit = _first_hit(texts.get(contact_id, {}), term)
            if hit is None:
                elsewhere.append(contact_id)
            elif hit[0] != "name" and hit not in report[contact_id]:
                report[contact_id].append(hit)
        if term.long and elsewhere:
            if history is None:
                history = history_texts(connection, contact_ids)
            seen: set[int] = set()
            wanted = set(elsewhere)
            for contact_id, field, text in history:
                if contact_id in seen or contact_id not in wanted:
                    continue
                if not _found(term, fold(text)):
                    continue
                seen.add(contact_id)
                hit = (field, snippet(text, term))
                if hit not in report[contact_id]:
                    report[contact_id].append(hit)
    return report


def _first_hit(fields: dict[str, list[str]], term: QueryTerm) -> tuple[str, str] | None:
    for field in FIELDS:
        for text in fields.get(field, ()):
            if _found(term, _searchable(field, text)):
                return field, snippet(text, term)
    return None
