"""Insights' rollups always equal what the tickets themselves count (R20).

Random histories of ticket writes (opening, agents' answers, team replies,
solving and reopening, closing quiet tickets, deleting) at times spread over
days and written in several time zones, each through the service's own write
code in its own transaction. After every history, insights for random periods
and both scopes must equal the oracle that counts the raw tickets, and
rebuilding the rollups from scratch must change nothing.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.agents import actions
from backend.config import Settings
from backend.db import migrate, rollups
from backend.db.models import Message, Team, Ticket, User
from backend.db.queries import insights, tickets
from backend.db.session import make_engine, make_sessionmaker
from backend.domain import ticket_rules
from backend.domain.errors import DomainError
from backend.domain.tickets import CATEGORIES, PRODUCTS
from tests.backend.conftest import sign_in
from tests.support.databases import database, run_in_own_loop, run_off_the_loop
from tests.support.insights_oracle import raw_insights, raw_ticket_history
from tests.support.rollup_rows import rollup_rows
from tests.support.server import RunningServer, run_cli

START = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)  # near midnight in many zones
ZONES = ("UTC", "Asia/Tokyo", "America/Los_Angeles", "Europe/Amsterdam", "Pacific/Kiritimati")


@dataclass(frozen=True)
class Step:
    kind: str  # open | answer | join | end | reply | solve | reopen | close_quiet | delete
    after: timedelta  # since the step before: the clock only moves on
    zone: str  # the time zone "now" is written in
    pick: int  # which ticket (modulo those there are), or which submitter
    category: str = "other"
    product: str = "dropbox"
    target_minutes: int = 60
    channel: str = "request"  # of an opened ticket: a chat can be joined and ended


steps = st.builds(
    Step,
    kind=st.sampled_from(
        ("open", "open", "answer", "join", "end", "reply", "solve", "reopen")
        + ("close_quiet", "delete")
    ),
    after=st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=30)),
    zone=st.sampled_from(ZONES),
    pick=st.integers(min_value=0, max_value=50),
    category=st.sampled_from(CATEGORIES[:3]),
    product=st.sampled_from(PRODUCTS),
    target_minutes=st.sampled_from((1, 60, 24 * 60)),
    channel=st.sampled_from(("request", "chat")),
)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def migrated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    with database(request.param, tmp_path_factory.mktemp("rollups")) as url:
        done = run_cli(url, "migrate")
        assert done.returncode == 0, done.stderr
        yield url


async def _people(session: AsyncSession) -> tuple[Team, list[User], User]:
    now = START
    team = Team(
        name=f"Team {uuid.uuid4().hex[:8]}",
        licences=5,
        products=["dropbox", "dash"],
        payment_method="card",
        billing_period_start=now,
        renewal_at=now + timedelta(days=365),
        currency="EUR",
    )
    session.add(team)
    await session.flush()

    def person(role: str, team_id: str | None) -> User:
        return User(
            team_id=team_id,
            name=role,
            email=f"{uuid.uuid4().hex}@rollups.example",
            role=role,
            password_hash="-",
        )

    admins = [person("admin", team.id), person("admin", team.id)]
    agent = person("agent", None)
    session.add_all([*admins, agent])
    await session.commit()
    return team, admins, agent


async def _step(
    session: AsyncSession, step: Step, team: Team, admins: list[User], agent: User, now: datetime
) -> None:
    if step.kind == "open":
        submitter = admins[step.pick % len(admins)]
        await tickets.open_ticket(
            session,
            tickets.Opening(
                team_id=team.id,
                submitter=submitter,
                product=step.product,
                channel=step.channel,
                category=step.category,
                language="en",
                subject="Rollup",
                body="Counted?",
                premium=True,
                target_minutes=step.target_minutes,
                due_at=now + timedelta(minutes=step.target_minutes),
            ),
            now,
        )
        await session.commit()
        return
    if step.kind == "close_quiet":
        await tickets.close_quiet_solved(session, now)  # commits
        return
    ids = (
        (
            await session.execute(
                select(Ticket.id).where(Ticket.team_id == team.id).order_by(Ticket.id)
            )
        )
        .scalars()
        .all()
    )
    if not ids:
        return
    ticket = await tickets.get_with_messages(session, team.id, ids[step.pick % len(ids)])
    assert ticket is not None
    if step.kind == "answer":
        actions.answer(session, ticket, agent, "Here is how.", now)
    elif step.kind == "join":  # R3: an event, no answer; refused unless a chat is waiting
        actions.join_chat(session, ticket, agent, now)
    elif step.kind == "end":
        actions.end_chat(session, ticket, agent, now)
    elif step.kind == "reply":
        ticket_rules.require_open(ticket.status)
        ticket.status = ticket_rules.status_after_team_reply(ticket.status)
        ticket.updated_at = now
    elif step.kind in ("solve", "reopen"):
        wanted = ticket_rules.change_status(
            ticket.status, "solved" if step.kind == "solve" else "open"
        )
        if wanted != ticket.status:
            ticket.status = wanted
            ticket.solved_at = now if wanted == "solved" else None
            ticket.updated_at = now
    elif step.kind == "delete":
        for child in (*ticket.messages, *ticket.status_changes):
            await session.delete(child)
        await session.delete(ticket)
    await session.commit()


async def _check(
    session: AsyncSession,
    team: Team,
    admins: list[User],
    periods: list[tuple[date, int]],
    now: datetime,
) -> None:
    for first, length in periods:
        start = rollups.utc_midnight(first)
        end = start + timedelta(days=length)
        for submitter in (None, *(a.id for a in admins)):
            got = await insights.insights(session, team.id, start, end, now, submitter_id=submitter)
            want = await raw_insights(session, team.id, start, end, now, submitter_id=submitter)
            # The median to within float rounding (PostgreSQL's seconds are exact decimals).
            assert got.median_first_response_minutes == pytest.approx(
                want.median_first_response_minutes, abs=1e-6
            )
            unrounded = {"median_first_response_minutes": None}
            assert replace(got, **unrounded) == replace(want, **unrounded)
    # Recommendations' history: the last 30 days and before, cut at times of day.
    for days in (2, 20, 45, 180):
        for when in (now, START + timedelta(days=12, hours=5), START + timedelta(days=31)):
            history = await insights.ticket_history(session, team.id, when, days)
            raw = await raw_ticket_history(session, team.id, when, days)
            assert history == sorted(raw, key=lambda t: (t.category, t.product))


async def _first_responses(session: AsyncSession, team_id: str) -> dict[str, datetime]:
    rows = await session.execute(
        select(Ticket.id, Ticket.first_responded_at).where(
            Ticket.team_id == team_id, Ticket.first_responded_at.is_not(None)
        )
    )
    return dict(rows.all())


async def _first_written_lines(session: AsyncSession, team_id: str) -> dict[str, datetime]:
    rows = await session.execute(
        select(Message.ticket_id, func.min(Message.created_at))
        .join(User, User.id == Message.author_id)
        .join(Ticket, Ticket.id == Message.ticket_id)
        .where(Ticket.team_id == team_id, User.role == "agent", Message.kind == "text")
        .group_by(Message.ticket_id)
    )
    return dict(rows.all())


async def _history(url: str, history: list[Step], periods: list[tuple[date, int]]) -> None:
    engine = make_engine(Settings(database_url=url))
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as session:
            team, admins, agent = await _people(session)
        now = START
        for step in history:
            now = (now + step.after).astimezone(ZoneInfo(step.zone))
            async with sessions() as session:
                try:
                    await _step(session, step, team, admins, agent, now)
                except DomainError:
                    await session.rollback()  # refused, as the service would: nothing changed
        async with sessions() as session:
            # R3: every first response is the ticket's first agent-written line, whatever
            # joins and ends happened around it; what the rollups count below follows.
            assert await _first_responses(session, team.id) == await _first_written_lines(
                session, team.id
            )
            # Both before every due time and long after all of them.
            for when in (now, now + timedelta(days=3)):
                await _check(session, team, admins, periods, when)
            kept = await rollup_rows(session, team.id)
            await (await session.connection()).run_sync(rollups.rebuild, team.id)
            assert await rollup_rows(session, team.id) == kept
            await session.rollback()
    finally:
        await engine.dispose()


periods = st.lists(
    st.tuples(
        st.dates(min_value=date(2026, 2, 27), max_value=date(2026, 3, 25)),
        st.integers(min_value=1, max_value=30),
    ),
    min_size=1,
    max_size=3,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=st.lists(steps, min_size=1, max_size=25), periods=periods)
def test_rollups_equal_the_raw_count(
    migrated: str, history: list[Step], periods: list[tuple[date, int]]
) -> None:
    run_in_own_loop(lambda: _history(migrated, history, periods))


def test_rebuild_rollups_command_counts_again(migrated: str) -> None:
    start = rollups.utc_midnight(START.date())
    end = start + timedelta(days=1)
    teams: list[str] = []

    async def answers() -> tuple[insights.Insights, insights.Insights]:
        engine = make_engine(Settings(database_url=migrated))
        try:
            async with make_sessionmaker(engine)() as session:
                if not teams:
                    team, admins, agent = await _people(session)
                    teams.append(team.id)
                    for kind in ("open", "open", "answer", "solve"):
                        step = Step(kind, timedelta(0), "UTC", 0)
                        await _step(session, step, team, admins, agent, START)
                    # Spoiled, as a bulk load or a hand-made restore would leave them.
                    daily, open_now = rollups.DAILY, rollups.OPEN_NOW
                    await session.execute(update(daily).values(opened=daily.c.opened + 7))
                    await session.execute(update(open_now).values(open=99))
                    await session.commit()
                got = await insights.insights(session, teams[0], start, end, START)
                want = await raw_insights(session, teams[0], start, end, START)
                return got, want
        finally:
            await engine.dispose()

    found: list[tuple[insights.Insights, insights.Insights]] = []

    async def look() -> None:
        found.append(await answers())

    run_in_own_loop(look)
    spoiled, truth = found[-1]
    assert spoiled.open_tickets == 99 and spoiled != truth
    done = run_cli(migrated, "rebuild-rollups")
    assert done.returncode == 0, done.stderr
    run_in_own_loop(look)
    rebuilt, truth = found[-1]
    assert rebuilt == truth and truth.open_tickets == 1 and truth.top_issues


async def _rollups_and_rebuilt(database_url: str, team_name: str) -> tuple[set[Any], set[Any]]:
    """The team's rollup rows as the writes left them, and as counted again (then undone)."""
    engine = make_engine(Settings(database_url=database_url))
    try:
        async with make_sessionmaker(engine)() as session:
            team_id = (
                await session.execute(select(Team.id).where(Team.name == team_name))
            ).scalar_one()
            kept = await rollup_rows(session, team_id)
            await (await session.connection()).run_sync(rollups.rebuild, team_id)
            counted = await rollup_rows(session, team_id)
            await session.rollback()
    finally:
        await engine.dispose()
    return kept, counted


