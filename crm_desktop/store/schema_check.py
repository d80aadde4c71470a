"""Is a database's schema exactly the one our migrations make? (stdlib at import time)

A database file is code as much as data: a trigger, a view or a table's default runs when
the app writes. A file that only looks like ours (a backup picked to restore, a database
put in place by someone else) could carry a trigger that moves every contact to the Trash
on the next import, or a hidden table and a trigger copying every new e-mail into it; one
missing a table crashes later. So the file's schema (every row of ``sqlite_master``:
tables, indexes, triggers, views, with their SQL, ``canonical_sql``) is compared with what the
migration scripts make for the file's revision, run on an empty database in memory
(``store.database.expected_schema``, once per revision and process: Alembic is imported
then, never at a normal start; this module needs no SQLAlchemy, so the checks of
``store.backups`` are handed that function by their callers). Any object
missing, added or different is named; the full-text search tables and the shadow tables
SQLite keeps for them are made by the migrations too, so they are compared like the rest.
``sqlite_stat1`` and ``sqlite_stat4`` (made by SQLite's ``ANALYZE``) are allowed with
SQLite's own definitions.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

_STATISTICS = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}


@dataclass(frozen=True, slots=True, order=True)
class SchemaObject:
    """One row of ``sqlite_master``: names in lower case (as SQLite matches them), its SQL
    in one spelling (``canonical_sql``)."""

    type: str  # table, index, trigger, view
    name: str
    table: str
    sql: str | None  # None for the indexes SQLite makes for UNIQUE and PRIMARY KEY

    def describe(self) -> str:
        where = f" on {self.table}" if self.type in ("index", "trigger") else ""
        return f"{self.type} {self.name}{where}"


_TOKEN = re.compile(
    r"""'(?:[^']|'')*'            # a string
      | "(?:[^"]|"")*"            # quoted names, in SQLite's three ways
      | `(?:[^`]|``)*`
      | \[[^\]]*\]
      | [A-Za-z_][A-Za-z0-9_$]*  # a word or a plain name
      | [0-9]+(?:\.[0-9]+)?
      | \S                       # one character of anything else
    """,
    re.VERBOSE,
)
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
_CONSTRAINTS = ("constraint", "primary", "unique", "check", "foreign")


# What our migrations make for a revision (``store.database.expected_schema``).
ExpectedSchema = Callable[[str], frozenset["SchemaObject"]]


def _token(token: str) -> str:
    """A token as SQLite reads it: names and keywords without case, a name without the
    quotes it needs not; strings as written."""
    if token[0] in '"`[':
        inner = token[1:-1]
        if token[0] in '"`':
            inner = inner.replace(token[0] * 2, token[0])
        return inner.lower() if _PLAIN.fullmatch(inner) else f'"{inner}"'
    return token if token[0] == "'" else token.lower()


def _defaults(tokens: list[str]) -> list[str]:
    """``DEFAULT ('')`` as ``DEFAULT ''``: the same default, as another Alembic writes it."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (
            tokens[i] == "default"
            and tokens[i + 1 : i + 2] == ["("]
            and tokens[i + 3 : i + 4] == [")"]
        ):
            out += ["default", tokens[i + 2]]
            i += 4
        else:
            out.append(tokens[i])
            i += 1
    return out


def _clauses(tokens: list[str]) -> list[list[str]]:
    """The parts of a parenthesized list, split at its own commas."""
    parts: list[list[str]] = [[]]
    depth = 0
    for token in tokens:
        if token == "," and depth == 0:
            parts.append([])
            continue
        depth += (token == "(") - (token == ")")
        parts[-1].append(token)
    return parts


def canonical_sql(sql: str | None) -> str | None:
    """The SQL of a schema object in one spelling: tokens one space apart, names unquoted
    and in lower case, and, in a CREATE TABLE, the table's constraints in sorted order
    (the columns stay in theirs). Two spellings of one schema (quotes after a table was
    rebuilt by a batch migration, ``DEFAULT ('')``, constraints listed in another order by
    another Alembic) are then equal; any other difference stays one."""
    if sql is None:
        return None
    tokens = _defaults([_token(t) for t in _TOKEN.findall(sql)])
    if tokens[:2] != ["create", "table"] or "(" not in tokens or tokens[-1:] == ["("]:
        return " ".join(tokens)
    start = tokens.index("(")
    depth = 0
    end = start
    for end in range(start, len(tokens)):
        depth += (tokens[end] == "(") - (tokens[end] == ")")
        if depth == 0:
            break
    parts = _clauses(tokens[start + 1 : end])
    columns = [" ".join(p) for p in parts if p[:1] and p[0] not in _CONSTRAINTS]
    constraints = sorted(" ".join(p) for p in parts if p[:1] and p[0] in _CONSTRAINTS)
    head, tail = " ".join(tokens[:start]), " ".join(tokens[end + 1 :])
    return f"{head} ({', '.join(columns)}; {', '.join(constraints)}) {tail}".strip()


def read_schema(connection: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Every schema object of the main database on ``connection`` (statistics left out)."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master")
    found = set()
    for kind, name, table, sql in rows:
        if kind == "table" and _STATISTICS.get(str(name)) == sql:
            continue
        found.add(
            SchemaObject(str(kind), str(name).lower(), str(table).lower(), canonical_sql(sql))
        )
    return frozenset(found)


def schema_differences(
    found: frozenset[SchemaObject], expected: frozenset[SchemaObject]
) -> list[str]:
    """What ``found`` has that ``expected`` has not and the reverse, in words, tables first
    (then views, indexes, triggers); [] if equal."""
    expected_names = {(o.type, o.name): o for o in expected}
    found_names = {(o.type, o.name): o for o in found}
    differences = []
    rank = {"table": 0, "view": 1, "index": 2, "trigger": 3}
    keys = sorted(found_names.keys() | expected_names.keys(), key=lambda k: (rank.get(k[0], 4), k))
    for key in keys:
        have, want = found_names.get(key), expected_names.get(key)
        if want is None:
            assert have is not None
            differences.append(f"an added {have.describe()}")
        elif have is None:
            differences.append(f"a missing {want.describe()}")
        elif have != want:
            differences.append(f"a changed {want.describe()}")
    return differences


def schema_problems(
    connection: sqlite3.Connection, revision: str, expected: ExpectedSchema
) -> list[str]:
    """How the schema of the database on ``connection`` differs from what the migrations
    make for ``revision`` (its own revision, ``expected(revision)``), in words; [] if it is
    exactly that."""
    return schema_differences(read_schema(connection), expected(revision))


def schema_refusal(differences: list[str]) -> str:
    """The detail of a refusal: the first difference and how many more."""
    more = len(differences) - 1
    first = f"its schema is not the one CRM Desktop makes: {differences[0]}"
    return first + (f" and {more} more difference{'s' if more > 1 else ''}" if more else "")
