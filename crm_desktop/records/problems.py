"""What went wrong in an input file, and where: file, 1-based physical line, reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """A card (or row) that could not be read, or a value that was read with a warning; or,
    at line 0, a whole file that could not be read (empty, not contacts, not readable)."""

    file: str
    line: int  # 0: the file as a whole
    message: str
    fatal: bool = True  # False: a warning; the record was still imported

    def __str__(self) -> str:
        if self.line == 0:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"
