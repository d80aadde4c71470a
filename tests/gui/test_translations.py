"""Translations: the .ts files hold exactly the code's strings, the .qm files are built from
them, and the Arabic, Catalan, Greek and Persian translations (and the English plurals) are
complete, with every placeholder and accelerator of their source.

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


# The languages translated whole, and how many plural forms Qt gives each (lupdate's count).
PLURAL_FORMS = {"ar": 6, "ca": 2, "el": 2, "fa": 1}
# Forms that may spell their number out instead of showing %n (Arabic 0, 1 and 2: "يومين").
SPELLED_OUT = {"ar": 3}
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?=\w)")


def _language(catalog: Path) -> str:
    return catalog.stem.rpartition("_")[2]


def test_there_are_five_translations() -> None:
    languages = {_language(catalog) for catalog in CATALOGS}
    assert languages == {"ar", "ca", "el", "en", "fa"}
    assert all(catalog.is_file() for catalog in CATALOGS)
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


@pytest.mark.parametrize("catalog", [*CATALOGS, *TOOL.QT_CATALOGS], ids=lambda path: path.name)
def test_the_qm_file_is_what_lrelease_makes_of_the_ts_file(catalog: Path, tmp_path: Path) -> None:
    fresh = tmp_path / catalog.with_suffix(".qm").name
    TOOL.lrelease(catalog, fresh)
    committed = catalog.with_suffix(".qm")
    assert committed.is_file(), FIX
    assert committed.read_bytes() == fresh.read_bytes(), FIX


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda path: path.name)
def test_every_translation_keeps_the_placeholders_of_its_source(catalog: Path) -> None:
    """%1, %2, %L1 as many times as the source has them; the count (%n, or %Ln for the
    locale's digits) in every plural form (but those Arabic spells out)."""
    spelled = SPELLED_OUT.get(_language(catalog), 0)
    checked = 0
    for (context, source, _, plural), translation in _messages(catalog).items():
        if not _finished(translation):
            continue
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if not p.endswith("n"))
        counted = any(p.endswith("n") for p in PLACEHOLDER.findall(source))
        for number, form in enumerate(_forms(translation)):
            found = PLACEHOLDER.findall(form)
            assert sorted(p for p in found if not p.endswith("n")) == wanted, (context, form)
            if not (plural and number < spelled):
                assert any(p.endswith("n") for p in found) == counted, (context, form)
            checked += 1
    assert checked


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda path: path.name)
def test_every_translation_keeps_the_one_accelerator_of_its_source(catalog: Path) -> None:
    for (context, source, _, _), translation in _messages(catalog).items():
        wanted = len(ACCELERATOR.findall(source.replace("&&", "")))
        for form in _forms(translation) if _finished(translation) else []:
            assert len(ACCELERATOR.findall(form.replace("&&", ""))) == wanted, (context, form)
            assert not re.search(r"&(?![&\w])", form.replace("&&", "")), (context, form)


@pytest.mark.parametrize("language", sorted(PLURAL_FORMS))
def test_the_translation_is_complete_with_the_plural_forms_of_its_language(
    language: str,
) -> None:
    catalog = TOOL.TRANSLATIONS / f"crm_desktop_{language}.ts"
    messages = _messages(catalog)
    assert messages
    for (context, source, _, plural), translation in messages.items():
        assert _finished(translation), f"untranslated in {language}: {context} {source!r}"
        if plural:
            assert len(_forms(translation)) == PLURAL_FORMS[language], (context, source)


def test_qt_would_give_each_language_the_plural_forms_we_expect(tmp_path: Path) -> None:
    """lupdate's own count of plural forms for each language (Qt's rules, not CLDR's)."""
    for language, count in PLURAL_FORMS.items():
        fresh = tmp_path / f"crm_desktop_{language}.ts"
        TOOL.lupdate(fresh)
        plurals = [key for key in _messages(fresh) if key[3]]
        translation = _messages(fresh)[plurals[0]]
        assert len(translation.findall("numerusform")) == count, language


@pytest.mark.parametrize("catalog", TOOL.QT_CATALOGS, ids=lambda path: path.name)
def test_our_translation_of_qts_own_words_is_complete(catalog: Path) -> None:
    messages = _messages(catalog)
    assert ("QPlatformTheme", "Cancel", "", False) in messages
    for key, translation in messages.items():
        assert _finished(translation), key


def test_the_english_translation_gives_every_plural_its_two_forms() -> None:
    catalog = TOOL.TRANSLATIONS / "crm_desktop_en.ts"
    plurals = {key: t for key, t in _messages(catalog).items() if key[3]}
    assert plurals
    for (context, source, _, _), translation in plurals.items():
        forms = _forms(translation)
        assert _finished(translation) and len(forms) == 2, f"{context} {source!r}: {forms}"
        assert all(re.search("%L?n", form) for form in forms), (context, source, forms)
