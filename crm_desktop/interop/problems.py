"""What went wrong in an input file, and where: file, 1-based physical line, reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crm_desktop.errors import CrmError


@dataclass(frozen=True, slots=True)
class Problem:
    """A card (or row) that could not be read, or a value that was read with a warning."""

    file: str
    line: int
    message: str
    fatal: bool = True  # False: a warning; the record was still imported

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class NoRecordsError(CrmError):
    """The file holds no card at all (empty, binary, an image renamed .vcf, a folder)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(path, reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
