"""``GET /v1/events``: the signed-in user's live events as Server-Sent Events.

An open stream holds no database connection while it waits: the request's
session is closed once the caller is known, new events come from the
process's ``EventHub``, and only a stream resuming from further back than the
hub remembers reads the database, in short sessions.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from backend.api.deps import CurrentUser, SessionDep
from backend.api.problem_docs import Problem, problem_responses
from backend.api.stream_slots import StreamSlots
from backend.notify import events
from backend.notify.hub import EventHub, sse_text
from backend.ops.draining import Draining

router = APIRouter(tags=["events"])

BACKLOG_PAGE = 200
# When the service stops, streams end telling clients to come back after this
# many milliseconds, spread so that they do not all reconnect at the same moment.
SHUTDOWN_RETRY_MS = (1000, 5000)


def shutdown_retry_hint() -> str:
    return f"retry: {random.randint(*SHUTDOWN_RETRY_MS)}\n\n"


@router.get(
    "/events",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": (
                "Server-Sent Events: first where the stream starts (an `id:` alone, to "
                "resume from with Last-Event-ID), then the caller's live events, and "
                "heartbeats."
            ),
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
        **problem_responses(
            Problem(
                429,
                "too_many_streams",
                "This user has as many event streams open as allowed (EVENT_STREAMS_PER_USER).",
                retry_after=True,
            )
        ),
    },
)
async def stream(
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=20)] = None,
) -> StreamingResponse:
    viewer = events.Viewer.of(user)
    sessionmaker = request.app.state.sessionmaker
    hub: EventHub = request.app.state.hub
    slots: StreamSlots = request.app.state.stream_slots
    heartbeat: float = request.app.state.settings.event_heartbeat_seconds
    draining: Draining = request.app.state.draining

    slot = slots.take(viewer.id)
    try:
        reset = False
        if last_event_id is not None and last_event_id.isdigit():
            last = int(last_event_id)
            # Past the replay window, or a cursor the events do not reach: the client must
            # sync from scratch (from the newest event on).
            reset = not await events.can_resume_after(session, last)
            if reset:
                await hub.ready()
                last = hub.cursor
        else:
            await hub.ready()
            last = hub.cursor
    except BaseException:
        slot.release()
        raise
    finally:
        # The stream may stay open for hours: give the connection back now.
        await session.close()

    async def backlog(after: int) -> tuple[list[str], int, bool]:
        """This viewer's events after ``after`` from the database, in one short session."""
        async with sessionmaker() as short:
            rows = await events.after(short, viewer, after, limit=BACKLOG_PAGE)
            lines = [sse_text(row.id, row.type, row.data) for row in rows]
        return lines, rows[-1].id if rows else after, len(rows) == BACKLOG_PAGE

    async def body() -> AsyncIterator[str]:
        try:
            # Where this stream starts, as an id alone (no event): a client that keeps it
            # resumes from here next time, even if nothing happens meanwhile.
            yield f"retry: 3000\nid: {last}\n\n"
            if reset:
                yield 'event: stream.reset\ndata: {"type":"stream.reset"}\n\n'
            cursor = last
            # A client that leaves cancels this body (the server tells Starlette);
            # the check on each heartbeat is for servers that do not.
            while True:
                if draining.started:
                    # Shutting down: end the stream; the client resumes elsewhere
                    # (or here after the restart) with Last-Event-ID.
                    yield shutdown_retry_hint()
                    return
                seen = hub.generation
                kept = hub.since(viewer, cursor)
                if kept is None:
                    # Further back than the hub remembers: read the backlog.
                    read_up_to = hub.cursor
                    lines, cursor, more = await backlog(cursor)
                    if lines:
                        yield "".join(lines)
                    if not more:
                        cursor = max(cursor, read_up_to)
                    continue
                found, cursor = kept
                if found:  # one write for all of them
                    yield "".join(event.text for event in found)
                if not await hub.wait(seen, heartbeat):
                    if await request.is_disconnected():
                        return
                    yield ": heartbeat\n\n"
        finally:
            slot.release()

    return StreamingResponse(
        body(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        # Also when the body never started (the client left at once).
        background=BackgroundTask(slot.release),
    )
