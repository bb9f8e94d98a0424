"""Search in every message (issue 21): ``GET /v1/tickets?q=`` finds a text in the subject
or in any written line of the thread, in English, Japanese and Dutch, on SQLite and
PostgreSQL, and says where (``match``), without crossing a team's boundary."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from backend.config import Settings
from backend.db import migrate
from backend.db.models import Team, User
from backend.db.queries import ticket_reads, ticket_search, tickets
from backend.db.session import make_engine, make_sessionmaker
from tests.backend.conftest import sign_in
from tests.support.databases import database, run_in_own_loop, run_off_the_loop

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _marker() -> str:
    # Letters only: a text no other ticket of the shared demo world contains.
    return "zq" + "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:10])


async def _open(
    api: httpx.AsyncClient, headers: dict[str, str], subject: str, body: str, language: str = "en"
) -> str:
    created = await api.post(
        "/tickets",
        json={
            "product": "dropbox",
            "channel": "request",
            "category": "sync",
            "language": language,
            "subject": subject,
            "body": body,
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def _search(
    api: httpx.AsyncClient, headers: dict[str, str], q: str, **params: str | int
) -> dict[str, dict[str, object]]:
    """Every ticket the search finds, all pages, by id."""
    found: dict[str, dict[str, object]] = {}
    cursor: str | None = None
    while True:
        query: dict[str, str | int] = {"q": q, "limit": 200}
        query.update(params)
        if cursor:
            query["cursor"] = cursor
        response = await api.get("/tickets", params=query, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        found.update({item["id"]: item for item in page["items"]})
        cursor = page["next_cursor"]
        if cursor is None:
            return found


async def test_a_word_only_in_a_reply_finds_the_ticket(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    word = _marker()
    ticket_id = await _open(api, ava, "Laptop stopped syncing", "The Board folder is stuck.")
    long_reply = "Before: " + "x " * 80 + f"the {word} log says so. After: " + "y " * 80
    reply = await api.post(f"/tickets/{ticket_id}/messages", json={"body": long_reply}, headers=ava)
    assert reply.status_code == 201, reply.text

    found = await _search(api, ava, word.upper())  # case does not matter
    assert list(found) == [ticket_id]
    match = found[ticket_id]["match"]
    assert isinstance(match, dict)
    assert match["in"] == "message"
    snippet = str(match["snippet"])
    assert word in snippet
    assert len(snippet) <= 120
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\n" not in snippet and "<" not in snippet

    # In the subject: said so, and the subject is the snippet.
    in_subject = await _search(api, ava, "laptop STOPPED")
    assert in_subject[ticket_id]["match"] == {"in": "subject", "snippet": "Laptop stopped syncing"}


async def test_without_q_match_is_null(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    page = (await api.get("/tickets", params={"limit": 5}, headers=ava)).json()
    assert page["items"]
    assert all(item["match"] is None for item in page["items"])


async def test_japanese_substrings_and_two_characters_find_it(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    yuki = await sign_in(api, "yuki@northwind.example")
    word = _marker()
    sentence = f"昨日からデスクトップアプリでファイルの同期が止まってしまいました{word}"
    ticket_id = await _open(api, yuki, f"アプリの問題 {word}", "詳細は返信に書きます。", "ja")
    reply = await api.post(f"/tickets/{ticket_id}/messages", json={"body": sentence}, headers=yuki)
    assert reply.status_code == 201, reply.text

    # Inside a sentence without spaces: substrings, not words.
    for q in ("ファイルの同期が止まって", "デスクトップ", "同期"):  # 同期: shorter than a trigram
        found = await _search(api, yuki, q)
        assert ticket_id in found, q
        match = found[ticket_id]["match"]
        assert isinstance(match, dict)
        assert match["in"] == "message"
        assert q in str(match["snippet"])
    # One character, too.
    assert ticket_id in await _search(api, yuki, "昨")
    # A text in neither.
    assert ticket_id not in await _search(api, yuki, "同期できない")


async def test_dutch_with_diacritics(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    word = _marker()
    body = f"De synchronisatie is geëindigd: één bestand ‘Offertes’ ontbreekt ({word})."
    ticket_id = await _open(api, noah, f"Map niet bijgewerkt {word}", "Zie hieronder.")
    reply = await api.post(f"/tickets/{ticket_id}/messages", json={"body": body}, headers=noah)
    assert reply.status_code == 201, reply.text
    for q in ("geëindigd", "één bestand", "ONTBREEKT", "‘Offertes’"):
        found = await _search(api, noah, q)
        assert ticket_id in found, q
        assert found[ticket_id]["match"] == {"in": "message", "snippet": body}
    # Accents are ignored, as a person typing without them expects (migration 0019).
    for q in ("geeindigd", "een bestand", "GEEINDIGD", "eén"):
        found = await _search(api, noah, q)
        assert ticket_id in found, q
        assert found[ticket_id]["match"] == {"in": "message", "snippet": body}


async def test_accents_are_ignored_both_ways_in_subjects_and_messages(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    word = _marker()
    by_subject = await _open(api, noah, f"Café {word} sluit om vijf", "Zie de bijlage.")
    by_message = await _open(api, noah, f"Voorstel {word}", f"Twee ideeen voor {word}: één map.")
    for q, where in (("cafe", "subject"), ("CAFÉ", "subject"), ("Cafe", "subject")):
        found = await _search(api, noah, f"{q} {word}")
        assert set(found) == {by_subject}, q
        match = found[by_subject]["match"]
        assert isinstance(match, dict) and match["in"] == where
        assert f"Café {word}" in str(match["snippet"])  # the text as written
    for q in ("ideeën", "IDEEËN", "ideeen", f"ideeën voor {word}"):
        found = await _search(api, noah, q)
        assert by_message in found, q
        assert found[by_message]["match"] == {
            "in": "message",
            "snippet": f"Twee ideeen voor {word}: één map.",
        }
    # Shorter than a trigram (the walk): folded too.
    assert by_message in await _search(api, noah, "éé")
    # Folding drops accents, not letters: "idee" is not "ideeën minus a letter".
    assert by_message not in await _search(api, noah, f"ideen voor {word}")


async def test_percent_and_underscore_are_literal(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    word = _marker()
    ticket_id = await _open(api, ava, f"Quota {word}", f"Upload stuck at 100% of {word} files")
    assert ticket_id in await _search(api, ava, "100% of")
    # As LIKE wildcards they would match "100% of": literal, they do not.
    assert ticket_id not in await _search(api, ava, "100_ of")
    assert ticket_id not in await _search(api, ava, "100%%of")
    assert ticket_id not in await _search(api, ava, "1_0")
    # Shorter than a trigram: still literal.
    for q in ("%", "_"):
        found = await _search(api, ava, q)
        for item in found.values():
            match = item["match"]
            assert isinstance(match, dict)
            assert q in str(match["snippet"]), (q, item["id"])
    assert ticket_id in await _search(api, ava, "%")


async def test_every_ticket_found_says_where_even_where_the_foldings_differ(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    word = _marker()
    ticket_id = await _open(api, ava, f"Straße {word}", "Die Adresse stimmt nicht.")
    # PostgreSQL's unaccent folds ß to ss, Python's folding (the snippets') keeps it.
    found = await _search(api, ava, f"strasse {word}")
    assert set(found) <= {ticket_id}
    for item in found.values():
        assert item["match"] == {"in": "subject", "snippet": f"Straße {word}"}
    assert (await _search(api, ava, f"straße {word}"))[ticket_id]["match"] == {
        "in": "subject",
        "snippet": f"Straße {word}",
    }


async def test_full_width_text_finds_ascii_and_its_signs_stay_literal(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    yuki = await sign_in(api, "yuki@northwind.example")
    word = _marker()
    ticket_id = await _open(
        api, yuki, f"容量 {word}", f"使用率が100%になり、100 files が止まりました {word}", "ja"
    )
    # Typed in full-width mode: the same letters, digits and signs (folded like accents).
    for q in ("１００％になり", "１００ ＦＩＬＥＳ", "１００％"):
        found = await _search(api, yuki, q)
        assert ticket_id in found, q
        assert found[ticket_id]["match"] == {
            "in": "message",
            "snippet": f"使用率が100%になり、100 files が止まりました {word}",
        }
    # Folded into % and _, a full-width ％ or ＿ is still no wildcard: "1_0" would be "100".
    for q in ("１＿０", "１％ｆ", "1＿0"):
        assert ticket_id not in await _search(api, yuki, q), q


async def test_another_teams_ticket_with_the_same_word_is_never_found(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    word = _marker()
    ours = await _open(api, ava, "Our ticket", f"Our line with {word} in it")
    tia = await sign_in(api, "tia@tiny.example")
    made = await api.post(
        "/help/requests",
        json={
            "product": "dropbox",
            "category": "sync",
            "subject": "Their ticket",
            "body": f"Their line with {word} in it",
        },
        headers=tia,
    )
    assert made.status_code == 201, made.text
    theirs = made.json()["id"]
    noah = await sign_in(api, "noah@northwind.example")
    liam = await sign_in(api, "liam@northwind.example")  # a member (R6)

    for q in (word, word[:2], "line with"):
        assert theirs not in await _search(api, ava, q)
        assert theirs not in await _search(api, noah, q, scope="team")
        assert ours not in await _search(api, tia, q)
        assert ours not in await _search(api, liam, q)
    assert set(await _search(api, tia, word)) == {theirs}
    assert set(await _search(api, ava, word)) == {ours}
    # Noah's team list: the colleague's ticket, found by its message (R17).
    assert set(await _search(api, noah, word, scope="team")) == {ours}
    assert ours not in await _search(api, noah, word, scope="mine")


async def test_paging_a_search_keeps_the_order_and_covers_it_once(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    word = _marker()
    made = [await _open(api, ava, f"Paging {i}", f"Line {i} with {word}") for i in range(5)]
    whole = await _search(api, ava, word)
    assert set(whole) == set(made)
    paged: list[str] = []
    cursor: str | None = None
    while True:
        params: dict[str, str | int] = {"q": word, "limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get("/tickets", params=params, headers=ava)).json()
        paged += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == list(whole) == list(reversed(made))  # newest first


# --- The migration: what was written before it is found after it ---------------------------


async def _write_before_the_search_index(url: str) -> User:
    engine = make_engine(Settings(database_url=url))
    try:
        async with make_sessionmaker(engine)() as session:
            team = Team(
                name="Search",
                licences=12,
                products=["dropbox"],
                payment_method="card",
                billing_period_start=START,
                renewal_at=START + timedelta(days=365),
                currency="EUR",
            )
            session.add(team)
            await session.flush()
            admin = User(
                team_id=team.id,
                name="Ava Admin",
                email="ava@search.example",
                role="admin",
                password_hash="-",
            )
            session.add(admin)
            await session.flush()
            for n, body in enumerate(["既存のメッセージ：同期エラー", "Oude regel: geëindigd"]):
                await tickets.open_ticket(
                    session,
                    tickets.Opening(
                        team_id=team.id,
                        submitter=admin,
                        product="dropbox",
                        channel="request",
                        category="sync",
                        language="en",
                        subject=f"Before the migration {n}",
                        body=body,
                        premium=True,
                        target_minutes=60,
                        due_at=START + timedelta(minutes=60),
                    ),
                    START + timedelta(minutes=n),
                )
            await session.commit()
            session.expunge(admin)
            return admin
    finally:
        await engine.dispose()


async def _found(url: str, viewer: User, q: str) -> dict[str, str]:
    """Subject → where ``q`` was found, as the list page finds it."""
    engine = make_engine(Settings(database_url=url))
    try:
        async with make_sessionmaker(engine)() as session:
            flt = tickets.TicketFilter(scope="mine", q=q)
            rows, _ = await ticket_reads.summary_page(session, viewer, flt, None, 50)
            matches = await ticket_reads.page_matches(session, flt, rows)
            assert matches is not None
            return {row[ticket_reads.SUBJECT]: matches[row[0]].where for row in rows}
    finally:
        await engine.dispose()


async def _search_objects(url: str) -> set[str]:
    engine = make_engine(Settings(database_url=url))
    try:
        async with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                names = "SELECT name FROM sqlite_master WHERE name LIKE 'search%'"
            else:
                names = "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm'"
            return set((await conn.execute(sa.text(names))).scalars())
    finally:
        await engine.dispose()


EXPECTED_OBJECTS = {
    "sqlite": {
        "search_text",
        *(f"search_text_{part}" for part in ("config", "content", "data", "docsize", "idx")),
        "search_ticket_insert",
        "search_ticket_subject",
        "search_ticket_delete",
        "search_message_insert",
        "search_message_body",
        "search_message_delete",
    },
    "postgres": {"ix_ticket_subject_fold_trgm", "ix_message_body_fold_trgm"},
}
# Migration 0018 alone: the same index of text as written (0019 folds it).
BEFORE_FOLDING = {
    "sqlite": EXPECTED_OBJECTS["sqlite"],
    "postgres": {"ix_ticket_subject_trgm", "ix_message_body_trgm"},
}


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_the_migration_indexes_what_was_written_before_and_goes_back(
    kind: str, tmp_path: Path
) -> None:
    with database(kind, tmp_path) as url:
        settings_ = Settings(database_url=url)
        run_off_the_loop(lambda: migrate.upgrade(settings_, "0017"))
        viewer: list[User] = []

        async def write() -> None:
            viewer.append(await _write_before_the_search_index(url))

        run_in_own_loop(write)
        assert _objects(url) == set()

        def check() -> None:
            both = {"Before the migration 0": "subject", "Before the migration 1": "subject"}
            for q, expected in [
                ("同期エラー", {"Before the migration 0": "message"}),
                ("同期", {"Before the migration 0": "message"}),
                ("geëindigd", {"Before the migration 1": "message"}),
                ("MIGRATION 1", {"Before the migration 1": "subject"}),
                ("geeindigd", {"Before the migration 1": "message"}),
                ("ë", both),  # below a trigram: the walk, folded as well
            ]:
                assert _found_now(url, viewer[0], q) == expected, q
                # The same when the walk answers (what a common text takes on SQLite).
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr(ticket_search, "FEW", 0)
                    assert _found_now(url, viewer[0], q) == expected, q

        run_off_the_loop(lambda: migrate.upgrade(settings_))
        # Every part of the index, by name: a later migration that rebuilds ``ticket`` or
        # ``message`` (SQLite's batch mode copies a table) would drop the triggers with it.
        assert _objects(url) == EXPECTED_OBJECTS[kind]
        check()
        # 0019 undone alone: 0018's index again (this version's queries need 0019's).
        run_off_the_loop(lambda: migrate.downgrade(settings_, "0018"))
        assert _objects(url) == BEFORE_FOLDING[kind]
        # Down with the tickets still there, and up again: the same answers.
        run_off_the_loop(lambda: migrate.downgrade(settings_, "0017"))
        assert _objects(url) == set()
        run_off_the_loop(lambda: migrate.upgrade(settings_))
        check()


def _found_now(url: str, viewer: User, q: str) -> dict[str, str]:
    got: dict[str, str] = {}

    async def find() -> None:
        got.update(await _found(url, viewer, q))

    run_in_own_loop(find)
    return got


def _objects(url: str) -> set[str]:
    got: set[str] = set()

    async def read() -> None:
        got.update(await _search_objects(url))

    run_in_own_loop(read)
    return got
