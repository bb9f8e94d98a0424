"""The OpenAPI document in the repository is the one the service publishes."""

from __future__ import annotations

import httpx

from backend.openapi import DOCUMENT, openapi_text


def test_kept_document_is_current() -> None:
    assert DOCUMENT.read_text() == openapi_text(), (
        "backend/openapi.json is stale: run `python -m backend openapi > backend/openapi.json`"
    )


async def test_service_publishes_it(api: httpx.AsyncClient) -> None:
    response = await api.get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {
        "/v1/auth/token",
        "/v1/auth/refresh",
        "/v1/auth/logout",
        "/v1/me",
        "/v1/health",
        "/v1/tickets",
        "/v1/tickets/{ticket_id}",
    } <= set(paths)
