"""Response targets and their state (R3, R5, R7)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TypeVar

# R3: the add-on tiers' first-response targets.
TIER_TARGET_MINUTES = {"basic": 4 * 60, "enhanced": 60}
# R7: champions' individual targets.
CHAMPION_TARGET_MINUTES = {"great": 4 * 60, "epic": 60}
# Tickets without a premium target (members' e-mail requests, R6).
STANDARD_TARGET_MINUTES = 24 * 60


class SlaState(StrEnum):
    MET = "met"
    DUE = "due"
    BREACHED = "breached"


# A time: a datetime, or SQLite's stored UTC text of one width (it compares as the times
# do; the ticket list reads its rows raw, backend/api/ticket_json.py).
Moment = TypeVar("Moment", datetime, str)


def sla_state(
    due_at: Moment, responded_at: Moment | None, now: Moment, solved_at: Moment | None = None
) -> SlaState:
    """Met when the first response came in time; breached when it came late or is overdue.

    A ticket solved before any response (a callback cancelled, the admin's own fix) is
    overdue only if it was solved after the response was due: solved in time, nothing was
    late and nothing is awaited, so its target was met (docs/rules.md, "In time"). It
    used to turn breached once the due time passed, while the ticket was long solved.
    """
    if responded_at is not None:
        return SlaState.MET if responded_at <= due_at else SlaState.BREACHED
    if solved_at is not None:
        return SlaState.MET if solved_at <= due_at else SlaState.BREACHED
    return SlaState.DUE if now <= due_at else SlaState.BREACHED


def response_target_minutes(*, tier: str | None, champion: str | None, premium: bool) -> int:
    """The target fixed on a ticket at creation: the best that applies (R5, R7)."""
    candidates = [CHAMPION_TARGET_MINUTES[champion]] if champion else []
    if premium and tier:
        candidates.append(TIER_TARGET_MINUTES[tier])
    if not candidates:
        candidates.append(STANDARD_TARGET_MINUTES)
    return min(candidates)
