"""The local store lists the late first responses as the service's insights count them
(R20): a drill-down from "late" holds the tickets behind the number.

A ticket solved before support wrote is late only if it was solved after its response
was due (docs/rules.md, "In time"); it used to be listed as late once the due time
passed, though insights no longer count it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.store.account import AccountStore
from desktop.store.tickets import TicketQuery, store_time
from tests.desktop.test_local_store import NOW, ticket

DUE = NOW - timedelta(hours=2)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AccountStore]:
    opened = await AccountStore.open(tmp_path / "store.sqlite3")
    yield opened
    await opened.close()


async def test_late_first_responses_are_the_services_late_ones(store: AccountStore) -> None:
    await store.tickets.save(
        [
            ticket(1, first_response_due_at=DUE, first_responded_at=DUE - timedelta(minutes=5)),
            ticket(2, first_response_due_at=DUE, first_responded_at=DUE + timedelta(minutes=5)),
            ticket(3, first_response_due_at=DUE),  # unanswered, overdue now
            ticket(4, first_response_due_at=NOW + timedelta(hours=1)),  # not due yet
            ticket(
                5,
                status="solved",
                first_response_due_at=DUE,
                solved_at=DUE - timedelta(minutes=30),
            ),
            ticket(
                6,
                status="solved",
                first_response_due_at=DUE,
                solved_at=DUE + timedelta(minutes=30),
            ),
        ]
    )

    def numbers(response: str) -> list[int]:
        filters = {"response": response, "now": store_time(NOW)}
        found, _ = store.tickets.page(TicketQuery.of("usr_ava", "mine", filters), None, 50)
        return sorted(t.number for t in found)

    assert numbers("met") == [1]
    # Answered late, unanswered and overdue, solved unanswered after the due time: not
    # the one solved before it.
    assert numbers("breached") == [2, 3, 6]
