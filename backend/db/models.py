"""The tables. Columns follow API.md so that later work adds behaviour, not reshaping."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backend.db.base import Base, UTCDateTime, new_id, utcnow


class Team(Base):
    __tablename__ = "team"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("team"))
    name: Mapped[str] = mapped_column(String(200))
    licences: Mapped[int] = mapped_column(Integer)
    # Products the team pays for: "dropbox", "dash".
    products: Mapped[list[str]] = mapped_column(JSON)
    payment_method: Mapped[str] = mapped_column(String(16))  # card | invoice
    billing_period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    renewal_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The day of the month renewals fall on; a short month clamps it, but it is
    # kept so that 31 January → 28 February → 31 March. Null: the start's day.
    billing_anchor_day: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    next_ticket_number: Mapped[int] = mapped_column(Integer, default=1001)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    addons: Mapped[list[Addon]] = relationship(back_populates="team", lazy="selectin")


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("usr"))
    # Agents work for the vendor and belong to no team.
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # admin | member | agent
    locale: Mapped[str] = mapped_column(String(8), default="en")
    champion: Mapped[str | None] = mapped_column(String(8))  # great | epic
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Addon(Base):
    """Premium Support bought for one product of a team (R3, R5)."""

    __tablename__ = "addon"
    __table_args__ = (UniqueConstraint("team_id", "product"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("add"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"))
    product: Mapped[str] = mapped_column(String(16))
    tier: Mapped[str] = mapped_column(String(16))  # basic | enhanced
    # A lower tier bought mid-period: it takes over at the renewal (R10, R11).
    next_tier: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(24))  # active | removal_scheduled | ended
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    response_target_minutes: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    team: Mapped[Team] = relationship(back_populates="addons")


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("team_id", "number"),
        # My tickets: newest first, and the sync cursor (updated_since).
        Index("ix_ticket_team_submitter_updated", "team_id", "submitter_id", "updated_at", "id"),
        # Team tickets and the team's sync.
        Index("ix_ticket_team_updated", "team_id", "updated_at", "id"),
        # The agents' queue: open tickets by response due time.
        Index("ix_ticket_status_due", "status", "first_response_due_at"),
        # Insights and recommendations: a team's tickets by when they were opened,
        # covering what they count so that the table itself is not read.
        Index(
            "ix_ticket_team_created",
            "team_id",
            "created_at",
            "category",
            "product",
            "first_responded_at",
            "first_response_due_at",
        ),
        Index("ix_ticket_team_status", "team_id", "status"),
        Index("ix_ticket_team_solved", "team_id", "solved_at"),
        # Insights: the tickets rated in a period.
        Index("ix_ticket_team_rated", "team_id", "satisfaction_rated_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("tkt"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"))
    number: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))  # new | open | pending | solved | closed
    product: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))  # request | chat | callback | email
    premium: Mapped[bool] = mapped_column(Boolean)
    category: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))  # en | ja
    submitter_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The response target is fixed when the ticket is created (R3, R5, R7).
    response_target_minutes: Mapped[int] = mapped_column(Integer)
    first_response_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    solved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    phone: Mapped[str | None] = mapped_column(String(32))
    chat_state: Mapped[str | None] = mapped_column(String(16))  # waiting | connected | ended
    callback_state: Mapped[str | None] = mapped_column(
        String(16)
    )  # queued|calling|completed|failed|cancelled
    callback_queue_position: Mapped[int | None] = mapped_column(Integer)
    callback_estimated_wait_minutes: Mapped[int | None] = mapped_column(Integer)
    # The admin's rating once solved: good | bad, changeable until closed.
    satisfaction_rating: Mapped[str | None] = mapped_column(String(8))
    satisfaction_comment: Mapped[str | None] = mapped_column(Text)
    satisfaction_rated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    submitter: Mapped[User] = relationship(lazy="joined")
    messages: Mapped[list[Message]] = relationship(
        back_populates="ticket", order_by="Message.created_at", lazy="raise"
    )
    status_changes: Mapped[list[StatusChange]] = relationship(
        order_by="StatusChange.created_at", lazy="raise"
    )
    # In the order ticket_reads.FOLLOWERS gives: the two ways to the ticket's JSON agree.
    followers: Mapped[list[TicketFollower]] = relationship(
        order_by="[TicketFollower.added_at, TicketFollower.user_id]", lazy="raise"
    )


class TicketFollower(Base):
    """A teammate an admin added to a ticket: mailed the agents' answers (issue 21)."""

    __tablename__ = "ticket_followers"
    __table_args__ = (Index("ix_ticket_followers_user", "user_id"),)

    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    added_by_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")
    added_by: Mapped[User] = relationship(foreign_keys=[added_by_id], lazy="joined")


