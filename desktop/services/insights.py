"""Insights (R20) and recommendations (R19) for the pages: from the service, else as last seen.

Every answer is kept in the snapshot store with the time it was read, so a
page that cannot reach the service shows the last one and says how old it is.
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from desktop.api.client import ApiClient
from desktop.api.errors import ServerUnreachable
from desktop.api.insights import Insights, Recommendations
from desktop.store.snapshots import SnapshotStore
from desktop.store.tickets import store_time

T = TypeVar("T")

# "open_now" first: R20's own reading (the open tickets' patterns) is one choice away.
PERIODS = ("open_now", "4w", "12w", "quarter", "12m", "custom")
OPEN_NOW = "open_now"
# The ticket list's status filter for the tickets open now (new, open or pending).
UNSOLVED = "unsolved"


@dataclass(frozen=True)
class Period:
    """Whole UTC days, ``first`` to ``last`` inclusive; or the tickets open now (OPEN_NOW),
    whenever opened, where the days are just today's."""

    key: str  # one of PERIODS
    first: date
    last: date

    @property
    def open_now(self) -> bool:
        return self.key == OPEN_NOW


def period_for(key: str, today: date, custom: tuple[date, date] | None = None) -> Period:
    """The days a period choice covers, ending today (custom: the days chosen, none after
    today: days to come have no tickets yet, and would be counted as if they had none)."""
    if key == "custom" and custom is not None:
        first, last = sorted(custom)
        last = min(last, today)
        return Period(key, min(first, last), last)
    if key == OPEN_NOW:
        return Period(key, today, today)
    if key == "4w":
        return Period(key, today - timedelta(weeks=4) + timedelta(days=1), today)
    if key == "quarter":
        return Period(key, date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today)
    if key == "12m":
        return Period(key, today - timedelta(days=365) + timedelta(days=1), today)
    return Period("12w", today - timedelta(weeks=12) + timedelta(days=1), today)


@dataclass(frozen=True)
class DrillDown:
    """The tickets behind a bar or a point: the team's, opened (or solved) in [first, before);
    without days (``first`` None), whenever opened."""

    first: date | None
    before: date | None  # the day after the last one
    category: str = ""
    product: str = ""
    scope: str = "team"  # team: everyone's, the admin's own included | mine: the admin's own
    response: str = ""  # met | breached: the first response in time, or late (R20)
    now: datetime | None = None  # the service's time: "late" includes overdue, unanswered
    # True: the days are when the tickets were solved (whenever opened), as the weekly
    # chart counts "solved"; False: when they were opened.
    solved: bool = False
    status: str = ""  # UNSOLVED: the tickets open now (new, open or pending)

    def filters(self) -> dict[str, str]:
        """The ticket list's store filters for exactly these tickets."""

        def midnight(day: date) -> str:
            return store_time(datetime.combine(day, time.min, tzinfo=UTC))

        when = "solved" if self.solved else "created"
        found: dict[str, str] = {}
        if self.first is not None and self.before is not None:
            found = {f"{when}_from": midnight(self.first), f"{when}_before": midnight(self.before)}
        if self.response:
            found["response"] = self.response
            found["now"] = store_time(self.now or datetime.now(UTC))
        return found | {
            k: v
            for k, v in (
                ("category", self.category),
                ("product", self.product),
                ("status", self.status),
            )
            if v
        }


@dataclass(frozen=True)
class Shown(Generic[T]):
    """What a page shows; ``stored_at`` is set when it is the stored copy (offline)."""

    value: T
    stored_at: datetime | None = None


def insights_key(scope: str, period: Period) -> str:
    # Presets are kept by name: "the last 4 weeks" offline is the last 4 weeks seen.
    name = period.key if period.key != "custom" else f"{period.first}..{period.last}"
    return f"insights:{scope}:{name}"


def recommendations_key(language: str) -> str:
    return f"recommendations:{language}"


class InsightsService:
    def __init__(self, client: ApiClient, snapshots: SnapshotStore) -> None:
        self._client = client
        self._snapshots = snapshots

    def now(self) -> datetime:
        """The service's clock: what "overdue" is measured against."""
        return self._client.server_now()

    def today(self) -> date:
        """The service's day (UTC): periods are counted in its days."""
        return self._client.server_now().astimezone(UTC).date()

    async def insights(self, period: Period, scope: str = "team") -> Shown[Insights]:
        document = await self._read(
            insights_key(scope, period),
            lambda: self._client.insights_document(
                period.first, period.last, scope, open_now=period.open_now
            ),
        )
        return Shown(Insights.from_json(document.value), document.stored_at)

    async def recommendations(self, language: str) -> Shown[Recommendations]:
        document = await self._read(
            recommendations_key(language),
            lambda: self._client.recommendations_document(language),
        )
        return Shown(Recommendations.from_json(document.value), document.stored_at)

    async def mark(self, key: str, verdict: str | None) -> None:
        """Done or not useful (None: undo); the service then recommends others."""
        await self._client.recommendation_feedback(key, verdict)

    async def _read(self, key: str, fetch: Any) -> Shown[dict[str, Any]]:
        try:
            body: dict[str, Any] = await fetch()
        except ServerUnreachable:
            stored = self._snapshots.get(key)
            if stored is None:
                raise
            return Shown(stored["body"], datetime.fromisoformat(stored["saved_at"]))
        await self._snapshots.save(key, {"body": body, "saved_at": datetime.now(UTC).isoformat()})
        return Shown(body)
