"""What an agent does to a ticket: answer, take a chat, move a callback along (R15).

Shared by the agents' HTTP endpoints and the built-in demo agent. Each action
changes the ticket and queues the mail it causes; the caller commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.base import new_id
from backend.db.models import Message, Ticket, User
from backend.domain import ticket_rules
from backend.domain.errors import DomainError
from backend.domain.tickets import MessageKind, is_first_response, system_event_record
from backend.notify import events, mail

CALLBACK_MOVES = {"queued": ("calling", "failed"), "calling": ("completed", "failed")}


def _post(session: AsyncSession, ticket: Ticket, author: User, body: str, now: datetime) -> Message:
    """A written line; an agent's first one is the ticket's first response (R3)."""
    # The id is made here, not at flush, because the event names it.
    message = Message(
        id=new_id("msg"), ticket_id=ticket.id, author_id=author.id, body=body, created_at=now
    )
    session.add(message)
    ticket.updated_at = now
    if ticket.first_responded_at is None and is_first_response(
        author_role=author.role, kind=MessageKind.TEXT
    ):
        ticket.first_responded_at = now
    events.publish_ticket(
        session, "message.created", ticket, message_id=message.id, author_role=author.role
    )
    return message


def _system_event(
    session: AsyncSession, ticket: Ticket, actor: User, kind: MessageKind, now: datetime
) -> Message:
    """Something that happened in the thread, in its order: not a message, not an answer (R3).

    The API shows it among the ticket's ``events``.
    """
    message = Message(
        id=new_id("msg"),
        ticket_id=ticket.id,
        author_id=actor.id,
        body=system_event_record(kind, actor.name),
        kind=kind.value,
        created_at=now,
    )
    session.add(message)
    ticket.updated_at = now
    return message


def _updated(session: AsyncSession, ticket: Ticket) -> None:
    events.publish_ticket(session, "ticket.updated", ticket, status=ticket.status)


def answer(session: AsyncSession, ticket: Ticket, agent: User, body: str, now: datetime) -> Message:
    """An agent's answer: the first one sets the first response time (R3)."""
    ticket_rules.require_open(ticket.status)
    message = _post(session, ticket, agent, body, now)
    if ticket.channel != "chat":
        ticket.status = ticket_rules.status_after_agent_reply(ticket.status)
        mail.enqueue(
            session,
            to=ticket.submitter,
            kind="agent_answer",
            now=now,
            number=str(ticket.number),
            subject=ticket.subject,
            author=agent.name,
            excerpt=body,
        )
        _mail_followers(session, ticket, agent, body, now)
    elif ticket.status == "new":
        ticket.status = "open"
    _updated(session, ticket)
    return message


def _mail_followers(
    session: AsyncSession, ticket: Ticket, agent: User, body: str, now: datetime
) -> None:
    """The answer to each follower, once (issue 21); the submitter has had theirs above.
    ``ticket.followers`` is loaded with the ticket (queries.tickets.get_with_messages)."""
    mailed = {ticket.submitter_id}
    for follower in ticket.followers:
        if follower.user_id in mailed:
            continue
        mailed.add(follower.user_id)
        mail.enqueue(
            session,
            to=follower.user,
            # A member cannot open it in the app (R6): their mail says so, without a link.
            kind="follower_answer" if follower.user.role == "admin" else "follower_answer_member",
            now=now,
            number=str(ticket.number),
            subject=ticket.subject,
            author=agent.name,
            excerpt=body,
            submitter=ticket.submitter.name,
        )


def join_chat(session: AsyncSession, ticket: Ticket, agent: User, now: datetime) -> Message:
    """The agent takes the chat: a system event; their first written line is the answer (R3)."""
    if ticket.channel != "chat" or ticket.chat_state != "waiting":
        raise DomainError("chat_not_waiting", 409, "No chat waiting", "The chat is not waiting.")
    ticket.chat_state = "connected"
    ticket.status = "open"
    joined = _system_event(session, ticket, agent, MessageKind.CHAT_JOINED, now)
    events.publish_ticket(session, "chat.state", ticket, state="connected")
    _updated(session, ticket)
    return joined


def end_chat(session: AsyncSession, ticket: Ticket, by: User, now: datetime) -> Message:
    """The agent or the team ends the chat: a system event in the thread, by whoever ended it."""
    if ticket.channel != "chat" or ticket.chat_state == "ended":
        raise DomainError("chat_ended", 409, "Chat ended", "This chat has ended.")
    ticket.chat_state = "ended"
    ended = _system_event(session, ticket, by, MessageKind.CHAT_ENDED, now)
    events.publish_ticket(session, "chat.state", ticket, state="ended")
    return ended


def cancel_callback(
    session: AsyncSession, ticket: Ticket, now: datetime, *, solve: bool = True
) -> None:
    """The admin no longer needs the call: only while it is still queued (R15).

    ``solve``: nothing is left to answer, so the ticket is solved (reopening it is one
    click); else it stays as it is, a written request that support still answers.
    """
    if ticket.channel != "callback" or ticket.callback_state is None:
        raise DomainError("not_a_callback", 409, "Not a callback", "This ticket is not a callback.")
    if ticket.callback_state != "queued":
        raise DomainError(
            "callback_not_queued",
            409,
            "Callback not queued",
            f"A {ticket.callback_state} callback cannot be cancelled.",
        )
    ticket.callback_state = "cancelled"
    ticket.callback_queue_position = None
    ticket.callback_estimated_wait_minutes = None
    if solve:
        ticket.status = "solved"
        ticket.solved_at = now
    ticket.updated_at = now
    events.publish_ticket(session, "callback.state", ticket, state="cancelled")
    _updated(session, ticket)


def move_callback(
    session: AsyncSession, ticket: Ticket, agent: User, state: str, note: str | None, now: datetime
) -> None:
    """queued → calling → completed | failed; the submitter hears how it ended.

    A state is an event, not an answer: the agent's note, a written line, is
    what sets the first response (R3).
    """
    if ticket.channel != "callback" or ticket.callback_state is None:
        raise DomainError("not_a_callback", 409, "Not a callback", "This ticket is not a callback.")
    allowed = CALLBACK_MOVES.get(ticket.callback_state, ())
    if state not in allowed:
        raise DomainError(
            "invalid_callback_state",
            409,
            "Invalid callback state",
            f"A {ticket.callback_state} callback cannot become {state}.",
        )
    ticket.callback_state = state
    ticket.callback_queue_position = None
    ticket.callback_estimated_wait_minutes = None
    ticket.updated_at = now
    if note:
        _post(session, ticket, agent, note, now)
    events.publish_ticket(session, "callback.state", ticket, state=state)
    if state == "completed":
        ticket.status = ticket_rules.status_after_agent_reply(ticket.status)
        _updated(session, ticket)
    if state in ("completed", "failed"):
        mail.enqueue(
            session,
            to=ticket.submitter,
            kind=f"callback_{state}",
            now=now,
            number=str(ticket.number),
            subject=ticket.subject,
            phone=ticket.phone or "",
        )


def chat_line(
    session: AsyncSession, ticket: Ticket, author: User, body: str, now: datetime
) -> Message:
    """A line in a live chat, from the team or the agent (whose first one answers, R3)."""
    if ticket.channel != "chat":
        raise DomainError("not_a_chat", 409, "Not a chat", "This ticket is not a live chat.")
    if ticket.chat_state == "ended":
        raise DomainError("chat_ended", 409, "Chat ended", "This chat has ended.")
    ticket_rules.require_open(ticket.status)
    return _post(session, ticket, author, body, now)
