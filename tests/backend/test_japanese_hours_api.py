"""R4 over HTTP, with the service's clock on a Saturday morning in Tokyo."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta

import httpx
import pytest

from backend.domain.hours import JST
from tests.backend.conftest import sign_in
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import sync_request

SATURDAY_11_JST = datetime(2026, 11, 28, 11, 0, tzinfo=JST)
MONDAY_9_JST = datetime(2026, 11, 30, 9, 0, tzinfo=JST)


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def saturday_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("saturday")
    with (
        database(request.param, directory) as url,
        running_server(url, directory, CLOCK_START=SATURDAY_11_JST.isoformat()) as running,
    ):
        yield running


@pytest.fixture
async def saturday(saturday_server: RunningServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{saturday_server.url}/v1", timeout=10) as client:
        yield client


def _body(**overrides: object) -> dict[str, object]:
    return (
        sync_request(
            channel="chat",
            language="ja",
            subject="同期が止まっています",
            body="デスクトップ アプリの同期が止まっています。",
        )
        | overrides
    )


async def test_japanese_chat_and_callback_are_closed_on_saturday(
    saturday: httpx.AsyncClient,
) -> None:
    yuki = await sign_in(saturday, "yuki@northwind.example")
    for channel, extra in (("chat", {}), ("callback", {"phone": "+81312345678"})):
        response = await saturday.post(
            "/tickets", json=_body(channel=channel, **extra), headers=yuki
        )
        assert response.status_code == 409, response.text
        problem = response.json()
        assert problem["code"] == "japanese_support_closed"
        assert datetime.fromisoformat(problem["next_open_at"]) == MONDAY_9_JST


async def test_english_chat_is_open_and_japanese_requests_are_accepted(
    saturday: httpx.AsyncClient,
) -> None:
    yuki = await sign_in(saturday, "yuki@northwind.example")
    english = await saturday.post(
        "/tickets", json=_body(language="en", subject="Sync stopped"), headers=yuki
    )
    assert english.status_code == 201
    written = await saturday.post("/tickets", json=_body(channel="request"), headers=yuki)
    assert written.status_code == 201
    due = datetime.fromisoformat(written.json()["first_response_due_at"].replace("Z", "+00:00"))
    # Answered in hours: the 1-hour target counts from Monday's opening.
    assert due == MONDAY_9_JST + timedelta(hours=1)


async def test_availability_says_when_japanese_opens(saturday: httpx.AsyncClient) -> None:
    ava = await sign_in(saturday, "ava@northwind.example")
    items = (await saturday.get("/support/availability", headers=ava)).json()["items"]
    rows = {(i["language"], i["channel"]): i for i in items}
    assert rows[("en", "chat")] == {
        "language": "en",
        "channel": "chat",
        "open": True,
        "next_open_at": None,
    }
    assert rows[("ja", "chat")]["open"] is False
    assert rows[("ja", "request")]["open"] is True
    assert (
        datetime.fromisoformat(rows[("ja", "callback")]["next_open_at"].replace("Z", "+00:00"))
        == MONDAY_9_JST
    )
