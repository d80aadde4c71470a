"""The words of an e-mail: header values decoded (RFC 2047 encoded words, raw 8-bit bytes),
bodies decoded by their charset, and an HTML part turned into plain text (never rendered:
tags dropped, scripts and styles left out, blocks on lines of their own, links written out).
"""

from __future__ import annotations

import codecs
import re
from email.header import decode_header, make_header
from html.parser import HTMLParser


def decode_bytes(data: bytes, charset: str | None) -> str:
    """``data`` in ``charset`` (its label as a mail writes it); where that is missing,
    unknown or wrong, UTF-8, else Windows-1252 (every byte is a character there)."""
    if charset:
        name = charset.strip().strip('"').lower()
        try:
            codecs.lookup(name)
        except LookupError:
            name = ""
        if name and name not in ("us-ascii", "ascii", "unknown-8bit", "x-unknown"):
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.start > 0:  # cut in a character (Yahoo)
            try:
                return data[: error.start].decode("utf-8") + "\ufffd"
            except UnicodeDecodeError:
                pass
    return data.decode("cp1252", "replace")


def unescape_raw(text: str) -> str:
    """Text the mail parser read from raw 8-bit bytes (kept as surrogate escapes) back to
    characters, as UTF-8 or else Windows-1252."""
    if text.isascii() or _RAW.search(text) is None:
        return text
    return decode_bytes(text.encode("utf-8", "surrogateescape"), None)


def header_text(value: object) -> str:
    """A header's value as one line of text: encoded words decoded, folds joined."""
    if value is None:
        return ""
    raw = str(value)
    if "=?" in raw:
        try:
            text = str(make_header(decode_header(raw)))
        except (LookupError, UnicodeError, ValueError):
            text = _words(raw)
    else:
        text = raw
    return " ".join(unescape_raw(text).split())


def _words(raw: str) -> str:
    """Encoded words decoded one by one, each in its own charset or a fallback."""
    parts: list[str] = []
    for chunk, charset in decode_header(raw):
        parts.append(chunk if isinstance(chunk, str) else decode_bytes(chunk, charset))
    return "".join(parts)


_RAW = re.compile("[\udc80-\udcff]")
_BLOCKS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    )
)
_HIDDEN = frozenset(("script", "style", "head", "title", "template"))
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0
        self.pre = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.pieces.append("\n")
            if tag == "li":
                self.pieces.append("- ")
            if tag == "pre":
                self.pre += 1
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append(href if href.lower().startswith(("http:", "https:")) else "")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.pieces.append(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.pieces.append("\n")
        elif tag == "img":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and not self.hidden:
                self.pieces.append(f" <{href}>")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.pieces.append(data if self.pre else _SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(html: str) -> str:
    """The text of an HTML body, as plain text: nothing in it is ever shown as HTML."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" ") for line in "".join(parser.pieces).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
