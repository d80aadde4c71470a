"""How a value's vCard TYPE list is stored: lower-case values joined by commas (a TYPE value
never holds a comma: vCard itself separates them with commas). Stdlib only."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)  # a few combinations ("work", "voice"...) over and over
def types_text(types: tuple[str, ...]) -> str:
    """``("WORK", " voice")`` -> ``"work,voice"`` (blank values dropped)."""
    return ",".join(t.strip().lower() for t in types if t.strip())


def types_of(text: str | None) -> tuple[str, ...]:
    """The stored text back as a tuple (``""`` or ``None`` -> ``()``)."""
    return tuple(part for part in (text or "").split(",") if part)
