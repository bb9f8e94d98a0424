"""Billing rules as plain Python: prices, pro-rata to the cent, eligibility (R3, R8, R10, R11)."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from backend.domain import billing
from backend.domain.errors import DomainError

NOV_1 = datetime(2026, 11, 1, tzinfo=UTC)
DEC_1 = datetime(2026, 12, 1, tzinfo=UTC)


def test_eligibility() -> None:  # R8
    assert billing.eligibility(licences=25, payment_method="card") == billing.Eligibility(
        True, None
    )
    assert billing.eligibility(licences=9, payment_method="card").reason == "too_few_licences"
    assert billing.eligibility(licences=10, payment_method="card").eligible
    assert (
        billing.eligibility(licences=40, payment_method="invoice").reason
        == "invoice_payer_contact_sales"
    )
    # Too few licences is the first thing to fix, whatever the payment method.
    assert billing.eligibility(licences=5, payment_method="invoice").reason == "too_few_licences"


def test_not_eligible_errors_carry_stable_codes() -> None:  # R8
    with pytest.raises(DomainError) as few:
        billing.require_eligible(billing.eligibility(licences=5, payment_method="card"))
    assert (few.value.code, few.value.status, few.value.extra["reason"]) == (
        "addon_not_eligible",
        409,
        "too_few_licences",
    )
    with pytest.raises(DomainError) as invoice:
        billing.require_eligible(billing.eligibility(licences=40, payment_method="invoice"))
    assert invoice.value.code == "invoice_payer_contact_sales"


def test_half_a_period_left_charges_half() -> None:  # R10
    amounts = billing.quote_amounts(
        product="dash",
        tier="enhanced",
        licences=25,
        period_start=NOV_1,
        renewal=DEC_1,
        now=datetime(2026, 11, 16, tzinfo=UTC),
        current_tier=None,
    )
    assert amounts.full_amount_next_cycle == Decimal("137.50")
    assert amounts.prorated_amount == Decimal("68.75")


def test_prorata_rounds_half_up_to_the_cent() -> None:  # R10
    # 25 × 7.50 = 187.50 for 30 days; one third left = 62.50 exactly; a 7th left ≈ 26.7857 → 26.79
    one_third = billing.quote_amounts(
        product="dropbox",
        tier="enhanced",
        licences=25,
        period_start=NOV_1,
        renewal=DEC_1,
        now=DEC_1 - timedelta(days=10),
        current_tier=None,
    )
    assert one_third.prorated_amount == Decimal("62.50")
    seventh = billing.quote_amounts(
        product="dropbox",
        tier="enhanced",
        licences=25,
        period_start=NOV_1,
        renewal=DEC_1,
        now=DEC_1 - timedelta(days=30) / 7,
        current_tier=None,
    )
    assert seventh.prorated_amount == Decimal("26.79")
    assert seventh.prorated_amount.as_tuple().exponent == -2


def test_upgrade_charges_the_difference_downgrade_nothing_now() -> None:  # R10
    mid = datetime(2026, 11, 16, tzinfo=UTC)
    up = billing.quote_amounts(
        product="dash",
        tier="enhanced",
        licences=25,
        period_start=NOV_1,
        renewal=DEC_1,
        now=mid,
        current_tier="basic",
    )
    assert up.prorated_amount == Decimal("31.25")  # (137.50 − 75.00) / 2
    down = billing.quote_amounts(
        product="dash",
        tier="basic",
        licences=25,
        period_start=NOV_1,
        renewal=DEC_1,
        now=mid,
        current_tier="enhanced",
    )
    assert down.prorated_amount == Decimal("0.00")
    assert down.full_amount_next_cycle == Decimal("75.00")


def test_nothing_left_of_the_period_charges_nothing_now() -> None:
    late = billing.quote_amounts(
        product="dash",
        tier="basic",
        licences=25,
        period_start=NOV_1,
        renewal=DEC_1,
        now=DEC_1,
        current_tier=None,
    )
    assert late.prorated_amount == Decimal("0.00")


def test_next_period_is_a_calendar_month_on() -> None:
    assert billing.next_period(DEC_1, 1) == (DEC_1, datetime(2027, 1, 1, tzinfo=UTC))


def test_anchor_day_is_clamped_to_short_months_and_kept() -> None:
    jan_31 = datetime(2027, 1, 31, 9, 30, tzinfo=UTC)
    _, feb = billing.next_period(jan_31, 31)
    _, mar = billing.next_period(feb, 31)
    _, apr = billing.next_period(mar, 31)
    assert (feb.date(), mar.date(), apr.date()) == (
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    )
    assert feb.time() == jan_31.time()  # the renewal hour stays
    _, leap_feb = billing.next_period(datetime(2028, 1, 30, tzinfo=UTC), 30)
    assert leap_feb.date() == date(2028, 2, 29)


@pytest.mark.parametrize("year", [2027, 2028])  # a common and a leap year
def test_every_start_day_of_a_year_renews_for_two_years(year: int) -> None:
    day = datetime(year, 1, 1, tzinfo=UTC)
    while day.year == year:
        anchor, renewal = day.day, day
        for _ in range(24):
            start, following = billing.next_period(renewal, anchor)
            assert start == renewal < following
            last = calendar.monthrange(following.year, following.month)[1]
            assert following.day == min(anchor, last)  # clamped, never drifting
            assert 28 <= (following - start).days <= 31
            for now in (start, start + (following - start) / 3, following):
                share = billing.remaining_share(period_start=start, renewal=following, now=now)
                assert Decimal(0) <= share <= Decimal(1)
            renewal = following
        day += timedelta(days=1)


@pytest.mark.parametrize("year", [2027, 2028])
def test_a_stored_period_gives_back_its_anchor_even_after_a_short_month(year: int) -> None:
    day = datetime(year, 1, 1, tzinfo=UTC)
    while day.year == year:
        renewal = day
        for _ in range(14):  # every pair of months a period of this anchor can span
            start, renewal = billing.next_period(renewal, day.day)
            assert billing.recovered_anchor_day(start, renewal) == day.day
        day += timedelta(days=1)


def test_a_lower_tier_costs_nothing_now_and_the_lower_amount_later() -> None:  # R10, R11
    assert billing.is_downgrade("enhanced", "basic")
    assert not billing.is_downgrade("basic", "enhanced")
    assert not billing.is_downgrade(None, "basic")
    assert not billing.is_downgrade("enhanced", "enhanced")
    down = billing.quote_amounts(
        product="dropbox",
        tier="basic",
        licences=25,
        period_start=NOV_1,
        renewal=DEC_1,
        now=datetime(2026, 11, 16, tzinfo=UTC),
        current_tier="enhanced",
    )
    assert (down.prorated_amount, down.full_amount_next_cycle) == (Decimal(0), Decimal("100.00"))


def test_scheduled_removal_works_until_its_end() -> None:  # R11
    assert billing.addon_status("removal_scheduled", DEC_1, NOV_1) == "removal_scheduled"
    assert billing.covers("removal_scheduled", DEC_1, DEC_1 - timedelta(seconds=1))
    assert billing.addon_status("removal_scheduled", DEC_1, DEC_1) == "ended"
    assert not billing.covers("active", NOV_1, DEC_1)  # past its end: no new tickets (R5)


def test_every_r3_feature_is_offered_per_tier() -> None:  # R3
    features = {f.key: (f.basic, f.enhanced) for f in billing.FEATURES}
    assert features["response_target_minutes"] == (240, 60)
    assert features["quarterly_trend_review"] == (False, True)
    assert features["implementation_consultation_hours"] == (1, 1)
    assert features["live_webinars"] == (True, True)
    assert features["member_email_support_24_7"] == (True, True)
    assert features["quarterly_feature_emails"] == (True, True)
    assert features["support_channels_24_7"] == (True, True)
