from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from backend.db.models import Attachment, Message, Team, Ticket, User
from backend.db.queries import ticket_search
from backend.domain.errors import DomainError
from backend.domain.ticket_rules import SECONDS_PER_QUEUED_CALLBACK, callback_wait
from backend.domain.tickets import AUTO_CLOSE_AFTER, TEAM_TICKETS_CUTOFF, Cursor
from backend.domain.viewers import Viewer
from backend.notify import events

_Ts = TypeVarTuple("_Ts")


@dataclass(frozen=True)
class TicketFilter:
    scope: str  # mine | team
    status: str | None = None
    category: str | None = None
    product: str | None = None
    q: str | None = None
    updated_since: datetime | None = None

    @property
    def search(self) -> str:
        """The text searched for: ``q`` without the spaces around it ("" when none)."""
        return (self.q or "").strip()


async def page(
    session: AsyncSession,
    viewer: User,
    flt: TicketFilter,
    cursor: Cursor | None,
    limit: int,
) -> tuple[Sequence[Ticket], Cursor | None]:
    """One page of tickets the viewer may list, and the cursor of the next page.

    Without ``updated_since`` the newest come first (what a person wants to
    see); with it the oldest change comes first (what a sync wants to apply).
    """
    how = await ticket_search.mode(session, flt.search) if flt.search else ticket_search.Mode.WALK
    query = page_query(select(Ticket), viewer, flt, cursor, limit, how)
    rows = (await session.execute(query)).scalars().all()
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    return rows[:limit], Cursor(updated_at=last.updated_at, id=last.id)


def page_query(
    base: Select[*_Ts],
    viewer: Viewer,
    flt: TicketFilter,
    cursor: Cursor | None,
    limit: int,
    how: ticket_search.Mode = ticket_search.Mode.WALK,
) -> Select[*_Ts]:
    """``base`` (a select from ``ticket``) narrowed to one page, plus one row to tell
    whether another page follows. ``how``: how ``q`` is searched (``ticket_search.mode``)."""
    query = _visible(base, viewer, flt, how)
    ascending = flt.updated_since is not None
    if flt.updated_since is not None:
        query = query.where(Ticket.updated_at > flt.updated_since)
    if cursor is not None:
        query = query.where(_after(cursor, ascending))
    order = (
        (Ticket.updated_at.asc(), Ticket.id.asc())
        if ascending
        else (Ticket.updated_at.desc(), Ticket.id.desc())
    )
    # The limit written into the SQL, not bound: PostgreSQL plans a prepared statement
    # once (a generic plan) only when that plan costs no more than the planning per call,
    # and with an unknown LIMIT it reckons on a tenth of the team's tickets, so it planned
    # the list page on every call, ~0.15 ms of its 0.3 (bench/README.md, issue 22, seventh
    # round). ``limit`` is an int (``ListQuery`` bounds it); a few distinct texts at most.
    return query.order_by(*order).limit(literal_column(str(int(limit) + 1), Integer))


def _visible(
    query: Select[*_Ts], viewer: Viewer, flt: TicketFilter, how: ticket_search.Mode
) -> Select[*_Ts]:
    query = query.where(Ticket.team_id == viewer.team_id)
    if flt.scope == "mine":
        query = query.where(Ticket.submitter_id == viewer.id)
    else:
        # R17, R18: others' tickets, created or updated on or after the cut-off
        # (updated_at is never before created_at, so one comparison says both).
        query = query.where(
            Ticket.submitter_id != viewer.id, Ticket.updated_at >= TEAM_TICKETS_CUTOFF
        )
    if flt.status:
        query = query.where(Ticket.status == flt.status)
    if flt.category:
        query = query.where(Ticket.category == flt.category)
    if flt.product:
        query = query.where(Ticket.product == flt.product)
    if flt.search:
        # The subject or any written line of the thread (issue 21); the conditions
        # above keep the teams and scopes apart whatever the text finds.
        query = ticket_search.narrow(query, flt.search, how)
    return query


