"""Control characters in imported text: NUL, bell, escape and the rest of C0, taken out.

A NUL or an escape in a name cannot be typed, is not shown, breaks the search and other
programs that read our exports (a C string ends at the NUL; XML refuses it), and is never
what the user meant: a broken file or a hostile one put it there. Tab, line feed and
carriage return are kept: they are how notes and streets hold their lines.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

T = TypeVar("T")


def without_control_characters(record: T) -> tuple[T, int]:
    """``record`` (a frozen dataclass, a tuple of them, a text) without the C0 control
    characters other than tab, line feed and carriage return in any text it holds, and
    how many were taken out. ``record`` itself when there were none."""
    counted = [0]
    return _clean(record, counted), counted[0]


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _clean(value: Any, counted: list[int]) -> Any:
    kind = type(value)
    if kind is str:
        if _CONTROL.search(value) is None:
            return value
        cleaned, removed = _CONTROL.subn("", value)
        counted[0] += removed
        return cleaned
    if kind is tuple:
        if not value:
            return value
        items = tuple([_clean(item, counted) for item in value])
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name in _field_names(kind):
            old = getattr(value, name)
            if old is None or old == "" or old == ():
                continue
            new = _clean(old, counted)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value  # bytes (a photo), numbers, dates, None
