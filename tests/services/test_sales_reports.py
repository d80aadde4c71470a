"""The sales reports on a seeded database (``sales_seed``), against figures computed by hand;
amounts in different currencies are never added together."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from crm_desktop.records.activities import ActivityDraft
from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ContactId
from crm_desktop.services.account_edits import restore_accounts, trash_accounts
from crm_desktop.services.activities import (
    complete_activity,
    create_activity,
    restore_activities,
    trash_activities,
    update_activity,
)
from crm_desktop.services.contacts import add_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.deal_links import deal_totals
from crm_desktop.services.deals import list_deals
from crm_desktop.services.sales_reports import (
    activities_by_week,
    forecast,
    pipeline_by_stage,
    purchase_history,
    won_lost_by_month,
)
from crm_desktop.services.trash import empty_trash
from tests.services.sales_seed import seed


def test_forecast_is_per_month_and_currency_over_open_deals_weighted_by_probability(
    db: Database,
) -> None:
    seed(db)
    rows = [(r.month, r.currency, r.count, r.amount, r.weighted) for r in forecast(db)]
    assert rows == [
        # 10000 x 50% + 20000 x 80% = 5000 + 16000
        ("2027-01", "EUR", 2, Decimal("30000.00"), Decimal("21000.00")),
        ("2027-01", "USD", 1, Decimal("5000.00"), Decimal("2500.00")),
        # 333.33 x 33% = 109.9989 -> 110.00 (rounded once, half up)
        ("2027-02", "EUR", 1, Decimal("333.33"), Decimal("110.00")),
        # no close date: apart, last; yen have no decimal places
        ("", "JPY", 1, Decimal("120000"), Decimal("96000")),
    ]


def test_pipeline_by_stage_counts_sums_and_weights_open_deals_per_currency(db: Database) -> None:
    seed(db)
    rows = [(r.stage, r.currency, r.count, r.amount, r.weighted) for r in pipeline_by_stage(db)]
    assert rows == [
        ("Prospecting", "EUR", 1, Decimal("333.33"), Decimal("110.00")),
        ("Proposal", "EUR", 1, Decimal("10000.00"), Decimal("5000.00")),
        ("Proposal", "USD", 1, Decimal("5000.00"), Decimal("2500.00")),
        ("Negotiation", "EUR", 1, Decimal("20000.00"), Decimal("16000.00")),
        ("Negotiation", "JPY", 1, Decimal("120000"), Decimal("96000")),
    ]


def test_won_and_lost_by_month_give_sums_per_currency_and_the_win_rate_and_days_to_close(
    db: Database,
) -> None:
    seed(db)
    report = won_lost_by_month(db, date(2026, 1, 1), date(2026, 12, 31))
    assert [
        (r.month, r.currency, r.won_count, r.won_amount, r.lost_count, r.lost_amount)
        for r in report.by_currency
    ] == [
        ("2026-10", "EUR", 2, Decimal("4000.00"), 0, Decimal("0.00")),
        ("2026-10", "USD", 0, Decimal("0.00"), 1, Decimal("700.00")),
        ("2026-11", "USD", 1, Decimal("400.00"), 0, Decimal("0.00")),
    ]
    # October: 2 won, 1 lost -> 2/3; won after 30 and 10 days -> 20. November: 1 of 1, 30.
    assert [(r.month, r.won, r.lost) for r in report.by_month] == [
        ("2026-10", 2, 1),
        ("2026-11", 1, 0),
    ]
    october, november = report.by_month
    assert october.win_rate is not None and abs(october.win_rate - 2 / 3) < 1e-9
    assert october.average_days_to_close == 20
    assert november.win_rate == 1.0
    assert november.average_days_to_close == 30


def test_won_and_lost_without_bounds_include_every_year(db: Database) -> None:
    seed(db)
    months = [r.month for r in won_lost_by_month(db).by_month]
    assert months == ["2025-06", "2026-10", "2026-11"]


def test_purchase_history_sums_won_deals_by_account_year_and_currency(db: Database) -> None:
    ids = seed(db)
    rows = [(r.account_name, r.year, r.currency, r.count, r.amount) for r in purchase_history(db)]
    assert rows == [
        ("Aegean Foods", 2025, "EUR", 1, Decimal("2500.00")),
        ("Aegean Foods", 2026, "EUR", 2, Decimal("4000.00")),
        ("Vilaseca Vins", 2026, "USD", 1, Decimal("400.00")),
    ]
    assert [r.year for r in purchase_history(db, ids["vila"])] == [2026]


def test_the_deals_of_an_account_in_the_trash_leave_every_report_and_come_back_with_it(
    db: Database,
) -> None:
    ids = seed(db)
    trash_accounts(db, [ids["vila"]])
    # Vila's deals (3, 4, 5 open; 8 lost, 9 won) are left out; Aegean's alone remain.
    assert [(r.stage, r.currency, r.count) for r in pipeline_by_stage(db)] == [
        ("Proposal", "EUR", 1),
        ("Negotiation", "EUR", 1),
    ]
    assert [(r.month, r.currency, r.amount) for r in forecast(db)] == [
        ("2027-01", "EUR", Decimal("30000.00")),
    ]
    assert [(r.month, r.won, r.lost) for r in won_lost_by_month(db).by_month] == [
        ("2025-06", 1, 0),
        ("2026-10", 2, 0),
    ]
    assert {r.account_name for r in purchase_history(db)} == {"Aegean Foods"}
    assert {d.account_id for d in list_deals(db)} == {ids["aegean"]}
    assert deal_totals(db, account_id=ids["vila"]).open == ()
    restore_accounts(db, [ids["vila"]])
    assert len(forecast(db)) == 4
    assert {d.account_id for d in list_deals(db)} == {ids["aegean"], ids["vila"]}


def test_activities_by_week_count_done_ones_per_kind_in_local_weeks(db: Database) -> None:
    [contact] = add_contacts(db, [ContactDraft("Eleni")])
    tehran = ZoneInfo("Asia/Tehran")  # +03:30: local days are not whole UTC hours apart
    done_at = [
        # Friday 2026-11-06 23:40 in Tehran (20:10 UTC): week of Saturday 2026-10-31
        ("call", datetime(2026, 11, 6, 23, 40, tzinfo=tehran)),
        # Saturday 2026-11-07 00:10 in Tehran (Friday 20:40 UTC): next week already
        ("call", datetime(2026, 11, 7, 0, 10, tzinfo=tehran)),
        ("meeting", datetime(2026, 11, 8, 10, 0, tzinfo=tehran)),
        ("call", datetime(2026, 11, 9, 10, 0, tzinfo=tehran)),
    ]
    for kind, moment in done_at:
        row = create_activity(
            db, ActivityDraft(kind, "x", contact_ids=(ContactId(contact),), start=moment)
        )
        complete_activity(db, row.id, "", moment.astimezone(UTC))
    rows = activities_by_week(db, first_day_of_week=6, tz=tehran)  # weeks start on Saturday
    assert [(r.week_start, r.kind, r.count) for r in rows] == [
        (date(2026, 10, 31), "call", 1),
        (date(2026, 11, 7), "call", 2),
        (date(2026, 11, 7), "meeting", 1),
    ]
    monday = activities_by_week(
        db, first_day_of_week=1, tz=timezone(timedelta(hours=3, minutes=30))
    )
    assert [(r.week_start, r.kind, r.count) for r in monday] == [
        (date(2026, 11, 2), "call", 2),
        (date(2026, 11, 2), "meeting", 1),
        (date(2026, 11, 9), "call", 1),
    ]


def test_the_hourly_counts_follow_every_change_of_an_activity(db: Database) -> None:
    """activity_done_hours (migration 0014) is kept by triggers: completing, editing the kind
    or the time, trashing, restoring and emptying the Trash each change the weeks' counts as a
    count of the activities themselves would."""
    [contact] = add_contacts(db, [ContactDraft("Eleni")])
    zone = ZoneInfo("Europe/Athens")
    moments = [datetime(2026, 11, day, 9, 30, tzinfo=zone) for day in (2, 3, 10)]
    rows = []
    for moment in moments:
        row = create_activity(
            db, ActivityDraft("call", "x", contact_ids=(ContactId(contact),), start=moment)
        )
        rows.append(complete_activity(db, row.id, "", moment.astimezone(UTC)))

    def weeks() -> list[tuple[date, str, int]]:
        return [(r.week_start, r.kind, r.count) for r in activities_by_week(db, tz=zone)]

    assert weeks() == [(date(2026, 11, 2), "call", 2), (date(2026, 11, 9), "call", 1)]
    first = rows[0]
    draft = ActivityDraft(
        "meeting", "x", contact_ids=(ContactId(contact),), start=moments[2],
        status="done", completed_at=moments[2].astimezone(UTC) + timedelta(hours=1),
    )  # fmt: skip
    update_activity(db, first.id, draft)  # another kind, done in the next week
    assert weeks() == [
        (date(2026, 11, 2), "call", 1),
        (date(2026, 11, 9), "call", 1),
        (date(2026, 11, 9), "meeting", 1),
    ]
    trash_activities(db, [rows[1].id])
    assert weeks() == [(date(2026, 11, 9), "call", 1), (date(2026, 11, 9), "meeting", 1)]
    restore_activities(db, [rows[1].id])
    assert (date(2026, 11, 2), "call", 1) in weeks()
    trash_activities(db, [rows[1].id, rows[2].id])
    empty_trash(db)  # deleted for good: counted out once, not twice
    assert weeks() == [(date(2026, 11, 9), "meeting", 1)]
