"""``seed-demo``: fill an empty database with the demo world, once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import Addon, Message, Team, Ticket, User
from backend.db.queries.tickets import renumber_callback_queue
from backend.domain.passwords import hash_password
from backend.domain.sla import TIER_TARGET_MINUTES, response_target_minutes
from backend.domain.ticket_rules import SECONDS_PER_QUEUED_CALLBACK
from backend.domain.tickets import MessageKind, system_event_record
from backend.seed.demo_tickets import TICKETS
from backend.seed.spec import DemoTicket
from backend.seed.world import DEMO_PASSWORD, PEOPLE, TEAMS

AGENT_EMAIL = "agent@vendor.example"
# Both of Northwind's add-ons started well before the oldest demo ticket.
ADDON_STARTED_DAYS_AGO = 800
DASH_ADDON_ENDED_DAYS_AGO = 90


@dataclass(frozen=True)
class SeedResult:
    created: bool
    teams: int
    users: int
    tickets: int


async def seed_demo(session: AsyncSession, now: datetime | None = None) -> SeedResult:
    """Create the demo world unless it is there already (idempotent)."""
    now = now or datetime.now(UTC)
    existing = await session.execute(select(User.id).where(User.email == PEOPLE[0].email))
    if existing.first() is not None:
        return SeedResult(created=False, teams=0, users=0, tickets=0)

    period_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    renewal = _first_of_next_month(period_start)
    teams: dict[str, Team] = {}
    for team_spec in TEAMS:
        team = Team(
            name=team_spec.name,
            licences=team_spec.licences,
            products=list(team_spec.products),
            payment_method=team_spec.payment_method,
            billing_period_start=period_start,
            renewal_at=renewal,
            billing_anchor_day=period_start.day,
            currency="EUR",
            created_at=now - timedelta(days=ADDON_STARTED_DAYS_AGO + 30),
        )
        teams[team_spec.key] = team
        session.add(team)
    await session.flush()

    password_hash = hash_password(DEMO_PASSWORD)  # one hash: argon2 is slow on purpose
    users: dict[str, User] = {}
    for person in PEOPLE:
        user = User(
            team_id=teams[person.team].id if person.team else None,
            name=person.name,
            email=person.email,
            role=person.role,
            locale=person.locale,
            champion=person.champion,
            password_hash=password_hash,
        )
        users[person.email] = user
        session.add(user)

    northwind = teams["northwind"]
    started = now - timedelta(days=ADDON_STARTED_DAYS_AGO)
    addons = {
        "dropbox": Addon(
            team_id=northwind.id,
            product="dropbox",
            tier="enhanced",
            status="active",
            started_at=started,
            ends_at=None,
            response_target_minutes=TIER_TARGET_MINUTES["enhanced"],
        ),
        "dash": Addon(
            team_id=northwind.id,
            product="dash",
            tier="basic",
            status="ended",
            started_at=started,
            ends_at=now - timedelta(days=DASH_ADDON_ENDED_DAYS_AGO),
            response_target_minutes=TIER_TARGET_MINUTES["basic"],
        ),
    }
    session.add_all(addons.values())
    await session.flush()

    specs = sorted(TICKETS, key=lambda t: _created_at(t, now))
    for spec in specs:
        number = northwind.next_ticket_number
        northwind.next_ticket_number += 1
        session.add_all(_ticket(spec, number, northwind, users, addons, now))
    await session.flush()
    # R15: the queued calls' places and waits, as the service numbers them.
    await renumber_callback_queue(session, SECONDS_PER_QUEUED_CALLBACK)
    await session.commit()
    return SeedResult(created=True, teams=len(teams), users=len(users), tickets=len(specs))


def _ticket(
    spec: DemoTicket,
    number: int,
    team: Team,
    users: dict[str, User],
    addons: dict[str, Addon],
    now: datetime,
) -> list[Ticket | Message]:
    submitter = users[spec.submitter]
    created = _created_at(spec, now)
    premium = spec.channel != "email"
    target = response_target_minutes(
        tier=addons[spec.product].tier if premium else None,
        champion=submitter.champion,
        premium=premium,
    )
    agent_times = [created + r.after for r in spec.replies if r.author == AGENT_EMAIL]
    last_activity = created + spec.replies[-1].after if spec.replies else created
    ticket = Ticket(
        team_id=team.id,
        number=number,
        subject=spec.subject,
        status=spec.status,
        product=spec.product,
        channel=spec.channel,
        premium=premium,
        category=spec.category,
        language=spec.language,
        submitter_id=submitter.id,
        created_at=created,
        updated_at=last_activity,
        response_target_minutes=target,
        first_response_due_at=created + timedelta(minutes=target),
        first_responded_at=agent_times[0] if agent_times else None,
        solved_at=last_activity if spec.status in ("solved", "closed") else None,
        phone=spec.phone,
    )
    finished = spec.status in ("solved", "closed")
    if spec.channel == "chat":
        ticket.chat_state = "ended" if finished else ("connected" if agent_times else "waiting")
    if spec.channel == "callback":
        ticket.callback_state = "completed" if agent_times else "queued"
        # Numbered in the queue's order once all are in (seed_demo), never made up here.
    rows: list[Ticket | Message] = [ticket]
    rows.append(Message(ticket=ticket, author_id=submitter.id, body=spec.body, created_at=created))
    rows.extend(
        Message(
            ticket=ticket,
            author_id=users[reply.author].id,
            body=reply.body,
            created_at=created + reply.after,
        )
        for reply in spec.replies
    )
    if spec.channel == "chat" and agent_times:
        rows.extend(
            _chat_events(ticket, users[AGENT_EMAIL], agent_times[0], finished, last_activity)
        )
    return rows


# The agent took the chat shortly before their first line.
JOINED_BEFORE_FIRST_LINE = timedelta(seconds=30)


def _chat_events(
    ticket: Ticket, agent: User, first_line: datetime, finished: bool, last_activity: datetime
) -> list[Message]:
    """A chat's events as the service records them: joined, and ended once it is finished.

    Events, not messages: the first response stays the agent's first written line (R3).
    """
    joined = max(ticket.created_at, first_line - JOINED_BEFORE_FIRST_LINE)
    events = [_event(ticket, agent, MessageKind.CHAT_JOINED, joined)]
    if finished:
        events.append(_event(ticket, agent, MessageKind.CHAT_ENDED, last_activity))
    return events


def _event(ticket: Ticket, agent: User, kind: MessageKind, when: datetime) -> Message:
    body = system_event_record(kind, agent.name)
    return Message(ticket=ticket, author_id=agent.id, body=body, kind=kind.value, created_at=when)


def _created_at(spec: DemoTicket, now: datetime) -> datetime:
    return spec.created if isinstance(spec.created, datetime) else now - spec.created


def _first_of_next_month(day: datetime) -> datetime:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
