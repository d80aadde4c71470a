"""What a contact or an account is made of, before it is stored: frozen records shared by
the file formats (``interop``) and the use cases (``services``). Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass

Types = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EmailValue:
    value: str
    types: Types = ()
    preferred: bool = False
    custom_label: str = ""  # a label of the user's (Apple's X-ABLabel), beside types


@dataclass(frozen=True, slots=True)
class PhoneValue:
    value: str  # as the user wrote it; never reformatted
    types: Types = ()
    preferred: bool = False
    custom_label: str = ""  # a label of the user's (Apple's X-ABLabel), beside types


@dataclass(frozen=True, slots=True)
class AddressValue:
    types: Types = ()
    preferred: bool = False
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    label: str = ""
    custom_label: str = ""


@dataclass(frozen=True, slots=True)
class UrlValue:
    value: str
    types: Types = ()
    custom_label: str = ""  # a label of the user's (Apple's X-ABLabel), beside types


@dataclass(frozen=True, slots=True)
class ImppValue:
    value: str
    types: Types = ()
    preferred: bool = False
    custom_label: str = ""  # a label of the user's (Apple's X-ABLabel), beside types


@dataclass(frozen=True, slots=True)
class CustomValue:
    label: str
    value: str = ""


@dataclass(frozen=True, slots=True)
class ExtraValue:
    """A vCard property the app does not model, kept verbatim: ``item1.X-ABLabel:Work``."""

    name: str
    value: str = ""
    group: str = ""
    params: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class PhotoValue:
    """Image bytes with their media type, or a URI that is kept and never fetched."""

    media_type: str = ""
    data: bytes | None = None
    uri: str = ""


@dataclass(frozen=True, slots=True)
class RelatedValue:
    """A related person as a card names them: vCard 4.0's ``RELATED``, Apple's
    ``X-ABRELATEDNAMES`` with its label, Outlook's ``X-MS-MANAGER``...

    ``kind`` is the relationship as the file words it ("spouse", "manager", "referred by", a
    label of the user's); ``name`` the person's name; ``uri`` a reference to their card
    (``urn:uuid:...``) where the file gives one."""

    kind: str
    name: str = ""
    uri: str = ""


@dataclass(frozen=True, slots=True)
class AccountLinkDraft:
    """Link a contact to the account of this name (found case-insensitively, or created)."""

    name: str
    title: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A contact as entered or imported, before it has an id."""

    formatted_name: str = ""
    prefix: str = ""
    given_name: str = ""
    additional_names: str = ""
    family_name: str = ""
    suffix: str = ""
    nickname: str = ""
    title: str = ""
    department: str = ""
    role: str = ""
    birthday: str | None = None  # ISO 8601, partial allowed: "1980-04-15", "--04-15"
    anniversary: str | None = None
    gender: str = ""
    photo: PhotoValue | None = None
    note: str = ""
    categories: tuple[str, ...] = ()
    keep_in_touch_days: int | None = None
    emails: tuple[EmailValue, ...] = ()
    phones: tuple[PhoneValue, ...] = ()
    addresses: tuple[AddressValue, ...] = ()
    urls: tuple[UrlValue, ...] = ()
    impp: tuple[ImppValue, ...] = ()
    custom_fields: tuple[CustomValue, ...] = ()
    extra: tuple[ExtraValue, ...] = ()
    accounts: tuple[AccountLinkDraft, ...] = ()
    uid: str | None = None
    # Related people: read from a card and written to one; the store keeps them as
    # relationships (``services.relationships``), not on the contact's row.
    related: tuple[RelatedValue, ...] = ()


@dataclass(frozen=True, slots=True)
class AccountDraft:
    """An account (company) as entered or imported: an organisation card, say."""

    name: str
    website: str = ""
    industry: str = ""
    note: str = ""
    categories: tuple[str, ...] = ()
    emails: tuple[EmailValue, ...] = ()
    phones: tuple[PhoneValue, ...] = ()
    addresses: tuple[AddressValue, ...] = ()
    urls: tuple[UrlValue, ...] = ()
    custom_fields: tuple[CustomValue, ...] = ()
    extra: tuple[ExtraValue, ...] = ()
    logo: PhotoValue | None = None
    uid: str | None = None
