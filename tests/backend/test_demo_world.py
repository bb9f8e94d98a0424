"""seed-demo makes exactly the world of shared/DEMO.md, and only once."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.config import Settings
from backend.db.models import Addon, Message, Team, Ticket, User
from backend.db.session import make_engine, make_sessionmaker
from backend.domain.ticket_rules import SECONDS_PER_QUEUED_CALLBACK, callback_wait
from backend.domain.tickets import CATEGORIES, TEAM_TICKETS_CUTOFF
from backend.seed.catalogue import DATA as CATALOGUE_DATA
from backend.seed.demo_tickets import DATA, duration
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import RunningServer, run_cli, running_server


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """A world of its own: other tests buy add-ons and open tickets in the shared one."""
    directory = tmp_path_factory.mktemp("demo-world")
    with database(request.param, directory) as url, running_server(url, directory) as running:
        yield running


@pytest.fixture
async def db(world: RunningServer) -> AsyncIterator[AsyncSession]:
    engine = make_engine(Settings(database_url=world.database_url))
    async with make_sessionmaker(engine)() as session:
        yield session
    await engine.dispose()


async def _tickets(db: AsyncSession, email: str | None = None) -> list[Ticket]:
    query = select(Ticket).join(User, Ticket.submitter_id == User.id)
    if email:
        query = query.where(User.email == email)
    return list((await db.execute(query)).scalars().all())


async def test_teams_are_exact(db: AsyncSession) -> None:
    teams = {t.name: t for t in (await db.execute(select(Team))).scalars()}
    assert set(teams) == {"Northwind Traders", "Tiny Studio", "Invoice Corp"}
    northwind = teams["Northwind Traders"]
    assert (northwind.licences, northwind.payment_method, sorted(northwind.products)) == (
        25,
        "card",
        ["dash", "dropbox"],
    )
    assert (teams["Tiny Studio"].licences, teams["Tiny Studio"].payment_method) == (5, "card")
    assert (teams["Invoice Corp"].licences, teams["Invoice Corp"].payment_method) == (40, "invoice")
    assert northwind.currency == "EUR"
    assert northwind.billing_period_start.day == 1
    assert northwind.renewal_at.day == 1
    assert 28 <= (northwind.renewal_at - northwind.billing_period_start).days <= 31


async def test_people_are_exact(db: AsyncSession) -> None:
    users = {u.email: u for u in (await db.execute(select(User))).scalars()}
    expected = {
        "ava@northwind.example": ("Ava Jansen", "admin", "en", None),
        "noah@northwind.example": ("Noah de Vries", "admin", "nl", None),
        "yuki@northwind.example": ("Yuki Tanaka", "admin", "ja", None),
        "mia@northwind.example": ("Mia Bakker", "member", "en", "epic"),
        "liam@northwind.example": ("Liam Smit", "member", "nl", None),
        "tia@tiny.example": ("Tia Moreau", "admin", "en", None),
        "ivan@invoice.example": ("Ivan Petrov", "admin", "en", None),
        "agent@vendor.example": ("Sam Agent", "agent", "en", None),
    }
    assert {e: (u.name, u.role, u.locale, u.champion) for e, u in users.items()} == expected
    assert users["agent@vendor.example"].team_id is None


async def test_northwind_addons(db: AsyncSession) -> None:
    addons = {a.product: a for a in (await db.execute(select(Addon))).scalars()}
    assert set(addons) == {"dropbox", "dash"}
    assert (addons["dropbox"].tier, addons["dropbox"].status) == ("enhanced", "active")
    assert (addons["dash"].tier, addons["dash"].status) == ("basic", "ended")
    ended = addons["dash"].ends_at
    assert ended is not None
    assert abs((datetime.now(UTC) - ended) - timedelta(days=90)) < timedelta(days=1)


async def test_ticket_spread(db: AsyncSession) -> None:
    tickets = await _tickets(db)
    assert len(tickets) >= 40
    assert {t.status for t in tickets} == {"new", "open", "pending", "solved", "closed"}
    assert len({t.category for t in tickets}) >= 5
    assert {t.category for t in tickets} <= set(CATEGORIES)
    assert {t.product for t in tickets} == {"dropbox", "dash"}
    assert {"request", "chat", "callback", "email"} == {t.channel for t in tickets}
    assert {t.language for t in tickets} == {"en", "ja"}
    assert any(
        t.first_responded_at and t.first_responded_at > t.first_response_due_at for t in tickets
    )
    team_ids = {t.team_id for t in tickets}
    assert len(team_ids) == 1


async def test_dash_tickets_only_while_its_addon_ran(db: AsyncSession) -> None:  # R5
    dash_end = datetime.now(UTC) - timedelta(days=89)
    for ticket in await _tickets(db):
        if ticket.product == "dash":
            assert ticket.created_at < dash_end
            assert ticket.response_target_minutes == 240


async def test_people_specific_tickets(db: AsyncSession) -> None:
    now = datetime.now(UTC)
    ava = await _tickets(db, "ava@northwind.example")
    assert sum(t.status in ("new", "open", "pending") for t in ava) >= 6
    noah = await _tickets(db, "noah@northwind.example")
    assert sum(t.updated_at >= now - timedelta(days=7) for t in noah) >= 3
    early = [t for t in noah if t.updated_at < TEAM_TICKETS_CUTOFF]
    assert len(early) >= 5
    assert all(
        datetime(2024, 10, 1, tzinfo=UTC) <= t.created_at < datetime(2024, 12, 1, tzinfo=UTC)
        for t in early
    )
    email = [t for t in await _tickets(db) if t.channel == "email"]
    assert len(email) >= 4
    assert any(t.status not in ("solved", "closed") for t in email)
    assert all(not t.premium for t in email)
    by_submitter = Counter(t.submitter.email for t in email)
    assert set(by_submitter) <= {"mia@northwind.example", "liam@northwind.example"}


async def test_epic_champion_requests_get_one_hour(db: AsyncSession) -> None:  # R7
    for ticket in await _tickets(db, "mia@northwind.example"):
        assert ticket.response_target_minutes == 60
    for ticket in await _tickets(db, "liam@northwind.example"):
        assert ticket.response_target_minutes == 24 * 60


async def test_tickets_have_threads(db: AsyncSession) -> None:
    counts = dict(
        (
            await db.execute(
                select(Message.ticket_id, func.count())
                .where(Message.kind == "text")  # written lines, not a chat's events
                .group_by(Message.ticket_id)
            )
        ).all()
    )
    tickets = await _tickets(db)
    assert all(counts.get(t.id, 0) >= 1 for t in tickets)
    assert sum(counts.get(t.id, 0) >= 3 for t in tickets) >= len(tickets) // 2


async def test_first_responses_are_the_agents_first_written_lines(db: AsyncSession) -> None:  # R3
    rows = (
        await db.execute(
            select(Message.ticket_id, Message.kind, Message.created_at)
            .join(User, User.id == Message.author_id)
            .where(User.role == "agent")
            .order_by(Message.created_at)
        )
    ).all()
    tickets = await _tickets(db)
    written = {
        t.id: [at for id_, kind, at in rows if id_ == t.id and kind == "text"] for t in tickets
    }
    assert {t.id: t.first_responded_at for t in tickets} == {
        id_: times[0] if times else None for id_, times in written.items()
    }
    # A chat the agent answered was joined first: an event, before the first line.
    chats = [t for t in tickets if t.channel == "chat" and written[t.id]]
    assert chats
    for chat in chats:
        events = [(kind, at) for id_, kind, at in rows if id_ == chat.id and kind != "text"]
        assert events[0][0] == "chat_joined" and events[0][1] < written[chat.id][0]
        ended = [kind for kind, _ in events] == ["chat_joined", "chat_ended"]
        assert ended == (chat.chat_state == "ended")


async def test_seed_demo_twice_changes_nothing(world: RunningServer, db: AsyncSession) -> None:
    before = len(await _tickets(db))
    result = run_cli(world.database_url, "seed-demo")
    assert result.returncode == 0, result.stderr
    assert "nothing changed" in result.stdout
    db.expire_all()
    assert len(await _tickets(db)) == before
    users = (await db.execute(select(func.count()).select_from(User))).scalar_one()
    assert users == 8


def test_the_data_file_durations_read_as_written() -> None:
    assert duration("2d 3h 20m") == timedelta(days=2, hours=3, minutes=20)
    assert duration("45m") == timedelta(minutes=45)
    for wrong in ("", "3 hours", "2h3m", "1w"):
        with pytest.raises(ValueError):
            duration(wrong)


def test_the_demo_data_file_ships_with_the_service() -> None:
    # The wheel and the frozen service read it at run time: both must list it.
    root = Path(__file__).resolve().parents[2]
    assert "seed/data/*.toml" in (root / "pyproject.toml").read_text(encoding="utf-8")
    assert "seed/data/*.toml" in (root / "packaging" / "premium-support-desk.spec").read_text(
        encoding="utf-8"
    )
    assert DATA.is_file() and CATALOGUE_DATA.is_file()


async def test_queued_callbacks_are_numbered_by_age(db: AsyncSession) -> None:  # R15
    """The demo world's queued calls stand in the queue as the service numbers it: first
    come first served from 1, each waiting its callers' time (not a made-up "number 2")."""
    queued = (
        (
            await db.execute(
                select(Ticket)
                .where(Ticket.callback_state == "queued")
                .order_by(Ticket.created_at, Ticket.id)
            )
        )
        .scalars()
        .all()
    )
    assert queued
    places = [t.callback_queue_position for t in queued]
    assert places == list(range(1, len(queued) + 1))
    waits = [t.callback_estimated_wait_minutes for t in queued]
    assert waits == [
        callback_wait(p, SECONDS_PER_QUEUED_CALLBACK) for p in range(1, len(queued) + 1)
    ]
