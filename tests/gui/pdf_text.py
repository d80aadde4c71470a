"""What a PDF written by the GUI says: its page count (``pdfinfo``) and its text
(``pdftotext``, from poppler-utils), Arabic presentation forms folded back to letters."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} (poppler-utils) is needed: see the README's Linux line"
    return path


def page_count(pdf: Path) -> int:
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    [pages] = [line for line in info.stdout.splitlines() if line.startswith("Pages:")]
    return int(pages.split()[1])


def pdf_text(pdf: Path) -> str:
    """The PDF's text in reading order, Arabic and Persian presentation forms (how Qt embeds
    shaped glyphs) folded back to their letters, bidi marks dropped, every run of spaces
    and line breaks one space (a cell's text may wrap)."""
    out = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    folded = unicodedata.normalize("NFKC", _BIDI_MARKS.sub("", out))
    return " ".join(folded.split())
