"""SQLite: the list's first page of the caller's own tickets is read on the event loop's
thread; searches and filtered pages on aiosqlite's (issue 22, seventh round).

Which thread runs a statement is read from SQLite itself: a trace callback on each of
the pool's connections notes the thread of every statement it runs.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine

from backend.config import Settings
from backend.db.models import User
from backend.db.queries import ticket_reads
from backend.db.queries.tickets import TicketFilter
from backend.db.session import make_engine, make_sessionmaker
from backend.domain.tickets import Cursor
from tests.support.server import run_cli

EMAIL = "ava@northwind.example"


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[tuple[AsyncEngine, list[tuple[str, int]]]]:
    url = f"sqlite:///{tmp_path / 'short.db'}"
    assert run_cli(url, "migrate").returncode == 0
    assert run_cli(url, "seed-demo").returncode == 0
    made = make_engine(Settings(database_url=url))
    seen: list[tuple[str, int]] = []

    def traced(dbapi: object, _record: object) -> None:
        sqlite3_connection = dbapi.driver_connection._conn  # type: ignore[attr-defined]
        sqlite3_connection.set_trace_callback(lambda sql: seen.append((sql, threading.get_ident())))

    event.listen(made.sync_engine, "connect", traced)
    try:
        yield made, seen
    finally:
        await made.dispose()


async def _threads(
    engine: AsyncEngine, seen: list[tuple[str, int]], flt: TicketFilter, cursor: Cursor | None
) -> set[int]:
    """The threads that ran the page's select of tickets."""
    async with make_sessionmaker(engine)() as session:
        viewer = (await session.execute(select(User).where(User.email == EMAIL))).scalar_one()
        seen.clear()
        rows, _ = await ticket_reads.summary_page(session, viewer, flt, cursor, 2)
        assert rows
    return {thread for sql, thread in seen if "FROM ticket JOIN user_account" in sql}


async def test_the_first_page_of_ones_own_tickets_is_read_on_the_loop_thread(
    engine: tuple[AsyncEngine, list[tuple[str, int]]],
) -> None:
    made, seen = engine
    loop_thread = threading.get_ident()
    assert await _threads(made, seen, TicketFilter(scope="mine"), None) == {loop_thread}


async def test_searches_filters_and_later_pages_are_read_on_aiosqlites_thread(
    engine: tuple[AsyncEngine, list[tuple[str, int]]],
) -> None:
    made, seen = engine
    loop_thread = threading.get_ident()
    first = await _first_page(made)
    for flt, cursor in (
        (TicketFilter(scope="team"), None),
        (TicketFilter(scope="mine", status="open"), None),
        (TicketFilter(scope="mine", q="sync"), None),
        (TicketFilter(scope="mine"), first),
    ):
        threads = await _threads(made, seen, flt, cursor)
        assert threads and loop_thread not in threads, (flt, cursor)


async def _first_page(engine: AsyncEngine) -> Cursor:
    async with make_sessionmaker(engine)() as session:
        viewer = (await session.execute(select(User).where(User.email == EMAIL))).scalar_one()
        _, cursor = await ticket_reads.summary_page(
            session, viewer, TicketFilter(scope="mine"), None, 1
        )
    assert cursor is not None
    return cursor
