"""Translations: the .ts files hold exactly the code's strings, the .qm files are built from
them, and the Arabic translation (and the English plurals) are complete.

Messages are compared by context, source text, disambiguation and plural marking; the line
numbers in ``<location>`` are left out (they move with every edit above a string and only help
translators find it). To bring the files up to date: ``.venv/bin/python
packaging/translations.py`` (lupdate, then lrelease).
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIX = "run: .venv/bin/python packaging/translations.py"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _load_tool()
CATALOGS: list[Path] = TOOL.catalogs()

# context, source text, disambiguation, plural
Key = tuple[str, str, str, bool]


def _messages(catalog: Path) -> dict[Key, ET.Element]:
    """Each message of a .ts file by its key (its <translation> element)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(catalog).getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name", ""),
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.get("numerus") == "yes",
            )
            translation = message.find("translation")
            assert translation is not None, f"{catalog.name}: {key} has no <translation>"
            assert key not in found, f"{catalog.name}: {key} twice"
            found[key] = translation
    return found


def _forms(translation: ET.Element) -> list[str]:
    plural = translation.findall("numerusform")
    return [form.text or "" for form in plural] if plural else [translation.text or ""]


def _finished(translation: ET.Element) -> bool:
    return translation.get("type") is None and all(_forms(translation))


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    fresh = tmp_path_factory.mktemp("lupdate") / "crm_desktop_xx.ts"
    TOOL.lupdate(fresh)
    return set(_messages(fresh))


def test_there_are_arabic_and_english_translations() -> None:
    assert {catalog.stem for catalog in CATALOGS} >= {"crm_desktop_ar", "crm_desktop_en"}
    assert any(path.suffix == ".ui" for path in TOOL.sources())
    assert ROOT / "crm_desktop" / "gui" / "main_window.py" in TOOL.sources()


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda path: path.name)
def test_the_ts_file_holds_exactly_the_strings_of_the_code(
    catalog: Path, code_strings: set[Key]
) -> None:
    messages = _messages(catalog)
    gone = [key for key, t in messages.items() if t.get("type") in ("vanished", "obsolete")]
    assert not gone, f"strings no longer in the code: {gone[:5]}; {FIX}"
    missing = sorted(code_strings - set(messages))
    assert not missing, f"{len(missing)} strings of the code missing, first {missing[:5]}; {FIX}"
    extra = sorted(set(messages) - code_strings)
    assert not extra, f"{len(extra)} strings not in the code, first {extra[:5]}; {FIX}"


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda path: path.name)
def test_the_qm_file_is_what_lrelease_makes_of_the_ts_file(catalog: Path, tmp_path: Path) -> None:
    fresh = tmp_path / catalog.with_suffix(".qm").name
    TOOL.lrelease(catalog, fresh)
    committed = catalog.with_suffix(".qm")
    assert committed.is_file(), FIX
    assert committed.read_bytes() == fresh.read_bytes(), FIX


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda path: path.name)
def test_every_translation_keeps_the_placeholders_of_its_source(catalog: Path) -> None:
    for (context, source, _, _), translation in _messages(catalog).items():
        if not _finished(translation):
            continue
        wanted = sorted(set(re.findall(r"%\d", source)))
        for form in _forms(translation):
            assert sorted(set(re.findall(r"%\d", form))) == wanted, (context, source, form)


def test_the_arabic_translation_is_complete() -> None:
    catalog = TOOL.TRANSLATIONS / "crm_desktop_ar.ts"
    for (context, source, _, plural), translation in _messages(catalog).items():
        assert _finished(translation), f"untranslated: {context} {source!r}"
        if plural:
            forms = _forms(translation)
            # Qt's six Arabic forms: 0 | 1 | 2 | 3-10 | 11-99 | 100-102...; the first three may
            # spell the number out ("يومين"), the others must show it.
            assert len(forms) == 6, (context, source)
            assert all(re.search("%L?n", form) for form in forms[3:]), (context, source)


def test_the_english_translation_gives_every_plural_its_two_forms() -> None:
    catalog = TOOL.TRANSLATIONS / "crm_desktop_en.ts"
    plurals = {key: t for key, t in _messages(catalog).items() if key[3]}
    assert plurals
    for (context, source, _, _), translation in plurals.items():
        forms = _forms(translation)
        assert _finished(translation) and len(forms) == 2, f"{context} {source!r}: {forms}"
        assert all(re.search("%L?n", form) for form in forms), (context, source, forms)
