"""Insights (R20) from the rollups, and the ticket history behind recommendations (R19)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import rollups
from backend.db.models import Deflection, Ticket
from backend.db.rollups import DAILY, OPEN_NOW, RESPONSES
from backend.domain.recommendations import TicketCount


def week_start(column: Any, dialect: str) -> ColumnElement[str]:
    """The Monday (UTC) a time falls in, as YYYY-MM-DD, in the database's own dialect."""
    if dialect == "postgresql":
        return func.to_char(func.date_trunc("week", func.timezone("UTC", column)), "YYYY-MM-DD")
    # SQLite: to the next Sunday, then back six days (a Monday stays on itself).
    return func.date(column, "weekday 0", "-6 days")


@dataclass(frozen=True)
class Insights:
    open_tickets: int
    top_issues: list[tuple[str, int]]
    top_products_per_issue: list[tuple[str, str, int]]
    weekly: list[tuple[str, int, int]]
    sla_met: int
    sla_breached: int
    median_first_response_minutes: float | None  # None: no first response in the period


async def insights(
    session: AsyncSession,
    team_id: str,
    start: datetime,
    end: datetime,
    now: datetime,
    submitter_id: str | None = None,
) -> Insights:
    """The team's tickets, or with ``submitter_id`` only that admin's own ("mine").

    ``start`` and ``end`` are UTC midnights (the period is whole UTC days). Every
    figure comes from the rollups (backend/db/rollups.py), so a period costs the
    same however many tickets it holds; the two the rollups cannot hold alone
    are completed from small, index-backed reads of the tickets (see below).
    """
    dialect = session.get_bind().dialect.name
    first, last = _days(start, end)
    scope = rollups.TEAM if submitter_id is None else submitter_id
    daily = DAILY.c
    in_period = and_(
        daily.team_id == team_id,
        daily.submitter_id == scope,
        daily.day >= first,
        daily.day <= last,
    )

    # "Open now" is about today, not the period: a counter per team (and per
    # submitter) that every status change moves. Counting open tickets, even
    # from an index, grows with them (hundreds of thousands in a big team).
    open_tickets = (
        await session.execute(
            select(OPEN_NOW.c.open).where(
                OPEN_NOW.c.team_id == team_id, OPEN_NOW.c.submitter_id == scope
            )
        )
    ).scalar_one_or_none()

    opened = func.sum(daily.opened).label("n")
    per_product = (
        await session.execute(
            select(daily.category, daily.product, opened)
            .where(in_period)
            .group_by(daily.category, daily.product)
            .having(func.sum(daily.opened) > 0)
            .order_by(daily.category, opened.desc(), daily.product)
        )
    ).all()
    per_issue: dict[str, int] = {}
    for category, _product, n in per_product:
        per_issue[str(category)] = per_issue.get(str(category), 0) + int(n)

    days = (
        await session.execute(
            select(
                daily.day,
                func.sum(daily.opened),
                func.sum(daily.solved),
                func.sum(daily.met),
                func.sum(daily.late),
                func.sum(daily.unanswered),
            )
            .where(in_period)
            .group_by(daily.day)
        )
    ).all()
    weeks: dict[str, list[int]] = {}
    sla_met = sla_late = unanswered = 0
    for day, day_opened, day_solved, day_met, day_late, day_unanswered in days:
        monday = (day - timedelta(days=day.weekday())).isoformat()
        counts = weeks.setdefault(monday, [0, 0])
        counts[0] += int(day_opened)
        counts[1] += int(day_solved)
        sla_met += int(day_met)
        sla_late += int(day_late)
        unanswered += int(day_unanswered)

    # Unanswered tickets breach when their due time passes: that depends on
    # now, which no rollup written earlier knows. The period's unanswered
    # tickets minus those not due yet (a few recent ones, read from a partial
    # index) are the ones breached now.
    not_due = await _unanswered_not_due(session, team_id, submitter_id, start, end, now)

    return Insights(
        open_tickets=int(open_tickets or 0),
        top_issues=sorted(per_issue.items(), key=lambda item: (-item[1], item[0])),
        top_products_per_issue=[(str(c), str(p), int(n)) for c, p, n in per_product],
        weekly=[(week, o, s) for week, (o, s) in sorted(weeks.items()) if o or s],
        sla_met=sla_met,
        sla_breached=sla_late + unanswered - not_due,
        median_first_response_minutes=await _median_minutes(
            session, team_id, submitter_id, start, end, dialect
        ),
    )


async def open_now(
    session: AsyncSession, team_id: str, submitter_id: str | None = None
) -> list[tuple[str, str, int]]:
    """(category, product, tickets) of the tickets open now (new, open or pending).

    R20's own reading: the patterns of the open tickets, whenever they were
    opened. Read from ``ix_ticket_team_status`` (the team's open tickets only,
    a small share of all); the rollups count by day opened, not by status now.
    """
    rows = await session.execute(
        select(Ticket.category, Ticket.product, func.count())
        .where(_tickets_of(team_id, submitter_id), Ticket.status.in_(rollups.OPEN))
        .group_by(Ticket.category, Ticket.product)
        .order_by(Ticket.category, func.count().desc(), Ticket.product)
    )
    return [(str(c), str(p), int(n)) for c, p, n in rows.all()]


