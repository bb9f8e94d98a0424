"""``GET /v1/events``: the signed-in user's live events as Server-Sent Events."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse

from backend.api.deps import CurrentUser
from backend.db.models import Event
from backend.notify import events

router = APIRouter(tags=["events"])


def _format(row: Event) -> str:
    data = json.dumps({"type": row.type, **row.data}, ensure_ascii=False, separators=(",", ":"))
    return f"id: {row.id}\nevent: {row.type}\ndata: {data}\n\n"


@router.get("/events", response_class=StreamingResponse)
async def stream(
    request: Request,
    user: CurrentUser,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=20)] = None,
) -> StreamingResponse:
    viewer = events.Viewer.of(user)
    sessionmaker = request.app.state.sessionmaker
    bus: events.EventBus = request.app.state.bus
    heartbeat: float = request.app.state.settings.event_heartbeat_seconds

    async def body() -> AsyncIterator[str]:
        yield "retry: 3000\n\n"
        async with sessionmaker() as session:
            if last_event_id is not None and last_event_id.isdigit():
                last = int(last_event_id)
                if last + 1 < await events.oldest_kept_id(session):
                    # Past the replay window: the client must sync from scratch.
                    yield 'event: stream.reset\ndata: {"type":"stream.reset"}\n\n'
            else:
                last = await events.newest_id(session)
        while not await request.is_disconnected():
            seen = bus.generation
            async with sessionmaker() as session:
                rows = await events.after(session, viewer, last)
            for row in rows:
                yield _format(row)
                last = row.id
            if rows:
                continue
            if not await bus.wait(seen, heartbeat):
                yield ": heartbeat\n\n"

    return StreamingResponse(
        body(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