def _after(cursor: Cursor, ascending: bool) -> ColumnElement[bool]:
    if ascending:
        return or_(
            Ticket.updated_at > cursor.updated_at,
            and_(Ticket.updated_at == cursor.updated_at, Ticket.id > cursor.id),
        )
    return or_(
        Ticket.updated_at < cursor.updated_at,
        and_(Ticket.updated_at == cursor.updated_at, Ticket.id < cursor.id),
    )


async def get_with_messages(
    session: AsyncSession, team_id: str | None, ticket_id: str
) -> Ticket | None:
    """One ticket with its thread; ``team_id`` None only for agents (every team)."""
    query = (
        select(Ticket)
        .where(Ticket.id == ticket_id)
        .options(
            selectinload(Ticket.messages).selectinload(Message.attachments),
            selectinload(Ticket.status_changes),
            selectinload(Ticket.followers),
        )
        # Fresh from the database even when this session just wrote it.
        .execution_options(populate_existing=True)
    )
    if team_id is not None:
        query = query.where(Ticket.team_id == team_id)
    return (await session.execute(query)).scalar_one_or_none()


async def close_quiet_solved(session: AsyncSession, now: datetime) -> int:
    """Solved tickets quiet for a week close by themselves and become read-only."""
    quiet = (
        (
            await session.execute(
                select(Ticket).where(
                    Ticket.status == "solved", Ticket.updated_at <= now - AUTO_CLOSE_AFTER
                )
            )
        )
        .scalars()
        .all()
    )
    for ticket in quiet:
        ticket.status = "closed"
        ticket.updated_at = now
        events.publish_ticket(session, "ticket.updated", ticket, status="closed")
    await session.commit()
    return len(quiet)


async def next_number(session: AsyncSession, team_id: str) -> int:
    """The team's next ticket number, taken atomically (safe across processes)."""
    result = await session.execute(
        update(Team)
        .where(Team.id == team_id)
        .values(next_ticket_number=Team.next_ticket_number + 1)
        .returning(Team.next_ticket_number)
    )
    return int(result.scalar_one()) - 1


async def queued_callbacks(session: AsyncSession) -> int:
    result = await session.execute(
        select(func.count()).select_from(Ticket).where(Ticket.callback_state == "queued")
    )
    return int(result.scalar_one())


async def claim_attachments(
    session: AsyncSession, team_id: str, attachment_ids: list[str], message: Message
) -> list[Attachment]:
    """Attach uploaded files to a message: only the team's own, and only once."""
    if not attachment_ids:
        return []
    rows = (
        (
            await session.execute(
                select(Attachment).where(
                    Attachment.id.in_(attachment_ids),
                    Attachment.team_id == team_id,
                    Attachment.message_id.is_(None),
                )
            )
        )
        .scalars()
        .all()
    )
    if len(rows) != len(set(attachment_ids)):
        raise DomainError(
            "attachment_not_found",
            422,
            "Unknown attachment",
            "An attachment does not exist or is attached already.",
            extra={
                "errors": [{"field": "attachment_ids", "message": "unknown", "type": "attachment"}]
            },
        )
    for row in rows:
        row.message_id = message.id
    return list(rows)


async def attachment_ticket_submitter(session: AsyncSession, message_id: str) -> str | None:
    result = await session.execute(
        select(Ticket.submitter_id)
        .join(Message, Message.ticket_id == Ticket.id)
        .where(Message.id == message_id)
    )
    return result.scalar_one_or_none()


async def chat_queue_position(session: AsyncSession, ticket: Ticket) -> int:
    """How many waiting chats, of every team, an agent takes before this one (R15)."""
    return await chat_queue_position_at(session, ticket.created_at, ticket.id)