def _days(start: datetime, end: datetime) -> tuple[date, date]:
    """The first and last UTC day of a period of whole UTC days."""
    first, after = start.astimezone(UTC), end.astimezone(UTC)
    if rollups.utc_midnight(first.date()) != first or rollups.utc_midnight(after.date()) != after:
        raise ValueError("insights periods are whole UTC days")
    return first.date(), after.date() - timedelta(days=1)


def _tickets_of(team_id: str, submitter_id: str | None) -> ColumnElement[bool]:
    team = Ticket.team_id == team_id
    return team if submitter_id is None else and_(team, Ticket.submitter_id == submitter_id)


async def _unanswered_not_due(
    session: AsyncSession,
    team_id: str,
    submitter_id: str | None,
    start: datetime,
    end: datetime,
    now: datetime,
) -> int:
    # Only the due time is a range here, so that both planners take the few
    # rows ahead of now in ix_ticket_team_unanswered_due; with the period in the
    # query too, SQLite would range over all the period's days in ix_ticket_team_created.
    created = await session.execute(
        select(Ticket.created_at).where(
            _tickets_of(team_id, submitter_id),
            Ticket.first_responded_at.is_(None),  # the partial index's condition
            Ticket.first_response_due_at >= now,
            Ticket.solved_at.is_(None),  # solved: counted already (rollups._daily)
        )
    )
    return sum(start <= when < end for when in created.scalars())


