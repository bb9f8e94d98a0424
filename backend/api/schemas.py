"""Request and response bodies, named as in API.md."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from backend.domain.text import BLANK_TEXT, is_blank

Role = Literal["admin", "member", "agent"]
Champion = Literal["great", "epic"]
Status = Literal["new", "open", "pending", "solved", "closed"]
Channel = Literal["request", "chat", "callback", "email"]
Product = Literal["dropbox", "dash"]
Language = Literal["en", "ja"]
AuthorKindName = Literal["self", "colleague", "agent", "submitter"]
SlaStateName = Literal["met", "due", "breached"]


def _not_blank(text: str) -> str:
    if is_blank(text):
        # The error type becomes the problem's code (problems._validation_error).
        raise PydanticCustomError(BLANK_TEXT, "Write something other than spaces.")
    return text


# Text a person wrote (subject, message, chat line): 422 blank_text when only whitespace.
# The pattern only tells clients so (the validator checks): as a pydantic pattern it would
# answer string_pattern_mismatch instead of blank_text.
NonBlankText = Annotated[
    str,
    AfterValidator(_not_blank),
    Field(json_schema_extra={"pattern": "[^\\s\u200b\ufeff]"}),
]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TokenRequest(Schema):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1000)


class RefreshRequest(Schema):
    refresh_token: str = Field(min_length=1, max_length=200)


class LogoutRequest(Schema):
    refresh_token: str = Field(min_length=1, max_length=200)


class UserOut(Schema):
    id: str
    name: str
    email: str
    role: Role
    team_id: str | None
    champion: Champion | None
    locale: str


class TokenResponse(Schema):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    user: UserOut


class Health(Schema):
    status: Literal["ok"]
    version: str
    # The service's "now", so clients count SLA time on the service's clock.
    time: datetime


class PersonRef(Schema):
    id: str
    name: str


class TicketSummary(Schema):
    id: str
    number: int
    subject: str
    status: Status
    product: Product
    channel: Channel
    premium: bool
    category: str
    language: Language
    submitter: PersonRef
    created_at: datetime
    updated_at: datetime
    response_target_minutes: int
    first_response_due_at: datetime
    first_responded_at: datetime | None
    sla_state: SlaStateName
    # When it was last marked solved, as insights count "solved" per week (R20); null
    # while not solved. A closed ticket keeps it; reopening clears it.
    solved_at: datetime | None


class AttachmentOut(Schema):
    id: str
    filename: str
    size: int
    content_type: str


class Author(Schema):
    kind: AuthorKindName
    name: str


class MessageOut(Schema):
    id: str
    ticket_id: str
    author: Author
    body: str
    attachments: list[AttachmentOut]
    created_at: datetime


class TicketEventOut(Schema):
    """Something that happened to a ticket besides a message: shown as a quiet line.

    `status_changed`: someone solved or reopened it (R17); `status` is the status
    it was changed to. `chat_joined`, `chat_ended`: an agent took the live chat,
    the chat ended; `actor` is who did it and `status` is null. These are events,
    not messages: none of them is a first response (R3). Clients leave out kinds
    they do not know, as more may come.
    """

    id: str
    kind: Literal["status_changed", "chat_joined", "chat_ended"]
    # The status it was changed to; only on `status_changed`.
    status: Literal["open", "solved", "pending", "closed"] | None = None
    actor: Author
    created_at: datetime


class ChatOut(Schema):
    state: Literal["waiting", "connected", "ended"]
    # While waiting: 1 means the next agent takes this chat.
    queue_position: int | None = None


class CallbackOut(Schema):
    phone: str
    state: Literal["queued", "calling", "completed", "failed", "cancelled"]
    queue_position: int | None
    estimated_wait_minutes: int | None


class SatisfactionOut(Schema):
    """The admin's rating of a solved ticket (issue 21); changeable until closed."""

    rating: Literal["good", "bad"]
    comment: str | None
    rated_at: datetime


class FollowerOut(Schema):
    """A teammate following a ticket: mailed the agents' answers (issue 21)."""

    user_id: str
    name: str
    role: Role
    added_by_name: str
    added_at: datetime


class FollowerList(Schema):
    items: list[FollowerOut]  # oldest first


class TeamPerson(Schema):
    id: str
    name: str
    email: str
    role: Role


class TeamPeople(Schema):
    items: list[TeamPerson]  # by name


class TicketOut(TicketSummary):
    messages: list[MessageOut]
    # Added after v1's first clients: they ignore it; oldest first, like messages.
    events: list[TicketEventOut] = []
    chat: ChatOut | None = None
    callback: CallbackOut | None = None
    # Added later still: null until rated.
    satisfaction: SatisfactionOut | None = None
    # Added with followers (issue 21): oldest first, empty when nobody follows.
    followers: list[FollowerOut] = []


class SearchMatch(Schema):
    """Where a search (`q`) found the ticket: plain text, the client highlights the words."""

    # `in` is a Python keyword: the field is `in_`, always read and written as `in`.
    model_config = ConfigDict(extra="forbid", serialize_by_alias=True)

    in_: Literal["subject", "message"] = Field(
        alias="in",
        description="`message`: a written line of the thread (the oldest that has the text).",
    )
    snippet: str = Field(
        description="The text around the first hit, on one line, at most 120 characters, "
        "`…` where cut."
    )


class TicketListItem(TicketSummary):
    """A row of the ticket list: the summary, and where a search found it."""

    # Added with search in every message (issue 21): clients of v1 ignore it.
    match: SearchMatch | None = Field(
        default=None, description="Where `q` was found; null when `q` was not given."
    )


class TicketPage(Schema):
    items: list[TicketListItem]
    next_cursor: str | None


class TrendSeries(Schema):
    category: str
    counts: list[int]  # one per week, oldest first


class Trend(Schema):
    """Tickets opened per week and category: the My tickets issue-trend chart (R12)."""

    weeks: list[str]  # each week's Monday (UTC), YYYY-MM-DD, oldest first
    series: list[TrendSeries]
