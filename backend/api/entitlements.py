"""What the team's add-on includes and what is used (R3): consultation, webinars, reviews."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter
from pydantic import AwareDatetime
from sqlalchemy.exc import IntegrityError

from backend.api.deps import AdminUser, NowDep, SessionDep
from backend.api.problem_docs import ADDON_REQUIRED, Problem, problem_responses
from backend.api.schemas import Schema
from backend.db.models import Addon, ConsultationBooking, Team
from backend.db.queries import billing as billing_queries
from backend.db.queries import entitlements as queries
from backend.domain import billing, entitlements
from backend.domain.entitlements import BOOKING_DAYS_AHEAD
from backend.domain.errors import DomainError

router = APIRouter(tags=["billing"])

Product = Literal["dropbox", "dash"]


class BookingOut(Schema):
    id: str
    product: Product
    starts_at: datetime
    ends_at: datetime
    booked_by: str
    created_at: datetime


class EntitlementOut(Schema):
    product: Product
    tier: Literal["basic", "enhanced"]
    status: Literal["active", "removal_scheduled"]
    ends_at: datetime | None
    response_target_minutes: int
    consultation_hours: int
    consultation: BookingOut | None
    quarterly_feature_emails: bool
    live_webinars: bool
    next_trend_review_at: datetime | None  # Enhanced only


class EntitlementsOut(Schema):
    items: list[EntitlementOut]


class SlotOut(Schema):
    starts_at: datetime
    ends_at: datetime


class SlotsOut(Schema):
    items: list[SlotOut]


class BookingRequest(Schema):
    product: Product
    starts_at: AwareDatetime


class WebinarOut(Schema):
    id: str
    title: str
    language: Literal["en", "ja"]
    starts_at: datetime
    duration_minutes: int
    url: str  # the session's page, where it is joined (a calendar entry links it)


class WebinarsOut(Schema):
    items: list[WebinarOut]


def _booking_out(booking: ConsultationBooking) -> BookingOut:
    return BookingOut.model_validate(booking, from_attributes=True)


def _covering(team: Team, now: datetime) -> list[Addon]:
    """The add-ons that work now: bought, or removed but running until renewal (R11)."""
    return sorted(
        (a for a in team.addons if billing.covers(a.status, a.ends_at, now)),
        key=lambda a: a.product,
    )


def _require_addon(team: Team, product: str, now: datetime) -> Addon:
    addon = next((a for a in _covering(team, now) if a.product == product), None)
    if addon is None:
        raise DomainError(
            "addon_required",
            409,
            "Premium Support needed",
            f"The team has no Premium Support for {product}.",
        )
    return addon


@router.get("/entitlements")
async def get_entitlements(user: AdminUser, session: SessionDep, now: NowDep) -> EntitlementsOut:
    assert user.team_id is not None
    team = await billing_queries.team(session, user.team_id)
    booked = {b.product: b for b in await queries.bookings(session, team.id)}
    items = []
    for addon in _covering(team, now):
        review = None
        if addon.tier == "enhanced":
            bought = await queries.enhanced_bought_at(session, team.id, addon.product)
            review = entitlements.next_trend_review(
                enhanced_since=bought or addon.started_at, now=now, ends_at=addon.ends_at
            )
        booking = booked.get(addon.product)
        items.append(
            EntitlementOut.model_validate(
                {
                    "product": addon.product,
                    "tier": addon.tier,
                    "status": billing.addon_status(addon.status, addon.ends_at, now),
                    "ends_at": addon.ends_at,
                    "response_target_minutes": addon.response_target_minutes,
                    "consultation_hours": entitlements.CONSULTATION_HOURS_INCLUDED,
                    "consultation": _booking_out(booking) if booking else None,
                    "quarterly_feature_emails": True,
                    "live_webinars": True,
                    "next_trend_review_at": review,
                }
            )
        )
    return EntitlementsOut(items=items)


@router.get("/consultations/slots", responses=problem_responses(ADDON_REQUIRED))
async def consultation_slots(
    product: Product, user: AdminUser, session: SessionDep, now: NowDep
) -> SlotsOut:
    assert user.team_id is not None
    team = await billing_queries.team(session, user.team_id)
    addon = _require_addon(team, product, now)
    taken = await queries.taken_slots(session, now, now + timedelta(days=BOOKING_DAYS_AHEAD + 2))
    return SlotsOut(
        items=[
            SlotOut(starts_at=s.starts_at, ends_at=s.ends_at)
            for s in entitlements.consultation_slots(now, taken, until=addon.ends_at)
        ]
    )


@router.post(
    "/consultations",
    status_code=201,
    responses=problem_responses(
        ADDON_REQUIRED,
        Problem(
            409,
            "consultation_already_booked",
            "The add-on's one consultation is booked (for another time).",
        ),
        Problem(409, "slot_taken", "Someone booked this slot first: pick another."),
        Problem(422, "slot_not_offered", "Not one of the offered slots."),
    ),
)
async def book_consultation(
    body: BookingRequest, user: AdminUser, session: SessionDep, now: NowDep
) -> BookingOut:
    """Book the add-on's one consultation; asking again for the same slot answers it again."""
    assert user.team_id is not None
    team = await billing_queries.team(session, user.team_id)
    addon = _require_addon(team, body.product, now)
    booked = await queries.bookings(session, team.id)
    existing = next((b for b in booked if b.product == body.product), None)
    if existing is not None:
        if existing.starts_at == body.starts_at:
            return _booking_out(existing)  # a retried request: nothing new
        raise DomainError(
            "consultation_already_booked",
            409,
            "Consultation already booked",
            "The add-on includes one consultation, and it is booked.",
        )
    if not entitlements.is_offered(body.starts_at, now, until=addon.ends_at):
        raise DomainError("slot_not_offered", 422, "No such slot", "Pick one of the offered slots.")
    booking = ConsultationBooking(
        team_id=team.id,
        product=body.product,
        starts_at=body.starts_at,
        ends_at=body.starts_at + entitlements.CONSULTATION_LENGTH,
        booked_by=user.id,
        created_at=now,
    )
    session.add(booking)
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise DomainError(
            "slot_taken", 409, "Slot taken", "Someone booked this slot first: pick another."
        ) from exc
    return _booking_out(booking)


@router.get("/webinars", responses=problem_responses(ADDON_REQUIRED))
async def webinars(user: AdminUser, session: SessionDep, now: NowDep) -> WebinarsOut:
    assert user.team_id is not None
    team = await billing_queries.team(session, user.team_id)
    if not _covering(team, now):
        raise DomainError(
            "addon_required",
            409,
            "Premium Support needed",
            "Live webinars come with Premium Support.",
        )
    return WebinarsOut.model_validate(
        {"items": [vars(w) for w in entitlements.upcoming_webinars(now)]}
    )
