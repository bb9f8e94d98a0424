"""What a team's insight rollups hold, read from their tables: to compare before and
after a rebuild, a migration or concurrent writes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import rollups


async def rollup_rows(session: AsyncSession, team_id: str) -> set[tuple[Any, ...]]:
    """The team's rollup rows that count something (a row may drop back to zeros)."""
    rows: set[tuple[Any, ...]] = set()
    for table in rollups.TABLES:
        counts = [c for c in table.columns if not c.primary_key]
        found = await session.execute(select(table).where(table.c.team_id == team_id))
        rows |= {
            (table.name, *row) for row in found.all() if any(row._mapping[c.name] for c in counts)
        }
    return rows
