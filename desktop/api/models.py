"""The API's resources as frozen dataclasses, parsed from JSON once at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.api.list_models import (
    PersonRef,
    TicketSummary,
    User,
    parse_optional_time,
    parse_time,
    summary_fields,
)

__all__ = ["PersonRef", "TicketSummary", "User"]  # re-exported: defined in list_models


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int
    user: User

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tokens:
        return cls(
            access_token=data["access_token"],
            refresh_token=data["refresh_token"],
            expires_in=int(data["expires_in"]),
            user=User.from_json(data["user"]),
        )


@dataclass(frozen=True)
class Attachment:
    id: str
    filename: str
    size: int
    content_type: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Attachment:
        return cls(
            id=data["id"],
            filename=data["filename"],
            size=int(data["size"]),
            content_type=data["content_type"],
        )


@dataclass(frozen=True)
class Message:
    id: str
    ticket_id: str
    author_kind: str  # self | colleague | agent | submitter
    author_name: str
    body: str
    attachments: tuple[Attachment, ...]
    created_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Message:
        return cls(
            id=data["id"],
            ticket_id=data["ticket_id"],
            author_kind=data["author"]["kind"],
            author_name=data["author"]["name"],
            body=data["body"],
            attachments=tuple(Attachment.from_json(a) for a in data.get("attachments", ())),
            created_at=parse_time(data["created_at"]),
        )


# An agent joining a live chat and the chat ending are events, not messages (R3).
KNOWN_EVENT_KINDS = frozenset({"status_changed", "chat_joined", "chat_ended"})


@dataclass(frozen=True)
class TicketEvent:
    """Something that happened to a ticket besides a message (R17: who solved or reopened it;
    R3: who joined or ended the chat)."""

    id: str
    kind: str  # status_changed | chat_joined | chat_ended
    status: str | None  # the status it was changed to; only on status_changed
    actor_kind: str  # self | colleague | agent | submitter
    actor_name: str
    created_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TicketEvent:
        return cls(
            id=data["id"],
            kind=data["kind"],
            status=data.get("status"),
            actor_kind=data["actor"]["kind"],
            actor_name=data["actor"]["name"],
            created_at=parse_time(data["created_at"]),
        )


@dataclass(frozen=True)
class Callback:
    phone: str
    state: str  # queued | calling | completed | failed
    queue_position: int | None
    estimated_wait_minutes: int | None


@dataclass(frozen=True)
class Satisfaction:
    """The admin's rating of a solved ticket (issue 21); changeable until closed."""

    rating: str  # good | bad
    comment: str | None
    rated_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Satisfaction:
        return cls(
            rating=data["rating"],
            comment=data.get("comment"),
            rated_at=parse_time(data["rated_at"]),
        )


@dataclass(frozen=True)
class Follower:
    """A teammate an admin added to a ticket: mailed the agents' answers (issue 21)."""

    user_id: str
    name: str
    role: str  # admin | member (a member follows by e-mail only)
    added_by_name: str
    added_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Follower:
        return cls(
            user_id=data["user_id"],
            name=data["name"],
            role=data["role"],
            added_by_name=data["added_by_name"],
            added_at=parse_time(data["added_at"]),
        )


@dataclass(frozen=True)
class TeamPerson:
    """One of the team's admins and members: someone who can follow a ticket."""

    id: str
    name: str
    email: str
    role: str  # admin | member

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TeamPerson:
        return cls(id=data["id"], name=data["name"], email=data["email"], role=data["role"])


