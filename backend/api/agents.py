"""The vendor's side: the queue across teams, answers, chats and callbacks (R15)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from pydantic import Field

from backend.agents import actions
from backend.api.deps import AgentUser, CallbackPaceDep, NowDep, SessionDep
from backend.api.problem_docs import (
    BLANK_TEXT,
    CHAT_ENDED,
    NOT_A_CALLBACK,
    NOT_FOUND,
    TICKET_CLOSED,
    Problem,
    problem_responses,
)
from backend.api.schemas import MessageOut, NonBlankText, Schema, TicketOut, TicketSummary
from backend.api.tickets import message_out, summary, ticket_view, visible_ticket
from backend.db.models import User
from backend.db.queries import tickets

router = APIRouter(prefix="/agent", tags=["agents"])


class QueueItem(TicketSummary):
    team_name: str


class Queue(Schema):
    items: list[QueueItem]


class AgentMessage(Schema):
    body: NonBlankText = Field(min_length=1, max_length=20_000)


class CallbackMove(Schema):
    state: Literal["calling", "completed", "failed"]
    note: str | None = Field(default=None, max_length=20_000)


@router.get("/queue")
async def queue(
    _agent: AgentUser,
    session: SessionDep,
    now: NowDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Queue:
    rows = await tickets.agent_queue(session, limit)
    return Queue(
        items=[
            QueueItem(**summary(ticket, now).model_dump(), team_name=team_name)
            for ticket, team_name in rows
        ]
    )


async def _fresh(session: SessionDep, agent: User, ticket_id: str, now: NowDep) -> TicketOut:
    fresh = await visible_ticket(session, agent, ticket_id)
    return await ticket_view(session, fresh, agent, now)


@router.post(
    "/tickets/{ticket_id}/messages",
    status_code=201,
    responses=problem_responses(BLANK_TEXT, NOT_FOUND, TICKET_CLOSED),
)
async def answer(
    ticket_id: str,
    body: AgentMessage,
    request: Request,
    agent: AgentUser,
    session: SessionDep,
    now: NowDep,
) -> MessageOut:
    ticket = await visible_ticket(session, agent, ticket_id)
    message = actions.answer(session, ticket, agent, body.body, now)
    await session.commit()
    request.app.state.mail.wakeup.set()
    fresh = await visible_ticket(session, agent, ticket_id)
    return message_out(next(m for m in fresh.messages if m.id == message.id), fresh, agent)


@router.post(
    "/tickets/{ticket_id}/chat/join",
    responses=problem_responses(
        NOT_FOUND, Problem(409, "chat_not_waiting", "The ticket is no live chat waiting.")
    ),
)
async def join_chat(
    ticket_id: str, agent: AgentUser, session: SessionDep, now: NowDep
) -> TicketOut:
    """Take a waiting chat. The thread shows it as a `chat_joined` event, not a message:
    the first response is the agent's first written line (R3)."""
    ticket = await visible_ticket(session, agent, ticket_id)
    actions.join_chat(session, ticket, agent, now)
    await session.commit()
    return await _fresh(session, agent, ticket_id, now)


@router.post("/tickets/{ticket_id}/chat/end", responses=problem_responses(NOT_FOUND, CHAT_ENDED))
async def end_chat(ticket_id: str, agent: AgentUser, session: SessionDep, now: NowDep) -> TicketOut:
    """End the chat: a `chat_ended` event in the thread."""
    ticket = await visible_ticket(session, agent, ticket_id)
    actions.end_chat(session, ticket, agent, now)
    await session.commit()
    return await _fresh(session, agent, ticket_id, now)


@router.post(
    "/tickets/{ticket_id}/callback/state",
    responses=problem_responses(
        NOT_FOUND,
        NOT_A_CALLBACK,
        Problem(
            409,
            "invalid_callback_state",
            "Not a next state: queued → calling → completed or failed.",
        ),
    ),
)
async def move_callback(
    ticket_id: str,
    body: CallbackMove,
    request: Request,
    agent: AgentUser,
    session: SessionDep,
    now: NowDep,
    pace: CallbackPaceDep,
) -> TicketOut:
    """Move a callback along. A state is an event; a `note` is the agent's written line,
    and the first one is the first response (R3)."""
    ticket = await visible_ticket(session, agent, ticket_id)
    actions.move_callback(session, ticket, agent, body.state, body.note, now)
    await session.flush()
    await tickets.renumber_callback_queue(session, pace)
    await session.commit()
    request.app.state.mail.wakeup.set()
    return await _fresh(session, agent, ticket_id, now)
