"""R3: the first response is the agent's first written line, not a system event.

An agent joining a chat, a chat ending, a callback changing state: events in
the thread (the API's ``events``), never messages by the agent and never the
first response. Insights' in-time counts follow, and migration 0014 puts the
data written before right (first responses recomputed, join lines reclassified,
rollups counted again).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.agents import actions
from backend.config import Settings
from backend.db import migrate, rollups
from backend.db.base import UTCDateTime
from backend.db.models import Message, Team, Ticket, User
from backend.db.queries import insights, tickets
from backend.db.session import make_engine, make_sessionmaker
from tests.backend.conftest import sign_in
from tests.support.databases import database, run_in_own_loop, run_off_the_loop
from tests.support.insights_oracle import raw_insights
from tests.support.rollup_rows import rollup_rows
from tests.support.server import run_cli
from tests.support.tickets import sync_request

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _ticket(channel: str, **extra: object) -> dict[str, object]:
    subject = f"First response by {channel}"
    body = "Files stopped syncing on two laptops."
    return sync_request(channel=channel, subject=subject, body=body) | extra


def _whole_days() -> tuple[datetime, datetime]:
    """Insights' periods are whole UTC days: the day before START to the day after."""
    day = rollups.utc_midnight(START.date())
    return day - timedelta(days=1), day + timedelta(days=2)


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# --- Over HTTP, on the real service --------------------------------------------------------


