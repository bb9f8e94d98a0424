"""Health, and problem+json for every kind of error."""

from __future__ import annotations

import httpx

from backend import __version__

PROBLEM = "application/problem+json"


async def test_health_answers_ok_with_version(api: httpx.AsyncClient) -> None:
    response = await api.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": __version__}


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
