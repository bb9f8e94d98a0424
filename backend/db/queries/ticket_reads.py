"""Rows for the busiest reads: a list page, and one ticket with its thread.

These answer ``GET /v1/tickets`` and ``GET /v1/tickets/{id}`` with plain rows
(Core selects of the columns shown) instead of ORM objects: nothing is put in
a session's identity map, nothing is tracked for changes, and each read is one
query (a list page, with its submitters' names joined) or three (a ticket, its
messages with their authors and attachments, its status changes with their
actors). Writers keep using the ORM (``tickets.get_with_messages``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.db.models import Attachment, Message, StatusChange, Ticket, User
from backend.db.queries import ticket_search, tickets
from backend.db.queries.tickets import TicketFilter
from backend.domain.tickets import Cursor

_submitter = aliased(User, name="submitter")

# What a ticket summary shows, in the order the list builds it from.
SUMMARY_COLUMNS = (
    Ticket.id,
    Ticket.number,
    Ticket.subject,
    Ticket.status,
    Ticket.product,
    Ticket.channel,
    Ticket.premium,
    Ticket.category,
    Ticket.language,
    Ticket.submitter_id,
    _submitter.name.label("submitter_name"),
    Ticket.created_at,
    Ticket.updated_at,
    Ticket.response_target_minutes,
    Ticket.first_response_due_at,
    Ticket.first_responded_at,
    Ticket.solved_at,
)
# …and what the ticket's own page adds.
DETAIL_COLUMNS = (
    *SUMMARY_COLUMNS,
    Ticket.team_id,
    Ticket.phone,
    Ticket.chat_state,
    Ticket.callback_state,
    Ticket.callback_queue_position,
    Ticket.callback_estimated_wait_minutes,
    Ticket.satisfaction_rating,
    Ticket.satisfaction_comment,
    Ticket.satisfaction_rated_at,
)


def _summaries(*columns: Any) -> Select[*tuple[Any, ...]]:
    """A select of ``columns`` from ``ticket``, with its submitter joined for the name."""
    return select(*columns).join(_submitter, _submitter.id == Ticket.submitter_id)


async def summary_page(
    session: AsyncSession,
    viewer: User,
    flt: TicketFilter,
    cursor: Cursor | None,
    limit: int,
) -> tuple[Sequence[Row[*tuple[Any, ...]]], Cursor | None]:
    """As ``tickets.page``, in rows of ``SUMMARY_COLUMNS``."""
    how = await ticket_search.mode(session, flt.search) if flt.search else ticket_search.Mode.WALK
    query = tickets.page_query(_summaries(*SUMMARY_COLUMNS), viewer, flt, cursor, limit, how)
    rows = (await session.execute(query)).all()
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    return rows[:limit], Cursor(updated_at=last.updated_at, id=last.id)


async def page_matches(
    session: AsyncSession, flt: TicketFilter, rows: Sequence[Row[*tuple[Any, ...]]]
) -> dict[str, ticket_search.Match] | None:
    """Where the search found each row of the page; None when nothing was searched."""
    if not flt.search:
        return None
    return await ticket_search.matches(session, flt.search, [(r.id, r.subject) for r in rows])


# The ticket page's statements, built once (building a select and its aliases per
# request was a tenth of the page's time); the values are bound at execution.
_TICKET = _summaries(*DETAIL_COLUMNS).where(Ticket.id == bindparam("ticket_id"))
_TEAM_TICKET = _TICKET.where(Ticket.team_id == bindparam("team_id"))

_author = aliased(User, name="author")
# One row per attachment, or one with attachment_id None for a message without.
_THREAD = (
    select(
        Message.id,
        Message.ticket_id,
        Message.author_id,
        _author.role.label("author_role"),
        _author.name.label("author_name"),
        Message.body,
        Message.created_at,
        Message.kind,
        Attachment.id.label("attachment_id"),
        Attachment.filename,
        Attachment.size,
        Attachment.content_type,
    )
    .join(_author, _author.id == Message.author_id)
    .outerjoin(Attachment, Attachment.message_id == Message.id)
    .where(Message.ticket_id == bindparam("ticket_id"))
    .order_by(Message.created_at, Message.id, Attachment.created_at, Attachment.id)
)

_actor = aliased(User, name="actor")
_STATUS_CHANGES = (
    select(
        StatusChange.id,
        StatusChange.actor_id,
        _actor.role.label("actor_role"),
        _actor.name.label("actor_name"),
        StatusChange.status,
        StatusChange.created_at,
    )
    .join(_actor, _actor.id == StatusChange.actor_id)
    .where(StatusChange.ticket_id == bindparam("ticket_id"))
    .order_by(StatusChange.created_at, StatusChange.id)
)


async def ticket_row(
    session: AsyncSession, team_id: str | None, ticket_id: str
) -> Row[*tuple[Any, ...]] | None:
    """One ticket in ``DETAIL_COLUMNS``; ``team_id`` None only for agents (every team)."""
    if team_id is None:
        return (await session.execute(_TICKET, {"ticket_id": ticket_id})).first()
    params = {"ticket_id": ticket_id, "team_id": team_id}
    return (await session.execute(_TEAM_TICKET, params)).first()


async def thread_rows(session: AsyncSession, ticket_id: str) -> Sequence[Row[*tuple[Any, ...]]]:
    """The ticket's messages, oldest first, each with its author and its attachments (a row
    for each), in the columns of ``_THREAD``."""
    return (await session.execute(_THREAD, {"ticket_id": ticket_id})).all()


async def status_change_rows(
    session: AsyncSession, ticket_id: str
) -> Sequence[Row[*tuple[Any, ...]]]:
    """The ticket's status changes, oldest first, each with its actor's role and name."""
    return (await session.execute(_STATUS_CHANGES, {"ticket_id": ticket_id})).all()