@dataclass(frozen=True)
class Ticket:
    """A ticket with its thread. Its first fields are :class:`TicketSummary`'s, in its order.

    Not a subclass of it: the summary is a NamedTuple (read before the first paint,
    see :mod:`desktop.api.list_models`), and a NamedTuple takes no added fields.
    """

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
    solved_at: datetime | None = None
    response_target_minutes: int = 0
    messages: tuple[Message, ...] = ()
    chat_state: str | None = None  # waiting | connected | ended
    chat_position: int | None = None  # while waiting: 1 is next
    callback: Callback | None = None
    # Kinds this client does not know are left out: the service may add more.
    events: tuple[TicketEvent, ...] = ()
    # None until rated; a service older than issue 21 never sends it.
    satisfaction: Satisfaction | None = None
    # Oldest first; a service older than followers (issue 21) sends none.
    followers: tuple[Follower, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Ticket:
        callback = data.get("callback")
        satisfaction = data.get("satisfaction")
        return cls(
            **summary_fields(data),
            messages=tuple(Message.from_json(m) for m in data.get("messages", ())),
            chat_state=(data.get("chat") or {}).get("state"),
            chat_position=(data.get("chat") or {}).get("queue_position"),
            callback=Callback(
                phone=callback["phone"],
                state=callback["state"],
                queue_position=callback.get("queue_position"),
                estimated_wait_minutes=callback.get("estimated_wait_minutes"),
            )
            if callback
            else None,
            events=tuple(
                TicketEvent.from_json(e)
                for e in data.get("events", ())
                if e.get("kind") in KNOWN_EVENT_KINDS
            ),
            satisfaction=Satisfaction.from_json(satisfaction) if satisfaction else None,
            followers=tuple(Follower.from_json(f) for f in data.get("followers", ())),
        )

    @property
    def summary(self) -> TicketSummary:
        """What the lists show of it (without the thread)."""
        return TicketSummary._make(getattr(self, name) for name in TicketSummary._fields)

    @property
    def is_live(self) -> bool:
        """A chat or a call still going on: worth watching closely."""
        return self.chat_state in ("waiting", "connected") or (
            self.callback is not None and self.callback.state in ("queued", "calling")
        )


@dataclass(frozen=True)
class Addon:
    product: str
    tier: str
    status: str  # active | removal_scheduled | ended
    response_target_minutes: int


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    products: tuple[str, ...]
    addons: tuple[Addon, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Team:
        return cls(
            id=data["id"],
            name=data["name"],
            products=tuple(data["products"]),
            addons=tuple(
                Addon(
                    product=a["product"],
                    tier=a["tier"],
                    status=a["status"],
                    response_target_minutes=int(a["response_target_minutes"]),
                )
                for a in data["addons"]
            ),
        )

    def covered_products(self) -> tuple[Addon, ...]:
        """R5, R14: the add-ons that cover new tickets now."""
        return tuple(a for a in self.addons if a.status in ("active", "removal_scheduled"))


@dataclass(frozen=True)
class Availability:
    language: str
    channel: str
    open: bool
    next_open_at: datetime | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Availability:
        return cls(
            language=data["language"],
            channel=data["channel"],
            open=bool(data["open"]),
            next_open_at=parse_optional_time(data.get("next_open_at")),
        )


@dataclass(frozen=True)
class NewTicket:
    product: str
    channel: str  # request | chat | callback
    category: str
    language: str  # en | ja
    subject: str
    body: str
    phone: str | None = None
    attachment_ids: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "product": self.product,
            "channel": self.channel,
            "category": self.category,
            "language": self.language,
            "subject": self.subject,
            "body": self.body,
        }
        if self.phone:
            body["phone"] = self.phone
        if self.attachment_ids:
            body["attachment_ids"] = list(self.attachment_ids)
        return body

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NewTicket:
        return cls(
            product=data["product"],
            channel=data["channel"],
            category=data["category"],
            language=data["language"],
            subject=data["subject"],
            body=data["body"],
            phone=data.get("phone"),
            attachment_ids=tuple(data.get("attachment_ids", ())),
        )


@dataclass(frozen=True)
class TicketPage:
    items: tuple[TicketSummary, ...]
    next_cursor: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TicketPage:
        return cls(
            items=tuple(TicketSummary.from_json(i) for i in data["items"]),
            next_cursor=data.get("next_cursor"),
        )


@dataclass(frozen=True)
class SearchHit:
    """A ticket the service's search (``q``) found, and where (issue 21)."""

    ticket: TicketSummary
    found_in: str  # subject | message
    snippet: str  # plain text around the first hit, as the service cut it


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[SearchHit, ...]
    next_cursor: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SearchPage:
        hits = []
        for item in data["items"]:
            match = item.get("match") or {}
            hits.append(
                SearchHit(
                    ticket=TicketSummary.from_json(item),
                    found_in=str(match.get("in", "subject")),
                    snippet=str(match.get("snippet", "")),
                )
            )
        return cls(hits=tuple(hits), next_cursor=data.get("next_cursor"))


@dataclass(frozen=True)
class HelpRequest:
    """The standard e-mail route any team user may take (R6)."""

    product: str
    category: str
    subject: str
    body: str

    def to_json(self) -> dict[str, Any]:
        return {
            "product": self.product,
            "category": self.category,
            "subject": self.subject,
            "body": self.body,
        }


@dataclass(frozen=True)
class Trend:
    """Tickets opened per week (oldest first) and category: the issue-trend chart."""

    weeks: tuple[date, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (category, one count per week)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Trend:
        return cls(
            weeks=tuple(date.fromisoformat(w) for w in data["weeks"]),
            series=tuple(
                (s["category"], tuple(int(n) for n in s["counts"])) for s in data["series"]
            ),
        )

    @property
    def total(self) -> int:
        return sum(sum(counts) for _category, counts in self.series)
