"""Rating a solved ticket good or bad, with an optional comment (issue 21)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from pydantic import Field

from backend.api.deps import NowDep, SessionDep, TeamUser
from backend.api.problem_docs import NOT_FOUND, TICKET_CLOSED, Problem, problem_responses
from backend.api.schemas import Schema, TicketOut
from backend.api.tickets import ticket_out, visible_ticket
from backend.db.queries import tickets
from backend.domain import ticket_rules
from backend.notify import events

router = APIRouter(prefix="/tickets", tags=["tickets"])

NOT_SOLVED = Problem(409, "not_solved", "The ticket is not solved yet: there is nothing to rate.")


class SatisfactionIn(Schema):
    rating: Literal["good", "bad"]
    comment: str | None = Field(default=None, max_length=2000)


@router.put(
    "/{ticket_id}/satisfaction",
    response_model=TicketOut,
    responses=problem_responses(NOT_FOUND, NOT_SOLVED, TICKET_CLOSED),
)
async def rate_ticket(
    ticket_id: str,
    body: SatisfactionIn,
    request: Request,
    user: TeamUser,
    session: SessionDep,
    now: NowDep,
) -> TicketOut:
    """The submitter, or an admin of the team who can see the ticket (R17), rates it once
    solved; a new rating replaces the last until the ticket is closed. Agents cannot."""
    ticket = await visible_ticket(session, user, ticket_id)
    ticket_rules.require_rateable(ticket.status)
    comment = (body.comment or "").strip() or None  # a blank comment is no comment
    ticket.satisfaction_rating = body.rating
    ticket.satisfaction_comment = comment
    ticket.satisfaction_rated_at = now
    # Moved in the lists and sync (updated_since) so the team's other clients see it.
    ticket.updated_at = now
    events.publish_ticket(session, "ticket.updated", ticket, status=ticket.status)
    await session.commit()
    fresh = await tickets.get_with_messages(session, ticket.team_id, ticket.id)
    assert fresh is not None
    return ticket_out(fresh, user, now)
