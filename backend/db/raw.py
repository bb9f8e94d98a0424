"""Hot reads run on the driver's connection: a statement compiled once, one call per query.

SQLAlchemy's execution of a select costs the busiest reads more than the
query: a cache key built per execution, a cursor adapted over aiosqlite whose
every step (cursor, execute, fetch, close) is a hop to aiosqlite's thread, and a
result processor per cell (SQLite's datetime strings parsed, then made aware).
Here a select is compiled once for the dialect, its parameters put in order
with SQLAlchemy's own bind processors (a UTC datetime becomes SQLite's stored
text), and run with one driver call: ``execute_fetchall`` (one thread hop) on
aiosqlite, ``fetch`` (asyncpg's prepared statement cache) on PostgreSQL.

Rows come back as the driver gives them: tuples (SQLite) or records
(PostgreSQL), read by position. Timestamp columns are SQLite's stored text
(``YYYY-MM-DD HH:MM:SS.ffffff``, UTC) or aware datetimes (PostgreSQL);
``backend.api.ticket_json`` emits both in the same JSON form. The connection is
the session's own on PostgreSQL (pooling, the pool's checks and closing unchanged) and
one of its engine's on SQLite (see ``fetch_all``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable

RawRow = Sequence[Any]


class Unsupported(Exception):
    """A statement this module does not run (expanding ``IN`` parameters): use the session."""


class Compiled:
    """A statement's SQL for one dialect and how to put its parameters in order.

    Parameters built into the statement (``where(col == value)``) are processed
    once, here; those declared with ``bindparam(name)`` and no value are given
    to ``params`` per execution.
    """

    __slots__ = ("sql", "_slots")

    def __init__(self, statement: Executable, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        if "POSTCOMPILE" in compiled.string or not compiled.positional:
            raise Unsupported(compiled.string)
        self.sql: str = compiled.string
        # Per position: (name, None, processor) to take from params, or (None, value, None).
        slots: list[tuple[str | None, Any, Callable[[Any], Any] | None]] = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            processor = bind.type.bind_processor(dialect)
            if bind.required:
                slots.append((name, None, processor))
            else:
                value = bind.effective_value
                slots.append((None, processor(value) if processor else value, None))
        self._slots = tuple(slots)

    def params(self, given: Mapping[str, Any] | None = None) -> list[Any]:
        values = []
        for name, fixed, processor in self._slots:
            if name is None:
                values.append(fixed)
            else:
                value = given[name] if given is not None else None
                values.append(processor(value) if processor else value)
        return values


async def fetch_all(
    session: AsyncSession,
    compiled: Compiled,
    given: Mapping[str, Any] | None = None,
    *,
    short: bool = False,
) -> list[RawRow]:
    """The statement's rows, in one driver call. ``short``: see ``fetch_sql``."""
    return await fetch_sql(session, compiled.sql, compiled.params(given), short=short)


async def fetch_sql(
    session: AsyncSession, sql: str, params: Sequence[Any], *, short: bool = False
) -> list[RawRow]:
    """The rows of ``sql`` (in the driver's parameter style), in one driver call.

    ``short``: a read that an index bounds to a page of rows (the caller says so). On
    SQLite it runs on the event loop's thread, not aiosqlite's: under 32 connections the
    hop there and back (the loop and that thread taking the GIL in turns, once a row as
    sqlite3 steps) doubled a list page's CPU in some runs and kept its p99 at 100-150
    ms; on the loop, 0.70-0.83 ms and p99 37-50 ms in every round (bench/README.md,
    issue 22, seventh round). The connection is this request's alone (checked out of
    the pool), so aiosqlite's thread has nothing of it to run meanwhile. In WAL mode a
    reader waits for no writer; a read waits (``busy_timeout``) only while SQLite
    recovers a crashed database's log, which would stall the whole process, not just
    this request. Searches and filtered pages, whose reads the index does not bound,
    stay on aiosqlite's thread.
    """
    assert session.bind is not None
    if session.bind.dialect.name == "sqlite":
        # A connection of the engine's, not the session's: the session would roll back
        # its connection as it closes (a thread hop, for nothing: pysqlite opens no
        # transaction for a SELECT); this one goes back with none (session._sqlite_reset).
        async with session.bind.connect() as connection:  # type: ignore[union-attr]
            driver = (await connection.get_raw_connection()).driver_connection
            if short:
                # aiosqlite's sqlite3 connection (its thread made it: check_same_thread
                # is off for it, backend.db.session.make_engine).
                return driver._conn.execute(sql, params).fetchall()  # type: ignore[union-attr,no-any-return]
            return list(await driver.execute_fetchall(sql, params))  # type: ignore[union-attr]
    # PostgreSQL: on the session's connection (asyncpg prepares a statement once a
    # connection and keeps it).
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    return list(await driver.fetch(sql, *params))  # type: ignore[union-attr]


Step = tuple[Compiled, Mapping[str, Any]]


async def fetch_chain(
    session: AsyncSession, first: Step, rest: Sequence[Step]
) -> list[list[RawRow]]:
    """``first``'s rows, then, if it found any, each of ``rest``'s (else ``[]`` for them).

    On SQLite in one hop to aiosqlite's thread for them all, where a ``fetch_all`` each
    is a hop each (a ticket's page: three, each a wake-up of that thread and of the
    loop). On PostgreSQL one query after another on the session's connection, as
    ``fetch_all``.
    """
    assert session.bind is not None
    steps = [(compiled.sql, compiled.params(given)) for compiled, given in (first, *rest)]
    if session.bind.dialect.name == "sqlite":
        async with session.bind.connect() as connection:  # type: ignore[union-attr]
            driver = (await connection.get_raw_connection()).driver_connection
            # aiosqlite's own way to run a call on its thread (``execute_fetchall`` is
            # one such call); it has no public one for several statements.
            chained: list[list[RawRow]] = await driver._execute(_sqlite_chain, driver, steps)  # type: ignore[union-attr]
            return chained
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    found: list[list[RawRow]] = []
    for sql, params in steps:
        if found and not found[0]:
            found.append([])  # nothing first: the rest are not read
        else:
            found.append(list(await driver.fetch(sql, *params)))  # type: ignore[union-attr]
    return found


def _sqlite_chain(driver: Any, steps: Sequence[tuple[str, list[Any]]]) -> list[list[RawRow]]:
    """On aiosqlite's thread: ``fetch_chain``'s statements on its sqlite3 connection."""
    found: list[list[RawRow]] = []
    for sql, params in steps:
        if found and not found[0]:
            found.append([])  # nothing first: the rest are not read
        else:
            found.append(driver._conn.execute(sql, params).fetchall())
    return found


class PerDialect:
    """A statement built once at import, compiled once per dialect on first use."""

    __slots__ = ("statement", "_compiled")

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._compiled: dict[str, Compiled] = {}

    def on(self, dialect: Dialect) -> Compiled:
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            compiled = self._compiled[dialect.name] = Compiled(self.statement, dialect)
        return compiled