async def test_joining_a_chat_is_an_event_and_the_first_written_line_answers(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R3
    agent = await sign_in(api, "agent@vendor.example")
    ticket = (await api.post("/tickets", json=_ticket("chat"), headers=ava)).json()
    joined = (await api.post(f"/agent/tickets/{ticket['id']}/chat/join", headers=agent)).json()
    assert joined["chat"]["state"] == "connected"
    assert joined["first_responded_at"] is None and joined["sla_state"] == "due"
    # An event by the agent, not a message by the agent.
    assert [(e["kind"], e["actor"], e["status"]) for e in joined["events"]] == [
        ("chat_joined", {"kind": "agent", "name": "Sam Agent"}, None)
    ]
    # Only the opening line, as the agent sees it: written by the submitter.
    assert [m["author"]["kind"] for m in joined["messages"]] == ["submitter"]

    await asyncio.sleep(0.05)  # the written line comes later than the join
    team_line = await api.post(
        f"/tickets/{ticket['id']}/chat/messages", json={"body": "Hi!"}, headers=ava
    )
    assert team_line.status_code == 201
    seen = (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()
    assert seen["first_responded_at"] is None  # the team's own line answers nothing
    written = (
        await api.post(
            f"/agent/tickets/{ticket['id']}/messages",
            json={"body": "Hi Ava, which laptops are they?"},
            headers=agent,
        )
    ).json()
    await api.post(
        f"/agent/tickets/{ticket['id']}/messages", json={"body": "And which OS?"}, headers=agent
    )
    seen = (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()
    assert _time(seen["first_responded_at"]) == _time(written["created_at"])
    assert _time(seen["first_responded_at"]) > _time(joined["events"][0]["created_at"])

    ended = (await api.post(f"/tickets/{ticket['id']}/chat/end", headers=ava)).json()
    assert [(e["kind"], e["actor"]["kind"]) for e in ended["events"]] == [
        ("chat_joined", "agent"),
        ("chat_ended", "self"),
    ]
    assert [m["body"] for m in ended["messages"]] == [
        "Files stopped syncing on two laptops.",
        "Hi!",
        "Hi Ava, which laptops are they?",
        "And which OS?",
    ]
    assert _time(ended["first_responded_at"]) == _time(written["created_at"])


async def test_a_chat_only_joined_is_not_answered(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R3
    agent = await sign_in(api, "agent@vendor.example")
    ticket = (await api.post("/tickets", json=_ticket("chat"), headers=ava)).json()
    await api.post(f"/agent/tickets/{ticket['id']}/chat/join", headers=agent)
    ended = (await api.post(f"/agent/tickets/{ticket['id']}/chat/end", headers=agent)).json()
    assert ended["first_responded_at"] is None
    assert [(e["kind"], e["actor"]["kind"]) for e in ended["events"]] == [
        ("chat_joined", "agent"),
        ("chat_ended", "agent"),
    ]
    queue = (await api.get("/agent/queue", params={"limit": 200}, headers=agent)).json()
    assert next(i for i in queue["items"] if i["id"] == ticket["id"])["first_responded_at"] is None


async def test_a_callback_answers_with_its_note_not_its_state(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R3
    agent = await sign_in(api, "agent@vendor.example")

    async def call(phone: str, note: str | None) -> dict[str, object]:
        ticket = (
            await api.post("/tickets", json=_ticket("callback", phone=phone), headers=ava)
        ).json()
        url = f"/agent/tickets/{ticket['id']}/callback/state"
        await api.post(url, json={"state": "calling"}, headers=agent)
        done = await api.post(url, json={"state": "completed", "note": note}, headers=agent)
        assert done.status_code == 200, done.text
        result: dict[str, object] = done.json()
        return result

    silent = await call("+31201234571", None)
    assert silent["first_responded_at"] is None
    noted = await call("+31201234572", "Called; re-linked the account.")
    messages = noted["messages"]
    assert isinstance(messages, list) and isinstance(noted["first_responded_at"], str)
    assert _time(noted["first_responded_at"]) == _time(messages[-1]["created_at"])


# --- In the service's code on a real database: insights ------------------------------------


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def migrated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    with database(request.param, tmp_path_factory.mktemp("r3")) as url:
        done = run_cli(url, "migrate")
        assert done.returncode == 0, done.stderr
        yield url


async def _people(session: AsyncSession) -> tuple[Team, User, User]:
    team = Team(
        name=f"R3 {uuid.uuid4().hex[:8]}",
        licences=12,
        products=["dropbox"],
        payment_method="card",
        billing_period_start=START,
        renewal_at=START + timedelta(days=365),
        currency="EUR",
    )
    session.add(team)
    await session.flush()

    def person(role: str, name: str, team_id: str | None) -> User:
        return User(
            team_id=team_id,
            name=name,
            email=f"{uuid.uuid4().hex}@r3.example",
            role=role,
            password_hash="-",
        )

    admin = person("admin", "Ava Admin", team.id)
    agent = person("agent", "Sam Agent", None)
    session.add_all([admin, agent])
    await session.commit()
    return team, admin, agent


async def _open(session: AsyncSession, team: Team, admin: User, channel: str) -> str:
    ticket = await tickets.open_ticket(
        session,
        tickets.Opening(
            team_id=team.id,
            submitter=admin,
            product="dropbox",
            channel=channel,
            category="sync",
            language="en",
            subject=channel,
            body="Help",
            premium=True,
            target_minutes=60,
            due_at=START + timedelta(minutes=60),
        ),
        START,
    )
    await session.commit()
    return ticket.id


def test_insights_count_the_first_written_line_in_time(migrated: str) -> None:  # R3
    async def run() -> None:
        engine = make_engine(Settings(database_url=migrated))
        sessions = make_sessionmaker(engine)
        try:
            async with sessions() as session:
                team, admin, agent = await _people(session)
                joined_then_late = await _open(session, team, admin, "chat")
                only_joined = await _open(session, team, admin, "chat")
                answered = await _open(session, team, admin, "request")

            async def act(ticket_id: str, minutes: int, what: str) -> None:
                async with sessions() as session:
                    ticket = await tickets.get_with_messages(session, team.id, ticket_id)
                    assert ticket is not None
                    now = START + timedelta(minutes=minutes)
                    if what == "join":
                        actions.join_chat(session, ticket, agent, now)
                    else:
                        actions.answer(session, ticket, agent, "Here is how.", now)
                    await session.commit()

            await act(joined_then_late, 10, "join")  # in time, if joining counted
            await act(joined_then_late, 90, "write")  # the answer: late
            await act(only_joined, 5, "join")
            await act(answered, 30, "write")

            start, end = _whole_days()
            async with sessions() as session:
                got = {
                    t.id: t.first_responded_at
                    for t in (
                        await session.execute(select(Ticket).where(Ticket.team_id == team.id))
                    )
                    .scalars()
                    .all()
                }
                assert got == {
                    joined_then_late: START + timedelta(minutes=90),
                    only_joined: None,
                    answered: START + timedelta(minutes=30),
                }
                # Before the due time the joined-only chat is not yet late; after it, it is.
                early = await insights.insights(
                    session, team.id, start, end, START + timedelta(minutes=59)
                )
                later = await insights.insights(
                    session, team.id, start, end, START + timedelta(hours=3)
                )
                assert (early.sla_met, early.sla_breached) == (1, 1)
                assert (later.sla_met, later.sla_breached) == (1, 2)
                assert later.median_first_response_minutes == pytest.approx(60)
                for now in (START + timedelta(minutes=59), START + timedelta(hours=3)):
                    want = await raw_insights(session, team.id, start, end, now)
                    assert await insights.insights(session, team.id, start, end, now) == want
        finally:
            await engine.dispose()

    run_in_own_loop(run)


# --- Migration 0014 on data written before it ----------------------------------------------

# The message table as 0013 knew it: no ``kind``.
OLD_MESSAGE = sa.table(
    "message",
    sa.column("id", sa.String),
    sa.column("ticket_id", sa.String),
    sa.column("author_id", sa.String),
    sa.column("body", sa.Text),
    sa.column("created_at", UTCDateTime()),
)


def _at(minutes: int) -> datetime:
    return START + timedelta(minutes=minutes)


async def _wrong_data_at_0013(url: str) -> dict[str, str]:
    """Tickets as the service wrote them before 0014, first responses and all."""
    engine = make_engine(Settings(database_url=url))
    try:
        async with make_sessionmaker(engine)() as session:
            team, admin, agent = await _people(session)

            def ticket(n: int, channel: str, responded: int | None) -> dict[str, object]:
                return {
                    "id": f"tkt_r3_{n}",
                    "team_id": team.id,
                    "number": 1000 + n,
                    "subject": channel,
                    "status": "open",
                    "product": "dropbox",
                    "channel": channel,
                    "premium": True,
                    "category": "sync",
                    "language": "en",
                    "submitter_id": admin.id,
                    "created_at": START,
                    "updated_at": START,
                    "response_target_minutes": 60,
                    "first_response_due_at": _at(60),
                    "first_responded_at": None if responded is None else _at(responded),
                    "solved_at": None,
                    "chat_state": "connected" if channel == "chat" else None,
                }

            rows = [
                ticket(1, "chat", 10),  # joined at 10 (counted), wrote at 90
                ticket(2, "chat", 5),  # the demo agent joined at 5, wrote nothing
                ticket(3, "chat", 7),  # joined in Japanese at 7, wrote at 20
                ticket(4, "request", None),  # answered at 30, the time lost
                ticket(5, "callback", 40),  # completed at 40, no note
                ticket(6, "request", 15),  # an agent wrote these words: a written line
                ticket(7, "chat", None),  # the admin wrote these words: not the agent's
            ]
            await session.execute(insert(rollups.TICKETS), rows)

            def line(
                n: int, ticket_n: int, who: User, minutes: int, body: str
            ) -> dict[str, object]:
                return {
                    "id": f"msg_r3_{n}",
                    "ticket_id": f"tkt_r3_{ticket_n}",
                    "author_id": who.id,
                    "body": body,
                    "created_at": _at(minutes),
                }

            messages = [
                *(line(100 + t, t, admin, 0, "Help") for t in range(1, 8)),
                line(1, 1, agent, 10, "Sam Agent joined the chat."),
                line(2, 1, agent, 90, "Hi, which laptops?"),
                line(3, 2, agent, 5, "Sam from Premium Support has joined the chat."),
                line(4, 3, agent, 7, "プレミアム サポートの Sam がチャットに参加しました。"),
                line(5, 3, agent, 20, "どのパソコンでしょうか。"),
                line(6, 4, agent, 30, "Restart the app."),
                line(7, 6, agent, 15, "Sam Agent joined the chat."),
                line(8, 7, admin, 3, "Ava Admin joined the chat."),
            ]
            await session.execute(insert(OLD_MESSAGE), messages)
            await session.commit()
            # The rollups as they stood: counting the wrong first responses.
            await (await session.connection()).run_sync(rollups.rebuild)
            await session.commit()
            return {"team": team.id}
    finally:
        await engine.dispose()


async def _put_right(url: str, team_id: str) -> None:
    engine = make_engine(Settings(database_url=url))
    try:
        async with make_sessionmaker(engine)() as session:
            responded = dict(
                (await session.execute(select(Ticket.id, Ticket.first_responded_at))).all()
            )
            assert responded == {
                "tkt_r3_1": _at(90),
                "tkt_r3_2": None,
                "tkt_r3_3": _at(20),
                "tkt_r3_4": _at(30),
                "tkt_r3_5": None,
                "tkt_r3_6": _at(15),
                "tkt_r3_7": None,
            }
            kinds = dict((await session.execute(select(Message.id, Message.kind))).all())
            joins = {id_ for id_, kind in kinds.items() if kind == "chat_joined"}
            assert joins == {"msg_r3_1", "msg_r3_3", "msg_r3_4"}
            assert set(kinds.values()) == {"text", "chat_joined"}
            # The rollups count the tickets as they are now: the raw oracle, and a rebuild.
            for now in (_at(59), _at(180)):
                start, end = _whole_days()
                got = await insights.insights(session, team_id, start, end, now)
                assert got == await raw_insights(session, team_id, start, end, now)
            late = await insights.insights(session, team_id, start, end, _at(180))
            # Met: 3 (20), 4 (30), 6 (15); late: 1 (90); never answered, now past due: 2, 5, 7.
            assert (late.sla_met, late.sla_breached) == (3, 4)
            kept = await rollup_rows(session, team_id)
            await (await session.connection()).run_sync(rollups.rebuild)
            assert await rollup_rows(session, team_id) == kept
            await session.rollback()
    finally:
        await engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_the_migration_recomputes_first_responses_from_written_lines(
    kind: str, tmp_path: Path
) -> None:  # R3
    with database(kind, tmp_path) as url:
        settings_ = Settings(database_url=url)
        run_off_the_loop(lambda: migrate.upgrade(settings_, "0013"))
        made: dict[str, str] = {}

        async def write() -> None:
            made.update(await _wrong_data_at_0013(url))

        run_in_own_loop(write)

        async def counted_wrong() -> None:
            # The starting point really is wrong: the join counted as in time.
            engine = make_engine(Settings(database_url=url))
            try:
                async with make_sessionmaker(engine)() as session:
                    start, end = _whole_days()
                    before = await insights.insights(session, made["team"], start, end, _at(180))
                    assert (before.sla_met, before.sla_breached) == (5, 2)
            finally:
                await engine.dispose()

        run_in_own_loop(counted_wrong)
        run_off_the_loop(lambda: migrate.upgrade(settings_))
        run_in_own_loop(lambda: _put_right(url, made["team"]))
        # Down and up again: the same, right answer.
        run_off_the_loop(lambda: migrate.downgrade(settings_, "0013"))
        run_off_the_loop(lambda: migrate.upgrade(settings_))
        run_in_own_loop(lambda: _put_right(url, made["team"]))
