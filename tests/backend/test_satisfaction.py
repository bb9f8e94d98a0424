"""Rating a solved ticket good or bad (issue 21): states, who may rate, the answers, insights."""

from __future__ import annotations

import httpx

from backend.api.schemas import TicketOut
from backend.notify.templates import TEMPLATES
from tests.backend.conftest import sign_in


async def _new_ticket(api: httpx.AsyncClient, headers: dict[str, str]) -> str:
    created = await api.post(
        "/tickets",
        json={
            "product": "dropbox",
            "channel": "request",
            "category": "sync",
            "language": "en",
            "subject": "Rate me",
            "body": "The Board folder stopped syncing.",
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def _solved_ticket(api: httpx.AsyncClient, headers: dict[str, str]) -> str:
    ticket_id = await _new_ticket(api, headers)
    solved = await api.patch(f"/tickets/{ticket_id}", json={"status": "solved"}, headers=headers)
    assert solved.status_code == 200, solved.text
    return ticket_id


async def _rate(
    api: httpx.AsyncClient, ticket_id: str, headers: dict[str, str], **body: object
) -> httpx.Response:
    return await api.put(f"/tickets/{ticket_id}/satisfaction", json=body, headers=headers)


async def test_a_ticket_not_solved_cannot_be_rated(api: httpx.AsyncClient) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _new_ticket(api, noah)
    response = await _rate(api, ticket_id, noah, rating="good")
    assert response.status_code == 409
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "not_solved"
    await api.post(f"/tickets/{ticket_id}/messages", json={"body": "more"}, headers=noah)
    reopened = await api.patch(f"/tickets/{ticket_id}", json={"status": "open"}, headers=noah)
    assert reopened.json()["status"] in ("new", "open")
    assert (await _rate(api, ticket_id, noah, rating="bad")).json()["code"] == "not_solved"
    ticket = (await api.get(f"/tickets/{ticket_id}", headers=noah)).json()
    assert ticket["satisfaction"] is None


async def test_a_solved_ticket_carries_its_rating_and_it_can_be_changed(
    api: httpx.AsyncClient,
) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _solved_ticket(api, noah)
    assert (await api.get(f"/tickets/{ticket_id}", headers=noah)).json()["satisfaction"] is None

    rated = await _rate(api, ticket_id, noah, rating="good")
    assert rated.status_code == 200, rated.text
    first = rated.json()["satisfaction"]
    assert first["rating"] == "good"
    assert first["comment"] is None
    assert rated.json()["status"] == "solved"

    changed = await _rate(api, ticket_id, noah, rating="bad", comment="  Took three days.  ")
    assert changed.status_code == 200, changed.text
    second = changed.json()["satisfaction"]
    assert (second["rating"], second["comment"]) == ("bad", "Took three days.")
    assert second["rated_at"] >= first["rated_at"]

    # The page built from rows says the same, in the same bytes, as the writer's model.
    got = await api.get(f"/tickets/{ticket_id}", headers=noah)
    assert got.json() == changed.json()
    assert TicketOut.model_validate_json(got.content).model_dump_json().encode() == got.content

    blank = await _rate(api, ticket_id, noah, rating="good", comment="   ")
    assert blank.json()["satisfaction"]["comment"] is None


async def test_a_closed_ticket_keeps_its_rating_read_only(api: httpx.AsyncClient) -> None:
    ava = await sign_in(api, "ava@northwind.example")
    closed = (
        await api.get("/tickets", params={"status": "closed", "limit": 1}, headers=ava)
    ).json()
    ticket_id = closed["items"][0]["id"]
    response = await _rate(api, ticket_id, ava, rating="good")
    assert response.status_code == 409
    assert response.json()["code"] == "ticket_closed"


async def test_a_colleague_admin_may_rate_a_teammates_ticket(api: httpx.AsyncClient) -> None:  # R17
    noah = await sign_in(api, "noah@northwind.example")
    ava = await sign_in(api, "ava@northwind.example")
    ticket_id = await _solved_ticket(api, noah)
    rated = await _rate(api, ticket_id, ava, rating="good", comment="Quick")
    assert rated.status_code == 200, rated.text
    seen = (await api.get(f"/tickets/{ticket_id}", headers=noah)).json()["satisfaction"]
    assert (seen["rating"], seen["comment"]) == ("good", "Quick")


async def test_who_cannot_see_the_ticket_cannot_rate_it(api: httpx.AsyncClient) -> None:  # R6, R17
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _solved_ticket(api, noah)
    for email in ("tia@tiny.example", "mia@northwind.example"):
        response = await _rate(api, ticket_id, await sign_in(api, email), rating="bad")
        assert response.status_code == 404, email
        assert response.json()["code"] == "not_found"
    agent = await _rate(api, ticket_id, await sign_in(api, "agent@vendor.example"), rating="bad")
    assert agent.status_code == 403
    assert agent.json()["code"] == "not_team_member"
    assert (await api.get(f"/tickets/{ticket_id}", headers=noah)).json()["satisfaction"] is None


async def test_a_rating_must_be_good_or_bad(api: httpx.AsyncClient) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _solved_ticket(api, noah)
    response = await _rate(api, ticket_id, noah, rating="fine")
    assert response.status_code == 422
    assert response.json()["code"] == "validation_error"


async def test_insights_count_the_ratings_given_in_the_period(  # R20
    api: httpx.AsyncClient,
) -> None:
    noah = await sign_in(api, "noah@northwind.example")

    async def counts() -> dict[str, int]:
        insights = await api.get("/insights", params={"scope": "mine"}, headers=noah)
        assert insights.status_code == 200, insights.text
        return dict(insights.json()["satisfaction"])

    before = await counts()
    ticket_id = await _solved_ticket(api, noah)
    await _rate(api, ticket_id, noah, rating="good")
    assert await counts() == {"good": before["good"] + 1, "bad": before["bad"]}
    await _rate(api, ticket_id, noah, rating="bad")
    assert await counts() == {"good": before["good"], "bad": before["bad"] + 1}
    open_now = await api.get("/insights", params={"period": "open_now"}, headers=noah)
    assert open_now.json()["satisfaction"] == {"good": 0, "bad": 0}


def test_the_solved_mail_invites_a_rating() -> None:
    invitations = {
        "en": "Rate the answer in Premium Support Desk.",
        "ja": "Premium Support Desk で回答を評価してください。",
        "nl": "Beoordeel het antwoord in Premium Support Desk.",
    }
    for language, sentence in invitations.items():
        body = TEMPLATES["colleague_solved"][language].body
        assert sentence in body.replace("Premium \nSupport", "Premium Support"), language
