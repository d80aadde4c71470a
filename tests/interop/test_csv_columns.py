"""Which field each CSV column fills: a known layout only when all its characteristic columns
are there, else each column by its name and its values, each guess with its confidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.interop.csv_columns import Confidence, is_field, map_columns
from crm_desktop.interop.csv_import import preview_csv, read_csv_file
from crm_desktop.interop.vcard_import import ReadCard
from crm_desktop.records.drafts import ContactDraft, CustomValue
from crm_desktop.records.problems import Problem
from tests.paths import DATA


def _guesses(path: Path) -> tuple[str, dict[str, str], set[str]]:
    preview = preview_csv(path)
    return (
        preview.known_format,
        dict(zip(preview.headers, preview.targets, strict=True)),
        set(preview.uncertain_headers),
    )


def _read(path: Path) -> tuple[list[ReadCard], list[Problem]]:
    cards: list[ReadCard] = []
    problems: list[Problem] = []
    for item in read_csv_file(path):
        (problems if isinstance(item, Problem) else cards).append(item)  # type: ignore[arg-type]
    return cards, problems


def _draft(card: ReadCard) -> ContactDraft:
    assert isinstance(card.record, ContactDraft)
    return card.record


@pytest.mark.parametrize(
    ("name", "layout", "some_targets", "uncertain"),
    [
        (
            "roundcube/gmail.csv",
            "Google CSV (before 2022)",
            {"Given Name": "given", "Group Membership": "categories", "Occupation": "custom",
             "E-mail 1 - Value": "numbered", "Yomi Name": "custom"},
            set(),
        ),
        (
            "roundcube/tb_plain.csv",
            "Thunderbird CSV",
            {"Primary Email": "email:internet", "Birth Day": "birthday:day", "Custom 1": "custom"},
            set(),
        ),
        (
            "thunderbird/basic_csv_addressbook.csv",
            "Thunderbird CSV",
            {"Display Name": "formatted", "Screen Name": "impp:", "Mobile Number": "phone:cell"},
            set(),
        ),
        # Three Outlook-looking columns, no more: mapped one by one, still rightly.
        (
            "roundcube/outlook.csv",
            "",
            {"E-mail Address": "email:", "E-mail 2 Address": "email:internet"},
            set(),
        ),
        (
            "thunderbird/csv_semicolon.csv",
            "",
            {"Display Name": "formatted", "First Name": "given", "Primary Email": "email:"},
            set(),
        ),
        # Roundcube's own mix of Outlook and Thunderbird names: "Title" beside "Job Title" is
        # the prefix; "IM Aim" and "Website Blog" are guessed from their words.
        (
            "roundcube/all.csv",
            "",
            {"Title": "prefix", "Job Title": "title", "Email Work": "email:work",
             "Home Mobile": "phone:cell", "Work Zip": "address:work:postal_code",
             "IM Aim": "impp:", "Website Blog": "url:", "Maiden Name": "custom",
             "Phone Video": "phone:"},
            set(),
        ),
    ],
)  # fmt: skip
def test_the_column_guesses_on_every_corpus_csv(
    corpus: Path, name: str, layout: str, some_targets: dict[str, str], uncertain: set[str]
) -> None:
    found_layout, targets, found_uncertain = _guesses(corpus / "csv" / name)
    assert found_layout == layout
    assert {h: targets[h] for h in some_targets} == some_targets
    assert found_uncertain == uncertain


def test_the_corpus_covers_every_csv_in_it(corpus: Path) -> None:
    """The table above names every CSV file of the corpus (a new one needs its row)."""
    names = {str(p.relative_to(corpus / "csv")) for p in (corpus / "csv").rglob("*.csv")}
    assert names == {
        "roundcube/gmail.csv", "roundcube/tb_plain.csv", "roundcube/outlook.csv",
        "roundcube/all.csv", "thunderbird/basic_csv_addressbook.csv",
        "thunderbird/csv_semicolon.csv",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("name", "some_targets", "uncertain"),
    [
        # The case: First Name,Last Name,Company,Email,Phone is no Outlook file, and
        # Email and Phone are an e-mail and a phone, not custom fields no one sees.
        (
            "spreadsheet-three-outlook-headers-is-not-outlook.csv",
            {"First Name": "given", "Company": "organization", "Email": "email:",
             "Phone": "phone:"},
            set(),
        ),
        (
            "spreadsheet-title-beside-full-name-is-job-title.csv",
            {"Name": "formatted", "Title": "title", "E-mail": "email:", "Phone": "phone:"},
            {"Customer Since"},
        ),
        (
            "act-contact-and-title-job-title.csv",
            {"Contact": "formatted", "Title": "title", "Salutation": "custom",
             "Phone Ext.": "custom", "Address 1": "address:work:street",
             "Zip": "address:work:postal_code", "Web Site": "url:", "Last Results": "custom"},
            {"ID/Status", "Last Results"},
        ),
        (
            "goldmine-phone1-address1-email-in-contsupref.csv",
            {"Contact": "formatted", "Lastname": "family", "Title": "title",
             "Phone1": "phone:", "Phone2": "phone:", "Address1": "address:work:street",
             "Dear": "custom", "Contsupref": "email:"},
            {"Ext1", "Key1", "Source"},
        ),
        (
            "linkedin-connections-notes-preamble.csv",
            {"First Name": "given", "URL": "url:", "Email Address": "email:",
             "Position": "title", "Connected On": "custom"},
            set(),
        ),
        (
            "outlook-french-semicolon.csv",
            {"Titre": "prefix", "Société": "organization", "Tél. mobile": "phone:cell"},
            set(),
        ),
    ],
)  # fmt: skip
def test_the_column_guesses_on_made_up_exports(
    name: str, some_targets: dict[str, str], uncertain: set[str]
) -> None:
    layout, targets, found_uncertain = _guesses(DATA / name)
    assert layout == ""  # none of these is a known program's whole layout
    assert {h: targets[h] for h in some_targets} == some_targets
    assert found_uncertain == uncertain


def test_an_act_export_gives_the_job_title_and_keeps_what_is_uncertain() -> None:
    cards, problems = _read(DATA / "act-contact-and-title-job-title.csv")
    anna = _draft(cards[0])
    assert (anna.formatted_name, anna.title, anna.prefix) == (
        "Anna Serra",
        "Purchasing Manager",
        "",
    )
    assert anna.accounts[0].name == "Cal Pep" and anna.accounts[0].title == "Purchasing Manager"
    assert [e.value for e in anna.emails] == ["anna@calpep.example"]
    assert [p.value for p in anna.phones] == ["+34 972 11 22 33", "+34 600 11 22 33"]
    assert CustomValue("ID/Status", "Customer") in anna.custom_fields
    assert CustomValue("Last Results", "Sent the price list") in anna.custom_fields
    assert [(p.line, p.fatal) for p in problems] == [(1, False), (1, False)]
    assert all("--mapping" in p.message for p in problems)
    assert ['"ID/Status"' in p.message for p in problems] == [True, False]


def test_an_email_column_under_any_header_is_an_email() -> None:
    cards, _problems = _read(DATA / "goldmine-phone1-address1-email-in-contsupref.csv")
    eleni = _draft(cards[0])
    assert [e.value for e in eleni.emails] == ["eleni@aegean.example"]
    assert eleni.family_name == "Papadopoulou" and eleni.formatted_name == "Eleni Papadopoulou"
    assert eleni.addresses[0].postal_code == "10563"


def test_a_spreadsheet_with_three_outlook_headers_gives_emails_and_phones() -> None:
    cards, problems = _read(DATA / "spreadsheet-three-outlook-headers-is-not-outlook.csv")
    marta = _draft(cards[0])
    assert problems == [] and marta.custom_fields == ()
    assert [e.value for e in marta.emails] == ["marta@cellervidal.example"]
    assert [p.value for p in marta.phones] == ["+34 93 555 01 02"]


def test_linkedins_connections_csv_is_read_after_its_notes() -> None:
    cards, problems = _read(DATA / "linkedin-connections-notes-preamble.csv")
    assert problems == [] and [c.line for c in cards] == [5, 6]
    eleni, jordi = (_draft(c) for c in cards)
    assert (eleni.given_name, eleni.family_name, eleni.title) == ("Eleni", "Papadopoulou", "Buyer")
    assert [u.value for u in eleni.urls] == ["https://www.linkedin.com/in/eleni-example"]
    assert CustomValue("Connected On", "15 Mar 2024") in eleni.custom_fields
    assert jordi.emails == () and jordi.accounts[0].name == "Vilaseca Vins, S.L."


@pytest.mark.parametrize(
    ("headers", "values", "target", "confidence"),
    [
        # Beside a full-name column ("Contact", "Name"), Title is the job title.
        (["Contact", "Title"], ["Anna Serra", "Buyer"], "title", Confidence.CERTAIN),
        # Beside Outlook's "Job Title", Title is the courtesy title.
        (["Title", "First Name", "Job Title"], ["", "Anna", "Buyer"], "prefix", Confidence.LIKELY),
        # Courtesy titles in it: the prefix, whatever its neighbours.
        (["Contact", "Title"], ["Anna Serra", "Mrs."], "prefix", Confidence.CERTAIN),
        (["Όνομα", "Τίτλος"], ["Ελένη", "κα"], "prefix", Confidence.LIKELY),  # by its values
        # Values that are no courtesy title: a job title, though less surely.
        (["First Name", "Title"], ["Anna", "Sales Manager"], "title", Confidence.LIKELY),
        # French Outlook's Titre, and German's Titel, likewise.
        (["Titre", "Prénom"], ["M.", "François"], "prefix", Confidence.CERTAIN),
        (["Vorname", "Nachname", "Titel", "Position"], ["Jan", "Ek", "Dr.", "CEO"], "prefix",
         Confidence.CERTAIN),
    ],
)  # fmt: skip
def test_title_is_a_job_title_or_a_prefix_by_its_neighbours_and_values(
    headers: list[str], values: list[str], target: str, confidence: Confidence
) -> None:
    columns = map_columns(headers, [values])
    title = next(c for c in columns.columns if c.header in ("Title", "Titre", "Titel", "Τίτλος"))
    assert (title.target, title.confidence) == (target, confidence)


def test_a_title_column_of_courtesy_and_job_titles_is_for_the_user() -> None:
    columns = map_columns(["First Name", "Title"], [["Ana", "Dr."], ["Pau", "Sales Manager"]])
    assert columns.uncertain == (columns.columns[1],) and columns.targets()[1] == "custom"


@pytest.mark.parametrize(
    ("header", "value", "target", "confidence"),
    [
        ("Phone", "anna@calpep.example", "email:", Confidence.CERTAIN),  # values win
        ("Kontakt 1", "anna@calpep.example", "email:", Confidence.CERTAIN),
        ("Numero", "+34 972 11 22 33", "phone:", Confidence.LIKELY),
        ("Home Numero", "+34 972 11 22 33", "phone:home", Confidence.LIKELY),
        ("Blog", "https://calpep.example", "url:", Confidence.LIKELY),
        ("Anrede", "Herr", "prefix", Confidence.LIKELY),
        ("Work Mobile", "+34 600 11 22 33", "phone:cell", Confidence.LIKELY),
        ("Birth Place", "Girona", "custom", Confidence.UNCERTAIN),  # name and values disagree
        ("Fruit", "Apples", "custom", Confidence.UNCERTAIN),
        ("Fruit", "", "custom", Confidence.LIKELY),  # nothing in it: nothing to ask
        ("Geburtstag", "14", "birthday:day", Confidence.LIKELY),  # Thunderbird's day column
    ],
)
def test_a_column_is_mapped_by_its_values_and_the_words_of_its_name(
    header: str, value: str, target: str, confidence: Confidence
) -> None:
    [column] = map_columns([header], [[value]]).columns
    assert (column.target, column.confidence) == (target, confidence)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # German, Spanish, French Outlook (names from Roundcube's localization tables).
        (
            ["Vorname", "Weitere Vornamen", "Nachname", "Firma", "Position", "E-Mail-Adresse",
             "Mobiltelefon", "Straße geschäftlich", "Postleitzahl geschäftlich",
             "Land geschäftlich", "Kategorien", "Notizen"],
            ["given", "additional", "family", "organization", "title", "email:internet",
             "phone:cell", "address:work:street", "address:work:postal_code",
             "address:work:country", "categories", "note"],
        ),
        (
            ["Nombre", "Segundo nombre", "Apellidos", "Organización", "Puesto",
             "Teléfono del trabajo", "Calle del trabajo", "Código postal del trabajo",
             "País o región del trabajo", "Categorías"],
            ["given", "additional", "family", "organization", "title", "phone:work,voice",
             "address:work:street", "address:work:postal_code", "address:work:country",
             "categories"],
        ),
        (
            ["Prénom", "Nom", "Société ", "Service ", "Rue (bureau)", "Code postal (bureau)",
             "Téléphone (bureau)", "Adresse de messagerie"],
            ["given", "family", "organization", "department", "address:work:street",
             "address:work:postal_code", "phone:work,voice", "email:internet"],
        ),
    ],
)  # fmt: skip
def test_localized_outlook_names_are_known_one_by_one(
    headers: list[str], expected: list[str]
) -> None:
    columns = map_columns(headers, [])
    assert columns.layout == ""
    assert [c.target for c in columns.columns] == expected
    assert columns.uncertain == ()


_THUNDERBIRD = {
    "de": "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,"
    "Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,Mobil-Tel.-Nr.,Privat: Adresse,"
    "Privat: Adresse 2,Privat: Ort,Privat: Bundesland,Privat: PLZ,Privat: Land,"
    "Dienstlich: Adresse,Dienstlich: Adresse 2,Dienstlich: Ort,Dienstlich: Bundesland,"
    "Dienstlich: PLZ,Dienstlich: Land,Arbeitstitel,Abteilung,Organisation,Webseite 1,"
    "Webseite 2,Geburtsjahr,Geburtsmonat,Geburtstag,Benutzerdef. 1,Benutzerdef. 2,"
    "Benutzerdef. 3,Benutzerdef. 4,Notizen,Messenger-Name",
    "fr": "Prénom,Nom de famille,Nom à afficher,Surnom,Adresse e-mail principale,"
    "Adresse e-mail secondaire,Tél. professionnel ,Tél. personnel,Fax,Pager,Portable,"
    "Adresse privée,Adresse privée 2,Ville,Pays/État,Code postal,Pays/Région (domicile),"
    "Adresse professionnelle,Adresse professionnelle 2,Ville,Pays/État,Code postal,"
    "Pays/Région (bureau),Profession,Service,Société,Site web 1,Site web 2,"
    "Année de naissance,Mois,Jour,Divers 1,Divers 2,Divers 3,Divers 4,Notes,Nom de l’écran",
    "es": "Nombre,Apellidos,Nombre mostrado,Apodo,Dirección de correo electrónico principal,"
    "Dirección de correo electrónico secundaria,Teléfono (Trabajo),Teléfono particular,Fax,"
    "Buscapersonas,Teléfono móvil,Dirección personal,Dirección personal 2,Ciudad donde vive,"
    "Provincia,Código postal,País de residencia,Dirección de trabajo,Dirección de trabajo 2,"
    "Ciudad (Trabajo),Provincia (Trabajo),Código postal (Trabajo),País (Trabajo),Puesto,"
    "Departamento,Organización,Página web 1,Página web 2,Año de nacimiento,"
    "Mes de nacimiento,Día de nacimiento,Personalizado 1,Personalizado 2,Personalizado 3,"
    "Personalizado 4,Notas,Nombre en pantalla",
    "el": "Όνομα,Επώνυμο,Εμφανιζόμενο όνομα,Ψευδώνυμο,Κύριο email,Δευτερεύον email,"
    "Τηλέφωνο εργασίας,Τηλέφωνο οικίας,Αριθμός φαξ,Αριθμός βομβητή,Αριθμός κινητού,"
    "Διεύθυνση οικίας,Διεύθυνση οικίας 2,Πόλη οικίας,Πολιτεία οικίας,Ταχ. κώδικας οικίας,"
    "Χώρα οικίας,Διεύθυνση εργασίας,Διεύθυνση εργασίας 2,Πόλη εργασίας,Πολιτεία εργασίας,"
    "Ταχ. κώδικας εργασίας,Χώρα εργασίας,Τίτλος εργασίας,Τμήμα,Εταιρεία,Ιστοσελίδα 1,"
    "Ιστοσελίδα 2,Έτος γέννησης,Μήνας γέννησης,Ημέρα γέννησης,Προσαρμοσμένο 1,"
    "Προσαρμοσμένο 2,Προσαρμοσμένο 3,Προσαρμοσμένο 4,Σημειώσεις,Εμφανιζόμενο όνομα",
}


@pytest.mark.parametrize("language", sorted(_THUNDERBIRD))
def test_a_localized_thunderbird_export_is_its_layout_duplicates_by_order(
    tmp_path: Path, language: str
) -> None:
    """Thunderbird writes its column names in the user's language (importMsgs.properties);
    French repeats Ville, Pays/État and Code postal (home, then work), Greek repeats the
    display name's words for the screen name."""
    headers = _THUNDERBIRD[language].split(",")
    values = ["Ana", "Puig", "Ana Puig", "", "ana@puig.example", "", "", "", "", "", "",
              "", "", "Girona", "", "17001", "", "", "", "Barcelona", "", "08001", "", "",
              "", "", "", "", "1980", "4", "15", "", "", "", "", "", "ana.puig"]  # fmt: skip
    path = tmp_path / f"thunderbird-{language}.csv"
    path.write_text(",".join(headers) + "\r\n" + ",".join(values) + ",\r\n", encoding="utf-8")
    preview = preview_csv(path)
    assert preview.known_format.startswith("Thunderbird CSV (") and not preview.uncertain_headers
    cards, problems = _read(path)
    ana = _draft(cards[0])
    assert problems == [] and (ana.given_name, ana.family_name) == ("Ana", "Puig")
    assert ana.formatted_name == "Ana Puig" and ana.birthday == "1980-04-15"
    assert [e.value for e in ana.emails] == ["ana@puig.example"]
    assert [i.value for i in ana.impp] == ["ana.puig"]
    home, work = sorted(ana.addresses, key=lambda a: a.types)
    assert (home.types, home.locality, home.postal_code) == (("home",), "Girona", "17001")
    assert (work.types, work.locality, work.postal_code) == (("work",), "Barcelona", "08001")


