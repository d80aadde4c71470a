"""Sample data for ``crm-desktop --demo``: a working CRM a newcomer can look around in."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.sample_data import generate_contacts
from crm_desktop.services.schedule_rows import local_zone
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Activity, Contact, ContactAccount, Note

_SUBJECTS = {
    "call": ("Discuss the spring order", "Follow-up call", "Τηλεφώνημα για την παραγγελία"),
    "email": ("Sent the price list", "Answered the delivery question", "أرسلت عرض الأسعار"),
    "letter": ("Contract signed and posted", "Welcome pack"),
    "meeting": ("Quarterly review", "Product demo at their office", "جلسه با مدیر خرید"),
    "task": ("Send samples", "Prepare the proposal", "Enviar el catàleg"),
}  # fmt: skip
SATURDAY = 5
_NOTES = (
    "Decision maker for all packaging purchases.",
    "Budget approved for next year; wants a volume discount.",
    "Η συνάντηση πήγε καλά· θέλει δείγματα.",
    "يرغب في زيارة المصنع الشهر القادم.",
    "Li agrada parlar de futbol abans de negociar.",
)


def _business_hours(today: date, rng: random.Random) -> datetime:
    """A moment of a working day (Monday to Friday, 9:00 to 17:45 local time, on the quarter
    hour) from four months ago to a month ahead, in UTC: when a salesperson's calls and
    meetings happen (not at the hour the demo was made)."""
    day = today + timedelta(days=rng.randint(-120, 30))
    while day.weekday() >= SATURDAY:
        day -= timedelta(days=1)
    moment = datetime.combine(day, time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))))
    return moment.replace(tzinfo=local_zone()).astimezone(UTC)


def fill_demo_data(db: Database, contacts: int = 250, seed: int = 11) -> None:
    """Add ``contacts`` sample contacts with accounts, then notes and activities about them."""
    add_contacts(db, generate_contacts(contacts, seed=seed, accounts=max(5, contacts // 6)))
    rng = random.Random(seed)
    now = utc_now().replace(second=0, microsecond=0)
    today = now.astimezone(local_zone()).date()
    with db.writing() as session:
        rows = session.execute(
            select(Contact.id, ContactAccount.account_id).outerjoin(
                ContactAccount, ContactAccount.contact_id == Contact.id
            )
        ).all()
        for contact_id, account_id in rows:
            if rng.random() < 0.1:  # a few to keep in touch with (Keeping in touch list)
                contact = session.get(Contact, contact_id)
                assert contact is not None
                contact.keep_in_touch_days = rng.choice((14, 30, 90))
            if rng.random() < 0.5:
                session.add(
                    Note(
                        contact_id=contact_id,
                        body=rng.choice(_NOTES),
                        pinned=rng.random() < 0.1,
                        created_at=now - timedelta(days=rng.randint(0, 400)),
                    )
                )
            for _ in range(rng.randint(0, 4)):
                kind = rng.choice(tuple(_SUBJECTS))
                when = _business_hours(today, rng)
                done = when < now and rng.random() < 0.8
                contact = session.get(Contact, contact_id)
                assert contact is not None
                session.add(
                    Activity(
                        kind=kind,
                        subject=rng.choice(_SUBJECTS[kind]),
                        start_at=None if kind == "task" else when,
                        due_at=when if kind == "task" else None,
                        duration_minutes=None if kind == "task" else rng.choice((15, 30, 60)),
                        priority=rng.choice(("low", "normal", "normal", "high")),
                        status="done" if done else "open",
                        outcome="Went well" if done else "",
                        completed_at=when if done else None,
                        reminder_at=when - timedelta(minutes=15)
                        if not done and rng.random() < 0.5
                        else None,
                        account_id=account_id,
                        contacts=[contact],
                    )
                )