class Message(Base):
    __tablename__ = "message"
    __table_args__ = (Index("ix_message_ticket_created", "ticket_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("msg"))
    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"))
    author_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    body: Mapped[str] = mapped_column(Text)
    # "text": a line someone wrote. Anything else is a system event kept in the
    # thread's order ("chat_joined", "chat_ended"): shown as a quiet line, never
    # as a message, and never a first response (R3; migration 0014).
    kind: Mapped[str] = mapped_column(String(16), default="text", server_default="text")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    ticket: Mapped[Ticket] = relationship(back_populates="messages")
    author: Mapped[User] = relationship(lazy="joined")
    attachments: Mapped[list[Attachment]] = relationship(lazy="selectin")


class StatusChange(Base):
    """Who marked a ticket solved or reopened it, and when (R17: shown in the thread)."""

    __tablename__ = "status_change"
    __table_args__ = (Index("ix_status_change_ticket_created", "ticket_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("stc"))
    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"))
    actor_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    status: Mapped[str] = mapped_column(String(16))  # the status it was changed to
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User] = relationship(lazy="joined")


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("att"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    message_id: Mapped[str | None] = mapped_column(ForeignKey("message.id"), index=True)
    uploaded_by: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(127))
    # Where the bytes are, relative to the service's attachment directory.
    storage_key: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RefreshToken(Base):
    """A refresh token by its hash; rotated on every use."""

    __tablename__ = "refresh_token"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("rft"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Quote(Base):
    """A price offered for buying or changing an add-on, valid for a short while (R10)."""

    __tablename__ = "quote"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("quo"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    created_by: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    product: Mapped[str] = mapped_column(String(16))
    tier: Mapped[str] = mapped_column(String(16))
    # The tier the team had when quoted: a purchase is refused if it changed since.
    current_tier: Mapped[str | None] = mapped_column(String(16))
    prorated_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    full_amount_next_cycle: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Charge(Base):
    """A charge made to the team: pro-rata on purchase, full at each renewal (R10)."""

    __tablename__ = "charge"
    __table_args__ = (
        # One renewal charge per add-on and period, however many processes roll over.
        UniqueConstraint("team_id", "product", "kind", "period_start"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("chg"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    product: Mapped[str] = mapped_column(String(16))
    tier: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))  # prorated | full
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    quote_id: Mapped[str | None] = mapped_column(ForeignKey("quote.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SalesContact(Base):
    """A request to be contacted by sales (invoice payers, R8)."""

    __tablename__ = "sales_contact"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("sal"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    message: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class IdempotencyRecord(Base):
    """The first answer to a POST sent with an ``Idempotency-Key``, kept for 24 h."""

    __tablename__ = "idempotency_record"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("idm"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    key: Mapped[str] = mapped_column(String(100))
    # What was asked: method, path and a hash of the body.
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class MailOutbox(Base):
    """An e-mail to send, written in the same transaction as what caused it.

    It survives a restart; the sender retries with back-off until it is sent.
    """

    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_due", "sent_at", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("mail"))
    to_address: Mapped[str] = mapped_column(String(320))
    to_name: Mapped[str] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(300))


class Event(Base):
    """A change someone may want to hear of live (the SSE stream), in commit order.

    Kept for a while so that a client can resume with ``Last-Event-ID``.
    """

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_team_id", "team_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(40))
    team_id: Mapped[str | None] = mapped_column(String(40))
    # Members hear only of their own tickets: the submitter, when it is about one.
    submitter_id: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class ConsultationBooking(Base):
    """The one-hour implementation consultation a product's add-on includes (R3)."""

    __tablename__ = "consultation_booking"
    __table_args__ = (
        # One session per product's add-on.
        UniqueConstraint("team_id", "product"),
        # One consultant: a slot is booked once, whichever team asks first.
        UniqueConstraint("starts_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("csl"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"))
    product: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    booked_by: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RecommendationFeedback(Base):
    """An admin's "done" or "not useful" on a recommendation: it is not recommended again (R19)."""

    __tablename__ = "recommendation_feedback"
    __table_args__ = (UniqueConstraint("user_id", "item_key"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("rfb"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    item_key: Mapped[str] = mapped_column(String(120))  # the catalogue item's key
    verdict: Mapped[str] = mapped_column(String(16))  # done | not_useful
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Deflection(Base):
    """A question a help-centre article answered before it became a ticket (issue 21).

    Counted per team for insights; who and which article are kept so that the count
    can later say which articles answer most.
    """

    __tablename__ = "deflection"
    __table_args__ = (Index("ix_deflection_team_created", "team_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("dfl"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    article_key: Mapped[str] = mapped_column(String(120))  # the catalogue item's key
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SignInFailure(Base):
    """Failed sign-ins for one key: an (e-mail, client address) pair or an address."""

    __tablename__ = "signin_failure"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# Insights (R20) read these rollups instead of counting tickets, so that a
# period costs the same at a hundred tickets or a million. They change in the
# same transaction as the tickets they count (backend/db/rollup_hooks.py) and
# ``python -m backend rebuild-rollups`` makes them again from the tickets.
# ``submitter_id`` is "" on the rows for the whole team, else the submitter's
# own ("mine"). Days are UTC days, as the insights period is.


class InsightsDaily(Base):
    """Per team, day, category and product: what the period's cards count."""

    __tablename__ = "insights_daily"

    team_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    submitter_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    product: Mapped[str] = mapped_column(String(16), primary_key=True)
    opened: Mapped[int] = mapped_column(Integer, default=0)  # created on ``day``
    solved: Mapped[int] = mapped_column(Integer, default=0)  # solved_at on ``day``
    # Of those opened on ``day``: first response by its due time, after it, none yet.
    met: Mapped[int] = mapped_column(Integer, default=0)
    late: Mapped[int] = mapped_column(Integer, default=0)
    unanswered: Mapped[int] = mapped_column(Integer, default=0)


class InsightsResponseTime(Base):
    """Per team, day opened and response-time bucket: answered tickets (for the median)."""

    __tablename__ = "insights_response_time"

    team_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    submitter_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True)
    answered: Mapped[int] = mapped_column(Integer, default=0)


class InsightsOpen(Base):
    """Per team: tickets open now (new, open or pending), whenever they were opened.

    A counter, not a count of open tickets (which grows with them, even from an
    index). Its one row per team is locked by each opening and status change
    until commit; opening already takes the team's row for the ticket number.
    """

    __tablename__ = "insights_open"

    team_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    submitter_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    open: Mapped[int] = mapped_column(Integer, default=0)
