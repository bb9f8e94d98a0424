"""Search in every message: which tickets ``q`` finds, and where it was found.

A ticket matches when its subject or any written line of its thread contains
``q``, ignoring case: a substring, not a word, because Japanese has no spaces.
Migration 0016 made the indexes: on SQLite an FTS5 ``trigram`` table
(``search_text``), on PostgreSQL pg_trgm GIN indexes that ``ILIKE`` uses. A
trigram index cannot answer a text of one or two characters (同期, "CB"): those
are a scan with ``LIKE``, still limited to the viewer's tickets by the rest of
the query. ``%`` and ``_`` in ``q`` are literal in every path.

Where a ticket was found (``match`` in the list) is worked out for the rows of
the page only, so a common word costs a page, not every ticket it finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, column, literal_column, or_, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import Message, Ticket

# Shorter than a trigram: no index can answer it.
TRIGRAM = 3
# The snippet: at most this many characters, the "…" marks included.
SNIPPET_WIDTH = 120
# How much comes before the hit, so the reader sees what leads to it.
SNIPPET_LEAD = 40
ELLIPSIS = "…"

_search_text = table("search_text", column("ticket_id"), column("message_id"), column("body"))
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Match:
    where: str  # subject | message
    snippet: str

    def as_json(self) -> dict[str, str]:
        return {"in": self.where, "snippet": self.snippet}


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(q: str) -> str:
    # One FTS5 string: every character literal, a double quote doubled.
    return '"' + q.replace('"', '""') + '"'


def _uses_fts(q: str, dialect: str) -> bool:
    return dialect == "sqlite" and len(q) >= TRIGRAM


def _like(q: str, dialect: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """``subject`` and ``body`` contain ``q``: ILIKE (pg_trgm's index on PostgreSQL;
    SQLite's LIKE ignores ASCII case only, which is all a one- or two-character
    text needs in practice)."""
    pattern = f"%{escape_like(q)}%"
    return (
        Ticket.subject.ilike(pattern, escape="\\"),
        Message.body.ilike(pattern, escape="\\"),
    )


def ticket_matches(q: str, dialect: str) -> ColumnElement[bool]:
    """A condition on ``ticket``: its subject or one of its written lines contains ``q``."""
    if _uses_fts(q, dialect):
        found = select(_search_text.c.ticket_id).where(
            literal_column("search_text").op("MATCH")(_fts_phrase(q))
        )
        return Ticket.id.in_(found)
    in_subject, in_body = _like(q, dialect)
    in_thread = select(Message.ticket_id).where(Message.kind == "text", in_body)
    return or_(in_subject, Ticket.id.in_(in_thread))


async def matches(
    session: AsyncSession, q: str, rows: Sequence[tuple[str, str]]
) -> dict[str, Match]:
    """Where ``q`` is in each of ``rows`` (ticket id, subject): the page's rows only.

    The subject first; else the oldest written line that contains it.
    """
    found: dict[str, Match] = {}
    unfound: list[str] = []
    for ticket_id, subject in rows:
        snippet = snippet_around(subject, q)
        if snippet is not None:
            found[ticket_id] = Match("subject", snippet)
        else:
            unfound.append(ticket_id)
    if not unfound:
        return found
    dialect = session.get_bind().dialect.name
    query = select(Message.ticket_id, Message.body).where(
        Message.ticket_id.in_(unfound), Message.kind == "text"
    )
    if _uses_fts(q, dialect):
        query = query.where(
            Message.id.in_(
                select(_search_text.c.message_id).where(
                    literal_column("search_text").op("MATCH")(_fts_phrase(q)),
                    _search_text.c.ticket_id.in_(unfound),
                )
            )
        )
    else:
        query = query.where(_like(q, dialect)[1])
    query = query.order_by(Message.ticket_id, Message.created_at, Message.id)
    for ticket_id, body in (await session.execute(query)).all():
        if ticket_id in found:
            continue
        # The database's case folding and Python's can differ on rare letters: the
        # line still matched, so show its start rather than nothing.
        found[ticket_id] = Match("message", snippet_around(body, q) or _cut(_flat(body), 0))
    return found


def _flat(text: str) -> str:
    """One line: the list shows the snippet on one line, whatever the message's shape."""
    return _SPACES.sub(" ", text).strip()


def snippet_around(text: str, q: str) -> str | None:
    """Plain text around the first place ``q`` is in ``text`` (ignoring case), at most
    ``SNIPPET_WIDTH`` characters, "…" where cut; None when it is not there."""
    flat = _flat(text)
    needle = _flat(q).lower() or q.lower()
    lowered = flat.lower()
    # lower() keeps the length of nearly every text; where it does not, positions
    # would shift, so look letter by letter instead.
    if len(lowered) == len(flat):
        at = lowered.find(needle)
    else:
        at = next((i for i in range(len(flat)) if flat[i : i + len(needle)].lower() == needle), -1)
    if at < 0:
        return None
    return _cut(flat, max(0, at - SNIPPET_LEAD) if len(flat) > SNIPPET_WIDTH else 0)


def _cut(flat: str, start: int) -> str:
    if len(flat) <= SNIPPET_WIDTH:
        return flat
    # Not past the end: a hit near the end still shows a full width.
    start = min(start, len(flat) - (SNIPPET_WIDTH - 1))
    head = ELLIPSIS if start > 0 else ""
    room = SNIPPET_WIDTH - len(head)
    if start + room >= len(flat):
        return head + flat[start:]
    return head + flat[start : start + room - 1] + ELLIPSIS
