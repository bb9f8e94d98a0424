"""Ticket lists with cursors and sync, one ticket with its thread, team scoping."""

from __future__ import annotations

import asyncio
from datetime import date, datetime

import httpx

from backend.api.schemas import TicketOut, TicketPage, TicketSummary
from tests.backend.conftest import sign_in
from tests.support.tickets import sync_request


async def _all_pages(
    api: httpx.AsyncClient, headers: dict[str, str], **params: str | int
) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    cursor: str | None = None
    while True:
        query = dict(params) | ({"cursor": cursor} if cursor else {})
        response = await api.get("/tickets", params=query, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def test_my_tickets_are_only_mine_newest_first(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R12, R16
    items = await _all_pages(api, ava, scope="mine", limit=200)
    assert len(items) >= 6
    assert {i["submitter"]["name"] for i in items} == {"Ava Jansen"}  # type: ignore[index]
    updated = [str(i["updated_at"]) for i in items]
    assert updated == sorted(updated, reverse=True)


async def test_cursor_pages_cover_the_list_once(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    whole = await _all_pages(api, ava, scope="mine", limit=200)
    paged = await _all_pages(api, ava, scope="mine", limit=3)
    assert [i["id"] for i in paged] == [i["id"] for i in whole]


async def test_updated_since_returns_later_changes_oldest_first(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    whole = await _all_pages(api, ava, scope="mine", limit=200)
    pivot = sorted(str(i["updated_at"]) for i in whole)[len(whole) // 2]
    newer = await _all_pages(api, ava, scope="mine", updated_since=pivot, limit=2)
    times = [str(i["updated_at"]) for i in newer]
    assert times == sorted(times)
    expected = {
        i["id"]
        for i in whole
        if datetime.fromisoformat(str(i["updated_at"])) > datetime.fromisoformat(pivot)
    }
    assert {i["id"] for i in newer} == expected


async def test_summary_has_every_field_of_the_contract(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    response = await api.get("/tickets", params={"limit": 1}, headers=ava)
    item = response.json()["items"][0]
    assert set(item) >= {
        "id",
        "number",
        "subject",
        "status",
        "product",
        "channel",
        "premium",
        "category",
        "language",
        "submitter",
        "created_at",
        "updated_at",
        "first_response_due_at",
        "first_responded_at",
        "sla_state",
        "solved_at",
    }


async def test_ticket_has_its_thread_with_authors(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    items = await _all_pages(api, ava, scope="mine", limit=200)
    answered = next(i for i in items if i["first_responded_at"])
    response = await api.get(f"/tickets/{answered['id']}", headers=ava)
    assert response.status_code == 200
    ticket = response.json()
    kinds = [m["author"]["kind"] for m in ticket["messages"]]
    assert kinds[0] == "self"
    assert "agent" in kinds
    times = [m["created_at"] for m in ticket["messages"]]
    assert times == sorted(times)


async def test_colleague_reply_shows_as_colleague(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R17
    noah = await sign_in(api, "noah@northwind.example")
    yuki = await sign_in(api, "yuki@northwind.example")
    kinds: set[str] = set()
    for headers in (noah, yuki):
        for item in await _all_pages(api, headers, scope="mine", limit=200):
            ticket = (await api.get(f"/tickets/{item['id']}", headers=headers)).json()
            kinds |= {m["author"]["kind"] for m in ticket["messages"]}
    assert "colleague" in kinds


async def test_another_teams_ticket_is_not_found(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    ticket_id = (await api.get("/tickets", params={"limit": 1}, headers=ava)).json()["items"][0][
        "id"
    ]
    tia = await sign_in(api, "tia@tiny.example")
    response = await api.get(f"/tickets/{ticket_id}", headers=tia)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    listed = (await api.get("/tickets", params={"limit": 200}, headers=tia)).json()["items"]
    assert ticket_id not in {t["id"] for t in listed}


async def test_member_cannot_open_an_admins_ticket(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R6
    ticket_id = (await api.get("/tickets", params={"limit": 1}, headers=ava)).json()["items"][0][
        "id"
    ]
    liam = await sign_in(api, "liam@northwind.example")
    assert (await api.get(f"/tickets/{ticket_id}", headers=liam)).status_code == 404


async def test_team_scope_is_for_admins_only(api: httpx.AsyncClient) -> None:  # R17
    mia = await sign_in(api, "mia@northwind.example")
    response = await api.get("/tickets", params={"scope": "team"}, headers=mia)
    assert response.status_code == 403
    assert response.json()["code"] == "not_admin"


async def test_team_scope_hides_tickets_before_the_cutoff(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R18
    items = await _all_pages(api, ava, scope="team", limit=200)
    assert items
    assert all(str(i["updated_at"]) >= "2024-12-11" for i in items)
    assert "Ava Jansen" not in {i["submitter"]["name"] for i in items}  # type: ignore[index]
    noah = await sign_in(api, "noah@northwind.example")
    noahs = await _all_pages(api, noah, scope="mine", limit=200)
    early = [i for i in noahs if str(i["updated_at"]) < "2024-12-11"]
    assert len(early) >= 5
    assert not {i["id"] for i in early} & {i["id"] for i in items}


async def test_bad_cursor_is_a_validation_problem(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    response = await api.get("/tickets", params={"cursor": "!!nonsense"}, headers=ava)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_cursor"


async def test_limit_above_200_is_refused(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    response = await api.get("/tickets", params={"limit": 201}, headers=ava)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.limit"


async def test_trend_counts_my_tickets_per_week_and_category(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R12
    before = (await api.get("/tickets/trend", headers=ava)).json()
    weeks = before["weeks"]
    assert len(weeks) == 12 and weeks == sorted(weeks)
    mondays = [date.fromisoformat(w) for w in weeks]
    assert all(m.weekday() == 0 for m in mondays)
    assert all(len(s["counts"]) == 12 for s in before["series"])
    totals = [sum(s["counts"]) for s in before["series"]]
    assert totals == sorted(totals, reverse=True)  # the biggest issue first
    created = await api.post(
        "/tickets",
        json=sync_request(category="admin_console", subject="Trend", body="Counted this week"),
        headers=ava,
    )
    assert created.status_code == 201
    after = (await api.get("/tickets/trend", headers=ava)).json()

    def this_week(trend: dict[str, object]) -> int:
        series = trend["series"]
        assert isinstance(series, list)
        found = next((s for s in series if s["category"] == "admin_console"), None)
        return int(found["counts"][-1]) if found else 0

    assert this_week(after) == this_week(before) + 1
    short = (await api.get("/tickets/trend?weeks=4", headers=ava)).json()
    assert short["weeks"] == weeks[-4:]


async def test_the_read_answers_are_the_models_and_match_the_writers_answer(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R17
    # The list and the ticket page are built from rows and encoded once
    # (backend/api/ticket_json.py); the writers still answer through the models.
    noah = await sign_in(api, "noah@northwind.example")
    upload = await api.post(
        "/attachments", files={"file": ("sync log ü.txt", b"log", "text/plain")}, headers=noah
    )
    attachment = upload.json()
    created = await api.post(
        "/tickets",
        json=sync_request(
            subject="Rows and models — 同期",
            body="The Board folder stopped syncing.",
            attachment_ids=[attachment["id"]],
        ),
        headers=noah,
    )
    assert created.status_code == 201, created.text
    ticket_id = created.json()["id"]
    reply = await api.post(f"/tickets/{ticket_id}/messages", json={"body": "On it"}, headers=ava)
    assert reply.status_code == 201, reply.text
    patched = await api.patch(f"/tickets/{ticket_id}", json={"status": "solved"}, headers=ava)
    assert patched.status_code == 200, patched.text

    got = await api.get(f"/tickets/{ticket_id}", headers=ava)
    assert got.status_code == 200
    assert got.headers["content-type"] == "application/json"
    assert got.json() == patched.json()
    assert TicketOut.model_validate_json(got.content).model_dump_json().encode() == got.content
    body = got.json()
    assert [m["author"]["kind"] for m in body["messages"]] == ["submitter", "self"]
    assert body["messages"][0]["attachments"] == [
        {k: attachment[k] for k in ("id", "filename", "size", "content_type")}
    ]
    assert [(e["status"], e["actor"]["kind"]) for e in body["events"]] == [("solved", "self")]

    page = await api.get("/tickets", params={"scope": "team", "limit": 200}, headers=ava)
    assert page.status_code == 200
    assert TicketPage.model_validate_json(page.content).model_dump_json().encode() == page.content
    item = next(i for i in page.json()["items"] if i["id"] == ticket_id)
    # The list's item is the summary, and where a search found it: nothing searched here.
    summary = {k: v for k, v in patched.json().items() if k in TicketSummary.model_fields}
    assert item == summary | {"match": None}


async def test_many_first_requests_at_once_all_get_their_page(api: httpx.AsyncClient) -> None:
    # 40 requests with a token no process has seen (each reads its user) and more than
    # the pool's connections: none may hold one connection while waiting for another.
    fresh = await sign_in(api, "ava@northwind.example")
    answers = await asyncio.wait_for(
        asyncio.gather(
            *(api.get("/tickets", params={"limit": 50}, headers=fresh) for _ in range(40))
        ),
        timeout=25,
    )
    assert [a.status_code for a in answers] == [200] * 40
