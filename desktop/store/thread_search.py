"""Where a search text occurs in a ticket's cached thread: the snippet a result row shows.

Plain text and where the hits are in it; the view escapes it and marks the hits (a
message's text is never read as markup).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop.store.guarded_reader import Queryable

# Characters of context before the first hit, and the snippet's length at most: one
# line of the list at its narrowest (the subject column's minimum) in a small font.
BEFORE = 30
LENGTH = 140
ELLIPSIS = "…"


class Snippet(NamedTuple):
    """A message's text around the first hit, cut with … and the hits' (start, end)."""

    text: str
    hits: tuple[tuple[int, int], ...]


def make_snippet(body: str, text: str) -> Snippet | None:
    """``body`` around the first occurrence of ``text`` (case ignored), or None."""
    needle = text.strip()
    if not needle:
        return None
    # One line: a message's line breaks and runs of spaces become single spaces.
    flat = " ".join(body.split())
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    first = pattern.search(flat)
    if first is None:
        return None
    start = max(0, first.start() - BEFORE)
    if start > 0:
        # Start at a word where there is one near (Japanese has none: cut anywhere).
        space = flat.find(" ", start, first.start())
        if space != -1 and space - start < 12:
            start = space + 1
    end = min(len(flat), start + LENGTH)
    end = max(end, min(len(flat), first.end()))
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(flat) else ""
    shown = lead + flat[start:end] + tail
    offset = len(lead) - start
    hits = tuple((m.start() + offset, m.end() + offset) for m in pattern.finditer(flat, start, end))
    return Snippet(shown, hits)


def thread_snippet(connection: Queryable, ticket_id: str, text: str) -> Snippet | None:
    """The first cached message of the ticket holding ``text``, as a snippet (None: no
    message holds it, or the thread is not cached)."""
    if not text.strip() or text.strip().startswith("#"):
        return None
    rows = connection.execute(
        "SELECT body FROM thread_message WHERE ticket_id = ? ORDER BY position", (ticket_id,)
    ).fetchall()
    for (body,) in rows:
        found = make_snippet(str(body), text)
        if found is not None:
            return found
    return None
