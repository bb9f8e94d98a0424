"""PostgreSQL pools ping only what may be dead (backend/db/session.py, ``_ping_when_idle``).

``pool_pre_ping`` cost every request a round trip; now a connection back from
the pool is pinged only after an idle spell, and one the server closed is
replaced without one. Either way no request may be handed a dead connection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from backend.config import Settings
from backend.db import session as db_session
from backend.db.session import make_engine, make_read_engine
from tests.support.databases import pg_admin, postgres_database

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with postgres_database() as made:
        yield made


def _engines(url: str) -> list[AsyncEngine]:
    settings = Settings(database_url=url)
    read_engine = make_read_engine(settings)
    assert read_engine is not None
    return [make_engine(settings), read_engine]


async def _backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        pid: int = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    return pid


async def test_a_connection_in_use_again_at_once_is_the_same_one(url: str) -> None:
    for engine in _engines(url):
        try:
            first = await _backend_pid(engine)
            assert await _backend_pid(engine) == first
        finally:
            await engine.dispose()


async def test_a_connection_the_server_ended_in_the_pool_is_replaced(url: str) -> None:
    for engine in _engines(url):
        try:
            first = await _backend_pid(engine)
            # As a restart or an operator's pg_terminate_backend ends it, while it waits
            # in the pool and well within the idle spell that would have it pinged.
            pg_admin(f"SELECT pg_terminate_backend({first})")
            await asyncio.sleep(0.2)  # the event loop reads the server's goodbye
            second = await _backend_pid(engine)  # no error: a new connection
            assert second != first
        finally:
            await engine.dispose()


async def test_a_connection_idle_for_a_while_is_pinged_and_replaced_if_dead(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every connection counts as idle long enough to be pinged.
    monkeypatch.setattr(db_session, "PING_AFTER_IDLE_SECONDS", 0.0)
    for engine in _engines(url):
        try:
            first = await _backend_pid(engine)
            # Ended while this loop is held (pg_admin waits on a thread of its own): the
            # server's goodbye is not read yet, so only the ping can tell.
            pg_admin(f"SELECT pg_terminate_backend({first})")
            second = await _backend_pid(engine)
            assert second != first
        finally:
            await engine.dispose()
