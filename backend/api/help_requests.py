"""The standard "get help" e-mail route for every team user (R6, R7), and support hours (R4)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import Field

from backend.api.deps import NowDep, SessionDep, TeamUser
from backend.api.idempotency import IdempotencyKey, create_once, fingerprint
from backend.api.problem_docs import BLANK_TEXT, IDEMPOTENT, Problem, problem_responses
from backend.api.schemas import NonBlankText, Schema, TicketOut
from backend.api.ticket_writes import Category
from backend.api.tickets import ticket_out
from backend.db.queries import billing as billing_queries
from backend.db.queries import tickets
from backend.domain import hours, ticket_rules
from backend.domain.errors import DomainError

router = APIRouter(tags=["help"])


class HelpRequest(Schema):
    product: Literal["dropbox", "dash"]
    category: Category
    subject: NonBlankText = Field(min_length=1, max_length=200)
    body: NonBlankText = Field(min_length=1, max_length=20_000)


class AvailabilityOut(Schema):
    language: Literal["en", "ja"]
    channel: Literal["request", "chat", "callback"]
    open: bool
    next_open_at: datetime | None


class AvailabilityList(Schema):
    items: list[AvailabilityOut]


@router.post(
    "/help/requests",
    status_code=201,
    response_model=TicketOut,
    responses=problem_responses(
        *IDEMPOTENT,
        BLANK_TEXT,
        Problem(409, "product_not_in_plan", "The team does not use this product."),
    ),
)
async def help_request(
    body: HelpRequest,
    request: Request,
    user: TeamUser,
    session: SessionDep,
    now: NowDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """R6: members (and admins) can always e-mail support, 24/7, with the standard target."""
    assert user.team_id is not None
    team_id = user.team_id

    async def create() -> TicketOut:
        team = await billing_queries.team(session, team_id)
        if body.product not in team.products:
            raise DomainError(
                "product_not_in_plan",
                409,
                "Product not in your plan",
                f"The team does not use {body.product}.",
            )
        language = "ja" if user.locale == "ja" else "en"
        promise = ticket_rules.standard_promise(champion=user.champion, language=language, now=now)
        created = await tickets.open_ticket(
            session,
            tickets.Opening(
                team_id=team_id,
                submitter=user,
                product=body.product,
                channel="email",
                category=body.category,
                language=language,
                subject=body.subject,
                body=body.body,
                premium=False,
                target_minutes=promise.target_minutes,
                due_at=promise.due_at,
            ),
            now,
        )
        return ticket_out(created, user, now)

    return await create_once(
        session,
        user=user,
        key=idempotency_key,
        request_hash=fingerprint("POST", request.url.path, body),
        now=now,
        create=create,
    )


@router.get("/support/availability")
async def availability(_user: TeamUser, now: NowDep) -> AvailabilityList:
    return AvailabilityList.model_validate({"items": [vars(a) for a in hours.availability(now)]})
