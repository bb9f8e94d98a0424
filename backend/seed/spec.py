"""The shapes the demo world is written in; times are offsets from "now"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class DemoMessage:
    # An e-mail from the people table of DEMO.md, or "agent@vendor.example".
    author: str
    body: str
    # Time after the ticket was created.
    after: timedelta


@dataclass(frozen=True)
class DemoTicket:
    submitter: str  # e-mail of the submitter
    product: str  # dropbox | dash
    channel: str  # request | chat | callback | email
    category: str  # one of backend.domain.tickets.CATEGORIES
    language: str  # en | ja
    subject: str
    body: str  # the submitter's first message
    status: str  # new | open | pending | solved | closed
    # When it was created: a timedelta before now, or (only for the tickets
    # before the R18 cut-off) an absolute UTC datetime.
    created: timedelta | datetime
    # Replies after the first message, in order.
    replies: tuple[DemoMessage, ...] = ()
    phone: str | None = None  # E.164, callbacks only
