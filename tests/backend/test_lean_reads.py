"""The lean path for the two busiest reads answers exactly as FastAPI's routes do (issue 22).

``backend/api/lean_reads.py`` serves ``GET /v1/tickets`` and ``GET /v1/tickets/{id}``
when the caller's token is remembered. A second service on the same database with
``AUTH_CACHE_SECONDS=0`` remembers no caller, so every request there goes through the
FastAPI routes as before: the same requests to both must get the same status, the same
JSON and the same headers (apart from the date).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.support.server import RunningServer, running_server

# Headers that differ between any two answers, whichever path gave them.
_VARYING = {"date"}


@pytest.fixture(scope="module")
def full_path_server(
    server: RunningServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """The same database served with no caller cache: FastAPI's routes answer every read."""
    directory = tmp_path_factory.mktemp("full-path")
    with running_server(server.database_url, directory, seed=False, AUTH_CACHE_SECONDS="0") as full:
        yield full


def _comparable(response: httpx.Response) -> tuple[int, object, dict[str, str]]:
    headers = {k: v for k, v in response.headers.items() if k not in _VARYING}
    return response.status_code, response.json(), headers


async def _same_answers(
    lean: httpx.AsyncClient,
    full: httpx.AsyncClient,
    path: str,
    headers: dict[str, str],
    params: Sequence[tuple[str, str]] = (),
) -> httpx.Response:
    # The first request with a token fills the cache (FastAPI's route); the second is lean.
    await lean.get("/tickets", params={"limit": 1}, headers=headers)
    sent = {**headers, "X-Request-ID": "lean-reads-test-1"}
    query = tuple(params)  # a tuple: httpx's type for pairs is covariant only as one
    mine = await lean.get(path, params=query, headers=sent)
    before = await full.get(path, params=query, headers=sent)
    assert _comparable(mine) == _comparable(before), path
    assert mine.content == before.content, path  # same bytes, not only the same JSON
    return mine


@pytest.fixture
async def clients(
    server: RunningServer, full_path_server: RunningServer
) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    async with (
        httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=10) as lean,
        httpx.AsyncClient(base_url=f"{full_path_server.url}/v1", timeout=10) as full,
    ):
        yield lean, full


