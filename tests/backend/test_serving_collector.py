"""A serving process under concurrent reads runs the garbage collector rarely (issue 22).

With Python's default threshold (700), the objects of ~16 requests in flight started a
pass of the youngest generation every ~20 requests, and their promotion brought full
passes that held every request of the worker (bench/README.md, session 27). The
collections are read from the service's own ``/metrics`` (prometheus_client's
``python_gc_collections_total``, one process on SQLite).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator

import httpx
import pytest

from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server

IN_FLIGHT = 16
REQUESTS = 1600


@pytest.fixture(scope="module")
def serving(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("collector")
    with sqlite_database(directory) as url, running_server(url, directory) as running:
        yield running


def _collections(api: httpx.Client) -> dict[str, float]:
    text = api.get("/metrics").text
    found = re.findall(r'^python_gc_collections_total\{generation="(\d)"\} (\S+)$', text, re.M)
    assert found, text[:500]
    return {generation: float(count) for generation, count in found}


async def _reads(base: str, headers: dict[str, str], paths: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as client:
        queue = list(paths) * (REQUESTS // len(paths))

        async def worker() -> None:
            while queue:
                response = await client.get(queue.pop())
                assert response.status_code == 200, response.text

        await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))


def test_concurrent_reads_leave_the_youngest_generation_mostly_alone(
    serving: RunningServer,
) -> None:
    with httpx.Client(base_url=serving.url, timeout=10) as api:
        token = api.post(
            "/v1/auth/token",
            json={"email": "ava@northwind.example", "password": "demo-password"},
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        first = api.get("/v1/tickets", params={"limit": 1}, headers=headers).json()
        paths = ["/v1/tickets?limit=50", f"/v1/tickets/{first['items'][0]['id']}"]
        before = _collections(api)
        asyncio.run(_reads(f"{serving.url}", headers, paths))
        after = _collections(api)
    young = after["0"] - before["0"]
    # 700 a pass: ~20 passes for these 1,600 requests (one process, SQLite); 10,000: a few at most.
    assert young <= 5, (before, after)
