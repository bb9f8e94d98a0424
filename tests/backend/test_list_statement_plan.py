"""PostgreSQL plans the list page's statement once per connection (issue 22, seventh round).

asyncpg prepares each statement once per connection; PostgreSQL then plans it anew on
every execution unless its generic plan is reckoned no dearer than a fresh one. With
the page's LIMIT bound as a parameter it reckoned on a tenth of the viewer's tickets
and planned every list request again (~0.15 ms of the database's time a page, measured
in bench/README.md). The limit is now written into the statement.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from backend.config import Settings
from backend.db.models import User
from backend.db.queries import ticket_reads
from backend.db.queries.tickets import TicketFilter
from backend.db.session import make_read_engine, make_sessionmaker
from tests.support.many_tickets import add_tickets_for

pytestmark = pytest.mark.postgres

EMAIL = "ava@northwind.example"


async def test_the_list_page_is_planned_once_not_per_request(demo_postgres: str) -> None:
    # A team whose tickets come from several people, as in bench_service.py, and enough
    # of the viewer's that a tenth of them is more than a page.
    for n, email in enumerate((EMAIL, "noah@northwind.example", "liam@northwind.example")):
        await add_tickets_for(demo_postgres, email, 1500, first_number=200_000 + 10_000 * n)
    engine = make_read_engine(Settings(database_url=demo_postgres))
    assert engine is not None
    try:
        async with engine.connect() as connection:
            await connection.execute(text("ANALYZE ticket"))
        async with make_sessionmaker(engine)() as session:
            viewer = (await session.execute(select(User).where(User.email == EMAIL))).scalar_one()
            for limit in (50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 3):
                rows, _ = await ticket_reads.summary_page(
                    session, viewer, TicketFilter(scope="mine"), None, limit
                )
                assert len(rows) == limit
            # On the session's connection: asyncpg's statements are that connection's.
            plans = (
                await session.execute(
                    text(
                        "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                        "WHERE statement LIKE '%FROM ticket JOIN user_account AS submitter%' "
                        "AND statement NOT LIKE '%pg_prepared_statements%'"  # this one
                    )
                )
            ).all()
    finally:
        await engine.dispose()
    # The page of 50, run ten times, planned once for all: PostgreSQL tries a fresh plan
    # for the first five runs before it settles on the generic one.
    runs = sorted((p.generic_plans + p.custom_plans, p.generic_plans) for p in plans)
    assert runs[-1][1] == 5, plans
    # A statement per limit (the page of 3 ran once).
    assert [total for total, _ in runs] == [1, 10]