async def test_the_list_pages_answer_as_the_route_does(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    lean, full = clients
    ava = await sign_in(lean, "ava@northwind.example")  # an admin
    first = await _same_answers(lean, full, "/tickets", ava)
    assert first.status_code == 200 and first.headers["x-request-id"] == "lean-reads-test-1"
    assert first.headers["content-type"] == "application/json"
    cursor = first.json()["next_cursor"]
    for params in (
        [("limit", "3"), ("status", "open")],
        [("scope", "team"), ("limit", "7")],
        [("limit", "5"), ("limit", "2")],  # the last value counts
        [("q", "export"), ("product", "dropbox"), ("unknown", "ignored")],
        [("updated_since", "2024-12-01T00:00:00")],  # no zone: UTC
        [("cursor", cursor), ("limit", "50")] if cursor else [("limit", "4")],
        [("cursor", "!!nonsense")],  # 422 invalid_cursor
        [("limit", "201")],  # 422 validation_error, from FastAPI
        [("status", "")],
        [("limit", "abc"), ("scope", "everyone")],
    ):
        await _same_answers(lean, full, "/tickets", ava, params)


async def test_a_ticket_page_answers_as_the_route_does(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    lean, full = clients
    ava = await sign_in(lean, "ava@northwind.example")
    items = (await lean.get("/tickets", params={"limit": 20}, headers=ava)).json()["items"]
    for item in items[:5]:
        page = await _same_answers(lean, full, f"/tickets/{item['id']}", ava)
        assert page.status_code == 200 and page.json()["id"] == item["id"]
    await _same_answers(lean, full, "/tickets/tkt_nothing", ava)  # 404
    tia = await sign_in(lean, "tia@tiny.example")  # another team: 404 as well
    missing = await _same_answers(lean, full, f"/tickets/{items[0]['id']}", tia)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    liam = await sign_in(lean, "liam@northwind.example")  # a member: not an admin's ticket
    await _same_answers(lean, full, f"/tickets/{items[0]['id']}", liam)
    await _same_answers(lean, full, "/tickets/trend", ava)  # another route, not a ticket


async def test_refusals_of_the_caller_are_the_routes_own(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    lean, full = clients
    mia = await sign_in(lean, "mia@northwind.example")  # a member
    team = await _same_answers(lean, full, "/tickets", mia, [("scope", "team")])
    assert team.status_code == 403 and team.json()["code"] == "not_admin"
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic eA=="}):
        for path in ("/tickets", "/tickets/tkt_nothing"):
            sent = {**headers, "X-Request-ID": "lean-reads-test-2"}
            mine = await lean.get(path, headers=sent)
            before = await full.get(path, headers=sent)
            assert mine.status_code == 401 and mine.json()["code"] == "not_authenticated"
            assert _comparable(mine) == _comparable(before)


_PEOPLE = (
    "ava@northwind.example",  # admins
    "noah@northwind.example",
    "tia@tiny.example",
    "ivan@invoice.example",
    "mia@northwind.example",  # members
    "liam@northwind.example",
)


async def test_every_demo_ticket_answers_as_the_route_does(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    """Every ticket of the demo world (chats, callbacks, attachments, followers, status
    changes, ratings, Japanese and Dutch text) as its team sees it and as an agent does:
    the lean path's answers written by the database (page_json.py) where it does so."""
    lean, full = clients
    seen: set[str] = set()
    for email in _PEOPLE:
        person = await sign_in(lean, email)
        scopes = ("mine", "team") if email.split("@")[0] in ("ava", "noah", "tia", "ivan") else ()
        for scope in scopes or ("mine",):
            page = await _same_answers(
                lean, full, "/tickets", person, [("scope", scope), ("limit", "200")]
            )
            ids = [item["id"] for item in page.json()["items"]]
            for ticket_id in ids:
                shown = await _same_answers(lean, full, f"/tickets/{ticket_id}", person)
                assert shown.status_code == 200
            seen.update(ids)
    assert len(seen) >= 40  # the demo world's tickets, nearly all of them
    agent = await sign_in(lean, "agent@vendor.example")
    liam = await sign_in(lean, "liam@northwind.example")
    for ticket_id in sorted(seen):
        await _same_answers(lean, full, f"/tickets/{ticket_id}", agent)
        await _same_answers(lean, full, f"/tickets/{ticket_id}", liam)  # 404 unless his


async def test_unusual_text_and_live_channels_answer_as_the_route_does(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    """Text JSON must escape (quotes, backslashes, tabs, new lines, U+2028, emoji), a chat
    waiting in the queue (its place), a callback, a follower and a status change."""
    lean, full = clients
    ava = await sign_in(lean, "ava@northwind.example")
    odd = 'A "quoted" \\ back\\slash\ttab, 改行\nnew line, \u2028 😀 </script>'
    made = []
    for channel, extra in (
        ("request", {}),
        ("chat", {}),
        ("chat", {}),
        ("callback", {"phone": "+31201234567"}),
    ):
        body = {
            "product": "dropbox",
            "channel": channel,
            "category": "sync",
            "language": "en",
            "subject": f"{channel}: {odd}"[:120].replace("\n", " "),
            "body": odd,
        } | extra
        created = await lean.post("/tickets", json=body, headers=ava)
        assert created.status_code == 201, created.text
        made.append(created.json()["id"])
    first = made[0]
    answer = await lean.post(f"/tickets/{first}/messages", json={"body": odd}, headers=ava)
    assert answer.status_code == 201, answer.text
    people = (await lean.get("/team/members", headers=ava)).json()["items"]
    liam_id = next(p["id"] for p in people if p["name"].startswith("Liam"))
    added = await lean.put(f"/tickets/{first}/followers/{liam_id}", headers=ava)
    assert added.status_code in (200, 201, 204), added.text
    solved = await lean.patch(f"/tickets/{first}", json={"status": "solved"}, headers=ava)
    assert solved.status_code == 200, solved.text
    await _same_answers(lean, full, "/tickets", ava, [("limit", "10")])
    agent = await sign_in(lean, "agent@vendor.example")
    for ticket_id in made:
        for person in (ava, agent):
            page = await _same_answers(lean, full, f"/tickets/{ticket_id}", person)
            assert page.status_code == 200
    waiting = (await lean.get(f"/tickets/{made[2]}", headers=ava)).json()["chat"]
    assert waiting["state"] == "waiting" and waiting["queue_position"] >= 2
    followed = (await lean.get(f"/tickets/{first}", headers=ava)).json()
    assert followed["followers"] and followed["events"] and len(followed["messages"]) == 2
    assert followed["messages"][1]["body"] == odd
