"""The resources the first screen shows: the signed-in user and ticket summaries.

Split from :mod:`desktop.api.models` (which re-exports them) so that the window
can show the cached list before the rest of the API's ~25 models are imported.
They are NamedTuples, not frozen dataclasses like the rest: a dataclass costs
~1 ms to define (it compiles six methods) and importing ``dataclasses`` ~1.5 ms
more, and the start is measured in milliseconds (bench/bench_offline.py).
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
from datetime import datetime
from typing import Any, NamedTuple


def parse_time(value: Any) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def parse_optional_time(value: Any) -> datetime | None:
    return None if value is None else parse_time(value)


class User(NamedTuple):
    id: str
    name: str
    email: str
    role: str  # admin | member | agent
    team_id: str | None
    champion: str | None
    locale: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "User":
        return cls(
            id=data["id"],
            name=data["name"],
            email=data["email"],
            role=data["role"],
            team_id=data.get("team_id"),
            champion=data.get("champion"),
            locale=data.get("locale", "en"),
        )

    def to_json(self) -> dict[str, Any]:
        """As the service sends it: kept in the local store for starting offline."""
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "role": self.role,
            "team_id": self.team_id,
            "champion": self.champion,
            "locale": self.locale,
        }


class PersonRef(NamedTuple):
    id: str
    name: str


class TicketSummary(NamedTuple):
    id: str
    number: int
    subject: str
    status: str
    product: str
    channel: str
    premium: bool
    category: str
    language: str
    submitter: PersonRef
    created_at: datetime
    updated_at: datetime
    first_response_due_at: datetime
    first_responded_at: datetime | None
    sla_state: str
    # When it was solved (a closed ticket keeps it), as Insights count "solved"; else None.
    solved_at: datetime | None = None
    # R3, R5, R7: the first-response target it was given when opened, in minutes; 0 when
    # not known (an older service, or a copy cached before schema 12 until it syncs).
    response_target_minutes: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "TicketSummary":
        return cls(**summary_fields(data))


def summary_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": data["id"],
        "number": int(data["number"]),
        "subject": data["subject"],
        "status": data["status"],
        "product": data["product"],
        "channel": data["channel"],
        "premium": bool(data["premium"]),
        "category": data["category"],
        "language": data["language"],
        "submitter": PersonRef(id=data["submitter"]["id"], name=data["submitter"]["name"]),
        "created_at": parse_time(data["created_at"]),
        "updated_at": parse_time(data["updated_at"]),
        "first_response_due_at": parse_time(data["first_response_due_at"]),
        "first_responded_at": parse_optional_time(data.get("first_responded_at")),
        "sla_state": data["sla_state"],
        "solved_at": parse_optional_time(data.get("solved_at")),
        "response_target_minutes": int(data.get("response_target_minutes") or 0),
    }
