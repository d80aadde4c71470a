"""Every store model, imported together so the mapper registry is complete."""

from crm_desktop.store.account import Account
from crm_desktop.store.attachment import Attachment, AttachmentContent
from crm_desktop.store.base import Base
from crm_desktop.store.bulk_change import BulkChange
from crm_desktop.store.category import Category, account_categories, contact_categories
from crm_desktop.store.contact import Contact, ContactAccount
from crm_desktop.store.deal import (
    Deal,
    DealActivity,
    DealContact,
    DealNote,
    DealSource,
    DealStage,
    DealStageChange,
)
from crm_desktop.store.details import (
    CustomField,
    Email,
    ExtraProperty,
    InstantMessaging,
    Phone,
    PostalAddress,
    WebUrl,
)
from crm_desktop.store.duplicate_pairs import (
    NotDuplicateAccounts,
    NotDuplicateContacts,
    PossibleDuplicate,
)
from crm_desktop.store.favourite import FavouriteContact
from crm_desktop.store.relationship import Relationship, RelationshipType
from crm_desktop.store.schedule import Activity, ActivityDoneHour, Note, activity_contacts
from crm_desktop.store.search_queue import SearchPending
from crm_desktop.store.settings import Setting
from crm_desktop.store.smart_folder import SmartFolder
from crm_desktop.store.sync_models import SyncAccount, SyncChange, SyncItem

__all__ = [
    "Account",
    "Activity",
    "ActivityDoneHour",
    "Attachment",
    "AttachmentContent",
    "Base",
    "BulkChange",
    "Category",
    "Contact",
    "ContactAccount",
    "CustomField",
    "Deal",
    "DealActivity",
    "DealContact",
    "DealNote",
    "DealSource",
    "DealStage",
    "DealStageChange",
    "Email",
    "ExtraProperty",
    "FavouriteContact",
    "InstantMessaging",
    "NotDuplicateAccounts",
    "NotDuplicateContacts",
    "Note",
    "Phone",
    "PossibleDuplicate",
    "PostalAddress",
    "Relationship",
    "RelationshipType",
    "SearchPending",
    "Setting",
    "SmartFolder",
    "SyncAccount",
    "SyncChange",
    "SyncItem",
    "WebUrl",
    "account_categories",
    "activity_contacts",
    "contact_categories",
]
