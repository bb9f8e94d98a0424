"""What the add-on includes, over HTTP: consultation booking, webinars, trend reviews (R3)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import RunningServer, running_server


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """A service of its own: these tests book and buy, which others must not see."""
    directory = tmp_path_factory.mktemp("entitlements")
    with database(request.param, directory) as url, running_server(url, directory) as running:
        yield running


@pytest.fixture
async def api(world: RunningServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{world.url}/v1", timeout=10) as client:
        yield client


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


async def test_entitlements_of_an_enhanced_addon(api: httpx.AsyncClient) -> None:  # R3
    ava = await sign_in(api, "ava@northwind.example")
    items = (await api.get("/entitlements", headers=ava)).json()["items"]
    # Dash's add-on ended 90 days ago: only Dropbox's is listed.
    assert [i["product"] for i in items] == ["dropbox"]
    dropbox = items[0]
    assert (dropbox["tier"], dropbox["consultation_hours"], dropbox["consultation"]) == (
        "enhanced",
        1,
        None,
    )
    assert dropbox["quarterly_feature_emails"] and dropbox["live_webinars"]
    review = _time(dropbox["next_trend_review_at"])
    assert review.month in (1, 4, 7, 10) and review.weekday() == 1 and 8 <= review.day <= 14
    assert review > _time((await api.get("/health")).json()["time"])


async def test_book_the_consultation_once(api: httpx.AsyncClient) -> None:  # R3
    ava = await sign_in(api, "ava@northwind.example")
    slots = (
        await api.get("/consultations/slots", params={"product": "dropbox"}, headers=ava)
    ).json()["items"]
    assert len(slots) >= 20
    chosen = slots[1]
    booked = await api.post(
        "/consultations",
        json={"product": "dropbox", "starts_at": chosen["starts_at"]},
        headers=ava,
    )
    assert booked.status_code == 201, booked.text
    booking = booked.json()
    assert _time(booking["starts_at"]) == _time(chosen["starts_at"])
    assert _time(booking["ends_at"]) - _time(booking["starts_at"]) == timedelta(hours=1)

    # Shown afterwards, and the slot is gone for everyone.
    items = (await api.get("/entitlements", headers=ava)).json()["items"]
    assert items[0]["consultation"]["id"] == booking["id"]
    left = (
        await api.get("/consultations/slots", params={"product": "dropbox"}, headers=ava)
    ).json()["items"]
    assert chosen["starts_at"] not in [s["starts_at"] for s in left]

    # A retried request gets the same booking; another slot is refused: one session only.
    noah = await sign_in(api, "noah@northwind.example")
    again = await api.post(
        "/consultations",
        json={"product": "dropbox", "starts_at": chosen["starts_at"]},
        headers=noah,
    )
    assert again.status_code == 201 and again.json()["id"] == booking["id"]
    other = await api.post(
        "/consultations",
        json={"product": "dropbox", "starts_at": slots[2]["starts_at"]},
        headers=noah,
    )
    assert other.status_code == 409
    assert other.headers["content-type"].startswith("application/problem+json")
    assert other.json()["code"] == "consultation_already_booked"


async def test_a_slot_outside_the_calendar_is_refused(api: httpx.AsyncClient) -> None:
    ava = await sign_in(api, "ava@northwind.example")
    quote = await api.post("/addon/quote", json={"product": "dash", "tier": "basic"}, headers=ava)
    await api.post("/addon/purchases", json={"quote_id": quote.json()["quote_id"]}, headers=ava)
    slot = (await api.get("/consultations/slots", params={"product": "dash"}, headers=ava)).json()[
        "items"
    ][0]["starts_at"]
    odd = (_time(slot) + timedelta(minutes=30)).isoformat()
    response = await api.post(
        "/consultations", json={"product": "dash", "starts_at": odd}, headers=ava
    )
    assert response.status_code == 422 and response.json()["code"] == "slot_not_offered"
    naive = await api.post(
        "/consultations", json={"product": "dash", "starts_at": "2030-01-07T09:00:00"}, headers=ava
    )
    assert naive.status_code == 422 and naive.json()["code"] == "validation_error"


async def test_basic_has_no_trend_review(api: httpx.AsyncClient) -> None:  # R3
    ava = await sign_in(api, "ava@northwind.example")
    team = (await api.get("/team", headers=ava)).json()
    if "dash" not in {a["product"] for a in team["addons"] if a["status"] == "active"}:
        quote = await api.post(
            "/addon/quote", json={"product": "dash", "tier": "basic"}, headers=ava
        )
        await api.post("/addon/purchases", json={"quote_id": quote.json()["quote_id"]}, headers=ava)
    items = {i["product"]: i for i in (await api.get("/entitlements", headers=ava)).json()["items"]}
    assert items["dash"]["tier"] == "basic"
    assert items["dash"]["next_trend_review_at"] is None
    assert items["dash"]["response_target_minutes"] == 240


async def test_webinars_for_teams_with_the_addon(api: httpx.AsyncClient) -> None:  # R1, R3
    ava = await sign_in(api, "ava@northwind.example")
    webinars = (await api.get("/webinars", headers=ava)).json()["items"]
    assert webinars and {w["language"] for w in webinars} == {"en", "ja"}
    starts = [w["starts_at"] for w in webinars]
    assert starts == sorted(starts)
    # Each session has a page of its own, where it is joined (a calendar entry links it).
    assert all(w["url"] == f"https://help.example.com/webinars/{w['id']}" for w in webinars)
    assert len({w["url"] for w in webinars}) == len(webinars)


async def test_a_team_without_the_addon_has_no_entitlements(api: httpx.AsyncClient) -> None:
    tia = await sign_in(api, "tia@tiny.example")
    assert (await api.get("/entitlements", headers=tia)).json() == {"items": []}
    for response in (
        await api.get("/consultations/slots", params={"product": "dropbox"}, headers=tia),
        await api.get("/webinars", headers=tia),
    ):
        assert response.status_code == 409 and response.json()["code"] == "addon_required"


async def test_members_cannot_see_entitlements(api: httpx.AsyncClient) -> None:  # R6
    mia = await sign_in(api, "mia@northwind.example")
    for path in ("/entitlements", "/webinars", "/consultations/slots?product=dropbox"):
        response = await api.get(path, headers=mia)
        assert response.status_code == 403 and response.json()["code"] == "not_admin"
