"""Countries as people write them in an address: the ISO 3166 code behind a name typed in any
of our languages (``Greece``, ``Ελλάδα``, ``GR``, ``Catalunya`` = ES), and each country's name
in the languages CRM Desktop speaks, for the country line of a letter sent abroad.

Only the countries whose post we format by their own rule are named here (and their usual
neighbours); any other country text is kept as the user wrote it.
"""

from __future__ import annotations

import unicodedata

# code: (English, Greek, Catalan, Arabic, Persian)
_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    "US": ("United States", "Ηνωμένες Πολιτείες", "Estats Units", "الولايات المتحدة",
           "ایالات متحده آمریکا"),
    "GB": ("United Kingdom", "Ηνωμένο Βασίλειο", "Regne Unit", "المملكة المتحدة", "بریتانیا"),
    "DE": ("Germany", "Γερμανία", "Alemanya", "ألمانيا", "آلمان"),
    "FR": ("France", "Γαλλία", "França", "فرنسا", "فرانسه"),
    "GR": ("Greece", "Ελλάδα", "Grècia", "اليونان", "یونان"),
    "CY": ("Cyprus", "Κύπρος", "Xipre", "قبرص", "قبرس"),
    "ES": ("Spain", "Ισπανία", "Espanya", "إسبانيا", "اسپانیا"),
    "AD": ("Andorra", "Ανδόρα", "Andorra", "أندورا", "آندورا"),
    "IT": ("Italy", "Ιταλία", "Itàlia", "إيطاليا", "ایتالیا"),
    "NL": ("Netherlands", "Ολλανδία", "Països Baixos", "هولندا", "هلند"),
    "AT": ("Austria", "Αυστρία", "Àustria", "النمسا", "اتریش"),
    "CH": ("Switzerland", "Ελβετία", "Suïssa", "سويسرا", "سوئیس"),
    "CA": ("Canada", "Καναδάς", "Canadà", "كندا", "کانادا"),
    "AU": ("Australia", "Αυστραλία", "Austràlia", "أستراليا", "استرالیا"),
    "IR": ("Iran", "Ιράν", "Iran", "إيران", "ایران"),
    "EG": ("Egypt", "Αίγυπτος", "Egipte", "مصر", "مصر"),
    "SA": ("Saudi Arabia", "Σαουδική Αραβία", "Aràbia Saudita", "السعودية", "عربستان سعودی"),
    "AE": ("United Arab Emirates", "Ηνωμένα Αραβικά Εμιράτα", "Emirats Àrabs Units",
           "الإمارات العربية المتحدة", "امارات متحده عربی"),
    "TR": ("Turkey", "Τουρκία", "Turquia", "تركيا", "ترکیه"),
}  # fmt: skip
_LANGUAGES = ("en", "el", "ca", "ar", "fa")

# Other ways people write a country (folded: lower case, no accents).
_ALIASES: dict[str, str] = {
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US",
    "america": "US", "uk": "GB", "u.k.": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "britain": "GB",
    "deutschland": "DE", "allemagne": "DE", "alemania": "DE", "germania": "DE",
    "hellas": "GR", "ellada": "GR", "grece": "GR", "grecia": "GR", "griechenland": "GR",
    "ελλας": "GR", "kypros": "CY", "espana": "ES", "espagne": "ES", "spanien": "ES",
    "catalunya": "ES", "catalonia": "ES", "cataluna": "ES", "catalogne": "ES",
    "italia": "IT", "nederland": "NL", "holland": "NL", "the netherlands": "NL",
    "osterreich": "AT", "schweiz": "CH", "suisse": "CH", "svizzera": "CH",
    "iran, islamic republic of": "IR", "persia": "IR", "jomhuri-ye eslami-ye iran": "IR",
    "misr": "EG", "masr": "EG", "ksa": "SA", "kingdom of saudi arabia": "SA",
    "المملكة العربية السعودية": "SA", "uae": "AE", "الامارات": "AE", "turkiye": "TR",
    "مصر العربية": "EG", "جمهورية مصر العربية": "EG", "ايران": "IR", "جمهوری اسلامی ایران": "IR",
}  # fmt: skip


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.replace("\u0640", "").split())  # no tatweel, single spaces


_BY_NAME: dict[str, str] = {
    **{_folded(name): code for code, names in _NAMES.items() for name in names},
    **{_folded(alias): code for alias, code in _ALIASES.items()},
}


def country_code(text: str) -> str:
    """The ISO 3166 code of the country ``text`` names ("" when it is not one we know). A
    two-letter code is taken as it is."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        return stripped.upper()
    return _BY_NAME.get(_folded(stripped), "")


def country_name(code: str, language: str) -> str:
    """The country's name in ``language`` (``el``, ``ar_EG``...); English when we do not have
    that language, "" for a country we do not name."""
    names = _NAMES.get(code.upper())
    if names is None:
        return ""
    base = language.split("_")[0].split("-")[0].lower()
    return names[_LANGUAGES.index(base)] if base in _LANGUAGES else names[0]


def language_territory(locale_name: str) -> str:
    """The country of a locale name (``el_GR.UTF-8`` gives GR, ``fa`` gives "")."""
    name = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    return parts[-1].upper() if len(parts) > 1 and len(parts[-1]) == 2 else ""
