"""The team's add-ons, quotes and charges."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import Addon, Charge, Quote, Team
from backend.domain import billing
from backend.domain.errors import not_found
from backend.domain.sla import TIER_TARGET_MINUTES

log = logging.getLogger(__name__)


async def team(session: AsyncSession, team_id: str) -> Team:
    found = await session.get(Team, team_id)
    if found is None:
        raise not_found("team")
    return found


def addon_for(team: Team, product: str) -> Addon | None:
    return next((a for a in team.addons if a.product == product), None)


async def quote(session: AsyncSession, team_id: str, quote_id: str) -> Quote:
    found = await session.get(Quote, quote_id)
    if found is None or found.team_id != team_id:
        raise not_found("quote")  # another team's quote does not exist for you
    return found


async def charges(session: AsyncSession, team_id: str) -> Sequence[Charge]:
    result = await session.execute(
        select(Charge)
        .where(Charge.team_id == team_id)
        .order_by(Charge.created_at.desc(), Charge.id)
    )
    return result.scalars().all()


async def roll_over_due_periods(session: AsyncSession, now: datetime) -> int:
    """Start the next billing period of every team whose renewal date has passed.

    Add-ons with a scheduled removal end (R11); the others are charged the full
    amount for the new period (R10). Safe to run in several processes at once:
    a renewal charge is unique per add-on and period.
    """
    rolled = 0
    due = (await session.execute(select(Team.id).where(Team.renewal_at <= now))).scalars().all()
    for team_id in due:
        try:
            rolled += await _roll_over_team(session, team_id, now)
            await session.commit()
        except IntegrityError:
            await session.rollback()  # another process did it first
            log.info("billing period of %s rolled over elsewhere", team_id)
    return rolled


async def _roll_over_team(session: AsyncSession, team_id: str, now: datetime) -> int:
    team_row = await team(session, team_id)
    periods = 0
    if team_row.billing_anchor_day is None:
        team_row.billing_anchor_day = billing.recovered_anchor_day(
            team_row.billing_period_start, team_row.renewal_at
        )
    while team_row.renewal_at <= now:
        start, renewal = billing.next_period(team_row.renewal_at, team_row.billing_anchor_day)
        for addon in team_row.addons:
            if billing.addon_status(addon.status, addon.ends_at, start) == "ended":
                addon.status = "ended"
                addon.next_tier = None
                continue
            if addon.next_tier is not None:
                # A lower tier bought during the period takes over now (R10, R11).
                addon.tier = addon.next_tier
                addon.response_target_minutes = TIER_TARGET_MINUTES[addon.tier]
                addon.next_tier = None
                addon.updated_at = start
            session.add(
                Charge(
                    team_id=team_row.id,
                    product=addon.product,
                    tier=addon.tier,
                    kind="full",
                    amount=billing.full_amount(
                        product=addon.product, tier=addon.tier, licences=team_row.licences
                    ),
                    currency=team_row.currency,
                    period_start=start,
                    period_end=renewal,
                    created_at=start,
                )
            )
        team_row.billing_period_start, team_row.renewal_at = start, renewal
        await session.flush()
        periods += 1
    return periods
