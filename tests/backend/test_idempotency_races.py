"""The same Idempotency-Key sent many times at once: one write, never a 5xx."""

from __future__ import annotations

import asyncio
import uuid

import httpx

from tests.support.tickets import sync_request

RACERS = 20


def _request(subject: str) -> dict[str, object]:
    return sync_request(subject=subject, body="Files stopped syncing.")


async def _all_at_once(
    api: httpx.AsyncClient, path: str, body: dict[str, object], headers: dict[str, str]
) -> list[httpx.Response]:
    # Each racer on its own connection, released together.
    limits = httpx.Limits(max_connections=RACERS, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=api.base_url, timeout=30, limits=limits) as racing:
        return await asyncio.gather(
            *(racing.post(path, json=body, headers=headers) for _ in range(RACERS))
        )


def _assert_first_answer_or_in_progress(responses: list[httpx.Response]) -> dict[str, object]:
    """Every racer hears the one answer (or "in progress"); returns that answer."""
    assert [r.status_code for r in responses if r.status_code >= 500] == [], [
        r.text for r in responses if r.status_code >= 500
    ]
    answered = [r for r in responses if r.status_code == 201]
    waiting = [r for r in responses if r.status_code == 409]
    assert len(answered) + len(waiting) == RACERS, [r.text for r in responses]
    for r in waiting:
        assert r.json()["code"] == "idempotency_in_progress" and r.headers["Retry-After"]
    bodies = {r.text for r in answered}
    assert len(bodies) == 1
    replayed = [r for r in answered if r.headers.get("Idempotent-Replayed") == "true"]
    assert len(replayed) == len(answered) - 1  # all but the one that wrote it
    first: dict[str, object] = answered[0].json()
    return first


async def test_one_reply_for_twenty_simultaneous_sends_with_one_key(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    ticket = (await api.post("/tickets", json=_request("Racing replies"), headers=ava)).json()
    headers = ava | {"Idempotency-Key": str(uuid.uuid4())}
    body = {"body": "Sent from a flaky network, twenty times."}
    responses = await _all_at_once(api, f"/tickets/{ticket['id']}/messages", body, headers)
    message = _assert_first_answer_or_in_progress(responses)
    thread = (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()["messages"]
    assert [m["id"] for m in thread if m["body"] == body["body"]] == [message["id"]]


async def test_one_ticket_for_twenty_simultaneous_sends_with_one_key(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    subject = f"Racing tickets {uuid.uuid4().hex[:8]}"
    headers = ava | {"Idempotency-Key": str(uuid.uuid4())}
    responses = await _all_at_once(api, "/tickets", _request(subject), headers)
    ticket = _assert_first_answer_or_in_progress(responses)
    found = (await api.get("/tickets", params={"q": subject, "limit": 50}, headers=ava)).json()
    assert [t["id"] for t in found["items"]] == [ticket["id"]]
