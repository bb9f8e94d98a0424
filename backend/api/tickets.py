"""Tickets: the lists (mine, team) and one ticket with its thread."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta
from typing import Annotated, Any, Literal, Protocol, TypeVar

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api import ticket_json
from backend.api.deps import CurrentUser, NowDep, ReadSessionDep, SessionDep, require_admin
from backend.api.problem_docs import NOT_ADMIN, NOT_FOUND, Problem, problem_responses
from backend.api.schemas import (
    AttachmentOut,
    Author,
    CallbackOut,
    ChatOut,
    FollowerOut,
    MessageOut,
    PersonRef,
    SatisfactionOut,
    TicketEventOut,
    TicketOut,
    TicketPage,
    TicketSummary,
    Trend,
    TrendSeries,
)
from backend.db.models import Message, StatusChange, Ticket, User
from backend.db.queries import insights as insight_queries
from backend.db.queries import page_json, ticket_reads, tickets
from backend.domain.errors import not_found
from backend.domain.sla import sla_state
from backend.domain.tickets import Cursor, MessageKind, author_kind
from backend.domain.viewers import Viewer

router = APIRouter(prefix="/tickets", tags=["tickets"])

MAX_PAGE = 200


def summary(ticket: Ticket, now: datetime) -> TicketSummary:
    return TicketSummary.model_validate(_summary_fields(ticket, now))


def _summary_fields(ticket: Ticket, now: datetime) -> dict[str, object]:
    return {
        "id": ticket.id,
        "number": ticket.number,
        "subject": ticket.subject,
        "status": ticket.status,
        "product": ticket.product,
        "channel": ticket.channel,
        "premium": ticket.premium,
        "category": ticket.category,
        "language": ticket.language,
        "submitter": PersonRef(id=ticket.submitter.id, name=ticket.submitter.name),
        "created_at": ticket.created_at,
        "updated_at": ticket.updated_at,
        "response_target_minutes": ticket.response_target_minutes,
        "first_response_due_at": ticket.first_response_due_at,
        "first_responded_at": ticket.first_responded_at,
        "sla_state": sla_state(
            ticket.first_response_due_at, ticket.first_responded_at, now, ticket.solved_at
        ),
        "solved_at": ticket.solved_at,
    }


def message_out(message: Message, ticket: Ticket, viewer: User) -> MessageOut:
    kind = author_kind(
        author_id=message.author_id,
        author_role=message.author.role,
        viewer_id=viewer.id,
        submitter_id=ticket.submitter_id,
    )
    return MessageOut(
        id=message.id,
        ticket_id=message.ticket_id,
        author=Author(kind=kind.value, name=message.author.name),
        body=message.body,
        attachments=[
            AttachmentOut(id=a.id, filename=a.filename, size=a.size, content_type=a.content_type)
            for a in message.attachments
        ],
        created_at=message.created_at,
    )


class ListQuery(BaseModel):
    """The list's query parameters, validated in one call (FastAPI validated each of eight
    on its own: a fifth of a list page's time, profile in bench/README.md); the OpenAPI
    document lists them as before."""

    scope: Literal["mine", "team"] = "mine"
    status: Literal["new", "open", "pending", "solved", "closed"] | None = None
    category: Annotated[str | None, Field(max_length=32)] = None
    product: Literal["dropbox", "dash"] | None = None
    q: Annotated[
        str | None,
        Field(
            max_length=200,
            description="Text in the subject or in any written line of the thread, "
            "ignoring case, the accents of Latin letters (`ideeen` finds `ideeën`, "
            "`cafe` finds `Café`) and full-width forms (`１００％` finds `100%`); a part "
            "of a word matches too (Japanese has no spaces). `%` and `_` are plain "
            "characters.",
        ),
    ] = None
    updated_since: datetime | None = None
    cursor: Annotated[str | None, Field(max_length=500)] = None
    limit: Annotated[int, Field(ge=1, le=MAX_PAGE)] = 50


@router.get(
    "",
    response_model=TicketPage,
    responses=problem_responses(
        Problem(NOT_ADMIN.status, NOT_ADMIN.code, "`scope=team` is for team admins only (R17)."),
        Problem(422, "invalid_cursor", "The cursor is not one this service made."),
    ),
)
async def list_tickets(
    user: CurrentUser,
    session: ReadSessionDep,
    now: NowDep,
    params: Annotated[ListQuery, Query()],
) -> Response:
    return ticket_json.json_response(await list_page(session, user, now, params))


async def list_page(session: AsyncSession, user: Viewer, now: datetime, params: ListQuery) -> bytes:
    """The list page's body; the route and the lean path (``lean_reads.py``) both serve it."""
    flt, cursor = _list_filter(user, params)
    if not flt.search and ticket_json.keeps_items() and _postgres(session):
        # Each row's version first: when every item is kept encoded (a list asked for again,
        # the busiest read), four columns a row rather than seventeen. Else the page is
        # read whole below (one statement, one snapshot): never a mix of the two reads.
        versions, next_cursor = await ticket_reads.version_page(
            session, user, flt, cursor, params.limit
        )
        body = ticket_json.kept_page(versions, next_cursor.encode() if next_cursor else None, now)
        if body is not None:
            return body
    # Rows, encoded once: the busiest read (backend/api/ticket_json.py says why).
    rows, next_cursor = await ticket_reads.summary_page(session, user, flt, cursor, params.limit)
    # Where ``q`` was found: for this page's rows only (issue 21).
    matches = await ticket_reads.page_matches(session, flt, rows)
    return ticket_json.page(rows, next_cursor.encode() if next_cursor else None, now, matches)


