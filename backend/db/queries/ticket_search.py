"""Search in every message: which tickets ``q`` finds, and where it was found.

A ticket matches when its subject or any written line of its thread contains
``q``, ignoring case and accents ("ideeen" finds "ideeën": ``backend.domain.folding``,
both sides folded by the database's ``search_fold``, migration 0019): a substring,
not a word, because Japanese has no spaces. Migration 0018 made the indexes: on
SQLite an FTS5 ``trigram`` table (``search_text``, of folded text since 0019), on
PostgreSQL pg_trgm GIN indexes over ``search_fold(column)`` that ``LIKE`` uses. A
trigram index cannot answer a text of one or two characters (同期, "CB"): those
are looked for with ``LIKE``. ``%`` and ``_`` in ``q`` are literal in every path.

The list keeps its order and keyset paging, so a page wants the newest tickets
that match, not every ticket that matches: a rare text takes the index's set of
tickets, a common or short one walks the viewer's tickets newest first and stops
at the page's end (``mode``; figures in bench/README.md).

Where a ticket was found (``match`` in the list) is worked out for the rows of
the page only, so a common word costs a page, not every ticket it finds.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    true,
    union,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, aliased

from backend.db.models import Message, Ticket
from textfold import fold, fold_with_places

_Ts = TypeVarTuple("_Ts")

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
    # page; a rare short one costs a scan of the viewer's tickets. SQLite: an EXISTS
    # per ticket.
    WALK = "walk"
    # The walk on PostgreSQL: a LATERAL join (each ticket's first line that holds it,
    # LIMIT 1) under the list's index walk. As an EXISTS beside the subject's OR, the
    # planner hashed every matching line of the database before the first row (a
    # common word: 50,000 lines, 0.15–0.3 s a page; bench/README.md); a LATERAL with a
    # LIMIT cannot be hashed, so the page's LIMIT stops the walk.
    LATERAL = "lateral"


async def mode(session: AsyncSession, q: str) -> Mode:
    """The index's set of tickets when ``q`` is in fewer than ``FEW`` lines, else the walk.

    Fetching the tickets of every hit costs ~20 µs each on SQLite (a common word:
    50,000 hits, a second), while the walk finds a page of a common word at once;
    a rare word is the other way round (bench/README.md). Counting stops at ``FEW``.
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    walk = Mode.WALK if sqlite else Mode.LATERAL
    if len(q) < TRIGRAM:
        return walk
    hits: Select[tuple[Any]]
    if sqlite:
        hits = select(literal_column("1")).select_from(_search_text).where(_fts_match(q))
    else:
        hits = select(literal_column("1")).where(Message.kind == "text", _contains(Message.body, q))
    count = (
        await session.execute(select(func.count()).select_from(hits.limit(FEW).subquery()))
    ).scalar_one()
    if count >= FEW:
        return walk
    return Mode.INDEXED if sqlite else Mode.SETS


def _fts_match(q: str) -> ColumnElement[bool]:
    # The index holds folded text (migration 0019), the same function folds ``q``.
    return literal_column("search_text").op("MATCH")(_fts_phrase(fold(q)))


def _contains(
    text: ColumnElement[str] | InstrumentedAttribute[str], q: str, *, walk: bool = False
) -> ColumnElement[bool]:
    """``text`` contains ``q``, both folded by the database's ``search_fold``: on
    PostgreSQL the expression of the pg_trgm indexes (migration 0019), so they answer.
    Folding the pattern in the database too keeps the two sides alike wherever
    ``unaccent`` folds more than Python does (æ, ß).

    ``walk``: for a condition tested row after row (the walk, a page's threads), the
    pattern is folded once per query, in a scalar subquery (PostgreSQL's InitPlan):
    inline, a prepared statement's generic plan folded it again for every row it looked
    at (0.2 ms a ticket instead of 0.02). Not where an index answers: there the planner
    must see the pattern (a constant once folded) to know how few rows it finds; behind
    an InitPlan it guessed many and hashed every ticket of the viewer (rare word: 80 ms).
    """
    folded = _pattern(q)
    pattern = select(folded).scalar_subquery() if walk else folded
    return func.search_fold(text).like(pattern, escape="\\")


