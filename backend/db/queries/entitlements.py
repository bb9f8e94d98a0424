"""Consultation bookings and when a team's add-on became Enhanced."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import ConsultationBooking, Quote


async def bookings(session: AsyncSession, team_id: str) -> Sequence[ConsultationBooking]:
    result = await session.execute(
        select(ConsultationBooking)
        .where(ConsultationBooking.team_id == team_id)
        .order_by(ConsultationBooking.starts_at)
    )
    return result.scalars().all()


async def taken_slots(session: AsyncSession, start: datetime, end: datetime) -> set[datetime]:
    """Slot starts booked by any team between ``start`` and ``end``."""
    result = await session.execute(
        select(ConsultationBooking.starts_at).where(
            ConsultationBooking.starts_at >= start, ConsultationBooking.starts_at < end
        )
    )
    return set(result.scalars().all())


async def enhanced_bought_at(session: AsyncSession, team_id: str, product: str) -> datetime | None:
    """When Enhanced was last bought for this product (a change of tier keeps ``started_at``)."""
    result = await session.execute(
        select(func.max(Quote.used_at)).where(
            Quote.team_id == team_id, Quote.product == product, Quote.tier == "enhanced"
        )
    )
    return result.scalar_one_or_none()
