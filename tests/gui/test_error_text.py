"""Every error the window can show has its words in the user's language.

The kinds of error are found, not listed: the whole package is imported and ``CrmError``'s
subclasses are walked, so a new kind of error without its translated text fails here. Each is
made from the types its ``__init__`` declares (every member of an enum, both values of a flag)
and told through ``error_text`` and ``error_title`` in Arabic."""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
import re
import typing
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import crm_desktop
from crm_desktop.app import install_translators
from crm_desktop.errors import CrmError
from crm_desktop.gui.error_text import MSG_READER_COMMAND, error_text, error_title
from crm_desktop.records.problems import Problem

# The data an error carries: what a user's file or disk says, not words of ours. Not English
# words either, so that an English sentence left in the Arabic text is found.
TOKEN = "qz7"
PATH = Path("/srv") / TOKEN / f"{TOKEN}.vcf"
NUMBER = 7
# The documented values of a parameter whose type is only ``str``.
CHOICES = {
    "what": ("file", "line", "row", "card", "photo", "properties", "cells", "columns", TOKEN),
}
BRAND = "CRM Desktop"  # a name: not translated
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]+(?:[\s,.;:'()-]+[A-Za-z]+){2,}")  # three words or more
ARABIC = re.compile("[\u0600-\u06ff]")


def _import_everything() -> None:
    for module in pkgutil.walk_packages(crm_desktop.__path__, "crm_desktop."):
        if not module.name.startswith("crm_desktop.store.migrations"):  # run by Alembic only
            importlib.import_module(module.name)


def _kinds(base: type[CrmError]) -> Iterator[type[CrmError]]:
    for kind in base.__subclasses__():
        yield kind
        yield from _kinds(kind)


def _values(name: str, annotation: object) -> tuple[object, ...]:
    """What to give a parameter of this type: every value that may change the words."""
    if name in CHOICES and annotation is str:
        return CHOICES[name]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return tuple(annotation)
    if annotation is bool:
        return (False, True)
    if annotation == tuple[tuple[str, str], ...]:  # files and why each was not read
        return (((PATH.name, TOKEN), (PATH.name, TOKEN)),)
    options = typing.get_args(annotation) or (annotation,)
    none = (None,) if type(None) in options else ()
    for option, value in (
        (Path, PATH),
        (str, TOKEN),
        (int, NUMBER),
        (Problem, Problem(PATH.name, NUMBER, TOKEN)),
    ):
        if option in options:
            return (value, *none)
    raise AssertionError(f"teach this test to make a {annotation} (parameter {name})")


def _examples(kind: type[CrmError]) -> list[CrmError]:
    """``kind`` made with each combination of the values of its parameters."""
    hints = typing.get_type_hints(kind.__init__)
    parameters = [p for p in inspect.signature(kind.__init__).parameters.values()][1:]
    choices = [_values(p.name, hints[p.name]) for p in parameters]
    examples = []
    for values in itertools.product(*choices):
        positional = [
            v for p, v in zip(parameters, values, strict=True) if p.kind != p.KEYWORD_ONLY
        ]
        keywords = {
            p.name: v for p, v in zip(parameters, values, strict=True) if p.kind == p.KEYWORD_ONLY
        }
        examples.append(kind(*positional, **keywords))
    return examples


_import_everything()
KINDS = sorted(_kinds(CrmError), key=lambda kind: kind.__qualname__)


def test_the_kinds_of_error_are_found_across_the_package() -> None:
    names = {kind.__name__ for kind in KINDS}
    assert {"NoRecordsError", "ImportAborted", "ExportError", "DatabaseError"} <= names


def _without_data(text: str) -> str:
    for data in (str(PATH), PATH.name, TOKEN, BRAND, MSG_READER_COMMAND):
        text = text.replace(data, "")
    return text


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_every_error_is_told_in_arabic(qapp: QApplication, kind: type[CrmError]) -> None:
    examples = _examples(kind)
    english = [(error_title(error), error_text(error)) for error in examples]
    before, direction = QLocale(), qapp.layoutDirection()  # install_translators sets both
    translators = set(qapp.findChildren(QTranslator))
    arabic = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    try:
        QLocale.setDefault(arabic)
        install_translators(qapp, arabic)
        told = [(error_title(error), error_text(error)) for error in examples]
    finally:
        QLocale.setDefault(before)
        qapp.setLayoutDirection(direction)
        for translator in set(qapp.findChildren(QTranslator)) - translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    for error, (title, text), (english_title, english_text) in zip(
        examples, told, english, strict=True
    ):
        where = f"{error!r}: {text!r}"
        assert text != english_text and text != str(error), where
        assert ARABIC.search(text), where
        assert ENGLISH_SENTENCE.search(_without_data(text)) is None, where
        assert title == BRAND or (title != english_title and ARABIC.search(title)), where
