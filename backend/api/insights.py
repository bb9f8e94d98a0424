"""Recommendations (R19) and insights (R20) for the team's admins."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.deps import AdminUser, NowDep, SessionDep
from backend.api.problem_docs import Problem, problem_responses
from backend.api.schemas import Schema
from backend.db.models import RecommendationFeedback
from backend.db.queries import insights as queries
from backend.domain import recommendations
from backend.domain.errors import DomainError
from backend.seed.catalogue import CATALOGUE

router = APIRouter(tags=["insights"])

UNKNOWN_RECOMMENDATION = Problem(404, "unknown_recommendation", "No such catalogue item.")

DEFAULT_WEEKS = 12
MAX_DAYS = 366 * 2


class RecommendationOut(Schema):
    key: str
    kind: Literal["article", "video", "course"]
    title: str
    url: str
    summary: str
    product: Literal["dropbox", "dash", "both"]
    reason_category: str | None
    # The team's tickets in ``reason_category`` behind the choice (0 without a reason).
    reason_tickets: int
    # How long a video or course takes; null for articles (not known).
    minutes: int | None = None


class Recommendations(Schema):
    basis: Literal["history", "popular"]
    language: str  # what the titles and summaries are written in
    items: list[RecommendationOut]


class FeedbackIn(Schema):
    verdict: Literal["done", "not_useful"]


class FeedbackOut(Schema):
    key: str
    verdict: Literal["done", "not_useful"]


class IssueCount(Schema):
    category: str
    count: int


class ProductIssueCount(Schema):
    category: str
    product: str
    count: int


class WeekCounts(Schema):
    week: date  # the Monday (UTC) the week starts on
    opened: int
    solved: int


class SlaCounts(Schema):
    met: int
    breached: int


class SatisfactionCounts(Schema):
    """The tickets rated in the period, by their rating (issue 21)."""

    good: int
    bad: int


class CategorySatisfaction(Schema):
    """The tickets of one category rated in the period, by their rating (issue 21)."""

    category: str
    good: int
    bad: int


class InsightsOut(Schema):
    period: dict[str, datetime]
    # What the issue and product counts count: the tickets opened in the period
    # ("opened"), or those open now whenever opened ("open_now", R20's reading).
    counts: Literal["opened", "open_now"] = "opened"
    open_tickets: int
    top_issues: list[IssueCount]
    top_products_per_issue: list[ProductIssueCount]
    weekly: list[WeekCounts]
    sla: SlaCounts
    # Of the tickets opened in the period that have a first response; null when none has.
    median_first_response_minutes: float | None
    # Added after v1's first clients (they ignore it); zeros for ``open_now``.
    satisfaction: SatisfactionCounts = SatisfactionCounts(good=0, bad=0)
    # Questions a help article answered in the period ("This answered my question" in
    # Contact support, issue 21); 0 for ``open_now``.
    deflections: int = 0
    # The satisfaction counts per category, most rated first; empty for ``open_now``.
    satisfaction_by_category: list[CategorySatisfaction] = []


@router.get("/recommendations")
async def get_recommendations(
    user: AdminUser,
    session: SessionDep,
    now: NowDep,
    lang: Literal["en", "ja", "nl"] | None = None,
) -> Recommendations:
    """In ``lang`` (the app's language) if given, else in the admin's own."""
    assert user.team_id is not None
    # Ranked on every request from the tickets as they are now, so each new
    # ticket changes what comes first (R19).
    history = await queries.ticket_history(session, user.team_id, now)
    # What this admin marked done or not useful is not recommended to them again.
    dismissed = set(
        (
            await session.execute(
                select(RecommendationFeedback.item_key).where(
                    RecommendationFeedback.user_id == user.id
                )
            )
        ).scalars()
    )
    basis, ranked = recommendations.rank(CATALOGUE, history, dismissed=dismissed)
    locale = lang or user.locale
    return Recommendations.model_validate(
        {
            "basis": basis,
            "language": locale if locale in ("ja", "nl") else "en",
            "items": [
                {
                    "key": r.item.key,
                    "kind": r.item.kind,
                    "title": r.item.title.get(locale),
                    "url": r.item.url,
                    "summary": r.item.summary.get(locale),
                    "product": r.item.product,
                    "reason_category": r.reason_category,
                    "reason_tickets": r.reason_tickets,
                    "minutes": r.item.minutes,
                }
                for r in ranked
            ],
        }
    )


def _known(key: str) -> None:
    if key not in {i.key for i in CATALOGUE}:
        raise DomainError(
            "unknown_recommendation", 404, "Unknown recommendation", "No such catalogue item."
        )


@router.put("/recommendations/{key}/feedback", responses=problem_responses(UNKNOWN_RECOMMENDATION))
async def put_recommendation_feedback(
    key: str, body: FeedbackIn, user: AdminUser, session: SessionDep
) -> FeedbackOut:
    """Mark an item done or not useful: remembered, and left out of this admin's list (R19)."""
    _known(key)
    await session.execute(
        delete(RecommendationFeedback).where(
            RecommendationFeedback.user_id == user.id, RecommendationFeedback.item_key == key
        )
    )
    session.add(RecommendationFeedback(user_id=user.id, item_key=key, verdict=body.verdict))
    await session.commit()
    return FeedbackOut(key=key, verdict=body.verdict)


@router.delete(
    "/recommendations/{key}/feedback",
    status_code=204,
    responses=problem_responses(UNKNOWN_RECOMMENDATION),
)
async def delete_recommendation_feedback(
    key: str, user: AdminUser, session: SessionDep
) -> Response:
    """Undo: the item may be recommended again."""
    _known(key)
    await session.execute(
        delete(RecommendationFeedback).where(
            RecommendationFeedback.user_id == user.id, RecommendationFeedback.item_key == key
        )
    )
    await session.commit()
    return Response(status_code=204)


@router.get(
    "/insights",
    responses=problem_responses(
        Problem(
            422,
            "invalid_period",
            f"`from` is after `to`, or they are more than {MAX_DAYS} days apart.",
        )
    ),
)
async def get_insights(
    user: AdminUser,
    session: SessionDep,
    now: NowDep,
    from_: Annotated[
        date | None,
        Query(alias="from", description="First day (UTC), inclusive; default: 84 days up to `to`."),
    ] = None,
    to: Annotated[
        date | None,
        Query(
            description=f"Last day (UTC), inclusive, at most {MAX_DAYS} days after `from`; "
            "default: today."
        ),
    ] = None,
    scope: Literal["team", "mine"] = "team",
    period: Annotated[
        Literal["days", "open_now"],
        Query(
            description="`days` (default): the tickets opened from `from` to `to`. "
            "`open_now`: the tickets open now (new, open or pending), whenever opened; "
            "`from` and `to` are then ignored, `weekly` is empty and `sla` counts nothing."
        ),
    ] = "days",
) -> InsightsOut:
    """The period is whole UTC days, ``from`` to ``to`` inclusive (default: 12 weeks),
    or ``period=open_now``: the patterns of the tickets open now (R20).

    ``scope=mine``: only the tickets the admin submitted.
    """
    assert user.team_id is not None
    mine = user.id if scope == "mine" else None
    if period == "open_now":
        return await _open_now(session, user.team_id, mine, now)
    last = to or now.astimezone(UTC).date()
    first = from_ or last - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)
    if first > last or (last - first).days > MAX_DAYS:
        raise DomainError(
            "invalid_period",
            422,
            "Invalid period",
            "'from' must be before 'to', at most two years.",
            extra={"errors": [{"field": "from", "message": "invalid period", "type": "period"}]},
        )
    # UTC days, whatever zone the clock speaks: the rollups count per UTC day.
    start = datetime.combine(first, time.min, tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=UTC)
    found = await queries.insights(session, user.team_id, start, end, now, submitter_id=mine)
    good, bad = await queries.satisfaction(session, user.team_id, start, end, submitter_id=mine)
    answered = await queries.deflections(session, user.team_id, start, end, user_id=mine)
    rated = await queries.satisfaction_by_category(
        session, user.team_id, start, end, submitter_id=mine
    )
    return InsightsOut.model_validate(
        {
            "period": {"from": start, "to": end},
            "open_tickets": found.open_tickets,
            "top_issues": [{"category": c, "count": n} for c, n in found.top_issues],
            "top_products_per_issue": [
                {"category": c, "product": p, "count": n}
                for c, p, n in found.top_products_per_issue
            ],
            "weekly": [{"week": w, "opened": o, "solved": s} for w, o, s in found.weekly],
            "sla": {"met": found.sla_met, "breached": found.sla_breached},
            "median_first_response_minutes": found.median_first_response_minutes,
            "satisfaction": {"good": good, "bad": bad},
            "deflections": answered,
            "satisfaction_by_category": [{"category": c, "good": g, "bad": b} for c, g, b in rated],
        }
    )


async def _open_now(
    session: AsyncSession, team_id: str, submitter_id: str | None, now: datetime
) -> InsightsOut:
    """The open tickets' issues and products; the tile's total is their sum, so they agree."""
    per_pair = await queries.open_now(session, team_id, submitter_id)
    per_issue: dict[str, int] = {}
    for category, _product, n in per_pair:
        per_issue[category] = per_issue.get(category, 0) + n
    return InsightsOut.model_validate(
        {
            "period": {"from": now, "to": now},
            "counts": "open_now",
            "open_tickets": sum(per_issue.values()),
            "top_issues": [
                {"category": c, "count": n}
                for c, n in sorted(per_issue.items(), key=lambda item: (-item[1], item[0]))
            ],
            "top_products_per_issue": [
                {"category": c, "product": p, "count": n} for c, p, n in per_pair
            ],
            "weekly": [],
            "sla": {"met": 0, "breached": 0},
            "median_first_response_minutes": None,
        }
    )
