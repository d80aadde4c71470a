"""Qt's numbered placeholders (``%1``...) in a translated text, filled in one pass."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def filled(template: str, *values: str) -> str:
    """``template`` with ``%1`` replaced by the first value, ``%2`` by the second...: all at
    once, so that a value holding "%2" (a name, a file name) is shown as it is."""

    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return values[number - 1] if number <= len(values) else found.group(0)

    return _PLACEHOLDER.sub(value, template)
