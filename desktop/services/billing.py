"""Buying, changing and removing the add-on, and what it includes (R3, R8–R11).

No Qt here: the Billing page collects the admin's choice, calls these, and
shows what they return.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from desktop.api.billing import (
    Booking,
    Charge,
    Entitlement,
    Offer,
    Plan,
    Quote,
    Slot,
    Subscription,
    Webinar,
)
from desktop.api.client import ApiClient
from desktop.api.errors import ApiError
from desktop.services.webinar_calendar import webinar_ics

# The service's answers to a quote that can no longer be bought as it is.
STALE_QUOTE_CODES = frozenset({"quote_expired", "quote_stale", "quote_used"})


@dataclass(frozen=True)
class BillingOverview:
    """Everything the Billing page shows, read together."""

    plan: Plan
    offer: Offer
    entitlements: tuple[Entitlement, ...]
    webinars: tuple[Webinar, ...]
    charges: tuple[Charge, ...]

    def entitlement(self, product: str) -> Entitlement | None:
        return next((e for e in self.entitlements if e.product == product), None)

    def monthly_amounts(self, product: str) -> dict[str, Decimal]:
        """Each tier's amount for the team's licences per billing period (a month), as the
        service prices it (the offer's totals: the client multiplies nothing)."""
        return {
            tier: price.total
            for tier in self.offer.tiers
            if (price := self.offer.price(product, tier)) is not None
        }

    def next_charge(self, product: str) -> NextCharge | None:
        """What the renewal charges for this product's add-on (R10, R11), if anything.

        The renewal charges the full amount of the tier in force from then: a scheduled
        lower tier's (``next_tier``). A scheduled removal or an ended add-on charges nothing.
        """
        subscription = self.plan.subscription(product)
        if subscription is None or subscription.status != "active":
            return None
        tier = subscription.next_tier or subscription.tier
        price = self.offer.price(product, tier)
        if price is None:
            return None
        return NextCharge(
            product=product,
            tier=tier,
            amount=price.total,
            currency=self.offer.currency,
            on=self.plan.renewal,
        )

    def next_charges(self) -> tuple[NextCharge, ...]:
        """What the renewal charges, for every product with an add-on that goes on."""
        return tuple(
            charge
            for product in self.plan.products
            if (charge := self.next_charge(product)) is not None
        )

    def removals_due(self) -> tuple[Subscription, ...]:
        """Add-ons that work until the renewal and then end (R11): nothing more charged."""
        return tuple(
            s
            for s in self.plan.subscriptions
            if s.status == "removal_scheduled" and s.ends_at is not None
        )


@dataclass(frozen=True)
class NextCharge:
    """The next charge of one add-on: the full amount at the renewal date (R10)."""

    product: str
    tier: str
    amount: Decimal
    currency: str
    on: datetime


@dataclass(frozen=True)
class Purchase:
    """What Confirm led to: the add-on bought, or a new quote to confirm first.

    A new quote comes back only when the old one expired and the new amounts
    differ from what the admin saw: nobody is charged an amount they did not see.
    """

    subscription: Subscription | None = None
    new_quote: Quote | None = None
    # The quote it was bought at (the service charged its pro-rata amount, R10): what the
    # page says was charged, never a figure of its own.
    bought_at: Quote | None = None


class BillingService:
    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def now(self) -> datetime:
        return self._client.server_now()

    async def overview(self) -> BillingOverview:
        plan, offer, entitlements, charges = await asyncio.gather(
            self._client.plan(),
            self._client.addon_offer(),
            self._client.entitlements(),
            self._client.invoices(),
        )
        # Webinars come with the add-on: a team without it is not asked for them.
        webinars = await self._client.webinars() if entitlements else ()
        return BillingOverview(plan, offer, entitlements, webinars, charges)

    async def quote(self, product: str, tier: str) -> Quote:
        return await self._client.addon_quote(product, tier)

    async def buy(self, quote: Quote) -> Purchase:
        """R9, R10: buy at the quoted amounts; an expired quote is refreshed, not failed."""
        try:
            return Purchase(
                subscription=await self._client.buy_addon(quote.quote_id), bought_at=quote
            )
        except ApiError as error:
            if error.code not in STALE_QUOTE_CODES:
                raise
        fresh = await self._client.addon_quote(quote.product, quote.tier)
        if not fresh.same_amounts(quote):
            return Purchase(new_quote=fresh)
        return Purchase(subscription=await self._client.buy_addon(fresh.quote_id), bought_at=fresh)

    async def schedule_removal(self, product: str) -> Subscription:
        return await self._client.schedule_removal(product)

    async def undo_removal(self, product: str) -> Subscription:
        return await self._client.undo_removal(product)

    async def contact_sales(self, message: str, phone: str | None) -> None:
        await self._client.contact_sales(message, phone)

    async def consultation_slots(self, product: str) -> tuple[Slot, ...]:
        return await self._client.consultation_slots(product)

    async def book_consultation(self, product: str, slot: Slot) -> Booking:
        return await self._client.book_consultation(product, slot.starts_at)

    async def save_webinar(self, webinar: Webinar, target: Path) -> None:
        """Write the webinar's calendar file (on a worker thread)."""
        text = webinar_ics(webinar, stamp=self.now())
        await asyncio.to_thread(_write_new, target, text)

    async def export_charges(self, charges: Sequence[Charge], target: Path) -> None:
        """Write the invoices as CSV (on a worker thread: the GUI never waits on disk)."""
        text = charges_csv(charges)
        await asyncio.to_thread(target.write_text, text, encoding="utf-8", newline="")


def _write_new(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # newline="": the text's CRLF line ends are the format's, kept on every system.
    target.write_text(text, encoding="utf-8", newline="")


CSV_COLUMNS = (
    "date",
    "product",
    "tier",
    "kind",
    "amount",
    "currency",
    "period_start",
    "period_end",
    "id",
)


def charges_csv(charges: Sequence[Charge]) -> str:
    """The charges for a spreadsheet: ISO dates (UTC), amounts as exact decimals with a dot.

    Column names and values stay machine-readable in every UI language, so the
    file means the same to whoever opens it.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for charge in charges:
        writer.writerow(
            (
                charge.created_at.astimezone(UTC).date().isoformat(),
                charge.product,
                charge.tier,
                charge.kind,
                f"{charge.amount:.2f}",
                charge.currency,
                charge.period_start.astimezone(UTC).date().isoformat(),
                charge.period_end.astimezone(UTC).date().isoformat(),
                charge.id,
            )
        )
    return out.getvalue()
