"""The ticket page's one statement sets up few subplans (issue 22, session 28).

PostgreSQL sets up every node of a statement's plan on each execution, subplans included,
whatever the ticket holds: the page's seventeen sub-selects (an object each, an array each
with their joins) cost it about as much as the ticket's own row, for a ticket with no
thread (bench/README.md, session 27). The objects are now rows pulled up into their
queries and the thread one aggregate over one union (``page_json.py``); what the page
answers is checked byte for byte in test_lean_reads.py, its cost measured in
bench/bench_ticket_statement.py.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest

from backend.db.queries import page_json

pytestmark = pytest.mark.postgres


def _nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    found, pending = [], [plan]
    while pending:
        node = pending.pop()
        found.append(node)
        pending.extend(node.get("Plans", ()))
    return found


async def test_the_ticket_page_is_one_plan_with_few_subplans(demo_postgres: str) -> None:
    connection = await asyncpg.connect(demo_postgres)
    try:
        ticket_id, viewer_id, team_id = await connection.fetchrow(
            "SELECT t.id, t.submitter_id, t.team_id FROM ticket AS t ORDER BY t.number LIMIT 1"
        )
        # The plan the service's connections settle on after five runs: the generic one.
        await connection.execute("SET plan_cache_mode = force_generic_plan")
        plan = json.loads(
            await connection.fetchval(
                f"EXPLAIN (FORMAT JSON) {page_json._TICKET}",
                ticket_id,
                viewer_id,
                datetime.now(UTC),
                team_id,
                True,
            )
        )[0]["Plan"]
    finally:
        await connection.close()
    parts = [node.get("Subplan Name", "") for node in _nodes(plan)]
    # Left: a message's attachments, a waiting chat's place in the queue, who added a
    # follower; each runs only for such a row. There were 12 subplans and 5 initplans.
    assert sum(part.startswith("SubPlan") for part in parts) <= 3, parts
    assert not any(part.startswith("InitPlan") for part in parts), parts
