"""What went wrong in an input file, and where: file, 1-based physical line, reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """A card (or row) that could not be read, or a value that was read with a warning."""

    file: str
    line: int
    message: str
    fatal: bool = True  # False: a warning; the record was still imported

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"
