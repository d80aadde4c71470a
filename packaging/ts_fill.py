#!/usr/bin/env python3
"""Write translations into the ``.ts`` files from a batch file, safely:

    .venv/bin/python packaging/ts_fill.py dump [--lang el,ca,fa] [CONTEXT...] > batch.txt
    .venv/bin/python packaging/ts_fill.py fill batch.txt...
    .venv/bin/python packaging/ts_fill.py status

``dump`` prints a skeleton of the messages still unfinished in any of the languages asked
for (with where the string is in the code and the Arabic, for reference); ``fill`` reads
batches in that shape, checks each translation (the ``%1``/``%n`` placeholders, the HTML
tags and the one ``&`` accelerator of its source) and writes it into the ``<translation>``
of the message, finished; nothing is written when any entry of a batch is wrong. A batch::

    @ MainWindow
    > &New contact…
    el: &Νέα επαφή…
    ca: &Contacte nou…
    fa: &مخاطب جدید…

    > %n day(s) before
    el: %n ημέρα πριν
    el: %n ημέρες πριν

``@`` names the context, ``>`` the source text (``?`` after it a disambiguation), and each
``LANG:`` line a translation (one line a plural form, in Qt's order); ``\\n`` is a newline,
``\\z`` the zero-width non-joiner (Persian ``می\\zشود``), ``\\i``...``\\p`` a left-to-right
isolate (LRI...PDI) in right-to-left text; lines starting with ``#`` are
comments. Run ``packaging/translations.py`` afterwards: it puts the files back in lupdate's
layout and builds the ``.qm`` files.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("el", "ca", "fa")
REFERENCE = "ar"

Key = tuple[str, str, str]  # context, source, disambiguation

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
TAG = re.compile(r"<[^<>]+>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def catalog(language: str) -> Path:
    return TRANSLATIONS / f"crm_desktop_{language}.ts"


def messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name", ""),
                message.findtext("source", ""),
                message.findtext("comment", ""),
            )
            found[key] = message
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    plural = translation.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [translation.text or ""]


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") is not None or not all(forms(message))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _unescape(text: str) -> str:
    # \z: the zero-width non-joiner of Persian; \i and \p isolate a left-to-right run (a date
    # sample such as --04-15) in right-to-left text (LRI ... PDI)
    special = {"n": "\n", "z": "\u200c", "i": "\u2066", "p": "\u2069"}
    return re.sub(r"\\(.)", lambda m: special.get(m.group(1), m.group(1)), text)


def dump(languages: list[str], contexts: list[str]) -> str:
    trees = {language: ET.parse(catalog(language)) for language in languages}
    reference = messages(ET.parse(catalog(REFERENCE)))
    table = {language: messages(tree) for language, tree in trees.items()}
    out: list[str] = []
    current = None
    for key, message in table[languages[0]].items():
        context, source, comment = key
        if contexts and context not in contexts:
            continue
        if not any(unfinished(table[language][key]) for language in languages):
            continue
        if context != current:
            out.append(f"\n@ {context}")
            current = context
        location = message.find("location")
        where = "" if location is None else f"{location.get('filename')}:{location.get('line')}"
        plural = message.get("numerus") == "yes"
        nforms = len(forms(message)) if plural else 1
        out.append(f"# {where}{' plural' if plural else ''}")
        if key in reference:
            out.append(f"# ar: {' | '.join(_escape(f) for f in forms(reference[key]))}")
        out.append(f"> {_escape(source)}")
        if comment:
            out.append(f"? {_escape(comment)}")
        for language in languages:
            n = len(forms(table[language][key])) if plural else nforms
            out.extend(f"{language}: " for _ in range(n))
        out.append("")
    return "\n".join(out)


@dataclass
class Entry:
    line: int
    context: str
    source: str
    comment: str = ""
    texts: dict[str, list[str]] = field(default_factory=dict)


def parse(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    context = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            context = line[2:].strip()
        elif line.startswith("> "):
            entries.append(Entry(number, context, _unescape(line[2:])))
        elif line.startswith("? "):
            entries[-1].comment = _unescape(line[2:])
        elif (match := re.match(r"([a-z]{2}(?:_[A-Z]{2})?): ?(.*)$", line)) and entries:
            entries[-1].texts.setdefault(match.group(1), []).append(_unescape(match.group(2)))
        else:
            raise SystemExit(f"{path}:{number}: cannot read {line!r}")
    return entries


def problems(source: str, text: str, plural: bool) -> list[str]:
    found = []
    if not text.strip():
        found.append("empty")
    wanted = sorted(PLACEHOLDER.findall(source))
    got = sorted(PLACEHOLDER.findall(text))
    if plural:  # %n may be left out of no form: a translator's "one" still shows the number
        # %Ln for %n: the count in the locale's digits (۳ in Persian)
        wanted = sorted({p.replace("%Ln", "%n") for p in wanted})
        got = sorted({p.replace("%Ln", "%n") for p in got})
    if wanted != got:
        found.append(f"placeholders {got} instead of {wanted}")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        found.append("HTML tags differ")
    marks = len(ACCELERATOR.findall(source.replace("&&", "")))
    if marks != len(ACCELERATOR.findall(text.replace("&&", ""))):
        found.append(f"{marks} accelerator(s) '&' wanted")
    if re.search(r"&(?![&\w])", text.replace("&&", "")):
        found.append("'&' before a letter, not a space or sign")
    if source.endswith("…") != text.endswith("…"):
        found.append("the ellipsis '…' of the source")
    return found


def fill(paths: list[Path]) -> int:
    entries = [entry for path in paths for entry in parse(path)]
    languages = sorted({language for entry in entries for language in entry.texts})
    trees = {language: ET.parse(catalog(language)) for language in languages}
    table = {language: messages(tree) for language, tree in trees.items()}
    errors: list[str] = []
    written = 0
    for entry in entries:
        key = (entry.context, entry.source, entry.comment)
        for language, texts in entry.texts.items():
            message = table[language].get(key)
            if message is None:
                errors.append(f"line {entry.line}: no message {key} in {language}")
                continue
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            slots = translation.findall("numerusform") if plural else [translation]
            if len(texts) != len(slots):
                errors.append(f"line {entry.line} {language}: {len(slots)} form(s) wanted")
                continue
            bad = [p for text in texts for p in problems(entry.source, text, plural)]
            if bad:
                errors.append(f"line {entry.line} {language}: {'; '.join(bad)}")
                continue
            for slot, text in zip(slots, texts, strict=True):
                slot.text = text
            translation.attrib.pop("type", None)
            written += 1
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"nothing written: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    for language, tree in trees.items():
        write(tree, catalog(language))
    print(f"{written} translation(s) written into {', '.join(languages)}")
    return 0


def write(tree: ET.ElementTree, path: Path) -> None:
    """The file as lupdate writes it: declaration, DOCTYPE, then the TS element."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    text = f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'
    temporary = path.with_suffix(".ts.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def status(languages: list[str]) -> int:
    for language in languages:
        table = messages(ET.parse(catalog(language)))
        left = sum(unfinished(m) for m in table.values())
        print(f"{language}: {len(table) - left} of {len(table)} finished")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("--lang", default=",".join(LANGUAGES))
    dumping.add_argument("contexts", nargs="*")
    filling = commands.add_parser("fill")
    filling.add_argument("batches", nargs="+", type=Path)
    counting = commands.add_parser("status")
    counting.add_argument("--lang", default=",".join((*LANGUAGES, REFERENCE, "en")))
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(dump(args.lang.split(","), args.contexts))
        return 0
    if args.command == "fill":
        return fill(args.batches)
    return status(args.lang.split(","))


if __name__ == "__main__":
    sys.exit(main())
