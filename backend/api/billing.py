"""Team, add-on offer, quotes, purchases, removals, invoices, sales contact (R3, R5, R8–R11)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Literal

from fastapi import APIRouter
from pydantic import Field

from backend.api.deps import AdminUser, NowDep, SessionDep, SettingsDep
from backend.api.problem_docs import (
    BLANK_TEXT,
    INVALID_PHONE,
    NOT_FOUND,
    Problem,
    problem_responses,
)
from backend.api.schemas import NonBlankText, Schema
from backend.db.models import Addon, Charge, Quote, SalesContact, Team
from backend.db.queries import billing as queries
from backend.domain import billing
from backend.domain.errors import DomainError
from backend.domain.phones import normalise_phone
from backend.domain.sla import TIER_TARGET_MINUTES
from backend.notify import events

log = logging.getLogger(__name__)

router = APIRouter(tags=["billing"])

# Why a quote or a purchase is refused (R8–R10): ``_check_can_buy``.
CANNOT_BUY = (
    Problem(
        409,
        "invoice_payer_contact_sales",
        "Teams that pay by invoice buy through their sales representative (R9).",
    ),
    Problem(409, "addon_not_eligible", "The team has too few licences for the add-on (R8)."),
    Problem(409, "product_not_subscribed", "The team does not pay for this product."),
    Problem(409, "addon_already_active", "The product already has this tier."),
)
ADDON_NOT_FOUND = Problem(404, "addon_not_found", "The team has no add-on for this product.")
ADDON_ENDED = Problem(409, "addon_ended", "The add-on has ended: there is nothing to change.")

Product = Literal["dropbox", "dash"]
Tier = Literal["basic", "enhanced"]


class AddonOut(Schema):
    product: Product
    tier: Tier
    # The tier from the next renewal when a lower one was bought (R10, R11).
    next_tier: Tier | None
    status: Literal["active", "removal_scheduled", "ended"]
    started_at: datetime
    ends_at: datetime | None
    response_target_minutes: int


class BillingPeriod(Schema):
    start: datetime
    renewal: datetime


class TeamOut(Schema):
    id: str
    name: str
    licences: int
    products: list[Product]
    payment_method: Literal["card", "invoice"]
    billing_period: BillingPeriod
    currency: str
    addons: list[AddonOut]


class FeatureOut(Schema):
    key: str
    basic: str | bool | int
    enhanced: str | bool | int


class PriceOut(Schema):
    product: Product
    tier: Tier
    per_licence: Decimal
    total: Decimal  # for the team's licences, per billing period


class EligibilityOut(Schema):
    eligible: bool
    reason: Literal["too_few_licences", "invoice_payer_contact_sales"] | None


class OfferOut(Schema):
    tiers: list[Tier]
    features: list[FeatureOut]
    prices: list[PriceOut]
    currency: str
    licences: int
    eligibility: EligibilityOut


class QuoteRequest(Schema):
    product: Product
    tier: Tier


class QuoteOut(Schema):
    quote_id: str
    product: Product
    tier: Tier
    prorated_amount: Decimal
    full_amount_next_cycle: Decimal
    period_end: datetime
    currency: str
    expires_at: datetime


class PurchaseRequest(Schema):
    quote_id: str = Field(min_length=1, max_length=40)


class ChargeOut(Schema):
    id: str
    product: Product
    tier: Tier
    kind: Literal["prorated", "full"]
    amount: Decimal
    currency: str
    period_start: datetime
    period_end: datetime
    created_at: datetime


class InvoicesOut(Schema):
    items: list[ChargeOut]


class SalesContactRequest(Schema):
    message: NonBlankText = Field(min_length=1, max_length=5000)
    phone: str | None = Field(default=None, max_length=40)


class SalesContactOut(Schema):
    id: str
    created_at: datetime


def _announce(session: SessionDep, addon: Addon, now: datetime) -> None:
    events.publish(
        session,
        "addon.updated",
        team_id=addon.team_id,
        product=addon.product,
        tier=addon.tier,
        next_tier=addon.next_tier,
        status=billing.addon_status(addon.status, addon.ends_at, now),
    )


def addon_out(addon: Addon, now: datetime) -> AddonOut:
    return AddonOut.model_validate(
        {
            "product": addon.product,
            "tier": addon.tier,
            "next_tier": addon.next_tier,
            "status": billing.addon_status(addon.status, addon.ends_at, now),
            "started_at": addon.started_at,
            "ends_at": addon.ends_at,
            "response_target_minutes": addon.response_target_minutes,
        }
    )


def team_out(team: Team, now: datetime) -> TeamOut:
    return TeamOut.model_validate(
        {
            "id": team.id,
            "name": team.name,
            "licences": team.licences,
            "products": team.products,
            "payment_method": team.payment_method,
            "billing_period": {"start": team.billing_period_start, "renewal": team.renewal_at},
            "currency": team.currency,
            "addons": [addon_out(a, now) for a in sorted(team.addons, key=lambda a: a.product)],
        }
    )


@router.get("/team")
async def get_team(user: AdminUser, session: SessionDep, now: NowDep) -> TeamOut:
    assert user.team_id is not None
    return team_out(await queries.team(session, user.team_id), now)


@router.get("/addon/offer")
async def get_offer(user: AdminUser, session: SessionDep) -> OfferOut:
    assert user.team_id is not None
    team = await queries.team(session, user.team_id)
    found = billing.eligibility(licences=team.licences, payment_method=team.payment_method)
    return OfferOut.model_validate(
        {
            "tiers": list(billing.TIERS),
            "features": [vars(f) for f in billing.FEATURES],
            "prices": [
                {
                    "product": product,
                    "tier": tier,
                    "per_licence": billing.price(product, tier),
                    "total": billing.full_amount(
                        product=product, tier=tier, licences=team.licences
                    ),
                }
                for product in team.products
                for tier in billing.TIERS
            ],
            "currency": team.currency,
            "licences": team.licences,
            "eligibility": {"eligible": found.eligible, "reason": found.reason},
        }
    )


def _current_tier(team: Team, product: str, now: datetime) -> str | None:
    addon = queries.addon_for(team, product)
    if addon is None or not billing.covers(addon.status, addon.ends_at, now):
        return None
    return addon.tier


def _check_can_buy(team: Team, product: str, tier: str, now: datetime) -> str | None:
    billing.require_eligible(
        billing.eligibility(licences=team.licences, payment_method=team.payment_method)
    )
    if product not in team.products:
        raise DomainError(
            "product_not_subscribed",
            409,
            "Product not in your plan",
            f"The team does not pay for {product}.",
        )
    current = _current_tier(team, product, now)
    addon = queries.addon_for(team, product)
    scheduled = addon.next_tier if addon is not None and current is not None else None
    # Buying the running tier back is allowed only to undo a scheduled lower tier.
    if (current == tier and scheduled is None) or scheduled == tier:
        raise DomainError(
            "addon_already_active", 409, "Already bought", f"{product} already has {tier}."
        )
    return current


@router.post("/addon/quote", status_code=201, responses=problem_responses(*CANNOT_BUY))
async def create_quote(
    body: QuoteRequest, user: AdminUser, session: SessionDep, settings: SettingsDep, now: NowDep
) -> QuoteOut:
    assert user.team_id is not None
    team = await queries.team(session, user.team_id)
    current = _check_can_buy(team, body.product, body.tier, now)
    amounts = billing.quote_amounts(
        product=body.product,
        tier=body.tier,
        licences=team.licences,
        period_start=team.billing_period_start,
        renewal=team.renewal_at,
        now=now,
        current_tier=current,
    )
    quote = Quote(
        team_id=team.id,
        created_by=user.id,
        product=body.product,
        tier=body.tier,
        current_tier=current,
        prorated_amount=amounts.prorated_amount,
        full_amount_next_cycle=amounts.full_amount_next_cycle,
        currency=team.currency,
        period_end=team.renewal_at,
        created_at=now,
        expires_at=now + timedelta(seconds=settings.quote_lifetime_seconds),
    )
    session.add(quote)
    await session.commit()
    return _quote_out(quote)


def _quote_out(quote: Quote) -> QuoteOut:
    return QuoteOut.model_validate(
        {
            "quote_id": quote.id,
            "product": quote.product,
            "tier": quote.tier,
            "prorated_amount": quote.prorated_amount,
            "full_amount_next_cycle": quote.full_amount_next_cycle,
            "period_end": quote.period_end,
            "currency": quote.currency,
            "expires_at": quote.expires_at,
        }
    )


@router.post(
    "/addon/purchases",
    status_code=201,
    responses=problem_responses(
        Problem(NOT_FOUND.status, NOT_FOUND.code, "No such quote for this team."),
        *CANNOT_BUY,
        Problem(409, "quote_used", "The quote was used already: ask for a new one."),
        Problem(409, "quote_expired", "The quote has expired: ask for a new one."),
        Problem(409, "quote_stale", "The add-on or the period changed since the quote."),
    ),
)
async def purchase(
    body: PurchaseRequest, user: AdminUser, session: SessionDep, now: NowDep
) -> AddonOut:
    assert user.team_id is not None
    team = await queries.team(session, user.team_id)
    quote = await queries.quote(session, team.id, body.quote_id)
    if quote.used_at is not None:
        raise DomainError("quote_used", 409, "Quote already used", "Ask for a new quote.")
    if quote.expires_at <= now:
        raise DomainError("quote_expired", 409, "Quote expired", "Ask for a new quote.")
    current = _check_can_buy(team, quote.product, quote.tier, now)
    if current != quote.current_tier or quote.period_end != team.renewal_at:
        raise DomainError("quote_stale", 409, "Quote out of date", "Ask for a new quote.")

    # Here a real service would charge the card through the payment processor.
    # None exists in this product yet: the charge is recorded, not collected.
    if quote.prorated_amount > 0:
        session.add(
            Charge(
                team_id=team.id,
                product=quote.product,
                tier=quote.tier,
                kind="prorated",
                amount=quote.prorated_amount,
                currency=quote.currency,
                period_start=max(now, team.billing_period_start),
                period_end=team.renewal_at,
                quote_id=quote.id,
                created_at=now,
            )
        )
    addon = queries.addon_for(team, quote.product)
    target = TIER_TARGET_MINUTES[quote.tier]
    if addon is None:
        addon = Addon(team_id=team.id, product=quote.product)
        team.addons.append(addon)
        session.add(addon)
    if current is None:
        addon.started_at = now  # a new purchase, not a change of tier
    if billing.is_downgrade(current, quote.tier):
        # Waits for the renewal like a removal, and replaces a scheduled one.
        addon.next_tier = quote.tier
    else:
        # A purchase, an upgrade (at once), or the running tier bought back.
        addon.tier = quote.tier
        addon.next_tier = None
        addon.response_target_minutes = target
    addon.status = "active"
    addon.ends_at = None
    addon.updated_at = now
    quote.used_at = now
    await session.flush()
    _announce(session, addon, now)
    await session.commit()
    return addon_out(addon, now)


async def _addon_of(user: AdminUser, session: SessionDep, product: str) -> tuple[Team, Addon]:
    assert user.team_id is not None
    team = await queries.team(session, user.team_id)
    addon = queries.addon_for(team, product)
    if addon is None:
        raise DomainError("addon_not_found", 404, "No add-on", f"No Premium Support for {product}.")
    return team, addon


@router.post("/addon/{product}/removal", responses=problem_responses(ADDON_NOT_FOUND, ADDON_ENDED))
async def schedule_removal(
    product: Product, user: AdminUser, session: SessionDep, now: NowDep
) -> AddonOut:
    team, addon = await _addon_of(user, session, product)
    if billing.addon_status(addon.status, addon.ends_at, now) == "ended":
        raise DomainError("addon_ended", 409, "Add-on has ended", "There is nothing to remove.")
    # R11: it keeps working until the renewal date; a scheduled lower tier is dropped.
    addon.status = "removal_scheduled"
    addon.next_tier = None
    addon.ends_at = team.renewal_at
    addon.updated_at = now
    _announce(session, addon, now)
    await session.commit()
    return addon_out(addon, now)


@router.delete(
    "/addon/{product}/removal",
    responses=problem_responses(
        ADDON_NOT_FOUND,
        ADDON_ENDED,
        Problem(409, "no_removal_scheduled", "The add-on has no removal to undo."),
    ),
)
async def undo_removal(
    product: Product, user: AdminUser, session: SessionDep, now: NowDep
) -> AddonOut:
    _team, addon = await _addon_of(user, session, product)
    status = billing.addon_status(addon.status, addon.ends_at, now)
    if status == "ended":
        raise DomainError(
            "addon_ended", 409, "Add-on has ended", "The renewal date has passed: buy it again."
        )
    if status != "removal_scheduled":
        raise DomainError("no_removal_scheduled", 409, "No removal scheduled", "")
    addon.status = "active"
    addon.ends_at = None
    addon.updated_at = now
    _announce(session, addon, now)
    await session.commit()
    return addon_out(addon, now)


@router.get("/invoices")
async def invoices(user: AdminUser, session: SessionDep) -> InvoicesOut:
    assert user.team_id is not None
    rows = await queries.charges(session, user.team_id)
    return InvoicesOut.model_validate(
        {
            "items": [
                {
                    "id": c.id,
                    "product": c.product,
                    "tier": c.tier,
                    "kind": c.kind,
                    "amount": c.amount,
                    "currency": c.currency,
                    "period_start": c.period_start,
                    "period_end": c.period_end,
                    "created_at": c.created_at,
                }
                for c in rows
            ]
        }
    )


@router.post(
    "/sales/contact", status_code=201, responses=problem_responses(BLANK_TEXT, INVALID_PHONE)
)
async def contact_sales(
    body: SalesContactRequest, user: AdminUser, session: SessionDep, now: NowDep
) -> SalesContactOut:
    assert user.team_id is not None
    phone = normalise_phone(body.phone, region=_region(user.locale)) if body.phone else None
    contact = SalesContact(
        team_id=user.team_id, user_id=user.id, message=body.message, phone=phone, created_at=now
    )
    session.add(contact)
    await session.commit()
    log.info("sales contact %s recorded for team %s", contact.id, user.team_id)
    return SalesContactOut(id=contact.id, created_at=contact.created_at)


def _region(locale: str) -> str:
    return {"ja": "JP", "nl": "NL"}.get(locale, "GB")