async def test_concurrent_writes_keep_the_rollups_exact(
    server: RunningServer, api: httpx.AsyncClient
) -> None:  # R20: many requests at once on one team, and on the same tickets
    ava, noah = (
        await sign_in(api, "ava@northwind.example"),
        await sign_in(api, "noah@northwind.example"),
    )
    agent = await sign_in(api, "agent@vendor.example")
    request = {
        "product": "dropbox",
        "channel": "request",
        "subject": "At once",
        "body": "Many of us at the same time.",
        "language": "en",
    }
    opened = await asyncio.gather(
        *(
            api.post("/tickets", json=request | {"category": category}, headers=who)
            for who in (ava, noah)
            for category in ("sync", "sync", "sharing", "billing")
        )
    )
    assert all(r.status_code == 201 for r in opened), [r.text for r in opened]
    ids = [r.json()["id"] for r in opened]

    def solve(ticket_id: str, who: dict[str, str]) -> Awaitable[httpx.Response]:
        return api.patch(f"/tickets/{ticket_id}", json={"status": "solved"}, headers=who)

    def answer(ticket_id: str) -> Awaitable[httpx.Response]:
        return api.post(
            f"/agent/tickets/{ticket_id}/messages", json={"body": "Here is how."}, headers=agent
        )

    # The same tickets solved by two admins and answered by the agent at once,
    # while others of the same categories are solved: the same rollup rows.
    for round_ in range(2):
        answers = await asyncio.gather(
            *(call for t in ids[:4] for call in (solve(t, ava), solve(t, noah), answer(t))),
            *(answer(t) for t in ids[4:]),
            *(
                api.patch(f"/tickets/{t}", json={"status": "open"}, headers=noah)
                for t in ids[: 2 * round_]
            ),
        )
        assert all(r.status_code < 500 for r in answers), [r.text for r in answers]
    kept, counted = await _rollups_and_rebuilt(server.database_url, "Northwind Traders")
    assert kept == counted


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_the_migration_counts_the_tickets_already_there(kind: str, tmp_path: Path) -> None:
    start = rollups.utc_midnight(START.date())
    end = start + timedelta(days=4)  # the last ticket opens 56 hours after START

    async def tickets_before_the_rollups(url: str) -> None:
        # Written as 0012 knew them: without the hooks' tables, so straight into ``ticket``.
        engine = make_engine(Settings(database_url=url))
        try:
            async with make_sessionmaker(engine)() as session:
                team, admins, _agent = await _people(session)
                rows = [
                    {
                        "id": f"tkt_{n}",
                        "team_id": team.id,
                        "number": n,
                        "subject": "Old",
                        "status": status,
                        "product": "dropbox",
                        "channel": "request",
                        "premium": True,
                        "category": category,
                        "language": "en",
                        "submitter_id": admins[n % 2].id,
                        "created_at": START + timedelta(hours=7 * n),
                        "updated_at": START + timedelta(hours=7 * n),
                        "response_target_minutes": 60,
                        "first_response_due_at": START + timedelta(hours=7 * n, minutes=60),
                        "first_responded_at": (
                            START + timedelta(hours=7 * n, minutes=9 * n) if n % 3 else None
                        ),
                        "solved_at": START + timedelta(hours=8 * n) if status == "solved" else None,
                    }
                    for n, (status, category) in enumerate(
                        [("new", "sync"), ("open", "sync"), ("solved", "billing")] * 3
                    )
                ]
                await session.execute(insert(rollups.TICKETS), rows)
                await session.commit()
        finally:
            await engine.dispose()

    async def counted_as_the_tickets(url: str) -> None:
        engine = make_engine(Settings(database_url=url))
        try:
            async with make_sessionmaker(engine)() as session:
                team_id = (
                    await session.execute(select(Ticket.team_id).where(Ticket.id == "tkt_0"))
                ).scalar_one()
                got = await insights.insights(session, team_id, start, end, START)
                want = await raw_insights(session, team_id, start, end, START)
                assert got == want and sum(n for _, n in got.top_issues) == 9
        finally:
            await engine.dispose()

    with database(kind, tmp_path) as url:
        settings_ = Settings(database_url=url)
        run_off_the_loop(lambda: migrate.upgrade(settings_, "0012"))
        run_in_own_loop(lambda: tickets_before_the_rollups(url))
        run_off_the_loop(lambda: migrate.upgrade(settings_))
        run_in_own_loop(lambda: counted_as_the_tickets(url))
        # Down and up again: the tables and indexes go, and come back counted.
        run_off_the_loop(lambda: migrate.downgrade(settings_, "0012"))
        run_off_the_loop(lambda: migrate.upgrade(settings_))
        run_in_own_loop(lambda: counted_as_the_tickets(url))


def test_bulk_ticket_changes_that_would_skip_the_rollups_are_refused(migrated: str) -> None:
    async def try_them() -> None:
        engine = make_engine(Settings(database_url=migrated))
        try:
            async with make_sessionmaker(engine)() as session:
                for statement in (update(Ticket).values(status="closed"), delete(Ticket)):
                    with pytest.raises(RuntimeError, match="rollups"):
                        await session.execute(statement)
        finally:
            await engine.dispose()

    run_in_own_loop(try_them)
