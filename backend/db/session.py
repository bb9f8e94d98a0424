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
from sqlalchemy.pool import ConnectionPoolEntry

from backend.config import Settings
from backend.db.rollup_hooks import follow_ticket_writes

# Every session of the service keeps insights' rollups with the tickets it writes.
follow_ticket_writes()


def make_engine(settings: Settings) -> AsyncEngine:
    engine = create_async_engine(settings.async_database_url, pool_pre_ping=not settings.is_sqlite)
    if settings.is_sqlite:
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # WAL lets readers go on while a write commits; foreign keys are off by default.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_sessionmaker(
    engine: AsyncEngine, sync_session_class: type[Session] = Session
) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, sync_session_class=sync_session_class)


def make_read_sessionmaker(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> async_sessionmaker[AsyncSession]:
    """Sessions for requests that only read: on PostgreSQL without BEGIN and ROLLBACK.

    Under PostgreSQL's READ COMMITTED every statement sees its own snapshot,
    inside a transaction or not, so a read-only request loses nothing in
    autocommit mode and saves two of its round trips (a list page had four:
    the pool's ping, BEGIN, the query, ROLLBACK). SQLite (pysqlite) opens no
    transaction for a SELECT anyway, and switching its mode would cost a
    thread hop each way: there the usual sessions serve.
    """
    if engine.dialect.name != "postgresql":
        return sessionmaker
    return make_sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"))
