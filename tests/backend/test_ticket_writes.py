"""Opening, answering and moving tickets over HTTP (R4–R7, R13–R17)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import httpx

from tests.backend.conftest import sign_in
from tests.support.tickets import sync_request


def _request(**overrides: object) -> dict[str, object]:
    subject = "Guests cannot open a shared link"
    body = "Since this morning our guests see 'This link has been disabled'."
    return sync_request(category="sharing", subject=subject, body=body) | overrides


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


async def test_admin_opens_a_request_with_its_response_target(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R3, R5, R13, R15
    response = await api.post("/tickets", json=_request(), headers=ava)
    assert response.status_code == 201, response.text
    ticket = response.json()
    assert (ticket["status"], ticket["channel"], ticket["premium"]) == ("new", "request", True)
    assert ticket["response_target_minutes"] == 60  # Enhanced on Dropbox
    assert _t(ticket["first_response_due_at"]) - _t(ticket["created_at"]) == timedelta(minutes=60)
    assert ticket["sla_state"] == "due"
    assert [m["author"]["kind"] for m in ticket["messages"]] == ["self"]
    mine = (await api.get("/tickets", params={"limit": 5}, headers=ava)).json()["items"]
    assert mine[0]["id"] == ticket["id"]


async def test_uncovered_product_is_refused(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R5, R14
    tia = await sign_in(api, "tia@tiny.example")
    response = await api.post("/tickets", json=_request(), headers=tia)
    assert response.status_code == 409 and response.json()["code"] == "product_not_covered"


async def test_members_cannot_open_premium_tickets(api: httpx.AsyncClient) -> None:  # R6, R13
    mia = await sign_in(api, "mia@northwind.example")
    response = await api.post("/tickets", json=_request(), headers=mia)
    assert response.status_code == 403 and response.json()["code"] == "not_admin"


async def test_callback_needs_a_dialable_phone_normalised_to_e164(
    api: httpx.AsyncClient,
) -> None:  # R15
    noah = await sign_in(api, "noah@northwind.example")  # Dutch: national numbers read as NL
    missing = await api.post("/tickets", json=_request(channel="callback"), headers=noah)
    assert missing.status_code == 422 and missing.json()["code"] == "invalid_phone"
    nonsense = await api.post(
        "/tickets", json=_request(channel="callback", phone="12345"), headers=noah
    )
    assert nonsense.status_code == 422 and nonsense.json()["errors"][0]["field"] == "phone"
    ok = await api.post(
        "/tickets", json=_request(channel="callback", phone="020 123 4567"), headers=noah
    )
    assert ok.status_code == 201, ok.text
    callback = ok.json()["callback"]
    assert callback["phone"] == "+31201234567"
    assert callback["state"] == "queued" and callback["queue_position"] >= 1
    assert callback["estimated_wait_minutes"] > 0


async def test_chat_starts_waiting(api: httpx.AsyncClient, ava: dict[str, str]) -> None:  # R15
    response = await api.post("/tickets", json=_request(channel="chat"), headers=ava)
    assert response.status_code == 201
    chat = response.json()["chat"]
    assert chat["state"] == "waiting" and chat["queue_position"] >= 1


async def test_validation_names_the_fields(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    response = await api.post(
        "/tickets", json=_request(subject="x" * 201, category="gardening"), headers=ava
    )
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"subject", "category"}


async def test_members_email_requests_get_their_targets(api: httpx.AsyncClient) -> None:  # R6, R7
    mia = await sign_in(api, "mia@northwind.example")  # epic champion
    liam = await sign_in(api, "liam@northwind.example")
    body = {"product": "dropbox", "category": "sync", "subject": "Files stuck", "body": "Help!"}
    by_mia = await api.post("/help/requests", json=body, headers=mia)
    by_liam = await api.post("/help/requests", json=body, headers=liam)
    assert by_mia.status_code == by_liam.status_code == 201
    assert by_mia.json()["response_target_minutes"] == 60
    assert by_liam.json()["response_target_minutes"] == 24 * 60
    assert (by_liam.json()["channel"], by_liam.json()["premium"]) == ("email", False)
    own = (await api.get("/tickets", params={"limit": 1}, headers=liam)).json()["items"]
    assert own[0]["id"] == by_liam.json()["id"]
    ava = await sign_in(api, "ava@northwind.example")
    team = (await api.get("/tickets", params={"scope": "team", "limit": 200}, headers=ava)).json()
    assert by_liam.json()["id"] in {t["id"] for t in team["items"]}  # R17: admins see them


async def test_colleague_reply_shows_as_colleague_to_the_submitter(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R17
    noah = await sign_in(api, "noah@northwind.example")
    ticket = (
        await api.post("/tickets", json=_request(subject="Noah's question"), headers=noah)
    ).json()
    reply = await api.post(
        f"/tickets/{ticket['id']}/messages",
        json={"body": "I had this too: check the link settings."},
        headers=ava,
    )
    assert reply.status_code == 201
    assert reply.json()["author"]["kind"] == "self"
    seen_by_noah = (await api.get(f"/tickets/{ticket['id']}", headers=noah)).json()
    assert [m["author"]["kind"] for m in seen_by_noah["messages"]] == ["self", "colleague"]
    seen_by_yuki = (
        await api.get(
            f"/tickets/{ticket['id']}", headers=await sign_in(api, "yuki@northwind.example")
        )
    ).json()
    assert [m["author"]["kind"] for m in seen_by_yuki["messages"]] == ["submitter", "colleague"]


async def test_reply_with_idempotency_key_is_created_once(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    ticket = (await api.post("/tickets", json=_request(), headers=ava)).json()
    key = str(uuid.uuid4())
    headers = ava | {"Idempotency-Key": key}
    first = await api.post(
        f"/tickets/{ticket['id']}/messages", json={"body": "Any news?"}, headers=headers
    )
    second = await api.post(
        f"/tickets/{ticket['id']}/messages", json={"body": "Any news?"}, headers=headers
    )
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second.headers.get("Idempotent-Replayed") == "true"
    thread = (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()["messages"]
    assert [m["body"] for m in thread].count("Any news?") == 1
    other = await api.post(
        f"/tickets/{ticket['id']}/messages", json={"body": "Other text"}, headers=headers
    )
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


async def test_ticket_creation_is_idempotent_too(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    headers = ava | {"Idempotency-Key": str(uuid.uuid4())}
    first = await api.post("/tickets", json=_request(subject="Once only"), headers=headers)
    second = await api.post("/tickets", json=_request(subject="Once only"), headers=headers)
    assert first.json()["id"] == second.json()["id"]
    mine = (await api.get("/tickets", params={"q": "Once only", "limit": 50}, headers=ava)).json()[
        "items"
    ]
    assert len(mine) == 1


async def test_solve_reopen_and_closed_is_read_only(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    ticket = (await api.post("/tickets", json=_request(), headers=ava)).json()
    solved = await api.patch(f"/tickets/{ticket['id']}", json={"status": "solved"}, headers=ava)
    assert solved.status_code == 200 and solved.json()["status"] == "solved"
    reopened = await api.patch(f"/tickets/{ticket['id']}", json={"status": "open"}, headers=ava)
    assert reopened.json()["status"] == "open"
    closed = (
        await api.get("/tickets", params={"status": "closed", "limit": 1}, headers=ava)
    ).json()["items"][0]
    refused = await api.post(
        f"/tickets/{closed['id']}/messages", json={"body": "Hello?"}, headers=ava
    )
    assert refused.status_code == 409 and refused.json()["code"] == "ticket_closed"
    patch = await api.patch(f"/tickets/{closed['id']}", json={"status": "open"}, headers=ava)
    assert patch.status_code == 409 and patch.json()["code"] == "ticket_closed"


async def test_solved_at_is_when_it_was_solved_and_cleared_on_reopening(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R20: the time insights count "solved" by
    ticket = (await api.post("/tickets", json=_request(), headers=ava)).json()
    assert ticket["solved_at"] is None
    solved = (
        await api.patch(f"/tickets/{ticket['id']}", json={"status": "solved"}, headers=ava)
    ).json()
    assert solved["solved_at"] is not None
    assert _t(solved["solved_at"]) == _t(solved["updated_at"]) >= _t(ticket["created_at"])
    listed = (
        await api.get("/tickets", params={"q": ticket["subject"], "limit": 200}, headers=ava)
    ).json()["items"]
    assert next(t for t in listed if t["id"] == ticket["id"])["solved_at"] == solved["solved_at"]
    reopened = (
        await api.patch(f"/tickets/{ticket['id']}", json={"status": "open"}, headers=ava)
    ).json()
    assert reopened["solved_at"] is None
    again = (
        await api.patch(f"/tickets/{ticket['id']}", json={"status": "solved"}, headers=ava)
    ).json()
    assert _t(again["solved_at"]) >= _t(solved["solved_at"])  # the last time it was solved
    # A closed ticket was solved once and keeps that time; an open one has none.
    closed = (
        await api.get("/tickets", params={"status": "closed", "limit": 50}, headers=ava)
    ).json()["items"]
    assert closed and all(t["solved_at"] is not None for t in closed)
    still_open = (
        await api.get("/tickets", params={"status": "open", "limit": 50}, headers=ava)
    ).json()["items"]
    assert still_open and all(t["solved_at"] is None for t in still_open)


async def test_member_cannot_reply_to_an_admins_ticket(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    ticket = (await api.post("/tickets", json=_request(), headers=ava)).json()
    liam = await sign_in(api, "liam@northwind.example")
    response = await api.post(
        f"/tickets/{ticket['id']}/messages", json={"body": "hi"}, headers=liam
    )
    assert response.status_code == 404


async def test_filters_and_free_text(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    for params in ({"status": "closed"}, {"product": "dash"}, {"category": "sync"}):
        items = (await api.get("/tickets", params=params | {"limit": 200}, headers=ava)).json()[
            "items"
        ]
        key, value = next(iter(params.items()))
        assert items and all(i[key] == value for i in items)
    found = (
        await api.get("/tickets", params={"q": "conflicted", "limit": 200}, headers=ava)
    ).json()["items"]
    assert found and all("conflicted" in i["subject"].lower() for i in found)
