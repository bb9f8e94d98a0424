"""The list page's items kept encoded (``ticket_json``'s item cache, issue 22) change nothing.

A second service on the same database with ``LIST_ITEM_CACHE=0`` encodes every item of
every page: the same list requests to both must give the same bytes, before and after
tickets change (a status, a new message, the submitter's name edited in the database),
and the service that keeps items must show every change at once.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import text

from backend.api import ticket_json
from backend.config import Settings
from backend.db.session import make_engine
from tests.backend.conftest import sign_in
from tests.support.server import RunningServer, running_server


@pytest.fixture(scope="module")
def uncached_server(
    server: RunningServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """The same database served with no list items kept."""
    directory = tmp_path_factory.mktemp("no-item-cache")
    with running_server(server.database_url, directory, seed=False, LIST_ITEM_CACHE="0") as plain:
        yield plain


@pytest.fixture
async def clients(
    server: RunningServer, uncached_server: RunningServer
) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    async with (
        httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=10) as cached,
        httpx.AsyncClient(base_url=f"{uncached_server.url}/v1", timeout=10) as plain,
    ):
        yield cached, plain


async def _same_bytes(
    cached: httpx.AsyncClient,
    plain: httpx.AsyncClient,
    headers: dict[str, str],
    params: Sequence[tuple[str, str]],
) -> dict[str, object]:
    """The page from both services, twice from the one that keeps items (the second
    from what the first kept): the same bytes each time."""
    query = tuple(params)
    first = await cached.get("/tickets", params=query, headers=headers)
    again = await cached.get("/tickets", params=query, headers=headers)
    fresh = await plain.get("/tickets", params=query, headers=headers)
    assert first.status_code == fresh.status_code == 200, fresh.text
    assert first.content == again.content == fresh.content, params
    page: dict[str, object] = fresh.json()
    return page


_PAGES: tuple[tuple[tuple[str, str], ...], ...] = (
    (("limit", "50"),),
    (("limit", "200"), ("scope", "team")),
    (("limit", "3"), ("status", "open")),
    (("q", "export"),),  # searched: items with a match, encoded each time
    (("q", "sync"), ("scope", "team"), ("limit", "200")),
)


async def test_pages_are_the_same_bytes_with_and_without_kept_items(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    cached, plain = clients
    for email in ("ava@northwind.example", "noah@northwind.example", "liam@northwind.example"):
        person = await sign_in(cached, email)
        for params in _PAGES:
            if ("scope", "team") in params and email.startswith("liam"):
                continue  # a member: 403 not_admin, no items
            await _same_bytes(cached, plain, person, params)


async def _rename(database_url: str, email: str, name: str) -> None:
    engine = make_engine(Settings(database_url=database_url))
    try:
        async with engine.begin() as connection:
            await connection.execute(
                text("UPDATE user_account SET name = :name WHERE email = :email"),
                {"name": name, "email": email},
            )
    finally:
        await engine.dispose()


async def test_a_changed_ticket_is_never_served_as_it_was(
    server: RunningServer, clients: tuple[httpx.AsyncClient, httpx.AsyncClient]
) -> None:
    cached, plain = clients
    ava = await sign_in(cached, "ava@northwind.example")
    made = await cached.post(
        "/tickets",
        json={
            "product": "dropbox",
            "channel": "request",
            "category": "sync",
            "language": "en",
            "subject": "Kept items: a ticket that changes",
            "body": "First words.",
        },
        headers=ava,
    )
    assert made.status_code == 201, made.text
    ticket_id = made.json()["id"]

    def item(page: dict[str, object]) -> dict[str, object]:
        items = page["items"]
        assert isinstance(items, list)
        return next(i for i in items if i["id"] == ticket_id)

    before = item(await _same_bytes(cached, plain, ava, [("limit", "50")]))
    assert before["status"] == "new"

    solved = await cached.patch(f"/tickets/{ticket_id}", json={"status": "solved"}, headers=ava)
    assert solved.status_code == 200, solved.text
    after = item(await _same_bytes(cached, plain, ava, [("limit", "50")]))
    assert after["status"] == "solved" and after["solved_at"] is not None

    await asyncio.sleep(0.01)  # a later updated_at than the status change's
    reopened = await cached.patch(f"/tickets/{ticket_id}", json={"status": "open"}, headers=ava)
    assert reopened.status_code == 200, reopened.text
    answered = await cached.post(
        f"/tickets/{ticket_id}/messages", json={"body": "More words."}, headers=ava
    )
    assert answered.status_code == 201, answered.text
    latest = item(await _same_bytes(cached, plain, ava, [("limit", "50")]))
    assert latest["status"] == "open" and latest["solved_at"] is None
    assert str(latest["updated_at"]) >= str(after["updated_at"])

    # Edited where no request of the service sees it: the name is part of the row.
    submitter = before["submitter"]
    assert isinstance(submitter, dict)
    await _rename(server.database_url, "ava@northwind.example", "Ava Renamed")
    try:
        renamed = item(await _same_bytes(cached, plain, ava, [("limit", "50")]))
        assert renamed["submitter"] == {"id": submitter["id"], "name": "Ava Renamed"}
    finally:
        await _rename(server.database_url, "ava@northwind.example", str(submitter["name"]))
    back = item(await _same_bytes(cached, plain, ava, [("limit", "50")]))
    assert back["submitter"] == submitter


def _row(
    created: datetime,
    due: datetime,
    responded: datetime | None,
    text: bool,
    solved: datetime | None = None,
) -> tuple:
    """A row of SUMMARY_COLUMNS as PostgreSQL's driver gives it, or SQLite's (text times)."""

    def at(moment: datetime | None) -> datetime | str | None:
        if moment is None or not text:
            return moment
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")

    return (
        "tkt_kept",
        7,
        "Subject",
        "open",
        "dropbox",
        "request",
        1 if text else True,
        "sync",
        "en",
        "usr_1",
        "Ava",
        at(created),
        at(created),
        60,
        at(due),
        at(responded),
        at(solved),
    )


@pytest.mark.parametrize("text", [False, True], ids=["postgres-row", "sqlite-row"])
def test_a_kept_item_moves_from_due_to_breached_at_its_deadline(text: bool) -> None:
    """The SLA state moves with the time alone, not the row: an item kept before its
    deadline is breached after it, the same bytes as an item encoded each time."""
    created = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    due = created + timedelta(hours=1)
    rows = [
        _row(created, due, None, text),
        _row(created, due, due - timedelta(minutes=5), text),  # met
        _row(created, due, due + timedelta(minutes=5), text),  # answered late
        # Solved with no response: before the due time, then never late (it turned
        # breached at the deadline, a ticket long solved); after it, late.
        _row(created, due, None, text, solved=due - timedelta(minutes=30)),
        _row(created, due, None, text, solved=due + timedelta(minutes=30)),
    ]
    times = [due - timedelta(minutes=1), due, due + timedelta(microseconds=1)]
    times.append(due + timedelta(days=3))
    ticket_json.configure(100)
    try:
        kept = [ticket_json.page([row], None, now) for row in rows for now in times]
        ticket_json.configure(0)
        each_time = [ticket_json.page([row], None, now) for row in rows for now in times]
    finally:
        ticket_json.configure(ticket_json.DEFAULT_ITEM_CACHE)
    assert kept == each_time
    states = [json.loads(page)["items"][0]["sla_state"] for page in kept]
    assert states == (
        ["due", "due", "breached", "breached"]
        + ["met"] * 4
        + ["breached"] * 4
        + ["met"] * 4
        + ["breached"] * 4
    )