async def _median_minutes(
    session: AsyncSession,
    team_id: str,
    submitter_id: str | None,
    start: datetime,
    end: datetime,
    dialect: str,
) -> float | None:
    """The exact median: the rollup says which bucket holds the middle, the index the rest.

    The period's histogram (a few hundred rows) gives how many answered
    tickets there are and in which response-time bucket the middle one or two
    fall; only that bucket's tickets are then read, in order, from the index
    on response time (``ix_ticket_team_response``).
    """
    first, last = _days(start, end)
    hist = RESPONSES.c
    buckets = (
        await session.execute(
            select(hist.bucket, func.sum(hist.answered))
            .where(
                hist.team_id == team_id,
                hist.submitter_id == (submitter_id or rollups.TEAM),
                hist.day >= first,
                hist.day <= last,
            )
            .group_by(hist.bucket)
            .having(func.sum(hist.answered) > 0)
            .order_by(hist.bucket)
        )
    ).all()
    total = sum(int(n) for _, n in buckets)
    if not total:
        return None
    # The middle one (odd count) or two (even count), as (bucket, rank within it).
    wanted = sorted({(total - 1) // 2, total // 2})
    places: list[tuple[int, int]] = []
    before = 0
    for bucket, n in buckets:
        places += [(int(bucket), rank - before) for rank in wanted if before <= rank < before + n]
        before += int(n)
    values: list[float] = []
    for bucket in sorted({b for b, _ in places}):
        ranks = [r for b, r in places if b == bucket]
        values += await _in_bucket(
            session, _tickets_of(team_id, submitter_id), bucket, ranks, start, end, dialect
        )
    return sum(values) / len(values) / 60


async def _in_bucket(
    session: AsyncSession,
    tickets: ColumnElement[bool],
    bucket: int,
    ranks: list[int],
    start: datetime,
    end: datetime,
    dialect: str,
) -> list[float]:
    """Response times (seconds) of the bucket's answered tickets at these ranks."""
    order = rollups.response_order(dialect)
    low, high = rollups.bucket_bounds(bucket)
    # A second's margin either way for the index range, and the bucket itself
    # decided exactly as the rollup decided it (the same SQL expression).
    where = [
        tickets,
        Ticket.first_responded_at.is_not(None),
        order < rollups.order_bound(high + 1, dialect),
        rollups.response_bucket(dialect) == bucket,
        Ticket.created_at >= start,
        Ticket.created_at < end,
    ]
    if low is not None:
        where.append(order >= rollups.order_bound(low - 1, dialect))
    seconds = rollups.response_seconds(dialect)
    found = await session.execute(
        select(seconds)
        .where(*where)
        .order_by(order)
        .offset(min(ranks))
        .limit(max(ranks) - min(ranks) + 1)
    )
    values = [float(v) for v in found.scalars()]
    return [values[r - min(ranks)] for r in ranks]


RECENT_DAYS = 30


async def ticket_history(
    session: AsyncSession, team_id: str, now: datetime, days: int = 180
) -> list[TicketCount]:
    """Per category and product, the team's tickets opened in the last 30 days and before.

    The whole UTC days between the two cut-offs come from the daily rollup;
    only the tickets of the two days the cut-offs fall in (times of day, not
    days) are read, from ix_ticket_team_created. A day of a big team's tickets,
    not half a year of them.
    """
    since, recent_from = now - timedelta(days=days), now - timedelta(days=RECENT_DAYS)
    first_day, recent_day = since.astimezone(UTC).date(), recent_from.astimezone(UTC).date()
    counts: dict[tuple[str, str], list[int]] = {}

    def add(category: str, product: str, recent: int | None, older: int | None) -> None:
        both = counts.setdefault((str(category), str(product)), [0, 0])
        both[0] += int(recent or 0)
        both[1] += int(older or 0)

    daily = DAILY.c
    whole_days = (
        await session.execute(
            select(
                daily.category,
                daily.product,
                func.sum(case((daily.day > recent_day, daily.opened), else_=0)),
                func.sum(case((daily.day < recent_day, daily.opened), else_=0)),
            )
            .where(
                daily.team_id == team_id,
                daily.submitter_id == rollups.TEAM,
                daily.day > first_day,
                daily.day != recent_day,
            )
            .group_by(daily.category, daily.product)
        )
    ).all()
    for row in whole_days:
        add(*row)

    def day_of(day: date) -> ColumnElement[bool]:
        midnight = rollups.utc_midnight(day)
        return and_(Ticket.created_at >= midnight, Ticket.created_at < midnight + timedelta(days=1))

    cut_days = (
        await session.execute(
            select(
                Ticket.category,
                Ticket.product,
                func.sum(case((Ticket.created_at >= recent_from, 1), else_=0)),
                func.sum(case((Ticket.created_at < recent_from, 1), else_=0)),
            )
            .where(
                Ticket.team_id == team_id,
                Ticket.created_at >= since,
                or_(day_of(first_day), day_of(recent_day)),
            )
            .group_by(Ticket.category, Ticket.product)
        )
    ).all()
    for row in cut_days:
        add(*row)
    return [
        TicketCount(category, product, recent, older)
        for (category, product), (recent, older) in sorted(counts.items())
        if recent or older
    ]


async def weekly_by_category(
    session: AsyncSession, team_id: str, submitter_id: str, since: datetime
) -> list[tuple[str, str, int]]:
    """(week's Monday, category, tickets opened) for one person's tickets since a Monday."""
    dialect = session.get_bind().dialect.name
    week = week_start(Ticket.created_at, dialect).label("week")
    rows = await session.execute(
        select(week, Ticket.category, func.count())
        .where(
            Ticket.team_id == team_id,
            Ticket.submitter_id == submitter_id,
            Ticket.created_at >= since,
        )
        .group_by(week, Ticket.category)
    )
    return [(str(w), str(c), int(n)) for w, c, n in rows.all()]


async def satisfaction(
    session: AsyncSession,
    team_id: str,
    start: datetime,
    end: datetime,
    submitter_id: str | None = None,
) -> tuple[int, int]:
    """(good, bad): the tickets whose rating was last given in the period (issue 21).

    Read from the tickets (ix_ticket_team_rated), not the rollups: a rating can be
    changed until the ticket closes, so a count per day would have to move with it.
    """
    rows = (
        await session.execute(
            select(Ticket.satisfaction_rating, func.count())
            .where(
                _tickets_of(team_id, submitter_id),
                Ticket.satisfaction_rated_at >= start,
                Ticket.satisfaction_rated_at < end,
            )
            .group_by(Ticket.satisfaction_rating)
        )
    ).all()
    counts = {str(rating): int(n) for rating, n in rows}
    return counts.get("good", 0), counts.get("bad", 0)


async def deflections(
    session: AsyncSession,
    team_id: str,
    start: datetime,
    end: datetime,
    user_id: str | None = None,
) -> int:
    """How many questions a help article answered in the period (issue 21), for the team
    or, with ``user_id``, for one admin (scope "mine")."""
    query = (
        select(func.count())
        .select_from(Deflection)
        .where(
            Deflection.team_id == team_id,
            Deflection.created_at >= start,
            Deflection.created_at < end,
        )
    )
    if user_id is not None:
        query = query.where(Deflection.user_id == user_id)
    return int((await session.execute(query)).scalar_one())


async def satisfaction_by_category(
    session: AsyncSession,
    team_id: str,
    start: datetime,
    end: datetime,
    submitter_id: str | None = None,
) -> list[tuple[str, int, int]]:
    """(category, good, bad) of the tickets rated in the period, most rated first."""
    rows = (
        await session.execute(
            select(Ticket.category, Ticket.satisfaction_rating, func.count())
            .where(
                _tickets_of(team_id, submitter_id),
                Ticket.satisfaction_rated_at >= start,
                Ticket.satisfaction_rated_at < end,
            )
            .group_by(Ticket.category, Ticket.satisfaction_rating)
        )
    ).all()
    counts: dict[str, list[int]] = {}
    for category, rating, n in rows:
        pair = counts.setdefault(str(category), [0, 0])
        pair[0 if rating == "good" else 1] += int(n)
    return sorted(((c, g, b) for c, (g, b) in counts.items()), key=lambda r: (-(r[1] + r[2]), r[0]))
