"""Opening a ticket over HTTP, as a demo user would from another device."""

from __future__ import annotations

from typing import Any

import httpx

DEMO_PASSWORD = "demo-password"


def sharing_request(subject: str) -> dict[str, str]:
    """A new ticket's body: a plain request about sharing, with ``subject``."""
    return {
        "product": "dropbox",
        "channel": "request",
        "category": "sharing",
        "language": "en",
        "subject": subject,
        "body": "Links to the Board folder stopped working.",
    }


def sync_request(**fields: object) -> dict[str, object]:
    """A new ticket's body: a plain request about sync in English, ``fields`` changing
    any of it."""
    return {
        "product": "dropbox",
        "channel": "request",
        "category": "sync",
        "language": "en",
        "subject": "Opened elsewhere",
        "body": "Opened on another device.",
    } | fields


async def create_ticket(
    server_url: str, email: str = "ava@northwind.example", **fields: Any
) -> dict[str, Any]:
    """Sign in as ``email`` and open a ticket (a plain request about sync unless told)."""
    body = sync_request(**fields)
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


async def _token(api: httpx.AsyncClient, email: str) -> dict[str, str]:
    signed = await api.post("/auth/token", json={"email": email, "password": DEMO_PASSWORD})
    assert signed.status_code == 200, signed.text
    return {"Authorization": f"Bearer {signed.json()['access_token']}"}


async def read_ticket(
    server_url: str, ticket_id: str, email: str = "ava@northwind.example"
) -> dict[str, Any]:
    """The ticket with its thread, as the service has it."""
    async with httpx.AsyncClient(base_url=f"{server_url}/v1") as api:
        response = await api.get(f"/tickets/{ticket_id}", headers=await _token(api, email))
    assert response.status_code == 200, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


async def list_tickets(server_url: str, email: str = "ava@northwind.example") -> list[Any]:
    async with httpx.AsyncClient(base_url=f"{server_url}/v1") as api:
        response = await api.get(
            "/tickets", params={"limit": 200}, headers=await _token(api, email)
        )
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


async def agent_reply(server_url: str, ticket_id: str, body: str) -> None:
    """Sam Agent answers on the ticket, as support would."""
    async with httpx.AsyncClient(base_url=f"{server_url}/v1") as api:
        response = await api.post(
            f"/agent/tickets/{ticket_id}/messages",
            json={"body": body},
            headers=await _token(api, "agent@vendor.example"),
        )
    assert response.status_code in (200, 201), response.text
