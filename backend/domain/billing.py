"""The add-on's money and eligibility (R3, R8, R10, R11).

Prices are per licence per billing period (a calendar month), in the team's
currency. Amounts are ``Decimal`` and rounded once, at the end, to the cent
with ROUND_HALF_UP (the way invoices are read by people).

Pro-rata (R10): buying during a period charges the full period's amount times
the share of the period still to run, measured in seconds from the moment of
the quote to the renewal date. From the next cycle the full amount is charged
with the regular subscription.

Changing tier mid-period (the way Dropbox bills plan changes): going up
(Basic → Enhanced) starts at once and charges the pro-rata difference; going
down is scheduled for the renewal like a removal (R11): nothing is charged now,
the add-on keeps its tier until then (``next_tier``), the renewal charges the
full amount of the lower tier, and buying the current tier back before the
renewal undoes it at no charge.

Renewals fall on the team's anchor day, clamped to the last day of a short
month without losing the anchor (31 Jan → 28/29 Feb → 31 Mar).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from backend.domain.errors import DomainError
from backend.domain.sla import TIER_TARGET_MINUTES

MIN_LICENCES = 10  # R8
CENT = Decimal("0.01")
TIERS = ("basic", "enhanced")

# Per licence per month, in EUR (the demo's only currency).
PRICES: dict[tuple[str, str], Decimal] = {
    ("dropbox", "basic"): Decimal("4.00"),
    ("dropbox", "enhanced"): Decimal("7.50"),
    ("dash", "basic"): Decimal("3.00"),
    ("dash", "enhanced"): Decimal("5.50"),
}


@dataclass(frozen=True)
class Feature:
    key: str
    basic: str | bool | int
    enhanced: str | bool | int


# R3, machine-readable; the client words them in the user's language.
FEATURES = (
    Feature("support_channels_24_7", True, True),
    Feature(
        "response_target_minutes", TIER_TARGET_MINUTES["basic"], TIER_TARGET_MINUTES["enhanced"]
    ),
    Feature("implementation_consultation_hours", 1, 1),
    Feature("quarterly_feature_emails", True, True),
    Feature("quarterly_trend_review", False, True),
    Feature("member_email_support_24_7", True, True),
    Feature("live_webinars", True, True),
)


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reason: str | None  # too_few_licences | invoice_payer_contact_sales


def eligibility(*, licences: int, payment_method: str) -> Eligibility:
    """R8: only card payers with at least 10 licences may buy it themselves."""
    if licences < MIN_LICENCES:
        return Eligibility(False, "too_few_licences")
    if payment_method != "card":
        return Eligibility(False, "invoice_payer_contact_sales")
    return Eligibility(True, None)


def require_eligible(found: Eligibility) -> None:
    if found.eligible:
        return
    if found.reason == "invoice_payer_contact_sales":
        raise DomainError(
            "invoice_payer_contact_sales",
            409,
            "Contact your sales representative",
            "Teams that pay by invoice buy the add-on through their sales representative.",
        )
    raise DomainError(
        "addon_not_eligible",
        409,
        "Not available for this team",
        f"Premium Support needs at least {MIN_LICENCES} licences.",
        extra={"reason": found.reason},
    )


def price(product: str, tier: str) -> Decimal:
    try:
        return PRICES[(product, tier)]
    except KeyError as exc:
        raise DomainError("unknown_offer", 422, "No such offer", f"{product}/{tier}") from exc


def full_amount(*, product: str, tier: str, licences: int) -> Decimal:
    return (price(product, tier) * licences).quantize(CENT, rounding=ROUND_HALF_UP)


def remaining_share(*, period_start: datetime, renewal: datetime, now: datetime) -> Decimal:
    """The share of the billing period still to run, between 0 and 1."""
    total = (renewal - period_start).total_seconds()
    left = (renewal - max(now, period_start)).total_seconds()
    if total <= 0 or left <= 0:
        return Decimal(0)
    return min(Decimal(1), Decimal(str(left)) / Decimal(str(total)))


@dataclass(frozen=True)
class QuoteAmounts:
    prorated_amount: Decimal
    full_amount_next_cycle: Decimal


def is_downgrade(current_tier: str | None, tier: str) -> bool:
    """A lower tier than the one running now: it waits for the renewal."""
    return current_tier is not None and TIERS.index(tier) < TIERS.index(current_tier)


def quote_amounts(
    *,
    product: str,
    tier: str,
    licences: int,
    period_start: datetime,
    renewal: datetime,
    now: datetime,
    current_tier: str | None,
) -> QuoteAmounts:
    """R10: what is charged now, and what from the next cycle on."""
    full = full_amount(product=product, tier=tier, licences=licences)
    share = remaining_share(period_start=period_start, renewal=renewal, now=now)
    already_paid = (
        full_amount(product=product, tier=current_tier, licences=licences)
        if current_tier
        else Decimal(0)
    )
    # Going down or keeping the tier costs nothing now: this period is paid.
    difference = max(Decimal(0), full - already_paid)
    prorated = (difference * share).quantize(CENT, rounding=ROUND_HALF_UP)
    return QuoteAmounts(prorated_amount=prorated, full_amount_next_cycle=full)


def next_period(renewal: datetime, anchor_day: int) -> tuple[datetime, datetime]:
    """The billing period after the one ending at ``renewal``: a calendar month on.

    The new renewal falls on ``anchor_day``, or on the month's last day when the
    month is shorter; the anchor itself is kept for the months after.
    """
    year, month = divmod(renewal.year * 12 + renewal.month, 12)  # month is 0-based here
    month += 1
    day = min(anchor_day, calendar.monthrange(year, month)[1])
    return renewal, renewal.replace(year=year, month=month, day=day)


def recovered_anchor_day(period_start: datetime, renewal: datetime) -> int:
    """The anchor day of a team stored before the anchor was (migration 0010).

    Of two months in a row one always has 31 days, so the later of the period's
    two days is the anchor even when one of them was clamped (28 Feb → 31 Mar).
    """
    return max(period_start.day, renewal.day)


def addon_status(status: str, ends_at: datetime | None, now: datetime) -> str:
    """R11: a scheduled removal keeps working until its end; after it, ended."""
    if ends_at is not None and ends_at <= now:
        return "ended"
    return status


def covers(status: str, ends_at: datetime | None, now: datetime) -> bool:
    """R5: does this add-on cover a new ticket now?"""
    return addon_status(status, ends_at, now) in ("active", "removal_scheduled")
