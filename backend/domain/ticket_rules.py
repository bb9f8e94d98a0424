"""Who may open, answer and move a ticket, and what it promises (R4–R7, R12–R17)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from backend.domain import billing, hours
from backend.domain.errors import DomainError
from backend.domain.sla import response_target_minutes

# A queued callback is expected to take this long per caller, itself included (R15), when
# agents make the calls; the demo agent calls far faster and estimates with its own pace
# (demo_agent.SECONDS_PER_CALL).
SECONDS_PER_QUEUED_CALLBACK = 6 * 60


@dataclass(frozen=True)
class CoveringAddon:
    product: str
    tier: str
    status: str
    ends_at: datetime | None


@dataclass(frozen=True)
class Promise:
    """What a new ticket is promised: its response target, fixed at creation."""

    target_minutes: int
    due_at: datetime


def require_covered(
    product: str, team_products: list[str], addons: list[CoveringAddon], now: datetime
) -> CoveringAddon:
    """R5, R14: a premium ticket needs an add-on that covers its product now."""
    addon = next((a for a in addons if a.product == product), None)
    if (
        product not in team_products
        or addon is None
        or not billing.covers(addon.status, addon.ends_at, now)
    ):
        raise DomainError(
            "product_not_covered",
            409,
            "Product not covered",
            f"The team's Premium Support does not cover {product}.",
            extra={"product": product},
        )
    return addon


def require_channel_open(language: str, channel: str, now: datetime) -> None:
    """R4: Japanese chat and callback only in Japanese support hours."""
    if language == "ja" and channel in hours.LIVE_CHANNELS and not hours.japanese_open(now):
        opens = hours.next_japanese_opening(now)
        raise DomainError(
            "japanese_support_closed",
            409,
            "Japanese support is closed",
            "Japanese chat and callback are available Monday to Friday, 09:00–17:00 JST. "
            "Continue in English or send a written request.",
            extra={"next_open_at": opens.isoformat()},
        )


def premium_promise(*, tier: str, champion: str | None, language: str, now: datetime) -> Promise:
    """R3, R5, R7: the best of the add-on's and the champion's target."""
    minutes = response_target_minutes(tier=tier, champion=champion, premium=True)
    start = hours.response_clock_start(language, now)
    return Promise(minutes, start + timedelta(minutes=minutes))


def standard_promise(*, champion: str | None, language: str, now: datetime) -> Promise:
    """R6, R7: members' e-mail requests: 24 h, or the champion's own target."""
    minutes = response_target_minutes(tier=None, champion=champion, premium=False)
    start = hours.response_clock_start(language, now)
    return Promise(minutes, start + timedelta(minutes=minutes))


def require_open(status: str) -> None:
    """Closed tickets are read-only."""
    if status == "closed":
        raise DomainError(
            "ticket_closed",
            409,
            "Ticket closed",
            "This ticket is closed. Contact support again to follow up.",
        )


def require_rateable(status: str) -> None:
    """Issue 21: a rating once solved, changeable until the ticket is closed."""
    require_open(status)
    if status != "solved":
        raise DomainError(
            "not_solved", 409, "Ticket not solved", "A ticket can be rated once it is solved."
        )


def status_after_team_reply(status: str) -> str:
    """The team answered: a ticket waiting on them, or solved, is open again."""
    return "open" if status in ("pending", "solved") else status


def status_after_agent_reply(status: str) -> str:
    """Support answered: it now waits on the team."""
    return "pending" if status in ("new", "open") else status


def change_status(current: str, wanted: str) -> str:
    """PATCH: mark solved, or reopen a solved ticket."""
    require_open(current)
    if wanted == "solved" or (wanted == "open" and current in ("solved", "open")):
        return wanted
    if wanted == "open":
        return current  # new/pending are already "open" in the broad sense
    raise DomainError(
        "invalid_status_change", 422, "Invalid status change", f"{current} → {wanted}"
    )


def callback_wait(position: int, seconds_per_caller: int = SECONDS_PER_QUEUED_CALLBACK) -> int:
    """R15: minutes until the call, rounded up: the callers ahead and this one, each taking
    ``seconds_per_caller``. One queue for every team, language and product (as for chats)."""
    return -(-position * seconds_per_caller // 60)
