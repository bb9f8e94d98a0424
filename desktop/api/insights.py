"""Insights (R20) and recommendations (R19) as the service sends them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class IssueCount:
    category: str
    count: int


@dataclass(frozen=True)
class ProductIssueCount:
    category: str
    product: str
    count: int


@dataclass(frozen=True)
class WeekCounts:
    week: date  # the Monday (UTC) the week starts on
    opened: int
    solved: int


@dataclass(frozen=True)
class Insights:
    """The team's tickets in a period: whole UTC days, ``start`` inclusive, ``end`` exclusive."""

    start: datetime
    end: datetime
    open_tickets: int
    top_issues: tuple[IssueCount, ...]
    top_products_per_issue: tuple[ProductIssueCount, ...]
    weekly: tuple[WeekCounts, ...]
    sla_met: int
    sla_breached: int
    median_first_response_minutes: float | None  # None: nothing answered in the period
    # What the issues and products count: "opened" in the period, or "open_now"
    # (the tickets open now, whenever opened: R20's own reading).
    counts: str = "opened"
    # The tickets rated good and bad in the period (issue 21); 0 from an older service.
    rated_good: int = 0
    rated_bad: int = 0
    # Questions a help article answered in the period (issue 21); 0 from an older service.
    deflections: int = 0
    # (category, good, bad) of the ratings, most rated first.
    rated_by_category: tuple[tuple[str, int, int], ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Insights:
        satisfaction = data.get("satisfaction") or {}
        return cls(
            start=datetime.fromisoformat(data["period"]["from"]),
            end=datetime.fromisoformat(data["period"]["to"]),
            open_tickets=int(data["open_tickets"]),
            top_issues=tuple(
                IssueCount(i["category"], int(i["count"])) for i in data["top_issues"]
            ),
            top_products_per_issue=tuple(
                ProductIssueCount(i["category"], i["product"], int(i["count"]))
                for i in data["top_products_per_issue"]
            ),
            weekly=tuple(
                WeekCounts(date.fromisoformat(w["week"]), int(w["opened"]), int(w["solved"]))
                for w in data["weekly"]
            ),
            sla_met=int(data["sla"]["met"]),
            sla_breached=int(data["sla"]["breached"]),
            median_first_response_minutes=data.get("median_first_response_minutes"),
            counts=str(data.get("counts") or "opened"),
            rated_good=int(satisfaction.get("good", 0)),
            rated_bad=int(satisfaction.get("bad", 0)),
            deflections=int(data.get("deflections") or 0),
            rated_by_category=tuple(
                (str(r["category"]), int(r["good"]), int(r["bad"]))
                for r in data.get("satisfaction_by_category") or ()
            ),
        )

    @property
    def open_now(self) -> bool:
        return self.counts == "open_now"

    @property
    def products(self) -> list[str]:
        """The products the counts are about, in the charts' order."""
        return sorted({i.product for i in self.top_products_per_issue})

    @property
    def opened(self) -> int:
        """Tickets opened in the period (every ticket has one category)."""
        return sum(i.count for i in self.top_issues)

    @property
    def is_empty(self) -> bool:
        return self.opened == 0 and self.open_tickets == 0 and not self.weekly


@dataclass(frozen=True)
class Recommendation:
    key: str
    kind: str  # article | video | course
    title: str
    url: str
    summary: str
    product: str  # dropbox | dash | both
    reason_category: str | None
    reason_tickets: int  # the team's tickets about reason_category
    minutes: int | None = None  # how long a video or course takes; None for articles

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Recommendation:
        return cls(
            key=data["key"],
            kind=data["kind"],
            title=data["title"],
            url=data["url"],
            summary=data["summary"],
            product=data["product"],
            reason_category=data.get("reason_category"),
            reason_tickets=int(data.get("reason_tickets") or 0),
            minutes=data.get("minutes"),
        )


@dataclass(frozen=True)
class Recommendations:
    basis: str  # history | popular
    language: str  # what the texts are written in
    items: tuple[Recommendation, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Recommendations:
        return cls(
            basis=data["basis"],
            language=data.get("language", "en"),
            items=tuple(Recommendation.from_json(i) for i in data["items"]),
        )
