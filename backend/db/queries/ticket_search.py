"""Search in every message: which tickets ``q`` finds, and where it was found.

A ticket matches when its subject or any written line of its thread contains
``q``, ignoring case: a substring, not a word, because Japanese has no spaces.
Migration 0016 made the indexes: on SQLite an FTS5 ``trigram`` table
(``search_text``), on PostgreSQL pg_trgm GIN indexes that ``ILIKE`` uses. A
trigram index cannot answer a text of one or two characters (同期, "CB"): those
are looked for with ``LIKE``. ``%`` and ``_`` in ``q`` are literal in every path.

The list keeps its order and keyset paging, so a page wants the newest tickets
that match, not every ticket that matches: on SQLite a rare text takes the
index's set of tickets, a common one walks the viewer's tickets newest first and
stops at the page's end (``mode``; figures in bench/README.md).

Where a ticket was found (``match`` in the list) is worked out for the rows of
the page only, so a common word costs a page, not every ticket it finds.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.db.models import Message, Ticket

# Shorter than a trigram: no index can answer it.
TRIGRAM = 3
# Up to this many lines found, the index's set of tickets is cheaper than the walk.
FEW = 2000
# The snippet: at most this many characters, the "…" marks included.
SNIPPET_WIDTH = 120
# How much comes before the hit, so the reader sees what leads to it.
SNIPPET_LEAD = 40
ELLIPSIS = "…"

_search_text = table("search_text", column("ticket_id"), column("message_id"), column("body"))
# The ticket of a subject that matches, apart from the ticket of the list's query.
_other = aliased(Ticket, name="found")
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


class Mode(enum.Enum):
    """How the page query finds the tickets that contain ``q``."""

    # SQLite, a text found in few rows: the set of tickets from the FTS5 index.
    INDEXED = "indexed"
    # PostgreSQL, three characters or more: the sets of the two pg_trgm indexes.
    SETS = "sets"
    # Walk the viewer's tickets in the list's order and look into each one's lines
    # (an index on the thread): stops at the page's end, so a common text costs a
    # page; a rare short one costs a scan of the viewer's tickets.
    WALK = "walk"


async def mode(session: AsyncSession, q: str) -> Mode:
    """The index's set of tickets when ``q`` is in fewer than ``FEW`` lines, else the walk.

    Fetching the tickets of every hit costs ~20 µs each on SQLite (a common word:
    50,000 hits, a second), while the walk finds a page of a common word at once;
    a rare word is the other way round (bench/README.md). Counting stops at ``FEW``.
    """
    if len(q) < TRIGRAM:
        return Mode.WALK
    hits: Select[tuple[Any]]
    if session.get_bind().dialect.name == "sqlite":
        hits = select(literal_column("1")).select_from(_search_text).where(_fts_match(q))
    else:
        hits = select(literal_column("1")).where(
            Message.kind == "text", Message.body.ilike(_pattern(q), escape="\\")
        )
    count = (
        await session.execute(select(func.count()).select_from(hits.limit(FEW).subquery()))
    ).scalar_one()
    if count >= FEW:
        return Mode.WALK
    return Mode.INDEXED if session.get_bind().dialect.name == "sqlite" else Mode.SETS


def _fts_match(q: str) -> ColumnElement[bool]:
    return literal_column("search_text").op("MATCH")(_fts_phrase(q))


def _pattern(q: str) -> str:
    return f"%{escape_like(q)}%"


def ticket_matches(q: str, how: Mode) -> ColumnElement[bool]:
    """A condition on ``ticket``: its subject or one of its written lines contains ``q``.

    The walk's ``LIKE`` ignores case on PostgreSQL (ILIKE, pg_trgm's index) but on
    SQLite for ASCII letters only, where the FTS5 index folds every letter: a
    capitalised É finds é by the index, not by the walk (Japanese has no case).
    """
    pattern = _pattern(q)
    if how is Mode.INDEXED:
        return Ticket.id.in_(select(_search_text.c.ticket_id).where(_fts_match(q)))
    if how is Mode.SETS:
        subjects = select(_other.id).where(_other.subject.ilike(pattern, escape="\\"))
        lines = select(Message.ticket_id).where(
            Message.kind == "text", Message.body.ilike(pattern, escape="\\")
        )
        return Ticket.id.in_(union(subjects, lines))
    in_thread = (
        select(literal_column("1"))
        .where(
            Message.ticket_id == Ticket.id,
            Message.kind == "text",
            Message.body.ilike(pattern, escape="\\"),
        )
        .exists()
    )
    return or_(Ticket.subject.ilike(pattern, escape="\\"), in_thread)


async def matches(
    session: AsyncSession, q: str, rows: Sequence[tuple[str, str]]
) -> dict[str, Match]:
    """Where ``q`` is in each of ``rows`` (ticket id, subject): the page's rows only.

    The subject first; else the oldest written line that contains it. Read from the
    page's threads (an index on the ticket), not from the search index: a common word's
    hits elsewhere cost nothing here.
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
    lines = select(Message.ticket_id, Message.body).where(
        Message.ticket_id.in_(unfound), Message.kind == "text"
    )
    ordered = (Message.ticket_id, Message.created_at, Message.id)
    # The lines LIKE finds first; then, for a ticket the database's case folding found
    # and LIKE's does not (SQLite: non-ASCII letters), every line of its thread.
    liked = lines.where(Message.body.ilike(_pattern(q), escape="\\")).order_by(*ordered)
    for ticket_id, body in (await session.execute(liked)).all():
        snippet = snippet_around(body, q)
        if ticket_id not in found and snippet is not None:
            found[ticket_id] = Match("message", snippet)
    rest = [ticket_id for ticket_id in unfound if ticket_id not in found]
    if rest:
        others = lines.where(Message.ticket_id.in_(rest)).order_by(*ordered)
        first: dict[str, str] = {}
        for ticket_id, body in (await session.execute(others)).all():
            first.setdefault(ticket_id, body)
            snippet = snippet_around(body, q)
            if ticket_id not in found and snippet is not None:
                found[ticket_id] = Match("message", snippet)
        # Python's folding and the database's can differ on rare letters: the ticket
        # still matched, so show its first line rather than nothing.
        for ticket_id, body in first.items():
            found.setdefault(ticket_id, Match("message", _cut(_flat(body), 0)))
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
