"""A full service's Retry-After for the event stream is honoured (issue 24).

The service allows a user 10 open streams; the next one gets 429
``too_many_streams`` with Retry-After. The client must not knock again before
then, whatever its own back-off or a wake says, and must not claim to be
connected meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from desktop.api.client import ApiClient
from desktop.api.retry_after import retry_after_seconds
from desktop.services.backoff import Backoff
from desktop.services.live_events import LiveEvents
from tests.desktop.test_live_events import Recorder
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_until

RETRY_AFTER = 3  # seconds: EVENT_STREAMS_RETRY_AFTER of the service below
PER_USER = 10  # the service's default EVENT_STREAMS_PER_USER
# The service's access line (JSON): "message": "GET /v1/events 429"
REFUSED = '"GET /v1/events 429"'
EMAIL = "ava@northwind.example"


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 12, 5, 17, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds(" 7 ", now) == 7
    later = now + timedelta(seconds=90.2)
    assert retry_after_seconds("Sat, 05 Dec 2026 17:01:30 GMT", now) == 90
    assert retry_after_seconds(later.strftime("%a, %d %b %Y %H:%M:%S GMT"), now) == 90
    assert retry_after_seconds("Sat, 05 Dec 2026 16:00:00 GMT", now) == 0  # past: now
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds("-5", now) is None
    assert retry_after_seconds(None, now) is None


def _refusals(server: RunningServer) -> int:
    """Stream requests the service answered 429, from its access log."""
    return server.log().count(REFUSED)


async def test_a_full_service_is_tried_again_only_after_retry_after(tmp_path: Path) -> None:
    with (
        sqlite_database(tmp_path) as url,
        running_server(
            url,
            tmp_path,
            EVENT_STREAMS_RETRY_AFTER=str(RETRY_AFTER),
            # A closed stream's place is free by its next heartbeat at the latest.
            EVENT_HEARTBEAT_SECONDS="0.5",
        ) as server,
    ):
        async with httpx.AsyncClient(
            base_url=f"{server.url}/v1", timeout=httpx.Timeout(10.0, read=None)
        ) as raw:
            signed = await raw.post(
                "/auth/token", json={"email": EMAIL, "password": "demo-password"}
            )
            token = signed.json()["access_token"]
            headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
            async with contextlib.AsyncExitStack() as held:
                # Ava's other devices hold every stream she may have.
                streams = [
                    await held.enter_async_context(raw.stream("GET", "/events", headers=headers))
                    for _ in range(PER_USER)
                ]
                assert [s.status_code for s in streams] == [200] * PER_USER
                assert _refusals(server) == 0

                client = ApiClient(server.url)
                await client.sign_in(EMAIL, "demo-password")
                recorder = Recorder()
                # Its own back-off alone would knock again within a fifth of a second.
                live = LiveEvents(client, recorder, backoff=Backoff(first=0.1, cap=0.2))
                task = asyncio.ensure_future(live.run())
                try:
                    await wait_until(lambda: _refusals(server) == 1, what="the first 429")
                    refused_at = time.monotonic()
                    await asyncio.sleep(1)
                    live.wake()  # "the network is back" does not cut the service's wait
                    await asyncio.sleep(RETRY_AFTER - 1.4)
                    assert _refusals(server) == 1, "tried again before Retry-After"
                    assert recorder.states == [False] and not live.connected
                    await wait_until(
                        lambda: _refusals(server) == 2, timeout=10, what="the second try"
                    )
                    assert time.monotonic() - refused_at >= RETRY_AFTER - 0.2
                    assert recorder.states == [False]  # never "connected" while refused
                    # One of the other devices leaves: the client gets its place.
                    await streams[0].aclose()
                    await wait_until(
                        lambda: live.connected,
                        timeout=3 * RETRY_AFTER + 5,
                        what=lambda: f"connected; {_refusals(server)} refusals",
                    )
                    assert recorder.states == [False, True]
                finally:
                    task.cancel()
                    await asyncio.gather(task, return_exceptions=True)
                    await client.aclose()
