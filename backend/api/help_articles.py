"""Deflection (issue 21): help articles matching a question being written, and the
questions they answered before becoming tickets."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import Field

from backend.api.deps import AdminUser, NowDep, SessionDep
from backend.api.idempotency import IdempotencyKey, create_once, fingerprint
from backend.api.problem_docs import IDEMPOTENT, Problem, problem_responses
from backend.api.schemas import Schema
from backend.db.models import Deflection
from backend.domain import help_matching
from backend.domain.errors import DomainError
from backend.seed.catalogue import CATALOGUE

router = APIRouter(tags=["help"])

UNKNOWN_ARTICLE = Problem(
    422, "unknown_article", "`article_key` is not an article or video of the help centre."
)
# Subject (200) and a description's first part are plenty to match on; the body of
# a ticket can be 20,000 characters and is not sent on every keystroke.
MAX_QUERY = 2000


class HelpArticleOut(Schema):
    key: str
    kind: Literal["article", "video"]
    title: str
    url: str
    summary: str


class HelpArticles(Schema):
    language: Literal["en", "ja", "nl"]  # what the titles and summaries are written in
    items: list[HelpArticleOut]


class DeflectionIn(Schema):
    article_key: str = Field(min_length=1, max_length=120)


class DeflectionOut(Schema):
    id: str
    article_key: str
    created_at: datetime


@router.get("/help-articles")
async def help_articles(
    user: AdminUser,
    q: Annotated[
        str,
        Query(
            max_length=MAX_QUERY,
            description="What the admin has typed: subject and description.",
        ),
    ] = "",
    lang: Literal["en", "ja", "nl"] | None = None,
    product: Annotated[
        Literal["dropbox", "dash"] | None,
        Query(description="The product the question is about: no article of the other one."),
    ] = None,
) -> HelpArticles:
    """Up to three articles or videos whose title or summary share words with ``q``, in
    ``lang`` (the app's language) if given, else the admin's own. Only articles of
    ``product`` (or of both products) if given, else of the one product ``q`` names, if it
    names one. Nothing matching: an empty list."""
    locale = lang or (user.locale if user.locale in ("ja", "nl") else "en")
    found = help_matching.best_matches(CATALOGUE, q, locale, product=product)
    return HelpArticles.model_validate(
        {
            "language": locale,
            "items": [
                {
                    "key": m.item.key,
                    "kind": m.item.kind,
                    "title": m.item.title.get(locale),
                    "url": m.item.url,
                    "summary": m.item.summary.get(locale),
                }
                for m in found
            ],
        }
    )


@router.post(
    "/deflections",
    status_code=201,
    response_model=DeflectionOut,
    responses=problem_responses(*IDEMPOTENT, UNKNOWN_ARTICLE),
)
async def record_deflection(
    body: DeflectionIn,
    request: Request,
    user: AdminUser,
    session: SessionDep,
    now: NowDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Records "This answered my question": counted for the admin's team in insights."""
    assert user.team_id is not None
    team_id, user_id = user.team_id, user.id

    async def create() -> DeflectionOut:
        if not any(i.key == body.article_key and i.kind in help_matching.KINDS for i in CATALOGUE):
            raise DomainError(
                "unknown_article",
                422,
                "Unknown article",
                "No help-centre article or video has this key.",
                extra={
                    "errors": [
                        {"field": "article_key", "message": "unknown article", "type": "unknown"}
                    ]
                },
            )
        row = Deflection(
            team_id=team_id, user_id=user_id, article_key=body.article_key, created_at=now
        )
        session.add(row)
        await session.flush()
        return DeflectionOut(id=row.id, article_key=row.article_key, created_at=row.created_at)

    return await create_once(
        session,
        user=user,
        key=idempotency_key,
        request_hash=fingerprint("POST", request.url.path, body),
        now=now,
        create=create,
    )
