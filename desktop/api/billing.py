"""The add-on's billing resources (R3, R8–R11), parsed from JSON once at the edge.

Money is ``Decimal`` from the service's decimal strings: never a float, so an
amount shown is the amount charged, to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any


def _time(value: Any) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _opt_time(value: Any) -> datetime | None:
    return None if value is None else _time(value)


def _money(value: Any) -> Decimal:
    if isinstance(value, float):
        # The service sends decimal strings; a float would already have lost the cent.
        raise ValueError(f"money as a float: {value!r}")
    return Decimal(str(value))


@dataclass(frozen=True)
class Subscription:
    """Premium Support bought for one product: its tier and where it stands (R11)."""

    product: str
    tier: str  # basic | enhanced
    status: str  # active | removal_scheduled | ended
    started_at: datetime
    ends_at: datetime | None
    response_target_minutes: int
    next_tier: str | None = None  # a lower tier bought: it starts at the renewal (R10, R11)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Subscription:
        return cls(
            product=data["product"],
            tier=data["tier"],
            status=data["status"],
            started_at=_time(data["started_at"]),
            ends_at=_opt_time(data.get("ends_at")),
            response_target_minutes=int(data["response_target_minutes"]),
            next_tier=data.get("next_tier"),
        )

    @property
    def working(self) -> bool:
        """It covers tickets now (a scheduled removal keeps it working until renewal)."""
        return self.status in ("active", "removal_scheduled")


@dataclass(frozen=True)
class Plan:
    """The team's plan as the Billing page needs it (``GET /team``)."""

    id: str
    name: str
    licences: int
    products: tuple[str, ...]
    payment_method: str  # card | invoice
    period_start: datetime
    renewal: datetime
    currency: str
    subscriptions: tuple[Subscription, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Plan:
        return cls(
            id=data["id"],
            name=data["name"],
            licences=int(data["licences"]),
            products=tuple(data["products"]),
            payment_method=data["payment_method"],
            period_start=_time(data["billing_period"]["start"]),
            renewal=_time(data["billing_period"]["renewal"]),
            currency=data["currency"],
            subscriptions=tuple(Subscription.from_json(a) for a in data["addons"]),
        )

    def subscription(self, product: str) -> Subscription | None:
        return next((s for s in self.subscriptions if s.product == product), None)


@dataclass(frozen=True)
class Feature:
    key: str
    basic: str | bool | int
    enhanced: str | bool | int


@dataclass(frozen=True)
class Price:
    product: str
    tier: str
    per_licence: Decimal
    total: Decimal  # for the team's licences, per billing period


@dataclass(frozen=True)
class Offer:
    """Both tiers with their features and prices, and whether the team may buy (R3, R8)."""

    tiers: tuple[str, ...]
    features: tuple[Feature, ...]
    prices: tuple[Price, ...]
    currency: str
    licences: int
    eligible: bool
    reason: str | None  # too_few_licences | invoice_payer_contact_sales

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Offer:
        return cls(
            tiers=tuple(data["tiers"]),
            features=tuple(
                Feature(key=f["key"], basic=f["basic"], enhanced=f["enhanced"])
                for f in data["features"]
            ),
            prices=tuple(
                Price(
                    product=p["product"],
                    tier=p["tier"],
                    per_licence=_money(p["per_licence"]),
                    total=_money(p["total"]),
                )
                for p in data["prices"]
            ),
            currency=data["currency"],
            licences=int(data["licences"]),
            eligible=bool(data["eligibility"]["eligible"]),
            reason=data["eligibility"].get("reason"),
        )

    def price(self, product: str, tier: str) -> Price | None:
        return next((p for p in self.prices if (p.product, p.tier) == (product, tier)), None)

    def feature(self, key: str) -> Feature | None:
        return next((f for f in self.features if f.key == key), None)


@dataclass(frozen=True)
class Quote:
    """What buying costs now (pro-rata) and from the renewal date on (R10)."""

    quote_id: str
    product: str
    tier: str
    prorated_amount: Decimal
    full_amount_next_cycle: Decimal
    period_end: datetime
    currency: str
    expires_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Quote:
        return cls(
            quote_id=data["quote_id"],
            product=data["product"],
            tier=data["tier"],
            prorated_amount=_money(data["prorated_amount"]),
            full_amount_next_cycle=_money(data["full_amount_next_cycle"]),
            period_end=_time(data["period_end"]),
            currency=data["currency"],
            expires_at=_time(data["expires_at"]),
        )

    def same_amounts(self, other: Quote) -> bool:
        return (
            self.prorated_amount,
            self.full_amount_next_cycle,
            self.period_end,
            self.currency,
        ) == (
            other.prorated_amount,
            other.full_amount_next_cycle,
            other.period_end,
            other.currency,
        )


@dataclass(frozen=True)
class Charge:
    """One line of the invoices: pro-rata on purchase, full at each renewal (R10)."""

    id: str
    product: str
    tier: str
    kind: str  # prorated | full
    amount: Decimal
    currency: str
    period_start: datetime
    period_end: datetime
    created_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Charge:
        return cls(
            id=data["id"],
            product=data["product"],
            tier=data["tier"],
            kind=data["kind"],
            amount=_money(data["amount"]),
            currency=data["currency"],
            period_start=_time(data["period_start"]),
            period_end=_time(data["period_end"]),
            created_at=_time(data["created_at"]),
        )


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(starts_at=_time(data["starts_at"]), ends_at=_time(data["ends_at"]))


@dataclass(frozen=True)
class Booking:
    id: str
    product: str
    starts_at: datetime
    ends_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Booking:
        return cls(
            id=data["id"],
            product=data["product"],
            starts_at=_time(data["starts_at"]),
            ends_at=_time(data["ends_at"]),
        )


@dataclass(frozen=True)
class Entitlement:
    """What one product's add-on includes, and what of it is used (R3)."""

    product: str
    tier: str
    status: str
    ends_at: datetime | None
    response_target_minutes: int
    consultation_hours: int
    consultation: Booking | None
    next_trend_review_at: datetime | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entitlement:
        booking = data.get("consultation")
        return cls(
            product=data["product"],
            tier=data["tier"],
            status=data["status"],
            ends_at=_opt_time(data.get("ends_at")),
            response_target_minutes=int(data["response_target_minutes"]),
            consultation_hours=int(data["consultation_hours"]),
            consultation=Booking.from_json(booking) if booking else None,
            next_trend_review_at=_opt_time(data.get("next_trend_review_at")),
        )


@dataclass(frozen=True)
class Webinar:
    id: str
    title: str
    language: str
    starts_at: datetime
    duration_minutes: int
    url: str | None = None  # the session's page; a service before it was served has none

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Webinar:
        return cls(
            id=data["id"],
            title=data["title"],
            language=data["language"],
            starts_at=_time(data["starts_at"]),
            duration_minutes=int(data["duration_minutes"]),
            url=data.get("url"),
        )
