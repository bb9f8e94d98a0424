"""Ticket rules that do not need the database: visibility, authorship, cursors."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from backend.domain.errors import DomainError

# R18: Team tickets only shows tickets created or updated on or after this day.
TEAM_TICKETS_CUTOFF = datetime(2024, 12, 11, tzinfo=UTC)
# Solved tickets close by themselves after this long without activity.
AUTO_CLOSE_AFTER = timedelta(days=7)

STATUSES = ("new", "open", "pending", "solved", "closed")
CHANNELS = ("request", "chat", "callback", "email")
PRODUCTS = ("dropbox", "dash")
LANGUAGES = ("en", "ja")
CATEGORIES = (
    "sign_in",
    "sharing",
    "sync",
    "billing",
    "admin_console",
    "data_recovery",
    "integrations",
    "performance",
    "other",
)


class AuthorKind(StrEnum):
    SELF = "self"
    COLLEAGUE = "colleague"
    AGENT = "agent"
    SUBMITTER = "submitter"


class MessageKind(StrEnum):
    """What a row of the thread is: a written line, or a system event kept in its order."""

    TEXT = "text"
    CHAT_JOINED = "chat_joined"
    CHAT_ENDED = "chat_ended"


def system_event_record(kind: MessageKind, actor_name: str) -> str:
    """A system event's body: a plain record for whoever reads the table. The API shows
    the event, never this text; the client words it in the reader's language."""
    what = {MessageKind.CHAT_JOINED: "joined the chat", MessageKind.CHAT_ENDED: "ended the chat"}
    return f"{actor_name} {what[kind]}."


def is_first_response(*, author_role: str, kind: str) -> bool:
    """R3: the first response is the agent's first *written* line.

    An agent joining a chat, a chat ending, a callback changing state: events,
    not answers. They neither set nor move a ticket's first response time.
    """
    return author_role == "agent" and kind == MessageKind.TEXT


def author_kind(
    *, author_id: str, author_role: str, viewer_id: str, submitter_id: str
) -> AuthorKind:
    """How a message's author is shown to the viewer (R17).

    A team member answering someone else's ticket shows as "Colleague"; the
    ticket's submitter shows as the submitter; the viewer sees their own lines
    as their own.
    """
    if author_role == "agent":
        return AuthorKind.AGENT
    if author_id == viewer_id:
        return AuthorKind.SELF
    if author_id == submitter_id:
        return AuthorKind.SUBMITTER
    return AuthorKind.COLLEAGUE


@dataclass(frozen=True)
class Cursor:
    """A position in a list ordered by (updated_at, id)."""

    updated_at: datetime
    id: str

    def encode(self) -> str:
        raw = json.dumps({"u": self.updated_at.isoformat(), "i": self.id}).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            data = json.loads(raw)
            updated_at = datetime.fromisoformat(data["u"])
            if updated_at.tzinfo is None:
                raise ValueError("cursor time without zone")
            return cls(updated_at=updated_at, id=str(data["i"]))
        except (binascii.Error, ValueError, KeyError, TypeError) as exc:
            raise DomainError(
                "invalid_cursor", 422, "Invalid cursor", "The cursor is not one this service made."
            ) from exc
