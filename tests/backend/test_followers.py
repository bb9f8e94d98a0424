"""Followers (issue 21): teammates an admin adds to a ticket, mailed the agents' answers.

Runs on SQLite and PostgreSQL (the ``api`` fixture, and ``DATABASE_KINDS`` where a test
starts its own service with the SMTP sink or migrates by hand).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from backend.api.schemas import TicketOut
from backend.config import Settings
from backend.db import migrate
from backend.db.session import make_engine
from tests.backend.conftest import sign_in
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import running_server
from tests.support.smtp_sink import smtp_sink
from tests.support.tickets import sharing_request


async def _id(api: httpx.AsyncClient, email: str) -> str:
    return str((await api.get("/me", headers=await sign_in(api, email))).json()["id"])


async def _new_ticket(api: httpx.AsyncClient, headers: dict[str, str], subject: str) -> str:
    created = await api.post("/tickets", json=sharing_request(subject), headers=headers)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def test_an_admin_adds_teammates_and_the_ticket_says_who_added_them(
    api: httpx.AsyncClient,
) -> None:  # R17
    noah = await sign_in(api, "noah@northwind.example")
    ava = await sign_in(api, "ava@northwind.example")
    liam, yuki = await _id(api, "liam@northwind.example"), await _id(api, "yuki@northwind.example")
    ticket_id = await _new_ticket(api, noah, "Followed")
    assert (await api.get(f"/tickets/{ticket_id}", headers=noah)).json()["followers"] == []

    added = await api.put(f"/tickets/{ticket_id}/followers/{liam}", headers=ava)
    assert added.status_code == 200, added.text
    [first] = added.json()["items"]
    assert (first["user_id"], first["name"], first["role"], first["added_by_name"]) == (
        liam,
        "Liam Smit",
        "member",
        "Ava Jansen",
    )
    # Idempotent: again changes nothing, not even when it was added.
    again = await api.put(f"/tickets/{ticket_id}/followers/{liam}", headers=noah)
    assert again.status_code == 200
    assert again.json()["items"] == [first]

    both = await api.put(f"/tickets/{ticket_id}/followers/{yuki}", headers=noah)
    assert [f["name"] for f in both.json()["items"]] == ["Liam Smit", "Yuki Tanaka"]
    assert both.json()["items"][1]["added_by_name"] == "Noah de Vries"

    # The ticket carries them, built from rows and by the writers' model, in the same bytes.
    got = await api.get(f"/tickets/{ticket_id}", headers=ava)
    assert got.json()["followers"] == both.json()["items"]
    assert TicketOut.model_validate_json(got.content).model_dump_json().encode() == got.content
    patched = await api.patch(f"/tickets/{ticket_id}", json={"status": "solved"}, headers=ava)
    assert patched.json()["followers"] == both.json()["items"]
    listed = await api.get(f"/tickets/{ticket_id}/followers", headers=noah)
    assert listed.json() == both.json()

    removed = await api.delete(f"/tickets/{ticket_id}/followers/{liam}", headers=ava)
    assert removed.status_code == 200, removed.text
    assert [f["name"] for f in removed.json()["items"]] == ["Yuki Tanaka"]
    twice = await api.delete(f"/tickets/{ticket_id}/followers/{liam}", headers=ava)
    assert twice.status_code == 200
    assert twice.json() == removed.json()


async def test_adding_a_follower_moves_the_ticket_in_sync(api: httpx.AsyncClient) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _new_ticket(api, noah, "Synced")
    before = (await api.get(f"/tickets/{ticket_id}", headers=noah)).json()["updated_at"]
    await asyncio.sleep(0.01)
    liam = await _id(api, "liam@northwind.example")
    await api.put(f"/tickets/{ticket_id}/followers/{liam}", headers=noah)
    changed = await api.get("/tickets", params={"updated_since": before}, headers=noah)
    assert ticket_id in [t["id"] for t in changed.json()["items"]]


async def test_a_follower_must_be_of_the_tickets_team(api: httpx.AsyncClient) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _new_ticket(api, noah, "Cross-team")
    for email in ("tia@tiny.example", "agent@vendor.example"):
        refused = await api.put(
            f"/tickets/{ticket_id}/followers/{await _id(api, email)}", headers=noah
        )
        assert refused.status_code == 404, email
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.json()["code"] == "not_found"
    unknown = await api.put(f"/tickets/{ticket_id}/followers/usr_nobody", headers=noah)
    assert unknown.json()["code"] == "not_found"
    submitter = await api.put(
        f"/tickets/{ticket_id}/followers/{await _id(api, 'noah@northwind.example')}",
        headers=noah,
    )
    assert submitter.status_code == 422
    assert submitter.json()["code"] == "follower_is_submitter"
    assert (await api.get(f"/tickets/{ticket_id}/followers", headers=noah)).json()["items"] == []


async def test_a_closed_ticket_keeps_its_followers_read_only(api: httpx.AsyncClient) -> None:
    ava = await sign_in(api, "ava@northwind.example")
    closed = (
        await api.get("/tickets", params={"status": "closed", "limit": 1}, headers=ava)
    ).json()["items"][0]["id"]
    liam = await _id(api, "liam@northwind.example")
    for method in ("PUT", "DELETE"):
        response = await api.request(method, f"/tickets/{closed}/followers/{liam}", headers=ava)
        assert response.status_code == 409, method
        assert response.json()["code"] == "ticket_closed"


async def test_only_an_admin_who_sees_the_ticket_changes_its_followers(
    api: httpx.AsyncClient,
) -> None:  # R6, R17
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _new_ticket(api, noah, "Who may")
    liam = await _id(api, "liam@northwind.example")
    mia = await sign_in(api, "mia@northwind.example")
    member = await api.put(f"/tickets/{ticket_id}/followers/{liam}", headers=mia)
    assert (member.status_code, member.json()["code"]) == (403, "not_admin")
    tia = await sign_in(api, "tia@tiny.example")
    other = await api.put(f"/tickets/{ticket_id}/followers/{liam}", headers=tia)
    assert (other.status_code, other.json()["code"]) == (404, "not_found")
    agent = await sign_in(api, "agent@vendor.example")
    assert (await api.get(f"/tickets/{ticket_id}/followers", headers=agent)).status_code == 200
    assert (await api.delete(f"/tickets/{ticket_id}/followers/{liam}", headers=agent)).json()[
        "code"
    ] == "not_admin"


async def test_the_team_people_to_choose_from(api: httpx.AsyncClient) -> None:
    ava = await sign_in(api, "ava@northwind.example")
    people = (await api.get("/team/members", headers=ava)).json()["items"]
    names = [p["name"] for p in people]
    assert names == sorted(names)
    assert {"Ava Jansen", "Noah de Vries", "Yuki Tanaka", "Mia Bakker", "Liam Smit"} <= set(names)
    assert "Tia Moreau" not in names
    assert {p["role"] for p in people} == {"admin", "member"}
    tiny = (await api.get("/team/members", headers=await sign_in(api, "tia@tiny.example"))).json()
    assert "Ava Jansen" not in [p["name"] for p in tiny["items"]]
    mia = await api.get("/team/members", headers=await sign_in(api, "mia@northwind.example"))
    assert (mia.status_code, mia.json()["code"]) == (403, "not_admin")


async def test_following_grants_no_access_beyond_the_role(
    api: httpx.AsyncClient,
) -> None:  # R6, R17, R18
    """A member follower gets the answers by e-mail only; an admin follower sees the ticket
    under Team tickets as every admin does (backend/api/followers.py says why)."""
    noah = await sign_in(api, "noah@northwind.example")
    ticket_id = await _new_ticket(api, noah, "Visibility")
    liam_id, yuki_id = (
        await _id(api, "liam@northwind.example"),
        await _id(api, "yuki@northwind.example"),
    )
    for user_id in (liam_id, yuki_id):
        assert (await api.put(f"/tickets/{ticket_id}/followers/{user_id}", headers=noah)).is_success
    liam = await sign_in(api, "liam@northwind.example")
    assert (await api.get(f"/tickets/{ticket_id}", headers=liam)).status_code == 404
    assert (await api.get(f"/tickets/{ticket_id}/followers", headers=liam)).status_code == 404
    team = await api.get("/tickets", params={"scope": "team"}, headers=liam)
    assert (team.status_code, team.json()["code"]) == (403, "not_admin")
    mine = (await api.get("/tickets", params={"limit": 200}, headers=liam)).json()["items"]
    assert ticket_id not in [t["id"] for t in mine]
    yuki = await sign_in(api, "yuki@northwind.example")
    listed = await api.get("/tickets", params={"scope": "team", "q": "Visibility"}, headers=yuki)
    assert ticket_id in [t["id"] for t in listed.json()["items"]]
    assert (await api.get(f"/tickets/{ticket_id}", headers=yuki)).status_code == 200


async def _wait_for(predicate: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


@pytest.mark.parametrize("kind", DATABASE_KINDS)
async def test_an_agents_answer_mails_each_follower_once(kind: str, tmp_path: Path) -> None:
    with (
        smtp_sink() as sink,
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, SMTP_URL=sink.url) as server,
    ):
        async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
            noah = await sign_in(api, "noah@northwind.example")  # the submitter, nl
            ava = await sign_in(api, "ava@northwind.example")
            agent = await sign_in(api, "agent@vendor.example")
            ticket = (
                await api.post("/tickets", json=sharing_request("Mailed"), headers=noah)
            ).json()
            # Liam (member, nl), Yuki (admin, ja) and Ava (admin, en) who adds them all.
            for email in (
                "liam@northwind.example",
                "yuki@northwind.example",
                "ava@northwind.example",
            ):
                user_id = await _id(api, email)
                added = await api.put(f"/tickets/{ticket['id']}/followers/{user_id}", headers=ava)
                assert added.status_code == 200, added.text
            answered = await api.post(
                f"/agent/tickets/{ticket['id']}/messages",
                json={"body": "Turn link expiry off in the admin console."},
                headers=agent,
            )
            assert answered.status_code == 201, answered.text
            followers = (
                "liam@northwind.example",
                "yuki@northwind.example",
                "ava@northwind.example",
            )
            everyone = ("noah@northwind.example", *followers)
            await _wait_for(lambda: all(sink.to(e) for e in everyone))
            number = ticket["number"]
            assert [m["Subject"] for m in sink.to("noah@northwind.example")] == [
                f"Support heeft je ticket #{number} beantwoord"
            ]
            assert [m["Subject"] for m in sink.to("liam@northwind.example")] == [
                f"Support heeft ticket #{number} beantwoord dat je volgt"
            ]
            assert [m["Subject"] for m in sink.to("yuki@northwind.example")] == [
                f"フォロー中のチケット #{number} にサポートが回答しました"
            ]
            [to_ava] = sink.to("ava@northwind.example")
            assert to_ava["Subject"] == f"Support answered ticket #{number}, which you follow"
            content = to_ava.get_content()
            assert "Turn link expiry off in the admin console." in content
            assert "Noah de Vries" in content
            link = f"premium-support-desk://ticket/{number}"
            assert link in content  # an admin opens it in the app
            # A member cannot (R6): no link, and where to turn instead.
            [to_liam] = sink.to("liam@northwind.example")
            assert link not in to_liam.get_content()
            assert "Hulp krijgen" in to_liam.get_content()

            # Removed: no more mail; the others get the next answer, once each.
            yuki = await _id(api, "yuki@northwind.example")
            await api.delete(f"/tickets/{ticket['id']}/followers/{yuki}", headers=ava)
            await api.post(
                f"/agent/tickets/{ticket['id']}/messages",
                json={"body": "Did that help?"},
                headers=agent,
            )
            staying = ("noah@northwind.example", "liam@northwind.example", "ava@northwind.example")
            await _wait_for(lambda: all(len(sink.to(e)) >= 2 for e in staying))
            await asyncio.sleep(0.5)  # anything more would have come in the same batch
            assert {e: len(sink.to(e)) for e in everyone} == dict.fromkeys(staying, 2) | {
                "yuki@northwind.example": 1
            }


@pytest.mark.parametrize("kind", DATABASE_KINDS)
async def test_the_migration_goes_down_and_up_with_followers_in_it(
    kind: str, tmp_path: Path
) -> None:
    with database(kind, tmp_path) as url:
        with running_server(url, tmp_path) as server:
            async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
                noah = await sign_in(api, "noah@northwind.example")
                ticket_id = await _new_ticket(api, noah, "Migrated")
                liam = await _id(api, "liam@northwind.example")
                assert (
                    await api.put(f"/tickets/{ticket_id}/followers/{liam}", headers=noah)
                ).is_success
        settings = Settings(database_url=url)
        await asyncio.to_thread(migrate.downgrade, settings, "0015")
        assert await _followers_and_tickets(settings) == (None, True)
        await asyncio.to_thread(migrate.upgrade, settings)
        # Up again: an empty table (what was dropped is gone), the tickets untouched.
        assert await _followers_and_tickets(settings) == (0, True)


async def _followers_and_tickets(settings: Settings) -> tuple[int | None, bool]:
    """Rows in ``ticket_followers`` (None: no such table), and whether tickets are there."""
    engine = make_engine(settings)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda c: sa.inspect(c).get_table_names())
            followers = None
            if "ticket_followers" in tables:
                followers = (
                    await connection.execute(sa.text("SELECT count(*) FROM ticket_followers"))
                ).scalar_one()
            tickets = (
                await connection.execute(sa.text("SELECT count(*) FROM ticket"))
            ).scalar_one()
            return followers, tickets > 0
    finally:
        await engine.dispose()
