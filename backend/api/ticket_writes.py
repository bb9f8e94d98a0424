"""Opening tickets (R13–R15), replying (R16, R17), solving and reopening."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import Field

from backend.agents import actions
from backend.api.deps import AdminUser, CallbackPaceDep, NowDep, SessionDep, TeamUser
from backend.api.idempotency import IdempotencyKey, create_once, fingerprint
from backend.api.problem_docs import (
    ATTACHMENT_NOT_FOUND,
    BLANK_TEXT,
    CHAT_ENDED,
    IDEMPOTENT,
    INVALID_PHONE,
    NOT_A_CALLBACK,
    NOT_A_CHAT,
    NOT_FOUND,
    TICKET_CLOSED,
    Problem,
    problem_responses,
)
from backend.api.schemas import MessageOut, NonBlankText, Schema, TicketOut
from backend.api.tickets import message_out, ticket_out, ticket_view, visible_ticket
from backend.db.models import Message
from backend.db.models import StatusChange as StatusChangeRow
from backend.db.queries import billing as billing_queries
from backend.db.queries import tickets
from backend.domain import ticket_rules
from backend.domain.phones import normalise_phone
from backend.domain.tickets import CATEGORIES
from backend.notify import events, mail

router = APIRouter(prefix="/tickets", tags=["tickets"])

Category = Literal[CATEGORIES]  # type: ignore[valid-type]
MAX_ATTACHMENTS = 20


class TicketCreate(Schema):
    product: Literal["dropbox", "dash"]
    channel: Literal["request", "chat", "callback"]
    category: Category
    subject: NonBlankText = Field(min_length=1, max_length=200)
    body: NonBlankText = Field(min_length=1, max_length=20_000)
    language: Literal["en", "ja"]
    phone: str | None = Field(default=None, max_length=40)
    attachment_ids: list[str] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)


class MessageCreate(Schema):
    body: NonBlankText = Field(min_length=1, max_length=20_000)
    attachment_ids: list[str] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)


class StatusChange(Schema):
    status: Literal["solved", "open"]


class CallbackCancel(Schema):
    """R15 says only that a queued call can be cancelled: what becomes of the ticket is
    the admin's choice. Kept open, it stays with support as a written request."""

    keep_open: bool = False


def phone_region(locale: str) -> str:
    """The country a national number is read in: from the user's language."""
    return {"ja": "JP", "nl": "NL"}.get(locale, "US")


