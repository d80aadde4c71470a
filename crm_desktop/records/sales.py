"""The sales layer's vocabulary: deals (opportunities), stages, their history, leads and the
reports' rows. Frozen records the services return and the GUI and the CLI read (stdlib only).

Amounts are ``Decimal`` with their ISO 4217 ``currency`` beside them; no record ever holds a
sum over two currencies (every report row is per currency).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from crm_desktop.records.ids import AccountId, ActivityId, ContactId, DealId, NoteId, StageId


class DealStatus(StrEnum):
    """Won and lost are statuses, not stages: a closed deal keeps the stage it closed from."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class LeadStatus(StrEnum):
    """A lead's status (Dynamics' states: open = new/contacted, qualified, disqualified)."""

    NEW = "new"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    DISQUALIFIED = "disqualified"


class ContactRole(StrEnum):
    """The roles offered for a contact on a deal (any other text is kept as typed)."""

    DECISION_MAKER = "decision maker"
    INFLUENCER = "influencer"
    USER = "user"
    TECHNICAL = "technical"
    OTHER = "other"


DEAL_STATUSES: tuple[str, ...] = tuple(DealStatus)
LEAD_STATUSES: tuple[str, ...] = tuple(LeadStatus)
CONTACT_ROLES: tuple[str, ...] = tuple(ContactRole)
# The stages a new database starts with (name, default probability), Dynamics-style.
DEFAULT_STAGES: tuple[tuple[str, int], ...] = (
    ("Prospecting", 10),
    ("Qualification", 20),
    ("Proposal", 50),
    ("Negotiation", 80),
)
# The sources a new database offers (the user edits the list).
DEFAULT_SOURCES: tuple[str, ...] = ("referral", "web", "trade show", "campaign", "partner", "other")


@dataclass(frozen=True, slots=True)
class Stage:
    """A pipeline stage: its name, the probability a deal takes on entering it, its place."""

    id: StageId
    name: str
    probability: int
    position: int


@dataclass(frozen=True, slots=True)
class DealContact:
    """A contact on a deal, with their role ("decision maker", "influencer", free text...)."""

    contact_id: ContactId
    name: str = ""  # the contact's formatted name (filled on reading; ignored on writing)
    role: str = ""


@dataclass(frozen=True, slots=True)
class DealDraft:
    """What creating or editing a deal hands in. ``stage`` None: the first stage;
    ``probability`` None: the stage's default; ``currency`` "": the user's default."""

    title: str
    account_id: int
    amount: Decimal
    currency: str = ""
    stage: str | None = None  # a stage's name (or None)
    probability: int | None = None
    close_date: date | None = None
    source: str = ""
    next_step: str = ""
    description: str = ""
    contacts: tuple[DealContact, ...] = ()


@dataclass(frozen=True, slots=True)
class Deal:
    """One deal (opportunity), as stored."""

    id: DealId
    title: str
    account_id: AccountId
    account_name: str
    contacts: tuple[DealContact, ...]
    stage_id: StageId
    stage: str
    amount: Decimal
    currency: str
    probability: int
    close_date: date | None
    source: str
    next_step: str
    description: str
    status: DealStatus
    closed_on: date | None  # the day it was won or lost
    close_reason: str  # why it was won or lost
    competitor_id: AccountId | None  # lost to this account
    competitor_name: str
    stage_since: datetime  # when it entered its stage (for "days in stage")
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    origin_contact_id: ContactId | None = None  # the lead it was converted from
    probability_manual: bool = False  # set by hand: kept when the stage changes

    @property
    def weighted(self) -> Decimal:
        """amount × probability / 100 (exact; shown rounded to the currency's places)."""
        return self.amount * self.probability / 100


@dataclass(frozen=True, slots=True)
class StageChange:
    """One line of a deal's history: it moved from one stage (or status) to another."""

    deal_id: DealId
    changed_at: datetime
    from_stage: str | None  # None: the deal was created
    to_stage: str
    status: DealStatus  # the deal's status after the change
    amount: Decimal
    currency: str
    probability: int