def _postgres(session: AsyncSession) -> bool:
    return ticket_reads.dialect(session).name == "postgresql"


def _list_filter(user: Viewer, params: ListQuery) -> tuple[tickets.TicketFilter, Cursor | None]:
    if params.scope == "team":
        require_admin(user)  # R17
    flt = tickets.TicketFilter(
        scope=params.scope,
        status=params.status,
        category=params.category,
        product=params.product,
        q=params.q,
        updated_since=_aware(params.updated_since),
    )
    return flt, Cursor.decode(params.cursor) if params.cursor else None


@router.get("/trend")
async def trend(
    user: CurrentUser,
    session: SessionDep,
    now: NowDep,
    weeks: Annotated[int, Query(ge=1, le=52)] = 12,
) -> Trend:
    """The caller's own tickets opened per week, by category, over the last ``weeks``."""
    if user.team_id is None:
        return Trend(weeks=[], series=[])
    this_monday = (now.astimezone(UTC) - timedelta(days=now.astimezone(UTC).weekday())).date()
    mondays = [this_monday - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    since = datetime.combine(mondays[0], time.min, tzinfo=UTC)
    rows = await insight_queries.weekly_by_category(session, user.team_id, user.id, since)
    labels = [m.isoformat() for m in mondays]
    position = {label: i for i, label in enumerate(labels)}
    counts: dict[str, list[int]] = {}
    for week, category, n in rows:
        if week in position:
            counts.setdefault(category, [0] * weeks)[position[week]] += n
    return Trend(
        weeks=labels,
        series=[
            TrendSeries(category=category, counts=values)
            for category, values in sorted(counts.items(), key=lambda kv: -sum(kv[1]))
        ],
    )


@router.get("/{ticket_id}", response_model=TicketOut, responses=problem_responses(NOT_FOUND))
async def get_ticket(
    ticket_id: str, user: CurrentUser, session: ReadSessionDep, now: NowDep
) -> Response:
    return ticket_json.json_response(await ticket_page(session, user, now, ticket_id))


async def ticket_page(
    session: AsyncSession, user: Viewer, now: datetime, ticket_id: str
) -> dict[str, Any]:
    """A ticket's page body; the route and the lean path (``lean_reads.py``) both serve it."""
    # As ``visible_ticket`` then ``ticket_view``, in rows encoded once (ticket_json.py):
    # the ticket, its whole thread, and its followers, read together (one hop on SQLite).
    found = await _visible_to(
        user, lambda team_id: ticket_reads.page_rows(session, team_id, ticket_id)
    )
    row = found.ticket
    position = None
    if row[ticket_json.CHAT_STATE] == "waiting":
        created_at = ticket_reads.as_datetime(row[ticket_reads.CREATED_AT])
        position = await tickets.chat_queue_position_at(session, created_at, row[0])
    return ticket_json.ticket(
        row, found.thread, found.followers, user.id, now, chat_position=position
    )


async def ticket_body(
    session: AsyncSession, user: Viewer, now: datetime, ticket_id: str
) -> dict[str, Any] | bytes:
    """The lean path's ticket page (``lean_reads.py``): on PostgreSQL its JSON as
    PostgreSQL writes it in one statement (``page_json.ticket_page``: the same bytes)."""
    if ticket_reads.dialect(session).name != "postgresql":
        return await ticket_page(session, user, now, ticket_id)
    body = await page_json.ticket_page(session, user, ticket_id, now)
    if body is None:
        raise not_found("ticket")
    return body


async def visible_ticket(session: SessionDep, user: User, ticket_id: str) -> Ticket:
    """The ticket if the caller may see it; 404 otherwise, whatever the reason."""
    return await _visible_to(
        user, lambda team_id: tickets.get_with_messages(session, team_id, ticket_id)
    )


class _Submitted(Protocol):
    @property
    def submitter_id(self) -> str: ...


Found = TypeVar("Found", bound=_Submitted)


async def _visible_to(user: Viewer, load: Callable[[str | None], Awaitable[Found | None]]) -> Found:
    """One rule for the ticket and its row: ``load(team_id)`` (None: any team's, for agents)."""
    if user.role == "agent":
        found = await load(None)
    elif user.team_id is None:
        found = None
    else:
        found = await load(user.team_id)
        # Members see only their own requests; admins see the team's (R6, R17).
        if found is not None and user.role != "admin" and found.submitter_id != user.id:
            found = None
    if found is None:
        raise not_found("ticket")
    return found


async def ticket_view(
    session: AsyncSession, ticket: Ticket, viewer: User, now: datetime
) -> TicketOut:
    """``ticket_out`` with what needs a query: a waiting chat's place in the queue."""
    position = None
    if ticket.chat_state == "waiting":
        position = await tickets.chat_queue_position(session, ticket)
    return ticket_out(ticket, viewer, now, chat_position=position)


def status_event_out(change: StatusChange, ticket: Ticket, viewer: User) -> TicketEventOut:
    kind = author_kind(
        author_id=change.actor_id,
        author_role=change.actor.role,
        viewer_id=viewer.id,
        submitter_id=ticket.submitter_id,
    )
    return TicketEventOut(
        id=change.id,
        kind="status_changed",
        status=change.status,  # type: ignore[arg-type]
        actor=Author(kind=kind.value, name=change.actor.name),
        created_at=change.created_at,
    )


def system_event_out(line: Message, ticket: Ticket, viewer: User) -> TicketEventOut:
    """A system line of the thread (an agent joined, the chat ended): an event, not a message."""
    kind = author_kind(
        author_id=line.author_id,
        author_role=line.author.role,
        viewer_id=viewer.id,
        submitter_id=ticket.submitter_id,
    )
    return TicketEventOut(
        id=line.id,
        kind=line.kind,  # type: ignore[arg-type]
        actor=Author(kind=kind.value, name=line.author.name),
        created_at=line.created_at,
    )


def _thread(ticket: Ticket, viewer: User) -> tuple[list[MessageOut], list[TicketEventOut]]:
    """The written lines as messages; system lines and status changes as events, oldest first."""
    written = [m for m in ticket.messages if m.kind == MessageKind.TEXT]
    system = [m for m in ticket.messages if m.kind != MessageKind.TEXT]
    events = [status_event_out(c, ticket, viewer) for c in ticket.status_changes]
    events += [system_event_out(m, ticket, viewer) for m in system]
    events.sort(key=lambda e: e.created_at)  # stable: a change before a line of the same moment
    return [message_out(m, ticket, viewer) for m in written], events


def ticket_out(
    ticket: Ticket, viewer: User, now: datetime, *, chat_position: int | None = None
) -> TicketOut:
    fields = _summary_fields(ticket, now)
    fields["messages"], fields["events"] = _thread(ticket, viewer)
    if ticket.chat_state:
        fields["chat"] = ChatOut.model_validate(
            {"state": ticket.chat_state, "queue_position": chat_position}
        )
    if ticket.callback_state and ticket.phone:
        fields["callback"] = CallbackOut.model_validate(
            {
                "phone": ticket.phone,
                "state": ticket.callback_state,
                "queue_position": ticket.callback_queue_position,
                "estimated_wait_minutes": ticket.callback_estimated_wait_minutes,
            }
        )
    if ticket.satisfaction_rating:
        fields["satisfaction"] = SatisfactionOut.model_validate(
            {
                "rating": ticket.satisfaction_rating,
                "comment": ticket.satisfaction_comment,
                "rated_at": ticket.satisfaction_rated_at,
            }
        )
    fields["followers"] = [
        FollowerOut(
            user_id=f.user_id,
            name=f.user.name,
            role=f.user.role,  # type: ignore[arg-type]
            added_by_name=f.added_by.name,
            added_at=f.added_at,
        )
        for f in ticket.followers
    ]
    return TicketOut.model_validate(fields)


def _aware(value: datetime | None) -> datetime | None:
    # RFC 3339 times carry a zone; a client that sent none meant UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
