"""Open event streams hold no database connection, and one user cannot open them all.

Only correctness is asserted here; the list page's latency with the streams
open is measured by bench/bench_event_streams.py.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from tests.support.databases import postgres_database, sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.sse_crowd import OpenStream, allow_open_files, open_stream
from tests.support.tickets import sync_request

CROWD = {"sqlite": 200, "postgres": 1000}
OPENING_AT_ONCE = 100


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def crowd_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[RunningServer, int]]:
    streams = CROWD[request.param]
    allow_open_files(2 * streams + 512)
    directory = tmp_path_factory.mktemp(f"crowd-{request.param}")
    databases = postgres_database() if request.param == "postgres" else sqlite_database(directory)
    # PostgreSQL with two workers: the event reaches the other one's streams by NOTIFY.
    workers = ("--workers", "2") if request.param == "postgres" else ()
    # One user opens them all here: the per-user limit is tested on its own below.
    with (
        databases as url,
        running_server(
            url, directory, serve_args=workers, EVENT_STREAMS_PER_USER=str(streams)
        ) as server,
    ):
        yield server, streams


def _token(server: RunningServer, email: str) -> str:
    response = httpx.post(
        f"{server.url}/v1/auth/token", json={"email": email, "password": "demo-password"}
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _ticket(subject: str) -> dict[str, object]:
    return sync_request(subject=subject, body="Help")


async def _crowd_scenario(server: RunningServer, token: str, count: int) -> dict[str, object]:
    address = urlsplit(server.url)
    host, port = address.hostname or "127.0.0.1", address.port or 80
    gate = asyncio.Semaphore(OPENING_AT_ONCE)

    async def one() -> OpenStream:
        async with gate:
            return await open_stream(host, port, token, timeout=60)

    streams = await asyncio.gather(*(one() for _ in range(count)))
    try:
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=30) as api:
            pages = [
                (await api.get("/tickets", params={"limit": 50}, headers=headers)).status_code
                for _ in range(5)
            ]
            created = await api.post("/tickets", json=_ticket("Heard by all"), headers=headers)
        heard = await asyncio.gather(*(s.next_data(timeout=60) for s in streams))
    finally:
        await asyncio.gather(*(s.close() for s in streams))
    return {
        "opened": [s.status for s in streams],
        "pages": pages,
        "created": created.json()["id"] if created.status_code == 201 else created.text,
        "heard": [json.loads(data) for data in heard],
    }


async def test_a_crowd_of_streams_hears_an_event_while_the_list_page_answers(
    crowd_server: tuple[RunningServer, int],
) -> None:
    server, count = crowd_server
    token = _token(server, "ava@northwind.example")
    outcome = await asyncio.to_thread(asyncio.run, _crowd_scenario(server, token, count))
    assert outcome["opened"] == [200] * count
    assert outcome["pages"] == [200] * 5
    heard = outcome["heard"]
    assert isinstance(heard, list) and len(heard) == count
    assert {(e["type"], e["ticket_id"]) for e in heard} == {("ticket.created", outcome["created"])}
    # All streams gone, the service still answers at once.
    async with httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=5) as api:
        assert (await api.get("/health")).status_code == 200


@pytest.fixture(scope="module")
def limited_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("limited")
    # A short heartbeat: a closed stream is noticed (and its slot freed) quickly.
    with (
        sqlite_database(directory) as url,
        running_server(url, directory, EVENT_HEARTBEAT_SECONDS="0.5") as server,
    ):
        yield server


async def _limit_scenario(server: RunningServer, liam: str, ava: str) -> dict[str, object]:
    address = urlsplit(server.url)
    host, port = address.hostname or "127.0.0.1", address.port or 80
    mine = [await open_stream(host, port, liam) for _ in range(10)]
    eleventh = await open_stream(host, port, liam)
    body = await eleventh.reader.readexactly(int(eleventh.headers.get("content-length", 0)))
    await eleventh.close()
    other_user = await open_stream(host, port, ava)
    await other_user.close()
    await mine.pop().close()
    again = 0
    for _ in range(50):  # the freed slot is taken back within a heartbeat or two
        retry = await open_stream(host, port, liam)
        again = retry.status
        await retry.close()
        if again == 200:
            break
        await asyncio.sleep(0.2)
    for stream in mine:
        await stream.close()
    return {
        "eleventh": eleventh.status,
        "headers": eleventh.headers,
        "problem": json.loads(body),
        "other_user": other_user.status,
        "after_closing_one": again,
    }


async def test_the_eleventh_stream_of_one_user_is_refused(limited_server: RunningServer) -> None:
    liam = _token(limited_server, "liam@northwind.example")
    ava = _token(limited_server, "ava@northwind.example")
    outcome = await asyncio.to_thread(asyncio.run, _limit_scenario(limited_server, liam, ava))
    assert outcome["eleventh"] == 429
    headers = outcome["headers"]
    assert isinstance(headers, dict)
    assert headers["content-type"] == "application/problem+json"
    assert int(headers["retry-after"]) > 0
    problem = outcome["problem"]
    assert isinstance(problem, dict) and problem["code"] == "too_many_streams"
    assert outcome["other_user"] == 200  # the limit is per user
    assert outcome["after_closing_one"] == 200
