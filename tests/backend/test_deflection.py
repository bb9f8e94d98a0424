"""Deflection (issue 21): help articles matching a question as it is written, and the
questions they answered counted in insights, per team."""

from __future__ import annotations

import asyncio
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from backend.config import Settings
from backend.db import migrate
from tests.backend.conftest import sign_in
from tests.support.databases import run_in_own_loop, sqlite_database
from tests.support.server import running_server


async def _suggest(
    api: httpx.AsyncClient, headers: dict[str, str], q: str, lang: str | None = None
) -> dict[str, object]:
    params = {"q": q} | ({"lang": lang} if lang else {})
    response = await api.get("/help-articles", params=params, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _keys(body: dict[str, object]) -> list[str]:
    items = body["items"]
    assert isinstance(items, list)
    return [item["key"] for item in items]


async def test_english_words_find_the_sync_article(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    body = await _suggest(api, ava, "Files are not syncing\nThe Board folder stopped syncing.")
    keys = _keys(body)
    assert "files-not-syncing" in keys
    assert 1 <= len(keys) <= 3
    assert _keys(await _suggest(api, ava, "Files are not syncing"))[0] == "files-not-syncing"
    first = body["items"][0]  # type: ignore[index]
    assert first["kind"] in ("article", "video")
    assert first["url"].startswith("https://help.example.com/")
    assert first["title"] and first["summary"]
    assert body["language"] == "en"


async def test_japanese_without_spaces_matches_in_japanese(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    body = await _suggest(api, ava, "ファイルが同期されない", lang="ja")
    assert _keys(body)[0] == "files-not-syncing"
    assert body["language"] == "ja"
    title = body["items"][0]["title"]  # type: ignore[index]
    assert "同期" in title
    # Katakana typed as one word meets the title's spaced シングル サインオン.
    sso = _keys(await _suggest(api, ava, "シングルサインオンが使えない", lang="ja"))
    assert "set-up-single-sign-on" in sso


async def test_dutch_in_the_admins_own_language(api: httpx.AsyncClient) -> None:
    noah = await sign_in(api, "noah@northwind.example")  # locale nl
    body = await _suggest(api, noah, "Bestanden synchroniseren niet meer")
    assert body["language"] == "nl"
    assert _keys(body)[0] == "files-not-syncing"
    assert "synchronis" in body["items"][0]["title"].lower()  # type: ignore[index]


async def test_nothing_matching_is_an_empty_list(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    assert _keys(await _suggest(api, ava, "")) == []
    assert _keys(await _suggest(api, ava, "hello, thanks")) == []
    assert _keys(await _suggest(api, ava, "xyzzy quux")) == []


async def test_a_query_too_long_is_refused_not_cut(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    response = await api.get("/help-articles", params={"q": "a" * 2001}, headers=ava)
    assert response.status_code == 422
    assert response.json()["code"] == "validation_error"


async def _insights_deflections(
    api: httpx.AsyncClient, headers: dict[str, str], **params: str
) -> int:
    response = await api.get("/insights", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return int(response.json()["deflections"])


async def test_answered_questions_are_counted_for_the_team_only(api: httpx.AsyncClient) -> None:
    northwind = await sign_in(api, "noah@northwind.example")
    tiny = await sign_in(api, "tia@tiny.example")
    before_team = await _insights_deflections(api, northwind)
    before_mine = await _insights_deflections(api, northwind, scope="mine")
    before_other = await _insights_deflections(api, tiny)
    answered = await api.post(
        "/deflections", json={"article_key": "files-not-syncing"}, headers=northwind
    )
    assert answered.status_code == 201, answered.text
    assert answered.json()["article_key"] == "files-not-syncing"
    assert await _insights_deflections(api, northwind) == before_team + 1
    assert await _insights_deflections(api, northwind, scope="mine") == before_mine + 1
    # Another team's admin sees nothing of it, nor a colleague in "mine".
    assert await _insights_deflections(api, tiny) == before_other
    yuki = await sign_in(api, "yuki@northwind.example")
    yuki_mine = await _insights_deflections(api, yuki, scope="mine")
    assert await _insights_deflections(api, yuki) == before_team + 1
    # A period before today does not count today's answer.
    assert (
        await _insights_deflections(api, northwind, **{"from": "2025-01-01", "to": "2025-01-31"})
        == 0
    )
    assert await _insights_deflections(api, northwind, period="open_now") == 0
    assert await _insights_deflections(api, yuki, scope="mine") == yuki_mine


async def test_the_same_idempotency_key_counts_once(api: httpx.AsyncClient) -> None:
    tia = await sign_in(api, "tia@tiny.example")
    before = await _insights_deflections(api, tia)
    key = str(uuid.uuid4())
    for _ in range(2):
        answered = await api.post(
            "/deflections",
            json={"article_key": "selective-sync"},
            headers=tia | {"Idempotency-Key": key},
        )
        assert answered.status_code == 201, answered.text
    assert await _insights_deflections(api, tia) == before + 1


async def test_an_unknown_or_course_key_is_a_stable_problem(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    before = await _insights_deflections(api, ava)
    for key in ("no-such-article", "secure-team-sign-in-course"):
        response = await api.post("/deflections", json={"article_key": key}, headers=ava)
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["code"] == "unknown_article"
    assert await _insights_deflections(api, ava) == before


async def test_members_can_neither_search_nor_count(api: httpx.AsyncClient) -> None:  # R6
    mia = await sign_in(api, "mia@northwind.example")
    response = await api.get("/help-articles", params={"q": "sync"}, headers=mia)
    assert response.status_code == 403
    assert response.json()["code"] == "not_admin"
    posted = await api.post("/deflections", json={"article_key": "selective-sync"}, headers=mia)
    assert posted.status_code == 403


def test_the_migration_goes_down_and_up_with_deflections_in_it(tmp_path: Path) -> None:
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path) as server:

            async def answer() -> None:
                async with httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=10) as api:
                    ava = await sign_in(api, "ava@northwind.example")
                    made = await api.post(
                        "/deflections", json={"article_key": "selective-sync"}, headers=ava
                    )
                    assert made.status_code == 201, made.text

            run_in_own_loop(answer)
        settings = Settings(database_url=url)
        path = url.removeprefix("sqlite:///")

        def tables() -> set[str]:
            with sqlite3.connect(path) as db:
                return {r[0] for r in db.execute("SELECT name FROM sqlite_master")}

        assert "deflection" in tables()
        _in_thread(lambda: migrate.downgrade(settings, "0016"))
        assert "deflection" not in tables()
        assert "ticket_followers" in tables()  # only its own step undone
        assert "ticket" in tables()
        _in_thread(lambda: migrate.upgrade(settings))
        assert "ix_deflection_team_created" in tables()


def _in_thread(work: Callable[[], None]) -> None:
    """Alembic runs its own event loop: keep it off the tests' loop's thread."""

    async def run() -> None:
        await asyncio.to_thread(work)

    run_in_own_loop(run)


async def test_insights_split_the_ratings_by_category(api: httpx.AsyncClient) -> None:
    """Issue 21's satisfaction table: good and bad per category, for the period and team."""
    yuki = await sign_in(api, "yuki@northwind.example")
    tia = await sign_in(api, "tia@tiny.example")

    async def by_category(headers: dict[str, str]) -> dict[str, tuple[int, int]]:
        response = await api.get("/insights", params={"scope": "mine"}, headers=headers)
        assert response.status_code == 200, response.text
        rows = response.json()["satisfaction_by_category"]
        return {r["category"]: (r["good"], r["bad"]) for r in rows}

    before = await by_category(yuki)
    before_other = await by_category(tia)
    for category, rating in (("billing", "good"), ("billing", "bad"), ("sharing", "good")):
        created = await api.post(
            "/tickets",
            json={
                "product": "dropbox",
                "channel": "request",
                "category": category,
                "language": "en",
                "subject": "Rated",
                "body": "To be rated.",
            },
            headers=yuki,
        )
        assert created.status_code == 201, created.text
        ticket_id = created.json()["id"]
        await api.patch(f"/tickets/{ticket_id}", json={"status": "solved"}, headers=yuki)
        rated = await api.put(
            f"/tickets/{ticket_id}/satisfaction", json={"rating": rating}, headers=yuki
        )
        assert rated.status_code == 200, rated.text
    after = await by_category(yuki)
    good, bad = before.get("billing", (0, 0))
    assert after["billing"] == (good + 1, bad + 1)
    good, bad = before.get("sharing", (0, 0))
    assert after["sharing"] == (good + 1, bad)
    assert await by_category(tia) == before_other
    whole = (await api.get("/insights", params={"scope": "mine"}, headers=yuki)).json()
    assert sum(g for g, _ in after.values()) == whole["satisfaction"]["good"]
    assert sum(b for _, b in after.values()) == whole["satisfaction"]["bad"]


async def test_a_dutch_participle_finds_the_sync_article_first(api: httpx.AsyncClient) -> None:
    # A newcomer's question: the articles about restoring and sharing files came first,
    # matching only "Bestanden"; "gesynchroniseerd" is "synchroniseren" with ge- before it.
    noah = await sign_in(api, "noah@northwind.example")  # locale nl
    body = await _suggest(api, noah, "Bestanden worden niet gesynchroniseerd")
    assert _keys(body)[0] == "files-not-syncing"


async def test_japanese_grammar_alone_matches_nothing(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    # "月曜日から遅いです" brought in "ランサムウェアの被害からファイルを復元する" by から alone.
    keys = _keys(await _suggest(api, ava, "月曜日から遅いです", lang="ja"))
    assert "ransomware-recovery" not in keys
    assert _keys(await _suggest(api, ava, "からです。ないのでしょうか", lang="ja")) == []


async def test_a_japanese_dropbox_question_gets_no_dash_article(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    # A newcomer's Dropbox subject, "…が表示されない", brought in "Dash の検索結果が表示
    # されない…": が表, 表示 and 示さ were three words, each one in the title.
    dash = {"dash-results-out-of-date", "connect-apps-to-dash", "dash-search-video"}
    for subject in ("Dropbox が表示されない", "Dropbox アプリに接続できない"):
        keys = _keys(await _suggest(api, ava, subject, lang="ja"))
        assert not dash & set(keys), (subject, keys)
    # Dash named, its article still comes first; and so it does in English.
    keys = _keys(await _suggest(api, ava, "Dash の検索結果が表示されない", lang="ja"))
    assert keys[0] == "dash-results-out-of-date"
    assert "connect-apps-to-dash" not in _keys(
        await _suggest(api, ava, "Can't connect Dropbox app")
    )
    keys = _keys(await _suggest(api, ava, "Can't connect Dropbox Dash to Slack"))
    assert "dash-slack-connector" in keys, keys


async def test_the_product_asked_about_leaves_the_others_articles_out(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R14: the form says which product the question is about
    async def keys(q: str, product: str) -> list[str]:
        params = {"q": q, "lang": "ja", "product": product}
        response = await api.get("/help-articles", params=params, headers=ava)
        assert response.status_code == 200, response.text
        return [item["key"] for item in response.json()["items"]]

    assert "connect-apps-to-dash" not in await keys("アプリに接続できない", "dropbox")
    assert (await keys("アプリに接続できない", "dash"))[0] == "connect-apps-to-dash"
    refused = await api.get("/help-articles", params={"q": "sync", "product": "paper"}, headers=ava)
    assert refused.status_code == 422
