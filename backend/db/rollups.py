"""The insights rollups (R20): what each ticket adds to them, in SQL on both databases.

One definition serves three callers: the flush hooks read a ticket's share
before it changes and after, and move the rollups by the difference
(``shares``, ``apply``); ``rebuild`` counts every ticket again; and the
migration that made the tables fills them with it.
Working from the rows in the database, never from objects in memory, keeps the
rollups equal to the tickets even when two requests change one ticket at once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Date,
    Float,
    Integer,
    Numeric,
    Select,
    Subquery,
    Table,
    case,
    cast,
    delete,
    func,
    literal,
    select,
    text,
    true,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from backend.db.models import InsightsDaily, InsightsOpen, InsightsResponseTime, Ticket

OPEN = ("new", "open", "pending")
TEAM = ""  # ``submitter_id`` of the rows that count the whole team

DAILY: Table = InsightsDaily.__table__  # type: ignore[assignment]
RESPONSES: Table = InsightsResponseTime.__table__  # type: ignore[assignment]
OPEN_NOW: Table = InsightsOpen.__table__  # type: ignore[assignment]
TICKETS: Table = Ticket.__table__  # type: ignore[assignment]
TABLES = (DAILY, RESPONSES, OPEN_NOW)

# Response-time buckets: by the minute up to 2 h, by ten minutes up to a day,
# by the hour beyond. Fine enough that the median's bucket holds few tickets
# (read exactly from an index), coarse enough that a day has few buckets.
MINUTE_BUCKETS_UNTIL = 2 * 3600
TEN_MINUTE_BUCKETS_UNTIL = 24 * 3600
FIRST_TEN_MINUTE_BUCKET = MINUTE_BUCKETS_UNTIL // 60
FIRST_HOUR_BUCKET = (
    FIRST_TEN_MINUTE_BUCKET + (TEN_MINUTE_BUCKETS_UNTIL - MINUTE_BUCKETS_UNTIL) // 600
)


def response_order(dialect: str) -> ColumnElement[Any]:
    """The indexed expression that orders answered tickets by their response time.

    Written exactly as in ``ix_ticket_team_response`` (migration 0013), so that
    the database reads the median from that index: seconds on PostgreSQL, days
    on SQLite (a constant factor in the expression would not match the index).
    """
    if dialect == "postgresql":
        return func.extract("epoch", Ticket.first_responded_at - Ticket.created_at)
    return func.julianday(Ticket.first_responded_at) - func.julianday(Ticket.created_at)


def order_bound(seconds: float, dialect: str) -> ColumnElement[Any]:
    """Seconds as ``response_order`` measures them, to compare it with.

    On PostgreSQL a numeric: a float would cast the indexed expression to float
    first, and the index would not serve the comparison.
    """
    if dialect == "postgresql":
        return literal(Decimal(seconds), Numeric())
    return literal(seconds / 86400, Float())


def response_seconds(dialect: str) -> ColumnElement[Any]:
    """Seconds from a ticket's creation to its first response."""
    if dialect == "postgresql":
        return response_order(dialect)
    return response_order(dialect) * 86400.0


def response_bucket(dialect: str) -> ColumnElement[int]:
    seconds = response_seconds(dialect)

    def whole(value: ColumnElement[Any]) -> ColumnElement[int]:
        # Seconds past a bucket's start are never negative here: truncating is flooring.
        return cast(func.trunc(value) if dialect == "postgresql" else value, Integer)

    return case(
        (seconds < 60, 0),  # and anything odd below: a response before the ticket
        (seconds < MINUTE_BUCKETS_UNTIL, whole(seconds / 60)),
        (
            seconds < TEN_MINUTE_BUCKETS_UNTIL,
            FIRST_TEN_MINUTE_BUCKET + whole((seconds - MINUTE_BUCKETS_UNTIL) / 600),
        ),
        else_=FIRST_HOUR_BUCKET + whole((seconds - TEN_MINUTE_BUCKETS_UNTIL) / 3600),
    )


def bucket_bounds(bucket: int) -> tuple[float | None, float]:
    """The seconds a bucket holds: [low, high); low None for the first (no lower end)."""
    if bucket == 0:
        return None, 60.0
    if bucket < FIRST_TEN_MINUTE_BUCKET:
        return bucket * 60.0, (bucket + 1) * 60.0
    if bucket < FIRST_HOUR_BUCKET:
        low = MINUTE_BUCKETS_UNTIL + (bucket - FIRST_TEN_MINUTE_BUCKET) * 600.0
        return low, low + 600.0
    low = TEN_MINUTE_BUCKETS_UNTIL + (bucket - FIRST_HOUR_BUCKET) * 3600.0
    return low, low + 3600.0


def utc_day(column: Any, dialect: str) -> ColumnElement[date]:
    """The UTC calendar day of a time: insights' periods are whole UTC days."""
    if dialect == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    # SQLite keeps UTC without a zone; read back as a date, not as its text.
    return type_coerce(func.date(column), Date)


def utc_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _per_scope(columns: Sequence[Any], where: ColumnElement[bool]) -> list[Select[Any]]:
    """The same columns once for the whole team and once for the submitter ("mine")."""
    return [
        select(Ticket.team_id, scope.label("submitter_id"), *columns).where(where)
        for scope in (literal(TEAM, Ticket.submitter_id.type), Ticket.submitter_id)
    ]


