"""Control characters in imported text: NUL, bell, escape and the rest of C0, taken out.

A NUL or an escape in a name cannot be typed, is not shown, breaks the search and other
programs that read our exports (a C string ends at the NUL; XML refuses it), and is never
what the user meant: a broken file or a hostile one put it there. Tab, line feed and
carriage return are kept: they are how notes and streets hold their lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

T = TypeVar("T")


def has_control_characters(text: str) -> bool:
    """Whether ``text`` holds a control character ``without_control_characters`` takes out."""
    # A printable text holds none (control characters are not printable): ``isprintable``
    # answers that in half the time of the search, which runs only when it says no.
    return not text.isprintable() and _CONTROL.search(text) is not None


def without_control_characters(record: T) -> tuple[T, int]:
    """``record`` (a frozen dataclass, a tuple of them, a text) without the C0 control
    characters other than tab, line feed and carriage return in any text it holds, and
    how many were taken out. ``record`` itself when there were none."""
    texts: list[str] = []
    _texts(record, texts)
    if _CONTROL.search("\n".join(texts)) is None:  # as nearly always: one search, no walk
        return record, 0
    counted = [0]
    return _clean(record, counted), counted[0]


_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _values(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving the fields of a dataclass instance as one tuple (made once per
    class: ``operator.attrgetter`` reads them all in one call)."""
    getter = _GETTERS.get(cls)
    if getter is None:
        names = _field_names(cls)
        if len(names) == 1:
            one = attrgetter(names[0])
            getter = _GETTERS[cls] = lambda value: (one(value),)
        else:
            getter = _GETTERS[cls] = attrgetter(*names)
    return getter


def _texts(value: Any, out: list[str]) -> None:
    """Every text ``value`` holds, as ``_clean`` walks it, into ``out``."""
    kind = type(value)
    if kind is str:
        out.append(value)
    elif kind is tuple:
        for item in value:
            _texts(item, out)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in _values(kind)(value):
            if type(field) is str:
                out.append(field)
            elif field:
                _texts(field, out)


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
