"""Per-user limits on writes: 429 ``rate_limited`` with ``Retry-After``, reads untouched."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend.openapi import openapi_text
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import running_server


def _sign_in(api: httpx.Client, email: str) -> dict[str, str]:
    response = api.post("/auth/token", json={"email": email, "password": "demo-password"})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


TICKET = {
    "product": "dropbox",
    "channel": "request",
    "category": "sync",
    "language": "en",
    "subject": "Files stopped syncing",
    "body": "Since this morning nothing syncs.",
}


@pytest.mark.parametrize("kind", DATABASE_KINDS)
def test_a_user_writing_too_fast_waits_others_do_not(kind: str, tmp_path: Path) -> None:
    limits = {"WRITE_RATE_LIMIT_BURST": "3", "WRITE_RATE_LIMIT_PER_MINUTE": "6"}
    with (
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, **limits) as server,
        httpx.Client(base_url=f"{server.url}/v1", timeout=10) as api,
    ):
        ava = _sign_in(api, "ava@northwind.example")
        # Refused writes changed nothing and do not count.
        for _ in range(5):
            assert api.post("/tickets", json={}, headers=ava).status_code == 422
        for _ in range(3):
            assert api.post("/tickets", json=TICKET, headers=ava).status_code == 201
        refused = api.post("/tickets", json=TICKET, headers=ava)
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["code"] == "rate_limited"
        # 6 a minute: the next write is 10 s away.
        assert 1 <= int(refused.headers["Retry-After"]) <= 10
        assert refused.json()["retry_after"] == int(refused.headers["Retry-After"])
        # Nothing was written by the refused request.
        mine = api.get("/tickets", params={"limit": 200}, headers=ava).json()["items"]
        assert sum(t["subject"] == TICKET["subject"] for t in mine) == 3

        # A new token is the same user: no fresh start.
        again = _sign_in(api, "ava@northwind.example")
        assert api.post("/tickets", json=TICKET, headers=again).status_code == 429
        # Reads, signing out and another user are not limited.
        assert api.get("/me", headers=ava).status_code == 200
        noah = _sign_in(api, "noah@northwind.example")
        assert api.post("/tickets", json=TICKET, headers=noah).status_code == 201
        assert api.post("/auth/logout", json={}, headers=again).status_code != 429
        # Without a valid token the route answers as ever.
        assert api.post("/tickets", json=TICKET).status_code == 401


def test_the_default_limits_leave_ordinary_bursts_alone(tmp_path: Path) -> None:
    # The desktop client's outbox sends what piled up offline at once.
    with (
        database("sqlite", tmp_path) as url,
        running_server(url, tmp_path) as server,
        httpx.Client(base_url=f"{server.url}/v1", timeout=10) as api,
    ):
        ava = _sign_in(api, "ava@northwind.example")
        answers = [api.post("/tickets", json=TICKET, headers=ava).status_code for _ in range(60)]
        assert answers == [201] * 60


def _codes(entry: dict[str, Any] | None) -> list[str]:
    """The problem codes an answer of the document names (backend/api/problem_docs.py)."""
    if entry is None:
        return []
    schema = entry["content"]["application/problem+json"]["schema"]
    return list(schema["properties"]["code"]["enum"])


def test_the_contract_names_the_429_on_every_limited_write() -> None:
    paths = json.loads(openapi_text())["paths"]
    limited = {
        (method.upper(), path)
        for path, operations in paths.items()
        for method, operation in operations.items()
        if "rate_limited" in _codes(operation["responses"].get("429"))
    }
    assert ("POST", "/v1/tickets") in limited
    assert ("PATCH", "/v1/tickets/{ticket_id}") in limited
    assert ("DELETE", "/v1/recommendations/{key}/feedback") in limited
    assert not any(method == "GET" for method, _ in limited)
    assert not any(path.startswith("/v1/auth/") for _, path in limited)
    entry = paths["/v1/tickets"]["post"]["responses"]["429"]
    assert "Retry-After" in entry["headers"]
    assert "application/problem+json" in entry["content"]
