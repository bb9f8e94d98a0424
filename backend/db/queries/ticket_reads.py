"""Rows for the busiest reads: a list page, and one ticket with its thread.

These answer ``GET /v1/tickets`` and ``GET /v1/tickets/{id}`` with plain rows
(Core selects of the columns shown) instead of ORM objects: nothing is put in
a session's identity map, nothing is tracked for changes, and each read is one
query (a list page, with its submitters' names joined) or two (a ticket; its
thread: messages with their authors and attachments, and status changes with
their actors, in one union). The statements run on the driver's connection
(``backend.db.raw``: compiled once, one driver call, rows as the driver gives
them). Writers keep using the ORM (``tickets.get_with_messages``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Integer, Select, String, Text, bindparam, cast, literal_column, null, select
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.expression import union_all

from backend.db import raw
from backend.db.base import UTCDateTime
from backend.db.models import Attachment, Message, StatusChange, Ticket, User
from backend.db.queries import followers, ticket_search, tickets
from backend.db.queries.tickets import TicketFilter
from backend.domain.tickets import Cursor
from backend.domain.viewers import Viewer

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


def dialect(session: AsyncSession) -> Dialect:
    assert session.bind is not None
    return session.bind.dialect


# PostgreSQL: each row's version, after a list row's columns. ``xmin`` is the transaction
# that wrote the row as it is now: any change to the ticket (any column) or to its
# submitter's row (the name) makes a new one. With the ticket's id and ``updated_at``
# it keys a list item kept encoded (``ticket_json``), so that a page whose items are all
# kept reads these four columns of each row, not seventeen (``version_page``).
VERSION_COLUMNS: tuple[Any, ...] = (
    literal_column("ticket.xmin").label("ticket_version"),
    literal_column("submitter.xmin").label("submitter_version"),
)
# A version row: the ticket's id, its updated_at, then VERSION_COLUMNS.
VERSION_ROW = (Ticket.id, Ticket.updated_at, *VERSION_COLUMNS)

# Compiled list statements by everything ``page_query`` reads (the caller's id, team and
# role, the filter, the cursor, the limit) and the columns read: a client asking again
# for the same page (the busiest read: a list refreshed) skips building the select, its
# cache key and its compilation. ``page_query`` must stay a function of these alone.
# Oldest out when full.
_PAGES: dict[tuple[object, ...], raw.Compiled] = {}
MAX_PAGES = 2_000


def _page_statement(
    dialect: Dialect,
    viewer: Viewer,
    flt: TicketFilter,
    cursor: Cursor | None,
    limit: int,
    how: ticket_search.Mode,
    versions_only: bool = False,
) -> raw.Compiled | Select[*tuple[Any, ...]]:
    key = (
        dialect.name,
        viewer.id,
        viewer.team_id,
        viewer.role,
        flt,
        cursor,
        limit,
        how,
        versions_only,
    )
    compiled = _PAGES.get(key)
    if compiled is not None:
        return compiled
    if versions_only:
        columns: tuple[Any, ...] = VERSION_ROW
    elif dialect.name == "postgresql":
        columns = (*SUMMARY_COLUMNS, *VERSION_COLUMNS)
    else:
        columns = SUMMARY_COLUMNS
    query = tickets.page_query(_summaries(*columns), viewer, flt, cursor, limit, how)
    try:
        compiled = raw.Compiled(query, dialect)
    except raw.Unsupported:
        return query
    if len(_PAGES) >= MAX_PAGES:
        del _PAGES[next(iter(_PAGES))]
    _PAGES[key] = compiled
    return compiled


async def summary_page(
    session: AsyncSession,
    viewer: Viewer,
    flt: TicketFilter,
    cursor: Cursor | None,
    limit: int,
) -> tuple[Sequence[raw.RawRow], Cursor | None]:
    """As ``tickets.page``, in rows of ``SUMMARY_COLUMNS`` (on PostgreSQL followed by
    ``VERSION_COLUMNS``)."""
    # Searching: through the index or along the viewer's tickets, as the text's hits say.
    how = await ticket_search.mode(session, flt.search) if flt.search else ticket_search.Mode.WALK
    statement = _page_statement(dialect(session), viewer, flt, cursor, limit, how)
    if isinstance(statement, raw.Compiled):
        rows: Sequence[raw.RawRow] = await raw.fetch_all(
            session, statement, short=_short(flt, cursor)
        )
    else:
        rows = (await session.execute(statement)).all()
    return _cut(rows, limit, UPDATED_AT)


async def version_page(
    session: AsyncSession,
    viewer: Viewer,
    flt: TicketFilter,
    cursor: Cursor | None,
    limit: int,
) -> tuple[Sequence[raw.RawRow], Cursor | None]:
    """PostgreSQL, no search: the page as ``summary_page`` gives it, each row only
    ``VERSION_ROW`` (its id, its updated_at and its versions)."""
    statement = _page_statement(
        dialect(session), viewer, flt, cursor, limit, ticket_search.Mode.WALK, versions_only=True
    )
    assert isinstance(statement, raw.Compiled)  # no search: no expanding parameters
    return _cut(await raw.fetch_all(session, statement), limit, 1)


def _short(flt: TicketFilter, cursor: Cursor | None) -> bool:
    """Whether the page's read is bounded by its index: the first page of the caller's own
    tickets, newest first or changed since a time, with no other condition
    (``ix_ticket_team_submitter_updated`` walks straight to its rows; a status, category,
    product or text filters them on the way, ``scope=team`` passes over the caller's own,
    and a cursor's OR of two comparisons is not a range SQLite seeks to)."""
    return (
        flt.scope == "mine"
        and cursor is None
        and not (flt.status or flt.category or flt.product or flt.search)
    )


def _cut(
    rows: Sequence[raw.RawRow], limit: int, updated_at: int
) -> tuple[Sequence[raw.RawRow], Cursor | None]:
    """The page's rows and the next page's cursor: rows hold ``limit + 1`` when a page
    follows; a row's id comes first, its updated_at at position ``updated_at``."""
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    return rows[:limit], Cursor(updated_at=as_datetime(last[updated_at]), id=last[0])


UPDATED_AT = SUMMARY_COLUMNS.index(Ticket.updated_at)
CREATED_AT = SUMMARY_COLUMNS.index(Ticket.created_at)


def as_datetime(value: datetime | str) -> datetime:
    """A timestamp column's value as an aware UTC datetime (SQLite's raw rows hold text)."""
    if isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


class TicketRow(tuple[Any, ...]):
    """A row of ``DETAIL_COLUMNS``; ``submitter_id`` by name for the visibility rule."""

    __slots__ = ()

    @property
    def submitter_id(self) -> str:
        return str(self[SUBMITTER_ID])


SUBMITTER_ID = SUMMARY_COLUMNS.index(Ticket.submitter_id)
SUBJECT = SUMMARY_COLUMNS.index(Ticket.subject)


async def page_matches(
    session: AsyncSession, flt: TicketFilter, rows: Sequence[raw.RawRow]
) -> dict[str, ticket_search.Match] | None:
    """Where the search found each row of the page; None when nothing was searched."""
    if not flt.search:
        return None
    return await ticket_search.matches(session, flt.search, [(r[0], r[SUBJECT]) for r in rows])


# The ticket page's statements, built once (building a select and its aliases per
# request was a tenth of the page's time); the values are bound at execution.
_TICKET_SELECT = _summaries(*DETAIL_COLUMNS).where(Ticket.id == bindparam("ticket_id"))
_TICKET = raw.PerDialect(_TICKET_SELECT)
_TEAM_TICKET = raw.PerDialect(_TICKET_SELECT.where(Ticket.team_id == bindparam("team_id")))

_author = aliased(User, name="author")
_actor = aliased(User, name="actor")
# The thread in one query: messages (one row per attachment, or one with attachment_id
# None for a message without) and status changes (source 0), by time; at the same moment
# a change before a line, as the page has always put them. Every column of the first
# select is labelled: SQLite orders a union only by its columns' explicit names.
SOURCE_CHANGE = 0
_THREAD = raw.PerDialect(
    union_all(
        select(
            literal_column("1").label("source"),
            Message.id.label("id"),
            Message.author_id.label("author_id"),
            _author.role.label("author_role"),
            _author.name.label("author_name"),
            Message.created_at.label("created_at"),
            Message.kind.label("kind"),
            cast(null(), String).label("status"),
            Message.body.label("body"),
            Attachment.id.label("attachment_id"),
            Attachment.filename.label("filename"),
            Attachment.size.label("size"),
            Attachment.content_type.label("content_type"),
            Attachment.created_at.label("attachment_created_at"),
        )
        .join(_author, _author.id == Message.author_id)
        .outerjoin(Attachment, Attachment.message_id == Message.id)
        .where(Message.ticket_id == bindparam("ticket_id")),
        select(
            literal_column("0"),
            StatusChange.id,
            StatusChange.actor_id,
            _actor.role,
            _actor.name,
            StatusChange.created_at,
            cast(null(), String),
            StatusChange.status,
            cast(null(), Text),
            cast(null(), String),
            cast(null(), String),
            cast(null(), Integer),
            cast(null(), String),
            cast(null(), UTCDateTime),
        )
        .join(_actor, _actor.id == StatusChange.actor_id)
        .where(StatusChange.ticket_id == bindparam("ticket_id")),
    ).order_by(
        literal_column("created_at"),
        literal_column("source"),
        literal_column("id"),
        literal_column("attachment_created_at"),
        literal_column("attachment_id"),
    )
)
# Positions in a thread row.
(
    T_SOURCE,
    T_ID,
    T_AUTHOR_ID,
    T_AUTHOR_ROLE,
    T_AUTHOR_NAME,
    T_CREATED_AT,
    T_KIND,
    T_STATUS,
    T_BODY,
    T_ATTACHMENT_ID,
    T_FILENAME,
    T_SIZE,
    T_CONTENT_TYPE,
) = range(13)


class PageRows(NamedTuple):
    """A ticket's page as rows: the ticket (``DETAIL_COLUMNS``), its thread (``T_*``) and
    its followers (``followers.ROWS``)."""

    ticket: TicketRow
    thread: list[raw.RawRow]
    followers: list[raw.RawRow]

    @property
    def submitter_id(self) -> str:
        return self.ticket.submitter_id


async def page_rows(session: AsyncSession, team_id: str | None, ticket_id: str) -> PageRows | None:
    """The ticket (``team_id`` None only for agents: every team), its thread (messages, a
    row per attachment, and status changes, oldest first, with their authors' or actors'
    role and name) and its followers, in one ``raw.fetch_chain`` (one hop to SQLite's
    thread, not three); None when there is no such ticket. The thread
    and followers are read before the caller's visibility is checked: a refused member
    costs two reads more, a shown page two hops fewer."""
    on = dialect(session)
    given = {"ticket_id": ticket_id}
    if team_id is None:
        first: raw.Step = (_TICKET.on(on), given)
    else:
        first = (_TEAM_TICKET.on(on), {**given, "team_id": team_id})
    rest = [(_THREAD.on(on), given), (followers.ROWS.on(on), given)]
    ticket, thread, following = await raw.fetch_chain(session, first, rest)
    return PageRows(TicketRow(ticket[0]), thread, following) if ticket else None