def _daily(where: ColumnElement[bool], dialect: str) -> Subquery:
    answered = Ticket.first_responded_at.is_not(None)
    met = Ticket.first_responded_at <= Ticket.first_response_due_at
    # Solved with no response: late if solved after the response was due, else counted
    # neither in time nor late (nothing was awaited once solved; docs/rules.md, "In time").
    unanswered = ~answered & Ticket.solved_at.is_(None)
    solved_late = ~answered & (Ticket.solved_at > Ticket.first_response_due_at)
    opened = [
        utc_day(Ticket.created_at, dialect).label("day"),
        Ticket.category,
        Ticket.product,
        literal(1).label("opened"),
        literal(0).label("solved"),
        case((met, 1), else_=0).label("met"),
        case(((answered & ~met) | solved_late, 1), else_=0).label("late"),
        case((unanswered, 1), else_=0).label("unanswered"),
    ]
    solved = [
        utc_day(Ticket.solved_at, dialect).label("day"),
        Ticket.category,
        Ticket.product,
        literal(0).label("opened"),
        literal(1).label("solved"),
        literal(0).label("met"),
        literal(0).label("late"),
        literal(0).label("unanswered"),
    ]
    return union_all(
        *_per_scope(opened, where),
        *_per_scope(solved, where & Ticket.solved_at.is_not(None)),
    ).subquery()


def _responses(where: ColumnElement[bool], dialect: str) -> Subquery:
    columns = [
        utc_day(Ticket.created_at, dialect).label("day"),
        response_bucket(dialect).label("bucket"),
        literal(1).label("answered"),
    ]
    return union_all(
        *_per_scope(columns, where & Ticket.first_responded_at.is_not(None))
    ).subquery()


def _open_now(where: ColumnElement[bool], dialect: str) -> Subquery:
    columns = [case((Ticket.status.in_(OPEN), 1), else_=0).label("open")]
    return union_all(*_per_scope(columns, where)).subquery()


SHARES = ((DAILY, _daily), (RESPONSES, _responses), (OPEN_NOW, _open_now))


# Per rollup table, its rows' keys and counts: what some tickets add to it.
Shares = dict[str, dict[tuple[Any, ...], tuple[int, ...]]]


def _keys_and_counts(table: Table) -> tuple[list[str], list[str]]:
    keys = [c.name for c in table.primary_key.columns]
    return keys, [c.name for c in table.columns if c.name not in keys]


def _grouped(table: Table, rows: Subquery) -> Select[Any]:
    keys, counts = _keys_and_counts(table)
    return select(
        *(rows.c[k] for k in keys), *(func.sum(rows.c[n]).label(n) for n in counts)
    ).group_by(*(rows.c[k] for k in keys))


def shares(connection: Connection, ticket_ids: Collection[str]) -> Shares:
    """What these tickets add to each rollup, as the database holds them now."""
    dialect = connection.dialect.name
    found: Shares = {}
    for table, share in SHARES:
        keys, _ = _keys_and_counts(table)
        rows = connection.execute(_grouped(table, share(Ticket.id.in_(ticket_ids), dialect)))
        found[table.name] = {
            tuple(row[: len(keys)]): tuple(int(n) for n in row[len(keys) :]) for row in rows
        }
    return found


def apply(connection: Connection, before: Shares, after: Shares) -> None:
    """Move the rollups by what some tickets add now less what they added before.

    One statement per table, the rows in key order, the tables always in the
    same order: every writer takes the rollups' row locks in one global order
    (after its ticket's), so two writers never wait on each other in a cycle.
    """
    insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
    for table in TABLES:
        keys, counts = _keys_and_counts(table)
        old, new = before.get(table.name, {}), after.get(table.name, {})
        zero = (0,) * len(counts)
        moves = []
        for key in sorted(old.keys() | new.keys()):
            delta = [n - o for n, o in zip(new.get(key, zero), old.get(key, zero), strict=True)]
            if any(delta):
                moves.append(
                    dict(zip(keys, key, strict=True)) | dict(zip(counts, delta, strict=True))
                )
        if moves:
            statement = insert(table)
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=keys,
                    set_={n: table.c[n] + statement.excluded[n] for n in counts},
                ),
                moves,
            )


def lock_tickets(connection: Connection, ticket_ids: Collection[str]) -> None:
    """Hold the tickets' rows until commit, so that their share read now stays true.

    Otherwise another transaction could change a ticket between our reading
    its share and our writing it, and its change would be counted twice. On
    PostgreSQL a row lock; SQLite has one writer at a time, and a write (that
    changes nothing) makes this transaction that writer before the share is read.
    """
    chosen = Ticket.id.in_(ticket_ids)
    if connection.dialect.name == "postgresql":
        connection.execute(select(Ticket.id).where(chosen).order_by(Ticket.id).with_for_update())
    else:
        connection.execute(update(TICKETS).where(chosen).values(id=TICKETS.c.id))


def rebuild(connection: Connection, team_id: str | None = None) -> None:
    """Count the rollups again from the tickets: of one team, or of all.

    Safe while the service runs: on PostgreSQL the tables are locked against
    writers first, so a ticket written meanwhile is counted once, either in
    the tickets read here or by its own transaction after this one.
    """
    dialect = connection.dialect.name
    if dialect == "postgresql":
        names = ", ".join(t.name for t in TABLES)
        connection.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
    tickets = true() if team_id is None else Ticket.team_id == team_id
    for table, share in SHARES:
        gone = delete(table)
        connection.execute(gone if team_id is None else gone.where(table.c.team_id == team_id))
        keys, counts = _keys_and_counts(table)
        connection.execute(
            table.insert().from_select([*keys, *counts], _grouped(table, share(tickets, dialect)))
        )