@dataclass(frozen=True, slots=True)
class DealChanges:
    """What a deal mutation changed, so each window refreshes only that."""

    added: tuple[DealId, ...] = ()
    changed: tuple[DealId, ...] = ()
    removed: tuple[DealId, ...] = ()  # to the Trash
    restored: tuple[DealId, ...] = ()


@dataclass(frozen=True, slots=True)
class MoneyTotal:
    """A count and a sum in one currency."""

    currency: str
    count: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class DealTotals:
    """An account's or a contact's deals: open ones (ids), and per-currency totals of the
    open, won and lost ones (deals in the Trash left out)."""

    open_deals: tuple[DealId, ...]
    open: tuple[MoneyTotal, ...]
    won: tuple[MoneyTotal, ...]
    lost: tuple[MoneyTotal, ...]


@dataclass(frozen=True, slots=True)
class DealTimelineItem:
    """One entry of a deal's timeline: a stage change, an activity or a note."""

    when: datetime
    kind: str  # "stage", "call", "meeting", ..., "note"
    stage_change: StageChange | None = None
    activity_id: ActivityId | None = None
    note_id: NoteId | None = None
    text: str = ""  # the activity's subject, the note's body, "Prospecting -> Proposal"


@dataclass(frozen=True, slots=True)
class NextActivity:
    """A deal's next open activity (the board shows it on the card)."""

    deal_id: DealId
    activity_id: ActivityId
    kind: str
    subject: str
    when: datetime | None


@dataclass(frozen=True, slots=True)
class Lead:
    """A contact or an account marked as a lead."""

    contact_id: ContactId | None
    account_id: AccountId | None
    name: str
    account_name: str  # a contact's primary account ("" when none)
    status: LeadStatus
    reason: str  # why disqualified
    source: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Conversion:
    """What converting a lead did: the contact (kept, now a contact; None for an account
    lead), its account (created or matched; an account lead's own), and the opening deal when
    one was asked for."""

    contact_id: ContactId | None
    account_id: AccountId
    account_created: bool
    deal_id: DealId | None


# Report rows. Every amount is per currency: rows with the same key and another currency
# are other rows.


@dataclass(frozen=True, slots=True)
class PipelineRow:
    """Open deals in one stage and currency: count, Σ amount, Σ amount × probability / 100."""

    stage_id: StageId
    stage: str
    position: int
    currency: str
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True, slots=True)
class ForecastRow:
    """Open deals expected to close in one month ("2027-01"), in one currency: count, Σ amount
    (best case), Σ weighted. ``month`` "" for deals with no close date."""

    month: str
    currency: str
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True, slots=True)
class WonLostRow:
    """Deals closed in one month ("2027-01", by their close day) in one currency: won and
    lost counts and sums."""

    month: str
    currency: str
    won_count: int
    won_amount: Decimal
    lost_count: int
    lost_amount: Decimal


@dataclass(frozen=True, slots=True)
class WinRateRow:
    """Deals closed in one month, every currency (counts only): the win rate won / (won +
    lost) (None with none closed) and the mean days from creation to close of the won ones
    (None with none won)."""

    month: str
    won: int
    lost: int
    win_rate: float | None
    average_days_to_close: float | None


@dataclass(frozen=True, slots=True)
class WonLost:
    """The won and lost report: amounts per month and currency, rates per month."""

    by_currency: tuple[WonLostRow, ...]
    by_month: tuple[WinRateRow, ...]


@dataclass(frozen=True, slots=True)
class ActivityWeekRow:
    """Completed activities of one kind in the week starting ``week_start`` (local days)."""

    week_start: date
    kind: str
    count: int


@dataclass(frozen=True, slots=True)
class PurchaseRow:
    """Won deals of one account in one year and currency."""

    account_id: AccountId
    account_name: str
    year: int
    currency: str
    count: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class DealFilter:
    """Which deals a list shows (every given condition holds)."""

    status: DealStatus | None = None
    stage: str | None = None
    account_id: int | None = None
    contact_id: int | None = None
    close_from: date | None = None
    close_to: date | None = None
    account_category: str | None = None
    min_amount: Decimal | None = None  # in the deal's own currency
    max_amount: Decimal | None = None
    trashed: bool = False
    ids: tuple[int, ...] | None = field(default=None)
