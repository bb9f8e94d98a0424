"""The insights counted from the tickets themselves: the rollups' oracle in tests.

This is how insights were answered before the rollups (migration 0013): every
figure counted over the period's tickets, and the recommendations' history
over half a year of them. The property test holds the rollup-based answers to
these; the service never calls them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import Ticket
from backend.db.queries.insights import Insights, week_start
from backend.db.rollups import OPEN, response_seconds
from backend.domain.recommendations import TicketCount


async def median_response_minutes(
    session: AsyncSession, in_period: ColumnElement[bool], dialect: str
) -> float | None:
    """The median in SQL on both databases: count, then read the middle one or two."""
    answered = and_(in_period, Ticket.first_responded_at.is_not(None))
    n = (await session.execute(select(func.count()).where(answered))).scalar_one()
    if not n:
        return None
    seconds = response_seconds(dialect)
    middle = (
        (
            await session.execute(
                select(seconds).where(answered).order_by(seconds).offset((n - 1) // 2).limit(2)
            )
        )
        .scalars()
        .all()
    )
    values = [float(v) for v in middle][: 1 if n % 2 else 2]
    return sum(values) / len(values) / 60


async def raw_insights(
    session: AsyncSession,
    team_id: str,
    start: datetime,
    end: datetime,
    now: datetime,
    submitter_id: str | None = None,
) -> Insights:
    """The team's tickets, or with ``submitter_id`` only that admin's own ("mine")."""
    dialect = session.get_bind().dialect.name
    team = Ticket.team_id == team_id
    if submitter_id is not None:
        team = and_(team, Ticket.submitter_id == submitter_id)
    in_period = and_(team, Ticket.created_at >= start, Ticket.created_at < end)

    open_tickets = (
        await session.execute(select(func.count()).where(team, Ticket.status.in_(OPEN)))
    ).scalar_one()

    # One pass for issues per product; the per-issue totals are the sums of
    # those few groups (at most categories × products rows), not of tickets.
    count = func.count().label("n")
    per_product = (
        await session.execute(
            select(Ticket.category, Ticket.product, count)
            .where(in_period)
            .group_by(Ticket.category, Ticket.product)
            .order_by(Ticket.category, count.desc(), Ticket.product)
        )
    ).all()
    per_issue: dict[str, int] = {}
    for category, _product, n in per_product:
        per_issue[str(category)] = per_issue.get(str(category), 0) + int(n)

    # One pass for tickets opened per week and their first responses.
    met = Ticket.first_responded_at <= Ticket.first_response_due_at
    # With no response: late once the due time passed before it was solved, or before
    # now while it is not (a ticket solved in time is neither in time nor late).
    breached = or_(
        Ticket.first_responded_at > Ticket.first_response_due_at,
        and_(
            Ticket.first_responded_at.is_(None),
            Ticket.first_response_due_at
            < func.coalesce(Ticket.solved_at, literal(now, Ticket.solved_at.type)),
        ),
    )
    opened_week = week_start(Ticket.created_at, dialect).label("week")
    opened = (
        await session.execute(
            select(
                opened_week,
                count,
                func.sum(case((met, 1), else_=0)),
                func.sum(case((breached, 1), else_=0)),
            )
            .where(in_period)
            .group_by(opened_week)
        )
    ).all()
    solved_week = week_start(Ticket.solved_at, dialect).label("week")
    solved = (
        await session.execute(
            select(solved_week, count)
            .where(team, Ticket.solved_at >= start, Ticket.solved_at < end)
            .group_by(solved_week)
        )
    ).all()
    weeks: dict[str, list[int]] = {}
    sla_met = sla_breached = 0
    for week, n, week_met, week_breached in opened:
        weeks.setdefault(str(week), [0, 0])[0] = int(n)
        sla_met += int(week_met or 0)
        sla_breached += int(week_breached or 0)
    for week, n in solved:
        weeks.setdefault(str(week), [0, 0])[1] = int(n)

    return Insights(
        open_tickets=int(open_tickets),
        top_issues=sorted(per_issue.items(), key=lambda item: (-item[1], item[0])),
        top_products_per_issue=[(str(c), str(p), int(n)) for c, p, n in per_product],
        weekly=[(week, counts[0], counts[1]) for week, counts in sorted(weeks.items())],
        sla_met=sla_met,
        sla_breached=sla_breached,
        median_first_response_minutes=await median_response_minutes(session, in_period, dialect),
    )


async def raw_ticket_history(
    session: AsyncSession, team_id: str, now: datetime, days: int = 180
) -> list[TicketCount]:
    recent_from = now - timedelta(days=30)
    recent = func.sum(case((Ticket.created_at >= recent_from, 1), else_=0))
    older = func.sum(case((Ticket.created_at < recent_from, 1), else_=0))
    rows = (
        await session.execute(
            select(Ticket.category, Ticket.product, recent, older)
            .where(Ticket.team_id == team_id, Ticket.created_at >= now - timedelta(days=days))
            .group_by(Ticket.category, Ticket.product)
        )
    ).all()
    return [TicketCount(str(c), str(p), int(r or 0), int(o or 0)) for c, p, r, o in rows]