@router.post(
    "",
    status_code=201,
    response_model=TicketOut,
    responses=problem_responses(
        *IDEMPOTENT,
        BLANK_TEXT,
        INVALID_PHONE,
        ATTACHMENT_NOT_FOUND,
        Problem(
            409,
            "product_not_covered",
            "The team's Premium Support does not cover this product now (R5, R14).",
        ),
        Problem(
            409,
            "japanese_support_closed",
            "Japanese chat and callback outside Japanese support hours; `next_open_at` "
            "says when they open (R4).",
        ),
    ),
)
async def create_ticket(
    body: TicketCreate,
    request: Request,
    user: AdminUser,
    session: SessionDep,
    now: NowDep,
    pace: CallbackPaceDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    assert user.team_id is not None
    team_id = user.team_id

    async def create() -> TicketOut:
        team = await billing_queries.team(session, team_id)
        addon = ticket_rules.require_covered(
            body.product,
            team.products,
            [
                ticket_rules.CoveringAddon(a.product, a.tier, a.status, a.ends_at)
                for a in team.addons
            ],
            now,
        )
        ticket_rules.require_channel_open(body.language, body.channel, now)
        phone = None
        if body.channel == "callback" or body.phone:
            phone = normalise_phone(body.phone or "", region=phone_region(user.locale))
        promise = ticket_rules.premium_promise(
            tier=addon.tier, champion=user.champion, language=body.language, now=now
        )
        created = await tickets.open_ticket(
            session,
            tickets.Opening(
                team_id=team_id,
                submitter=user,
                product=body.product,
                channel=body.channel,
                category=body.category,
                language=body.language,
                subject=body.subject,
                body=body.body,
                premium=True,
                target_minutes=promise.target_minutes,
                due_at=promise.due_at,
                phone=phone,
                attachment_ids=tuple(body.attachment_ids),
                callback_seconds_per_caller=pace,
            ),
            now,
        )
        return await ticket_view(session, created, user, now)

    return await create_once(
        session,
        user=user,
        key=idempotency_key,
        request_hash=fingerprint("POST", request.url.path, body),
        now=now,
        create=create,
    )


@router.post(
    "/{ticket_id}/messages",
    status_code=201,
    response_model=MessageOut,
    responses=problem_responses(
        *IDEMPOTENT, BLANK_TEXT, ATTACHMENT_NOT_FOUND, NOT_FOUND, TICKET_CLOSED
    ),
)
async def reply(
    ticket_id: str,
    body: MessageCreate,
    request: Request,
    user: TeamUser,
    session: SessionDep,
    now: NowDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """R16, R17: the submitter, or any admin of the team (shown as "Colleague")."""

    async def create() -> MessageOut:
        ticket = await visible_ticket(session, user, ticket_id)
        ticket_rules.require_open(ticket.status)
        message = Message(ticket_id=ticket.id, author_id=user.id, body=body.body, created_at=now)
        session.add(message)
        await session.flush()
        await tickets.claim_attachments(session, ticket.team_id, body.attachment_ids, message)
        ticket.status = ticket_rules.status_after_team_reply(ticket.status)
        ticket.updated_at = now
        events.publish_ticket(
            session, "message.created", ticket, message_id=message.id, author_role=user.role
        )
        events.publish_ticket(session, "ticket.updated", ticket, status=ticket.status)
        if user.id != ticket.submitter_id:
            # R17: the original submitter hears of a colleague's reply.
            mail.enqueue(
                session,
                to=ticket.submitter,
                kind="colleague_reply",
                now=now,
                number=str(ticket.number),
                subject=ticket.subject,
                excerpt=body.body,
            )
        await session.flush()
        fresh = await tickets.get_with_messages(session, ticket.team_id, ticket.id)
        assert fresh is not None
        created = next(m for m in fresh.messages if m.id == message.id)
        return message_out(created, fresh, user)

    response = await create_once(
        session,
        user=user,
        key=idempotency_key,
        request_hash=fingerprint("POST", request.url.path, body),
        now=now,
        create=create,
    )
    request.app.state.mail.wakeup.set()
    return response


@router.patch("/{ticket_id}", responses=problem_responses(NOT_FOUND, TICKET_CLOSED))
async def change_status(
    ticket_id: str,
    body: StatusChange,
    request: Request,
    user: TeamUser,
    session: SessionDep,
    now: NowDep,
) -> TicketOut:
    ticket = await visible_ticket(session, user, ticket_id)
    new_status = ticket_rules.change_status(ticket.status, body.status)
    if new_status != ticket.status:
        ticket.status = new_status
        ticket.solved_at = now if new_status == "solved" else None
        ticket.updated_at = now
        # R17: a teammate's ticket may be solved or reopened by any admin; the thread
        # keeps who did it, and the submitter hears of it as of a colleague's reply.
        change = StatusChangeRow(
            ticket_id=ticket.id, actor_id=user.id, status=new_status, created_at=now
        )
        session.add(change)
        await session.flush()
        events.publish_ticket(session, "ticket.updated", ticket, status=new_status)
        events.publish_ticket(
            session,
            "ticket.status_changed",
            ticket,
            status=new_status,
            event_id=change.id,
            actor_id=user.id,
            actor_name=user.name,
        )
        if user.id != ticket.submitter_id:
            mail.enqueue(
                session,
                to=ticket.submitter,
                kind="colleague_solved" if new_status == "solved" else "colleague_reopened",
                now=now,
                number=str(ticket.number),
                subject=ticket.subject,
                author=user.name,
            )
        await session.commit()
        request.app.state.mail.wakeup.set()
    fresh = await tickets.get_with_messages(session, ticket.team_id, ticket.id)
    assert fresh is not None
    return ticket_out(fresh, user, now)


@router.post(
    "/{ticket_id}/chat/messages",
    status_code=201,
    response_model=MessageOut,
    responses=problem_responses(
        *IDEMPOTENT, BLANK_TEXT, NOT_FOUND, NOT_A_CHAT, CHAT_ENDED, TICKET_CLOSED
    ),
)
async def chat_line(
    ticket_id: str,
    body: MessageCreate,
    request: Request,
    user: TeamUser,
    session: SessionDep,
    now: NowDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """R15: a line in a live chat."""

    async def create() -> MessageOut:
        ticket = await visible_ticket(session, user, ticket_id)
        message = actions.chat_line(session, ticket, user, body.body, now)
        await session.flush()
        fresh = await tickets.get_with_messages(session, ticket.team_id, ticket.id)
        assert fresh is not None
        return message_out(next(m for m in fresh.messages if m.id == message.id), fresh, user)

    return await create_once(
        session,
        user=user,
        key=idempotency_key,
        request_hash=fingerprint("POST", request.url.path, body),
        now=now,
        create=create,
    )


@router.post(
    "/{ticket_id}/callback/cancel",
    responses=problem_responses(
        NOT_FOUND,
        NOT_A_CALLBACK,
        Problem(409, "callback_not_queued", "Only a callback still queued can be cancelled."),
    ),
)
async def cancel_callback(
    ticket_id: str,
    user: AdminUser,
    session: SessionDep,
    now: NowDep,
    pace: CallbackPaceDep,
    body: CallbackCancel | None = None,
) -> TicketOut:
    """R15: withdraw a requested call while it is still queued. The ticket is solved, or
    with `keep_open` stays as it is, a written request support still answers."""
    ticket = await visible_ticket(session, user, ticket_id)
    actions.cancel_callback(session, ticket, now, solve=not (body and body.keep_open))
    await session.flush()
    await tickets.renumber_callback_queue(session, pace)
    await session.commit()
    fresh = await tickets.get_with_messages(session, ticket.team_id, ticket.id)
    assert fresh is not None
    return ticket_out(fresh, user, now)


@router.post("/{ticket_id}/chat/end", responses=problem_responses(NOT_FOUND, CHAT_ENDED))
async def end_chat(ticket_id: str, user: TeamUser, session: SessionDep, now: NowDep) -> TicketOut:
    """End the chat: a `chat_ended` event in the thread, by whoever ended it."""
    ticket = await visible_ticket(session, user, ticket_id)
    actions.end_chat(session, ticket, user, now)
    await session.commit()
    fresh = await tickets.get_with_messages(session, ticket.team_id, ticket.id)
    assert fresh is not None
    return ticket_out(fresh, user, now)
