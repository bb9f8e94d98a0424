"""Ticket followers and the team's people to choose them from (issue 21)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, bindparam, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.db import raw
from backend.db.models import TicketFollower, User

_follower = aliased(User, name="follower")
_adder = aliased(User, name="adder")
# The columns of ``FollowerOut``, in its order, oldest first (as Ticket.followers).
FOLLOWERS = (
    select(
        TicketFollower.user_id,
        _follower.name,
        _follower.role,
        _adder.name.label("added_by_name"),
        TicketFollower.added_at,
    )
    .join(_follower, _follower.id == TicketFollower.user_id)
    .join(_adder, _adder.id == TicketFollower.added_by_id)
    .where(TicketFollower.ticket_id == bindparam("ticket_id"))
    .order_by(TicketFollower.added_at, TicketFollower.user_id)
)
ROWS = raw.PerDialect(FOLLOWERS)
# The positions of ``ROWS``' columns (the ticket page reads them by position).
USER_ID, NAME, ROLE, ADDED_BY_NAME, ADDED_AT = range(5)


async def rows(
    session: AsyncSession, ticket_id: str
) -> Sequence[Row[str, str, str, str, datetime]]:
    return (await session.execute(FOLLOWERS, {"ticket_id": ticket_id})).all()


async def team_people(session: AsyncSession, team_id: str) -> Sequence[User]:
    """The team's admins and members (agents have no team), by name."""
    query = select(User).where(User.team_id == team_id).order_by(User.name, User.id)
    return (await session.execute(query)).scalars().all()


async def add(
    session: AsyncSession, ticket_id: str, user_id: str, added_by_id: str, now: datetime
) -> bool:
    """Add the follower and commit; False (nothing changed) when they follow already."""
    if await session.get(TicketFollower, (ticket_id, user_id)) is not None:
        return False
    session.add(
        TicketFollower(ticket_id=ticket_id, user_id=user_id, added_by_id=added_by_id, added_at=now)
    )
    try:
        await session.flush()
    except IntegrityError:
        # Two admins adding the same person at once: the other one's row stands.
        await session.rollback()
        return False
    return True


async def remove(session: AsyncSession, ticket_id: str, user_id: str) -> bool:
    """Remove the follower (not committed); False when they did not follow."""
    result = await session.execute(
        delete(TicketFollower).where(
            TicketFollower.ticket_id == ticket_id, TicketFollower.user_id == user_id
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
