"""Followers (issue 21): teammates an admin adds to a ticket, mailed the agents' answers.

Who may follow, and what following gives (our reading of DOMAIN.md):

- An admin who can see the ticket adds or removes followers (R2, R17); members have
  no Premium Support pages (R6) and agents belong to no team: both get 403.
- A follower is an admin or a member of the ticket's team, other than its submitter
  (who is mailed anyway): anyone else answers 404 (another team's user is never told
  apart from no user), the submitter 422 ``follower_is_submitter``.
- A follower is mailed every agent's answer, once (backend/agents/actions.py).
- Following grants no access: an admin follower sees the ticket under Team tickets as
  every admin of the team does (R17, within R18's date); a member follower gets the
  answers by e-mail only, as members get support by e-mail (R3, R6), and neither sees
  the ticket in a list nor opens it (``scope=team`` stays 403 for them).
- A closed ticket is read-only: 409 ``ticket_closed``.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.deps import AdminUser, CurrentUser, NowDep, ReadSessionDep, SessionDep
from backend.api.problem_docs import NOT_FOUND, TICKET_CLOSED, Problem, problem_responses
from backend.api.schemas import FollowerList, FollowerOut, TeamPeople, TeamPerson
from backend.api.tickets import visible_ticket
from backend.db.models import Ticket, User
from backend.db.queries import followers, users
from backend.domain import ticket_rules
from backend.domain.errors import DomainError, not_found
from backend.notify import events

router = APIRouter(tags=["followers"])

FOLLOWER_IS_SUBMITTER = Problem(
    422, "follower_is_submitter", "The submitter is mailed anyway: they cannot follow too."
)


@router.get("/team/members")
async def team_members(user: AdminUser, session: ReadSessionDep) -> TeamPeople:
    """The team's admins and members, by name: the people an admin can add as followers."""
    assert user.team_id is not None  # AdminUser has a team
    people = await followers.team_people(session, user.team_id)
    return TeamPeople(
        items=[TeamPerson(id=p.id, name=p.name, email=p.email, role=p.role) for p in people]  # type: ignore[arg-type]
    )


@router.get(
    "/tickets/{ticket_id}/followers",
    responses=problem_responses(NOT_FOUND),
)
async def list_followers(ticket_id: str, user: CurrentUser, session: SessionDep) -> FollowerList:
    """Whoever can see the ticket sees its followers (also in the ticket's `followers`)."""
    ticket = await visible_ticket(session, user, ticket_id)
    return await _list(session, ticket.id)


@router.put(
    "/tickets/{ticket_id}/followers/{user_id}",
    responses=problem_responses(NOT_FOUND, FOLLOWER_IS_SUBMITTER, TICKET_CLOSED),
)
async def add_follower(
    ticket_id: str, user_id: str, admin: AdminUser, session: SessionDep, now: NowDep
) -> FollowerList:
    """An admin who can see the ticket adds a teammate (an admin or member of the ticket's
    team) as a follower: mailed every agent's answer from now on. Adding one who follows
    already changes nothing (idempotent: a retry is safe). Anyone not of the ticket's team
    (another team's user, an agent) answers 404, as an unknown id does; the submitter 422.
    Answers the followers, oldest first."""
    ticket = await visible_ticket(session, admin, ticket_id)
    ticket_rules.require_open(ticket.status)
    follower = await _teammate(session, ticket, user_id)
    if follower.id == ticket.submitter_id:
        raise DomainError(
            FOLLOWER_IS_SUBMITTER.code,
            422,
            "Submitter",
            "The submitter is mailed every answer already.",
        )
    if await followers.add(session, ticket.id, follower.id, admin.id, now):
        await _changed(session, ticket, now)
    return await _list(session, ticket_id)


@router.delete(
    "/tickets/{ticket_id}/followers/{user_id}",
    responses=problem_responses(NOT_FOUND, TICKET_CLOSED),
)
async def remove_follower(
    ticket_id: str, user_id: str, admin: AdminUser, session: SessionDep, now: NowDep
) -> FollowerList:
    """Stop a follower's mails; removing one who does not follow changes nothing."""
    ticket = await visible_ticket(session, admin, ticket_id)
    ticket_rules.require_open(ticket.status)
    follower = await _teammate(session, ticket, user_id)
    if await followers.remove(session, ticket.id, follower.id):
        await _changed(session, ticket, now)
    return await _list(session, ticket_id)


async def _teammate(session: AsyncSession, ticket: Ticket, user_id: str) -> User:
    """A user of the ticket's team; 404 for anyone else (agents, other teams, no one)."""
    user = await users.by_id(session, user_id)
    if user is None or user.team_id != ticket.team_id:
        raise not_found("user")
    return user


async def _changed(session: AsyncSession, ticket: Ticket, now: datetime) -> None:
    # Moved in sync (updated_since) so the team's other clients see the new followers.
    ticket.updated_at = now
    events.publish_ticket(session, "ticket.updated", ticket, status=ticket.status)
    await session.commit()


async def _list(session: AsyncSession, ticket_id: str) -> FollowerList:
    return FollowerList(
        items=[
            FollowerOut.model_validate(row._asdict())
            for row in await followers.rows(session, ticket_id)
        ]
    )