def test_a_second_column_of_one_name_is_mapped_by_its_own_key() -> None:
    columns = map_columns(["Titre", "Prénom", "Titre"], [["M.", "Marc", "Gérant"]])
    assert [c.target for c in columns.columns] == ["prefix", "given", "title"]
    chosen = map_columns(["Titre", "Prénom", "Titre"], [], {"Titre#2": "custom"})
    assert [c.target for c in chosen.columns] == ["prefix", "given", "custom"]


def test_two_columns_for_one_name_field_make_the_second_uncertain() -> None:
    columns = map_columns(["First Name", "Forename"], [["Ana", "Anna"]])
    assert [c.confidence for c in columns.columns] == [Confidence.CERTAIN, Confidence.UNCERTAIN]
    assert columns.targets() == ("given", "custom")  # the second is kept, not overwriting


def test_the_users_choice_wins_and_is_certain() -> None:
    columns = map_columns(["ID/Status"], [["Customer"]], {"ID/Status": "categories"})
    assert columns.uncertain == () and columns.targets() == ("categories",)


@pytest.mark.parametrize(
    ("field", "valid"),
    [
        ("given", True), ("title", True), ("email", True), ("email:work", True),
        ("phone:work,voice", True), ("address:home:postal_code", True),
        ("birthday:day", True), ("custom", True), ("ignore", True), ("url:", True),
        ("emial", False), ("First Name", False), ("address:home", False),
        ("address:moon:street", False), ("phone:Work Voice", False), ("given:x", False),
        ("", False),
    ],
)  # fmt: skip
def test_the_fields_a_mapping_may_name(field: str, valid: bool) -> None:
    assert is_field(field) is valid
