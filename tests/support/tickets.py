"""Opening a ticket over HTTP, as a demo user would from another device."""

from __future__ import annotations

from typing import Any

import httpx

DEMO_PASSWORD = "demo-password"


async def create_ticket(
    server_url: str, email: str = "ava@northwind.example", **fields: Any
) -> dict[str, Any]:
    """Sign in as ``email`` and open a ticket (a plain request about sync unless told)."""
    body = {
        "product": "dropbox",
        "channel": "request",
        "category": "sync",
        "language": "en",
        "subject": "Opened elsewhere",
        "body": "Opened on another device.",
    } | fields
    async with httpx.AsyncClient(base_url=f"{server_url}/v1") as api:
        signed = await api.post("/auth/token", json={"email": email, "password": DEMO_PASSWORD})
        assert signed.status_code == 200, signed.text
        response = await api.post(
            "/tickets",
            json=body,
            headers={"Authorization": f"Bearer {signed.json()['access_token']}"},
        )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
