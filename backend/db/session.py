"""The async engine and sessions."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry, PoolResetState

from backend.config import Settings
from backend.db.rollup_hooks import follow_ticket_writes
from textfold import fold

# Every session of the service keeps insights' rollups with the tickets it writes.
follow_ticket_writes()


# Up to 15 connections a pool, each kept once opened. SQLAlchemy's default (5 kept,
# 10 more for bursts) closed a burst connection as it went back whenever 5 were idle:
# under 32 concurrent requests a new connection every few requests, each a new
# PostgreSQL backend (a fork, authentication, asyncpg's type set-up) or a new aiosqlite
# thread with its pragmas. The most a process opens is unchanged (docs/operator-guide.md).
POOL = {"pool_size": 15, "max_overflow": 0}


def make_engine(settings: Settings) -> AsyncEngine:
    if not settings.is_sqlite:
        return _ping_when_idle(create_async_engine(settings.async_database_url, **POOL))
    # The pool's reset (a rollback as a connection goes back) in _sqlite_reset instead.
    engine = create_async_engine(
        settings.async_database_url,
        pool_reset_on_return=None,
        # The short reads of backend.db.raw run on the event loop's thread, with the
        # connection aiosqlite's thread made (never both at once: a connection checked out
        # of the pool is one request's).
        connect_args={"check_same_thread": False},
        **POOL,
    )
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    event.listen(engine.sync_engine, "reset", _sqlite_reset)
    return engine


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # WAL lets readers go on while a write commits; foreign keys are off by default.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    # The search index's triggers and queries fold text with it (migration 0019): every
    # connection of every writer (service, CLI, seeder, migrations) comes through here.
    # Deterministic: SQLite may then use it in indexes and compute it once per value.
    dbapi_conn.create_function("search_fold", 1, _search_fold, deterministic=True)


def _search_fold(text: str | None) -> str | None:
    return None if text is None else fold(str(text))


def _sqlite_reset(
    dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry, reset_state: PoolResetState
) -> None:
    # The pool's rollback, only when a transaction is open: each rollback is a hop to
    # aiosqlite's thread and back, and a connection used only for reads
    # (backend.db.raw) has none open (pysqlite opens none for a SELECT).
    if reset_state.terminate_only:
        return
    if dbapi_conn.driver_connection.in_transaction:
        dbapi_conn.rollback()


def make_sessionmaker(
    engine: AsyncEngine, sync_session_class: type[Session] = Session
) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, sync_session_class=sync_session_class)


def make_read_engine(settings: Settings) -> AsyncEngine | None:
    """On PostgreSQL, an engine whose connections are always in autocommit mode; None on SQLite.

    Under PostgreSQL's READ COMMITTED every statement sees its own snapshot,
    inside a transaction or not, so a read-only request loses nothing in
    autocommit mode and saves BEGIN and ROLLBACK. A pool of its own rather than
    ``execution_options(isolation_level=...)`` on the shared one: there the
    pool's pre-ping ran before the mode was set, in a transaction of its own
    (BEGIN, the ping, ROLLBACK: three round trips of a list page's four); here
    the ping is one, and only after an idle spell (``_ping_when_idle``). SQLite
    (pysqlite) opens no transaction for a SELECT anyway: there the usual sessions serve.
    """
    if settings.is_sqlite:
        return None
    return _ping_when_idle(
        create_async_engine(settings.async_database_url, isolation_level="AUTOCOMMIT", **POOL)
    )


# A connection back from the pool within this long of its last use is not pinged.
PING_AFTER_IDLE_SECONDS = 2.0


def _ping_when_idle(engine: AsyncEngine) -> AsyncEngine:
    """PostgreSQL: SQLAlchemy's pre-ping, kept for the connections that need it.

    ``pool_pre_ping`` cost every request one round trip before its first query
    (three on the usual engine: BEGIN, the ping, ROLLBACK): half of a list page's.
    A connection the server or the network closed is still never handed out: one
    asyncpg saw close (a restart or ``pg_terminate_backend`` ends it with a
    message and an end of stream, which the event loop reads while it waits in the
    pool) is replaced without a round trip, and one idle for longer than
    ``PING_AFTER_IDLE_SECONDS`` (a connection cut silently) is pinged as before. A
    failure while a connection is in use invalidates the pool as before.
    """

    def checked_in(_dbapi: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        record.info["idle_since"] = time.monotonic()

    def checked_out(dbapi: DBAPIConnection, record: ConnectionPoolEntry, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None:
            return  # just connected (the record's info is emptied when it reconnects)
        if dbapi.driver_connection.is_closed():
            raise exc.DisconnectionError("closed while in the pool")
        if time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        dialect = engine.dialect
        try:
            dialect.do_ping(dbapi)
        except dialect.loaded_dbapi.Error as error:
            if dialect.is_disconnect(error, dbapi, None):
                raise exc.InvalidatePoolError() from error
            raise

    event.listen(engine.sync_engine, "checkin", checked_in)
    event.listen(engine.sync_engine, "checkout", checked_out)
    return engine


def make_read_sessionmaker(
    read_engine: AsyncEngine | None, sessionmaker: async_sessionmaker[AsyncSession]
) -> async_sessionmaker[AsyncSession]:
    """Sessions for requests that only read (``make_read_engine``'s, else the usual)."""
    if read_engine is None:
        return sessionmaker
    return make_sessionmaker(read_engine)
