"""Where a search text occurs in a ticket's cached thread: the snippet a result row shows.

Plain text and where the hits are in it; the view escapes it and marks the hits (a
message's text is never read as markup).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop.store.guarded_reader import Queryable

# Context before the first hit, in the widths of Latin letters (a Japanese character is
# two): little, so the hit shows even in a narrow subject column, where the row is cut
# at its end. The snippet's length at most: one line of the list at its widest.
BEFORE = 16
LENGTH = 140
ELLIPSIS = "…"


class Snippet(NamedTuple):
    """A message's text around the first hit, cut with … and the hits' (start, end)."""

    text: str
    hits: tuple[tuple[int, int], ...]


def make_snippet(body: str, text: str) -> Snippet | None:
    """``body`` around the first occurrence of ``text`` (case and accents ignored, as the
    search does: "ideeen" shows "ideeën"), or None."""
    # One line: a message's line breaks and runs of spaces become single spaces.
    flat = " ".join(body.split())
    found = hits(flat, text)
    if not found:
        return None
    first_start, first_end = found[0]
    start = _context_start(flat, first_start)
    if start > 0:
        # Start at a word where there is one near (Japanese has none: cut anywhere).
        space = flat.find(" ", start, first_start)
        if space != -1 and space - start < BEFORE // 2:
            start = space + 1
    end = min(len(flat), start + LENGTH)
    end = max(end, min(len(flat), first_end))
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(flat) else ""
    shown = lead + flat[start:end] + tail
    offset = len(lead) - start
    shown_hits = tuple((a + offset, b + offset) for a, b in found if a >= start and b <= end)
    return Snippet(shown, shown_hits)


def marked(shown: str, text: str) -> Snippet:
    """A snippet cut elsewhere (the service's), with every occurrence of ``text`` in it
    marked as a hit, as :func:`make_snippet` marks its own (case and accents ignored)."""
    flat = " ".join(shown.split())
    return Snippet(flat, hits(flat, text))


def hits(flat: str, text: str) -> tuple[tuple[int, int], ...]:
    """Every occurrence of ``text`` in ``flat``, folded as the search folds (case, accents,
    Japanese as the store's index holds it): (start, end) in ``flat``. Also where an opened
    thread marks what the list was searched for (message_card.py)."""
    from textfold import fold_with_places  # only once someone searches

    needle, _ = fold_with_places(" ".join(text.split()))
    if not needle:
        return ()
    folded, places = fold_with_places(flat)
    found: list[tuple[int, int]] = []
    at = folded.find(needle)
    while at >= 0:
        found.append((places[at], places[at + len(needle)]))
        at = folded.find(needle, at + len(needle))
    return tuple(found)


def _context_start(flat: str, hit: int) -> int:
    """Where the snippet starts: ``BEFORE`` Latin-letter widths before the hit, at most."""
    width = 0
    start = hit
    while start > 0:
        width += 2 if unicodedata.east_asian_width(flat[start - 1]) in "WF" else 1
        if width > BEFORE:
            break
        start -= 1
    return start


def thread_snippet(connection: Queryable, ticket_id: str, text: str) -> Snippet | None:
    """The first cached message of the ticket holding ``text``, as a snippet (None: no
    message holds it, or the thread is not cached)."""
    return thread_snippets(connection, (ticket_id,), text).get(ticket_id)


def thread_snippets(
    connection: Queryable, ticket_ids: Sequence[str], text: str
) -> dict[str, Snippet]:
    """:func:`thread_snippet` for each of ``ticket_ids`` that has one, in one query (a
    screenful of rows asks at once: a query per row cost a keystroke ~1 ms)."""
    if not ticket_ids or not text.strip() or text.strip().startswith("#"):
        return {}
    marks = ",".join("?" * len(ticket_ids))
    rows = connection.execute(
        f"SELECT ticket_id, body FROM thread_message WHERE ticket_id IN ({marks})"  # noqa: S608 - only placeholders
        " ORDER BY ticket_id, position",
        tuple(ticket_ids),
    ).fetchall()
    found: dict[str, Snippet] = {}
    for ticket_id, body in rows:
        if ticket_id not in found:
            snippet = make_snippet(str(body), text)
            if snippet is not None:
                found[ticket_id] = snippet
    return found
    rows = connection.execute(
        "SELECT body FROM thread_message WHERE ticket_id = ? ORDER BY position", (ticket_id,)
    ).fetchall()
    for (body,) in rows:
        found = make_snippet(str(body), text)
        if found is not None:
            return found
    return None
