"""PostgreSQL: a list page looked up by its rows' versions (issue 22, seventh round).

When every item of a page is kept encoded, the list reads each row's id, updated_at and
versions (``xmin`` of the ticket and of its submitter) instead of its seventeen columns
(``ticket_reads.version_page``, ``ticket_json.kept_page``). These run the list as the
service does on a real database and change rows behind its back, in ways that leave
``updated_at`` as it was: the page read by versions must be the page read whole, and a
changed row must never come from what was kept.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from backend.api import ticket_json, tickets
from backend.config import Settings
from backend.db.models import User
from backend.db.queries import ticket_reads
from backend.db.queries.tickets import TicketFilter
from backend.db.session import make_read_engine, make_sessionmaker
from tests.support.many_tickets import add_tickets_for

pytestmark = pytest.mark.postgres

EMAIL = "ava@northwind.example"


@pytest.fixture
async def engine(demo_postgres: str) -> AsyncIterator[AsyncEngine]:
    made = make_read_engine(Settings(database_url=demo_postgres))
    assert made is not None
    ticket_json.configure(1_000)
    try:
        yield made
    finally:
        ticket_json.configure(ticket_json.DEFAULT_ITEM_CACHE)
        await made.dispose()


async def _pages(engine: AsyncEngine, query: tickets.ListQuery) -> tuple[bytes, bytes | None]:
    """The page as the service answers it, and as looked up by versions alone just before
    (None: not every item kept then)."""
    now = datetime.now(UTC)
    async with make_sessionmaker(engine)() as session:
        viewer = (await session.execute(select(User).where(User.email == EMAIL))).scalar_one()
        flt = TicketFilter(scope=query.scope, status=query.status)
        versions, next_cursor = await ticket_reads.version_page(
            session, viewer, flt, None, query.limit
        )
        looked_up = ticket_json.kept_page(
            versions, next_cursor.encode() if next_cursor else None, now
        )
        page = await tickets.list_page(session, viewer, now, query)
    return page, looked_up


async def _fresh(engine: AsyncEngine, query: tickets.ListQuery) -> bytes:
    """The page with no items kept: every item encoded from its row (what was kept stays)."""
    kept = ticket_json._kept
    ticket_json.configure(0)
    try:
        page, _ = await _pages(engine, query)
    finally:
        ticket_json._kept = kept
    return page


async def _change(engine: AsyncEngine, sql: str, **values: object) -> None:
    async with engine.connect() as connection:
        await connection.execute(text(sql), values)


async def test_a_page_by_versions_is_the_page_and_never_a_changed_row(
    demo_postgres: str, engine: AsyncEngine
) -> None:
    await add_tickets_for(demo_postgres, EMAIL, 60)  # more than a page of 50: a next cursor
    query = tickets.ListQuery(limit=50)
    first, looked_up = await _pages(engine, query)
    assert looked_up is None  # nothing kept yet
    assert first == await _fresh(engine, query)
    page, looked_up = await _pages(engine, query)
    assert looked_up == page == first  # every item kept: the same bytes, cursor included

    newest = _items(first)[0]
    # A column changed with updated_at left as it was (an operator's fix in the database).
    await _change(
        engine,
        "UPDATE ticket SET subject = 'Fixed by hand' WHERE id = :id",
        id=newest["id"],
    )
    page, looked_up = await _pages(engine, query)
    assert looked_up is None  # its version is new: the page is read whole
    assert _items(page)[0]["subject"] == "Fixed by hand"
    assert _items(page)[0]["updated_at"] == newest["updated_at"]
    assert page == await _fresh(engine, query)
    again, looked_up = await _pages(engine, query)
    assert looked_up == again == page  # kept again, as it is now

    # The submitter's name: another table's row.
    await _change(engine, "UPDATE user_account SET name = 'Ava Hand' WHERE email = :e", e=EMAIL)
    page, looked_up = await _pages(engine, query)
    assert looked_up is None
    assert {item["submitter"]["name"] for item in _items(page)} == {"Ava Hand"}
    assert page == await _fresh(engine, query)

    # Written to with the very same values: a new version, read whole, the same bytes.
    await _change(engine, "UPDATE ticket SET status = status WHERE id = :id", id=newest["id"])
    page, looked_up = await _pages(engine, query)
    assert looked_up is None and page == await _fresh(engine, query)


def _items(page: bytes) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(page)["items"]
    return items
