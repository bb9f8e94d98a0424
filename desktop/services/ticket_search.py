"""Searching every message on the service (issue 21), for a list that searches its store.

The store holds every ticket's summary but only the threads opened on this computer, so
its search misses words in the other conversations. The service searches them all; what
it finds is kept in the store (a row is a stored summary, openable as any) and named by
id, so the list reads it in its own order, with its own filters, from its own index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.api.client import ApiClient
from desktop.store.tickets import TicketStore

# The service's largest page, and how many pages one search reads at most: the ids go to
# the store as parameters of one query (far below SQLite's limit).
SEARCH_PAGE = 200
SEARCH_PAGES = 5
# The service takes at most this much text (docs/api.md, GET /v1/tickets q).
LONGEST_TEXT = 200


@dataclass(frozen=True)
class ServiceMatches:
    """What the service found for ``text``: ticket id → the snippet of the message that
    holds it ("" when the subject does: the row shows the subject itself)."""

    text: str
    snippets: dict[str, str] = field(default_factory=dict)
    # More were found than one search reads: the first SEARCH_PAGES pages are listed.
    capped: bool = False


def searchable(text: str) -> bool:
    """Worth asking the service: some text, not a ticket number (the store has those all),
    and no longer than the service takes."""
    text = text.strip()
    if not text or len(text) > LONGEST_TEXT:
        return False
    return not (text.startswith("#") and (text == "#" or text[1:].isdigit()))


async def search_service(
    client: ApiClient,
    store: TicketStore,
    *,
    text: str,
    scopes: tuple[str, ...],
    filters: dict[str, str],
) -> ServiceMatches:
    """Ask the service for ``text`` in each scope (mine, team) with the list's filters;
    keep the tickets found in the store and say where each was found."""
    text = text.strip()
    snippets: dict[str, str] = {}
    capped = False
    for scope in scopes:
        cursor: str | None = None
        for _page in range(SEARCH_PAGES):
            page = await client.search_tickets(
                scope=scope, text=text, filters=filters, cursor=cursor, limit=SEARCH_PAGE
            )
            if page.hits:
                # Before the list hears of them: the rows it reads are these summaries.
                await store.save([hit.ticket for hit in page.hits])
            for hit in page.hits:
                snippets[hit.ticket.id] = hit.snippet if hit.found_in == "message" else ""
            cursor = page.next_cursor
            if not cursor:
                break
        capped = capped or cursor is not None
    return ServiceMatches(text=text, snippets=snippets, capped=capped)
