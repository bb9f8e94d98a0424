"""Health, and problem+json for every kind of error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from backend import __version__
from tests.support.databases import sqlite_database
from tests.support.server import running_server

PROBLEM = "application/problem+json"


async def test_health_answers_ok_with_version(api: httpx.AsyncClient) -> None:
    response = await api.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert {k: body[k] for k in ("status", "version")} == {"status": "ok", "version": __version__}
    # The service's clock, which clients count SLA time on.
    served = datetime.fromisoformat(body["time"].replace("Z", "+00:00"))
    assert abs((served - datetime.now(UTC)).total_seconds()) < 60


async def test_health_tells_the_time_of_a_shifted_clock(tmp_path: Path) -> None:
    start = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)
    with (
        sqlite_database(tmp_path) as url,
        running_server(url, tmp_path, CLOCK_START=start.isoformat()) as server,
    ):
        body = httpx.get(f"{server.url}/v1/health").json()
    served = datetime.fromisoformat(body["time"].replace("Z", "+00:00"))
    assert start <= served < start + timedelta(minutes=5)


async def test_unknown_route_is_problem_json(api: httpx.AsyncClient) -> None:
    response = await api.get("/no-such-thing")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["code"] == "not_found"
    assert set(body) >= {"type", "title", "status", "detail", "code"}


async def test_wrong_method_is_problem_json(api: httpx.AsyncClient) -> None:
    response = await api.delete("/health")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


async def test_validation_error_lists_the_fields(api: httpx.AsyncClient) -> None:
    response = await api.post("/auth/token", json={"email": "a@b.example"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["code"] == "validation_error"
    assert [e["field"] for e in body["errors"]] == ["password"]


async def test_malformed_json_is_validation_error(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/auth/token", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["code"] == "validation_error"


async def test_missing_token_is_not_authenticated(api: httpx.AsyncClient) -> None:
    response = await api.get("/me")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


async def test_garbage_token_is_not_authenticated(api: httpx.AsyncClient) -> None:
    response = await api.get("/me", headers={"Authorization": "Bearer nonsense"})
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
