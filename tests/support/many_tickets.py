"""Many tickets in the service's database at once, for first syncs of a big team.

Written with the service's own models straight into its database: thousands of
tickets through the API would take minutes. The service need not run meanwhile.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta


async def add_tickets_for(url: str, email: str, count: int, *, first_number: int = 200_000) -> None:
    """``count`` open Dropbox requests submitted by ``email``, updated a minute apart."""
    from sqlalchemy import insert, select

    from backend.config import Settings
    from backend.db import rollups
    from backend.db.models import Ticket, User
    from backend.db.session import make_engine, make_sessionmaker

    engine = make_engine(Settings(database_url=url))
    now = datetime.now(UTC)
    async with make_sessionmaker(engine)() as session:
        user = (await session.execute(select(User).where(User.email == email))).scalar_one()
        rows = [
            {
                "id": f"tkt_{uuid.uuid4().hex}",
                "team_id": user.team_id,
                "number": first_number + n,
                "subject": f"Sync bench ticket {n}",
                "status": "open",
                "product": "dropbox",
                "channel": "request",
                "premium": True,
                "category": "sync",
                "language": "en",
                "submitter_id": user.id,
                "created_at": now - timedelta(minutes=n + 60),
                "updated_at": now - timedelta(minutes=n),
                "response_target_minutes": 60,
                "first_response_due_at": now - timedelta(minutes=n),
                "first_responded_at": None,
                "solved_at": None,
            }
            for n in range(count)
        ]
        for start in range(0, count, 5000):
            await session.execute(insert(Ticket), rows[start : start + 5000])
        # A bulk insert bypasses the unit of work that keeps insights' rollups.
        team_id = user.team_id
        await session.run_sync(lambda sync: rollups.rebuild(sync.connection(), team_id))
        await session.commit()
    await engine.dispose()
