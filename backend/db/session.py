"""The async engine and sessions."""

from __future__ import annotations

from sqlalchemy import event
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
        return create_async_engine(settings.async_database_url, pool_pre_ping=True, **POOL)
    # The pool's reset (a rollback as a connection goes back) in _sqlite_reset instead.
    engine = create_async_engine(settings.async_database_url, pool_reset_on_return=None, **POOL)
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
    the ping is one. SQLite (pysqlite) opens no transaction for a SELECT anyway:
    there the usual sessions serve.
    """
    if settings.is_sqlite:
        return None
    return create_async_engine(
        settings.async_database_url, pool_pre_ping=True, isolation_level="AUTOCOMMIT", **POOL
    )


def make_read_sessionmaker(
    read_engine: AsyncEngine | None, sessionmaker: async_sessionmaker[AsyncSession]
) -> async_sessionmaker[AsyncSession]:
    """Sessions for requests that only read (``make_read_engine``'s, else the usual)."""
    if read_engine is None:
        return sessionmaker
    return make_sessionmaker(read_engine)
