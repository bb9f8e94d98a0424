"""What the renewal charges each add-on, read from the service's own totals (R10, R11)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desktop.api.billing import Offer, Plan, Price, Subscription
from desktop.services.billing import BillingOverview, NextCharge

START = datetime(2026, 12, 1, tzinfo=UTC)
RENEWAL = datetime(2027, 1, 1, tzinfo=UTC)
PRICES = (
    Price("dropbox", "basic", Decimal("4.00"), Decimal("100.00")),
    Price("dropbox", "enhanced", Decimal("7.50"), Decimal("187.50")),
)


def overview(subscription: Subscription | None) -> BillingOverview:
    plan = Plan(
        "team_1",
        "Northwind",
        25,
        ("dropbox",),
        "card",
        START,
        RENEWAL,
        "EUR",
        (subscription,) if subscription else (),
    )
    offer = Offer(("basic", "enhanced"), (), PRICES, "EUR", 25, True, None)
    return BillingOverview(plan, offer, (), (), ())


def sub(status: str, next_tier: str | None = None) -> Subscription:
    ends = RENEWAL if status != "active" else None
    return Subscription("dropbox", "enhanced", status, START, ends, 60, next_tier)


@pytest.mark.parametrize(
    ("subscription", "expected"),
    [
        (sub("active"), NextCharge("dropbox", "enhanced", Decimal("187.50"), "EUR", RENEWAL)),
        # A lower tier bought: the renewal charges the lower tier's amount (R10, R11).
        (
            sub("active", "basic"),
            NextCharge("dropbox", "basic", Decimal("100.00"), "EUR", RENEWAL),
        ),
        (sub("removal_scheduled"), None),  # R11: it ends at the renewal, nothing charged
        (sub("ended"), None),
        (None, None),
    ],
)
def test_next_charge(subscription: Subscription | None, expected: NextCharge | None) -> None:
    assert overview(subscription).next_charge("dropbox") == expected


def test_monthly_amounts_are_the_services_totals() -> None:
    assert overview(None).monthly_amounts("dropbox") == {
        "basic": Decimal("100.00"),
        "enhanced": Decimal("187.50"),
    }
    assert overview(None).monthly_amounts("dash") == {}
