"""Recommendations (R19) and insights (R20)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
import pytest

from backend.domain.recommendations import TicketCount, rank
from backend.domain.tickets import CATEGORIES
from backend.seed.catalogue import CATALOGUE
from tests.backend.conftest import sign_in


def test_catalogue_covers_every_category_in_three_languages() -> None:  # R19
    assert len(CATALOGUE) >= 40
    assert {i.category for i in CATALOGUE} == set(CATEGORIES)
    assert {i.kind for i in CATALOGUE} == {"article", "video", "course"}
    assert len({i.key for i in CATALOGUE}) == len(CATALOGUE)
    for item in CATALOGUE:
        for text in (item.title, item.summary):
            assert text.en and text.ja and text.nl


def test_videos_and_courses_say_how_long_they_take() -> None:  # R19
    for item in CATALOGUE:
        if item.kind == "article":
            assert item.minutes is None  # reading time is not known
        else:
            assert item.minutes is not None and 1 <= item.minutes <= 180, item.key


def test_without_tickets_the_most_popular_come_first() -> None:  # R19
    basis, items = rank(CATALOGUE, [])
    assert basis == "popular"
    popularity = [r.item.popularity for r in items]
    assert popularity == sorted(popularity, reverse=True)
    assert all(r.reason_category is None for r in items)


def test_history_puts_the_teams_issues_first() -> None:  # R19
    history = [
        TicketCount("integrations", "dash", recent=3, older=0),
        TicketCount("sync", "dropbox", recent=0, older=2),
    ]
    basis, items = rank(CATALOGUE, history)
    assert basis == "history"
    top_categories = [r.reason_category for r in items[:4]]
    assert set(top_categories) == {"integrations"}
    assert {r.reason_tickets for r in items[:4]} == {3}  # "because of 3 tickets about …"
    # Dash items rank above Dropbox-only ones within the category.
    integration = [r.item.product for r in items if r.reason_category == "integrations"]
    assert (
        integration.index("dash") < integration.index("dropbox")
        if "dropbox" in integration
        else True
    )
    assert "sync" in {r.reason_category for r in items}


def test_recent_tickets_weigh_more() -> None:  # R19
    history = [
        TicketCount("billing", "dropbox", recent=2, older=0),
        TicketCount("sharing", "dropbox", recent=0, older=3),
    ]
    _, items = rank(CATALOGUE, history)
    assert items[0].reason_category == "billing"  # 2 × 2 recent beat 3 older


async def test_recommendations_in_the_admins_language(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R19
    english = (await api.get("/recommendations", headers=ava)).json()
    assert english["basis"] == "history" and english["items"]
    yuki = await sign_in(api, "yuki@northwind.example")
    japanese = (await api.get("/recommendations", headers=yuki)).json()
    assert [i["key"] for i in japanese["items"]] == [i["key"] for i in english["items"]]
    by_key = {i.key: i for i in CATALOGUE}
    first = japanese["items"][0]
    assert first["title"] == by_key[first["key"]].title.ja
    assert all(i["minutes"] == by_key[i["key"]].minutes for i in japanese["items"])
    assert japanese["language"] == "ja" and english["language"] == "en"
    # The app's language wins over the account's: Ava reading in Dutch gets Dutch.
    dutch = (await api.get("/recommendations", params={"lang": "nl"}, headers=ava)).json()
    assert dutch["language"] == "nl"
    assert dutch["items"][0]["summary"] == by_key[dutch["items"][0]["key"]].summary.nl
    assert [i["key"] for i in dutch["items"]] == [i["key"] for i in english["items"]]
    bad = await api.get("/recommendations", params={"lang": "fr"}, headers=ava)
    assert bad.status_code == 422
    tia = await sign_in(api, "tia@tiny.example")
    assert (await api.get("/recommendations", headers=tia)).json()["basis"] == "popular"
    mia = await sign_in(api, "mia@northwind.example")
    assert (await api.get("/recommendations", headers=mia)).status_code == 403


async def test_recommendations_follow_each_new_ticket(api: httpx.AsyncClient) -> None:  # R19
    tia = await sign_in(api, "tia@tiny.example")
    before = (await api.get("/recommendations", headers=tia)).json()
    assert before["basis"] == "popular"
    # Tiny Studio has no add-on, but its admin can still e-mail support.
    created = await api.post(
        "/help/requests",
        json={
            "product": "dropbox",
            "category": "billing",
            "subject": "VAT number",
            "body": "Where?",
        },
        headers=tia,
    )
    assert created.status_code == 201
    after = (await api.get("/recommendations", headers=tia)).json()
    assert after["basis"] == "history"
    assert after["items"][0]["reason_category"] == "billing"
    assert after["items"][0]["reason_tickets"] == 1
    assert all(i["reason_tickets"] == 0 for i in after["items"] if not i["reason_category"])


async def test_done_and_not_useful_are_remembered_per_admin(
    api: httpx.AsyncClient,
) -> None:  # R19
    ava = await sign_in(api, "ava@northwind.example")
    noah = await sign_in(api, "noah@northwind.example")
    before = [i["key"] for i in (await api.get("/recommendations", headers=ava)).json()["items"]]
    first, second = before[0], before[1]
    for key, verdict in ((first, "done"), (second, "not_useful")):
        answer = await api.put(
            f"/recommendations/{key}/feedback", json={"verdict": verdict}, headers=ava
        )
        assert answer.status_code == 200 and answer.json() == {"key": key, "verdict": verdict}
    after = [i["key"] for i in (await api.get("/recommendations", headers=ava)).json()["items"]]
    assert first not in after and second not in after
    assert after[: len(before) - 2] == before[2:]  # the rest move up, in their order
    # Another admin of the team still sees them: it is Ava's reading, not the team's.
    theirs = (await api.get("/recommendations", headers=noah)).json()["items"]
    assert first in {i["key"] for i in theirs}
    # Changing one's mind: again "done" is fine; undo brings it back.
    again = await api.put(
        f"/recommendations/{first}/feedback", json={"verdict": "done"}, headers=ava
    )
    assert again.status_code == 200
    assert (await api.delete(f"/recommendations/{first}/feedback", headers=ava)).status_code == 204
    assert (await api.delete(f"/recommendations/{second}/feedback", headers=ava)).status_code == 204
    restored = [i["key"] for i in (await api.get("/recommendations", headers=ava)).json()["items"]]
    assert restored == before
    unknown = await api.put(
        "/recommendations/no-such-item/feedback", json={"verdict": "done"}, headers=ava
    )
    assert unknown.status_code == 404 and unknown.json()["code"] == "unknown_recommendation"
    wrong = await api.put(
        f"/recommendations/{first}/feedback", json={"verdict": "meh"}, headers=ava
    )
    assert wrong.status_code == 422


async def _all(
    api: httpx.AsyncClient, headers: dict[str, str], scope: str
) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    cursor = None
    while True:
        params: dict[str, object] = {"scope": scope, "limit": 200} | (
            {"cursor": cursor} if cursor else {}
        )
        page = (await api.get("/tickets", params=params, headers=headers)).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items


async def test_insights_match_the_tickets(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R20
    today = datetime.now(UTC).date()
    first = today - timedelta(days=83)
    response = await api.get(
        "/insights", params={"from": first.isoformat(), "to": today.isoformat()}, headers=ava
    )
    assert response.status_code == 200, response.text
    insights = response.json()
    tickets = await _all(api, ava, "mine") + await _all(api, ava, "team")
    assert insights["open_tickets"] == sum(
        t["status"] in ("new", "open", "pending") for t in tickets
    )
    in_period = [
        t for t in tickets if first.isoformat() <= str(t["created_at"])[:10] <= today.isoformat()
    ]
    assert sum(i["count"] for i in insights["top_issues"]) == len(in_period)
    counts = [i["count"] for i in insights["top_issues"]]
    assert counts == sorted(counts, reverse=True)
    assert sum(p["count"] for p in insights["top_products_per_issue"]) == len(in_period)
    assert sum(w["opened"] for w in insights["weekly"]) == len(in_period)
    assert all(date.fromisoformat(w["week"]).weekday() == 0 for w in insights["weekly"])
    assert insights["sla"]["met"] + insights["sla"]["breached"] <= len(in_period)
    assert insights["sla"]["breached"] >= 1
    # The median time to a first response, over the period's answered tickets.
    waits = sorted(
        (
            datetime.fromisoformat(str(t["first_responded_at"]))
            - datetime.fromisoformat(str(t["created_at"]))
        ).total_seconds()
        / 60
        for t in in_period
        if t["first_responded_at"]
    )
    middle = waits[(len(waits) - 1) // 2 : len(waits) // 2 + 1]
    assert insights["median_first_response_minutes"] == pytest.approx(
        sum(middle) / len(middle), abs=0.01
    )
    # Mine: only Ava's own tickets.
    mine = (
        await api.get(
            "/insights",
            params={"from": first.isoformat(), "to": today.isoformat(), "scope": "mine"},
            headers=ava,
        )
    ).json()
    own = await _all(api, ava, "mine")
    assert mine["open_tickets"] == sum(t["status"] in ("new", "open", "pending") for t in own)
    own_in_period = [
        t for t in own if first.isoformat() <= str(t["created_at"])[:10] <= today.isoformat()
    ]
    assert sum(i["count"] for i in mine["top_issues"]) == len(own_in_period) > 0
    assert len(own_in_period) < len(in_period)


def _monday(moment: str) -> str:
    day = datetime.fromisoformat(moment).astimezone(UTC).date()
    return (day - timedelta(days=day.weekday())).isoformat()


async def test_solved_per_week_counts_the_tickets_solved_at_then(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R20: a week's "solved" is the tickets whose solved_at falls in it
    today = datetime.now(UTC).date()
    first = today - timedelta(days=83)
    for scope, whose in (("team", ("mine", "team")), ("mine", ("mine",))):
        params = {"from": first.isoformat(), "to": today.isoformat(), "scope": scope}
        insights = (await api.get("/insights", params=params, headers=ava)).json()
        tickets = [t for s in whose for t in await _all(api, ava, s)]
        expected: dict[str, int] = {}
        for t in tickets:
            solved = t["solved_at"]
            if solved and first <= datetime.fromisoformat(str(solved)).date() <= today:
                week = _monday(str(solved))
                expected[week] = expected.get(week, 0) + 1
        assert expected, "the demo world has tickets solved in the last 12 weeks"
        assert {w["week"]: w["solved"] for w in insights["weekly"] if w["solved"]} == expected
        # Only solved and closed tickets carry the time.
        assert all(
            (t["solved_at"] is None) == (t["status"] not in ("solved", "closed")) for t in tickets
        )


async def test_insights_of_a_team_without_tickets(api: httpx.AsyncClient) -> None:  # R20
    ivan = await sign_in(api, "ivan@invoice.example")
    empty = (await api.get("/insights", headers=ivan)).json()
    assert empty["open_tickets"] == 0 and empty["top_issues"] == [] and empty["weekly"] == []
    assert empty["sla"] == {"met": 0, "breached": 0}
    assert empty["median_first_response_minutes"] is None


async def test_insights_period_is_checked(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    response = await api.get(
        "/insights", params={"from": "2026-05-01", "to": "2026-04-01"}, headers=ava
    )
    assert response.status_code == 422 and response.json()["code"] == "invalid_period"
    default = (await api.get("/insights", headers=ava)).json()
    span = datetime.fromisoformat(default["period"]["to"]) - datetime.fromisoformat(
        default["period"]["from"]
    )
    assert span == timedelta(weeks=12)


async def test_open_now_counts_the_open_tickets_whenever_opened(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R20: the patterns of the team's open tickets
    for scope, whose in (("team", ("mine", "team")), ("mine", ("mine",))):
        response = await api.get(
            "/insights", params={"period": "open_now", "scope": scope}, headers=ava
        )
        assert response.status_code == 200, response.text
        insights = response.json()
        assert insights["counts"] == "open_now"
        tickets = [t for s in whose for t in await _all(api, ava, s)]
        open_ = [t for t in tickets if t["status"] in ("new", "open", "pending")]
        # Some were opened long ago: not a period's count under another name.
        assert open_ and insights["open_tickets"] == len(open_)
        per_issue: dict[str, int] = {}
        per_pair: dict[tuple[str, str], int] = {}
        for t in open_:
            per_issue[t["category"]] = per_issue.get(t["category"], 0) + 1
            pair = (t["category"], t["product"])
            per_pair[pair] = per_pair.get(pair, 0) + 1
        assert {i["category"]: i["count"] for i in insights["top_issues"]} == per_issue
        counts = [i["count"] for i in insights["top_issues"]]
        assert counts == sorted(counts, reverse=True)
        assert {
            (p["category"], p["product"]): p["count"] for p in insights["top_products_per_issue"]
        } == per_pair
        assert insights["weekly"] == [] and insights["sla"] == {"met": 0, "breached": 0}
    # A period as before: counts what was opened in it, and says so.
    default = (await api.get("/insights", headers=ava)).json()
    assert default["counts"] == "opened"
    bad = await api.get("/insights", params={"period": "yesterday"}, headers=ava)
    assert bad.status_code == 422
    # A new ticket counts at once (no rollup in between), in its issue and product.
    tia = await sign_in(api, "tia@tiny.example")

    async def open_sync() -> tuple[int, int]:
        now = (await api.get("/insights", params={"period": "open_now"}, headers=tia)).json()
        sync = [i["count"] for i in now["top_products_per_issue"] if i["category"] == "sync"]
        return now["open_tickets"], sum(sync)

    before = await open_sync()
    created = await api.post(
        "/help/requests",
        json={"product": "dropbox", "category": "sync", "subject": "Stuck", "body": "Why?"},
        headers=tia,
    )
    assert created.status_code == 201
    assert await open_sync() == (before[0] + 1, before[1] + 1)
