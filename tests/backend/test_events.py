"""Live events over SSE: delivered per user, resumable, and across processes on PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.support.databases import postgres_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import sync_request


async def _events(
    api: httpx.AsyncClient, headers: dict[str, str], want: int, last_id: str | None = None
) -> list[dict[str, object]]:
    """Read ``want`` events from the stream (with their ids).

    A plain blocking client on a worker thread reads the endless stream: httpx's
    async stream generators, abandoned mid-stream, upset the test loop.
    """
    request_headers = headers | ({"Last-Event-ID": last_id} if last_id else {})
    url = str(api.base_url.join("events"))
    return await asyncio.to_thread(_read_events, url, request_headers, want)


def _read_events(url: str, headers: dict[str, str], want: int) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    with httpx.stream("GET", url, headers=headers, timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        current: dict[str, object] = {}
        for line in response.iter_lines():
            if line.startswith("id: "):
                current["id"] = line[4:]
            elif line.startswith("data: "):
                current.update(json.loads(line[6:]))
            elif line == "" and "type" in current:
                found.append(current)
                current = {}
                if len(found) >= want:
                    break
    return found


def _ticket(subject: str) -> dict[str, object]:
    return sync_request(subject=subject, body="Help")


async def _listen_then(stream: object, action: object) -> list[dict[str, object]]:
    task = asyncio.create_task(stream)  # type: ignore[arg-type]
    await asyncio.sleep(0.5)  # the stream is open before the change happens
    await action()  # type: ignore[operator]
    return await asyncio.wait_for(task, 20)


async def test_admins_hear_of_team_changes_members_only_of_their_own(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    liam = await sign_in(api, "liam@northwind.example")

    async def create() -> None:
        response = await api.post("/tickets", json=_ticket("Heard live"), headers=noah)
        assert response.status_code == 201

    heard = await _listen_then(_events(api, ava, 1), create)
    assert heard[0]["type"] == "ticket.created" and heard[0]["ticket_id"]
    assert int(str(heard[0]["id"])) > 0

    # Liam (a member) does not hear of Noah's ticket, only of his own request.
    async def liam_asks() -> None:
        await api.post("/tickets", json=_ticket("Not for Liam"), headers=noah)
        await api.post(
            "/help/requests",
            json={"product": "dropbox", "category": "sync", "subject": "Liam's", "body": "x"},
            headers=liam,
        )

    liams = await _listen_then(_events(api, liam, 1), liam_asks)
    assert liams[0]["type"] == "ticket.created"
    mine = (await api.get(f"/tickets/{liams[0]['ticket_id']}", headers=liam)).json()
    assert mine["subject"] == "Liam's"


async def test_last_event_id_resumes_where_it_stopped(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    async def create() -> None:
        await api.post("/tickets", json=_ticket("Before the gap"), headers=ava)

    first = await _listen_then(_events(api, ava, 1), create)
    # While nobody listens, two more changes happen.
    created = (await api.post("/tickets", json=_ticket("In the gap"), headers=ava)).json()
    await api.patch(f"/tickets/{created['id']}", json={"status": "solved"}, headers=ava)
    missed = await asyncio.wait_for(_events(api, ava, 2, last_id=str(first[0]["id"])), 20)
    assert [e["type"] for e in missed] == ["ticket.created", "ticket.updated"]
    assert missed[1]["status"] == "solved"


async def test_a_cursor_past_the_newest_event_is_told_to_sync_again(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    """A client keeps its cursor across restarts: one the service's events do not reach
    (a database restored from a backup, ids started again) would skip the next events as
    seen. It is told to sync from scratch, then hears what happens next."""

    async def create() -> None:
        await api.post("/tickets", json=_ticket("Sets a cursor"), headers=ava)

    first = await _listen_then(_events(api, ava, 1), create)
    ahead = str(int(str(first[0]["id"])) + 1000)

    async def create_again() -> None:
        await api.post("/tickets", json=_ticket("After the reset"), headers=ava)

    told = await _listen_then(_events(api, ava, 2, last_id=ahead), create_again)
    assert [e["type"] for e in told] == ["stream.reset", "ticket.created"]
    assert int(str(told[1]["id"])) == int(str(first[0]["id"])) + 1
    # A cursor the events reach resumes as before, with no reset.
    again = await asyncio.wait_for(_events(api, ava, 1, last_id=str(first[0]["id"])), 20)
    assert again[0]["type"] == "ticket.created" and again[0]["id"] == told[1]["id"]


@pytest.fixture
async def two_processes(tmp_path: Path) -> AsyncIterator[tuple[RunningServer, RunningServer]]:
    with (
        postgres_database() as url,
        running_server(url, tmp_path) as first,
        running_server(url, tmp_path, seed=False, EVENT_HEARTBEAT_SECONDS="1") as second,
    ):
        yield first, second


@pytest.mark.postgres
async def test_an_event_from_one_process_reaches_streams_of_another(
    two_processes: tuple[RunningServer, RunningServer],
) -> None:
    first, second = two_processes
    async with (
        httpx.AsyncClient(base_url=f"{first.url}/v1") as one,
        httpx.AsyncClient(base_url=f"{second.url}/v1") as other,
    ):
        ava_on_second = await sign_in(other, "ava@northwind.example")
        noah_on_first = await sign_in(one, "noah@northwind.example")

        async def create_on_first() -> None:
            await one.post("/tickets", json=_ticket("Across processes"), headers=noah_on_first)

        started = asyncio.get_running_loop().time()
        heard = await _listen_then(_events(other, ava_on_second, 1), create_on_first)
        assert heard[0]["type"] == "ticket.created"
        # Woken by NOTIFY, not found by a later poll: well under a heartbeat's wait.
        assert asyncio.get_running_loop().time() - started < 5