def _pattern(q: str) -> ColumnElement[str]:
    """``%q%`` for LIKE, ``q`` folded first and escaped after: folding turns a
    full-width ％ or ＿ into % or _, which must stay the characters they were."""
    escaped: ColumnElement[str] = func.search_fold(q)
    for char in ("\\", "%", "_"):
        escaped = func.replace(escaped, char, "\\" + char)
    return literal("%").concat(escaped).concat("%")


def narrow(query: Select[*_Ts], q: str, how: Mode) -> Select[*_Ts]:
    """``query`` (from ``ticket``) narrowed to the tickets whose subject or one of whose
    written lines contains ``q``."""
    if how is Mode.INDEXED:
        return query.where(Ticket.id.in_(select(_search_text.c.ticket_id).where(_fts_match(q))))
    if how is Mode.SETS:
        subjects = select(_other.id).where(_contains(_other.subject, q))
        lines = select(Message.ticket_id).where(Message.kind == "text", _contains(Message.body, q))
        return query.where(Ticket.id.in_(union(subjects, lines)))
    line: Select[tuple[Any]] = (
        select(literal_column("1").label("hit"))
        .where(
            Message.ticket_id == Ticket.id,
            Message.kind == "text",
            _contains(Message.body, q, walk=True),
        )
        .limit(1)
    )
    if how is Mode.LATERAL:
        found = line.lateral("found")
        return query.outerjoin(found, true()).where(
            or_(_contains(Ticket.subject, q, walk=True), found.c.hit.is_not(None))
        )
    return query.where(or_(_contains(Ticket.subject, q, walk=True), line.exists()))


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
    # The page's threads first (the index on the ticket), then the text in them: a
    # MATERIALIZED CTE keeps PostgreSQL from ANDing in the pg_trgm index, which for a
    # two-character text reads all of it (同期: 100 ms for a page of 50 rows, now 1–2).
    threads = (
        select(Message.ticket_id, Message.body, Message.created_at, Message.id)
        .where(Message.ticket_id.in_(unfound), Message.kind == "text")
        .cte("page_lines")
        .prefix_with("MATERIALIZED")
    )
    ordered = (
        select(threads.c.ticket_id, threads.c.body)
        .where(_contains(threads.c.body, q, walk=True))
        .order_by(threads.c.ticket_id, threads.c.created_at, threads.c.id)
    )
    for ticket_id, body in (await session.execute(ordered)).all():
        if ticket_id in found:
            continue
        snippet = snippet_around(body, q)
        # The database's folding found it and Python's does not (a letter ``unaccent``
        # folds and ``fold`` keeps, such as ß): the ticket still matched, so show the
        # line's start rather than nothing.
        found[ticket_id] = Match("message", snippet or _cut(_flat(body), 0))
    # In none of its lines, so in the subject, where the database's folding saw it and
    # Python's does not (PostgreSQL's unaccent: "strasse" finds "Straße").
    subjects = dict(rows)
    for ticket_id in unfound:
        found.setdefault(ticket_id, Match("subject", _cut(_flat(subjects[ticket_id]), 0)))
    return found


def _flat(text: str) -> str:
    """One line: the list shows the snippet on one line, whatever the message's shape."""
    return _SPACES.sub(" ", text).strip()


def snippet_around(text: str, q: str) -> str | None:
    """Plain text around the first place ``q`` is in ``text`` (ignoring case and
    accents), at most ``SNIPPET_WIDTH`` characters, "…" where cut; None when it is not
    there."""
    flat = _flat(text)
    needle, _ = fold_with_places(_flat(q) or q)
    folded, places = fold_with_places(flat)
    at = folded.find(needle) if needle else -1
    if at < 0:
        return None
    start = places[at]
    return _cut(flat, max(0, start - SNIPPET_LEAD) if len(flat) > SNIPPET_WIDTH else 0)


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
