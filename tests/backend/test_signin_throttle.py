"""Sign-in throttling keys on (e-mail, client address): nobody locks out someone elsewhere.

Each test starts its own service (short waits, chosen trusted proxies) on SQLite and on
PostgreSQL; the client address is set with X-Forwarded-For, which the service believes
only from a trusted proxy (all requests here come from 127.0.0.1).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.databases import postgres_database, sqlite_database
from tests.support.server import RunningServer, running_server

ADMIN = "ava@northwind.example"
ATTACKER = "203.0.113.5"
REAL_ADMIN = "198.51.100.7"


def _server(
    kind: str, directory: Path, serve_args: tuple[str, ...] = (), **env: str
) -> Iterator[RunningServer]:
    databases = postgres_database() if kind == "postgres" else sqlite_database(directory)
    with databases as url, running_server(url, directory, serve_args=serve_args, **env) as running:
        yield running


KINDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=KINDS)
def trusting(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    # Waits of 3 s, 6 s, 12 s...: short enough to watch the back-off grow. Not 1 s: a
    # failure counts towards the back-off only within one first wait after the last wait
    # ended (throttle.py, forgotten), and a CI run on a loaded machine took more than the
    # 0.8 s that left between the test's sleep and the server's clock: counting began
    # afresh and the attempt after it was not refused.
    yield from _server(
        request.param, tmp_path, SIGNIN_FAILURE_WINDOW_SECONDS="3", FORWARDED_ALLOW_IPS="127.0.0.1"
    )


@pytest.fixture(params=KINDS)
def distrusting(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    # Only a proxy at 192.0.2.1 is trusted (serve's option); the tests connect directly.
    yield from _server(request.param, tmp_path, ("--forwarded-allow-ips", "192.0.2.1"))


async def _sign_in(
    api: httpx.AsyncClient, address: str, password: str, email: str = ADMIN
) -> httpx.Response:
    return await api.post(
        "/v1/auth/token",
        json={"email": email, "password": password},
        headers={"X-Forwarded-For": address},
    )


async def test_attacker_waits_longer_each_time_and_the_admin_still_signs_in(
    trusting: RunningServer,
) -> None:
    async with httpx.AsyncClient(base_url=trusting.url, timeout=10) as api:
        codes = [(await _sign_in(api, ATTACKER, "guess")).status_code for _ in range(5)]
        assert codes == [401] * 5
        blocked = await _sign_in(api, ATTACKER, "guess")
        assert blocked.status_code == 429
        assert blocked.headers["content-type"].startswith("application/problem+json")
        assert blocked.json()["code"] == "too_many_attempts"
        waits = [int(blocked.headers["Retry-After"])]
        assert waits[0] >= 1
        # Even the right password waits, from the attacker's address.
        assert (await _sign_in(api, ATTACKER, "demo-password")).status_code == 429

        # The real admin, elsewhere, is not locked out.
        admin = await _sign_in(api, REAL_ADMIN, "demo-password")
        assert admin.status_code == 200, admin.text

        for _ in range(2):
            await asyncio.sleep(waits[-1] + 0.2)
            assert (await _sign_in(api, ATTACKER, "guess")).status_code == 401
            again = await _sign_in(api, ATTACKER, "guess")
            assert again.status_code == 429
            waits.append(int(again.headers["Retry-After"]))
        assert waits[0] < waits[1] < waits[2], waits


async def test_one_address_trying_many_emails_hits_a_ceiling(tmp_path: Path) -> None:
    for running in _server(
        "sqlite", tmp_path, SIGNIN_ADDRESS_MAX_FAILURES="6", SIGNIN_MAX_FAILURES="5"
    ):
        async with httpx.AsyncClient(base_url=running.url, timeout=10) as api:
            for number in range(6):
                response = await _sign_in(api, ATTACKER, "guess", f"user{number}@example.com")
                assert response.status_code == 401
            other = await _sign_in(api, ATTACKER, "guess", "someone-new@example.com")
            assert other.status_code == 429 and int(other.headers["Retry-After"]) >= 1
            assert (await _sign_in(api, REAL_ADMIN, "demo-password")).status_code == 200


async def test_forwarded_for_from_an_untrusted_peer_is_ignored(
    distrusting: RunningServer,
) -> None:
    async with httpx.AsyncClient(base_url=distrusting.url, timeout=10) as api:
        for _ in range(5):
            assert (await _sign_in(api, ATTACKER, "guess")).status_code == 401
        # Claiming another address does not help: the peer (127.0.0.1) is what counts.
        response = await _sign_in(api, REAL_ADMIN, "demo-password")
        assert response.status_code == 429


@pytest.mark.postgres
async def test_several_workers_share_the_counts(tmp_path: Path) -> None:
    # Two worker processes: the failures land on either, and the wait holds on both.
    for running in _server("postgres", tmp_path, ("--workers", "2")):
        async with httpx.AsyncClient(base_url=running.url, timeout=10) as api:
            for _ in range(5):
                # A new connection each time, so uvicorn's workers take turns.
                async with httpx.AsyncClient(base_url=running.url, timeout=10) as fresh:
                    assert (await _sign_in(fresh, ATTACKER, "guess")).status_code == 401
            for _ in range(4):
                async with httpx.AsyncClient(base_url=running.url, timeout=10) as fresh:
                    blocked = await _sign_in(fresh, ATTACKER, "guess")
                    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 200
            assert (await _sign_in(api, REAL_ADMIN, "demo-password")).status_code == 200