async def chat_queue_position_at(
    session: AsyncSession, created_at: datetime, ticket_id: str
) -> int:
    """``chat_queue_position`` of the chat opened at ``created_at`` as ``ticket_id``."""
    ahead = await session.execute(
        select(func.count())
        .select_from(Ticket)
        .where(
            Ticket.chat_state == "waiting",
            or_(
                Ticket.created_at < created_at,
                and_(Ticket.created_at == created_at, Ticket.id < ticket_id),
            ),
        )
    )
    return int(ahead.scalar_one()) + 1


async def renumber_callback_queue(session: AsyncSession, seconds_per_caller: int) -> None:
    """Queue positions and waits of the callbacks still queued, oldest first (R15): one
    queue for every team, language and product, first come first served."""
    queued = (
        (
            await session.execute(
                select(Ticket)
                .where(Ticket.callback_state == "queued")
                .order_by(Ticket.created_at, Ticket.id)
            )
        )
        .scalars()
        .all()
    )
    for position, ticket in enumerate(queued, start=1):
        wait = callback_wait(position, seconds_per_caller)
        before = ticket.callback_queue_position
        if (before, ticket.callback_estimated_wait_minutes) != (position, wait):
            ticket.callback_queue_position = position
            ticket.callback_estimated_wait_minutes = wait
            if before is not None:
                # Moved up: the caller's page says so now, not at its next change.
                events.publish_ticket(
                    session, "callback.state", ticket, state="queued", queue_position=position
                )


async def agent_queue(session: AsyncSession, limit: int) -> list[tuple[Ticket, str]]:
    """Open tickets of every team, the most urgent response first."""
    result = await session.execute(
        select(Ticket, Team.name)
        .join(Team, Team.id == Ticket.team_id)
        .where(Ticket.status.in_(("new", "open")))
        .order_by(Ticket.first_responded_at.is_not(None), Ticket.first_response_due_at, Ticket.id)
        .limit(limit)
    )
    return [(ticket, name) for ticket, name in result.all()]


@dataclass(frozen=True)
class Opening:
    """What a new ticket is: the parts its endpoints decide (R4–R7, R13–R15)."""

    team_id: str
    submitter: User
    product: str
    channel: str
    category: str
    language: str
    subject: str
    body: str
    premium: bool
    target_minutes: int
    due_at: datetime
    phone: str | None = None
    attachment_ids: tuple[str, ...] = ()
    callback_seconds_per_caller: int = SECONDS_PER_QUEUED_CALLBACK  # the estimate's pace


async def open_ticket(session: AsyncSession, opening: Opening, now: datetime) -> Ticket:
    """Write a new ticket with its first message and announce it; the caller commits."""
    ticket = Ticket(
        team_id=opening.team_id,
        number=await next_number(session, opening.team_id),
        subject=opening.subject,
        status="new",
        product=opening.product,
        channel=opening.channel,
        premium=opening.premium,
        category=opening.category,
        language=opening.language,
        submitter_id=opening.submitter.id,
        created_at=now,
        updated_at=now,
        response_target_minutes=opening.target_minutes,
        first_response_due_at=opening.due_at,
        phone=opening.phone,
    )
    if opening.channel == "chat":
        ticket.chat_state = "waiting"
    if opening.channel == "callback":
        position = await queued_callbacks(session) + 1  # R15: behind those already queued
        ticket.callback_state = "queued"
        ticket.callback_queue_position = position
        ticket.callback_estimated_wait_minutes = callback_wait(
            position, opening.callback_seconds_per_caller
        )
    session.add(ticket)
    await session.flush()
    events.publish_ticket(session, "ticket.created", ticket, status=ticket.status)
    first = Message(
        ticket_id=ticket.id, author_id=opening.submitter.id, body=opening.body, created_at=now
    )
    session.add(first)
    await session.flush()
    await claim_attachments(session, opening.team_id, list(opening.attachment_ids), first)
    await session.flush()
    created = await get_with_messages(session, opening.team_id, ticket.id)
    assert created is not None
    return created
