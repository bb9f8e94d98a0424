"""The store's list orders (tickets.SORTS) in Python: where a changed row belongs among
the rows a list has read, without reading the list again.

Each key compares as the store's ORDER BY does: the column's value, ties broken by id, in
the same direction. Text compares by code point as SQLite's BINARY collation does (UTF-8
byte order is code point order); the subject as NOCASE, which folds ASCII letters only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from desktop.api.list_models import TicketSummary

# The workflow's order (schema.py, migration 7): other statuses after these.
STATUS_RANK = {"new": 0, "open": 1, "pending": 2, "solved": 3, "closed": 4}
# Response's rank (schema.py, migration 11): answered after waiting, unanswered but solved last.
ANSWERED_RANK = 10_000_000_000
SOLVED_UNANSWERED_RANK = 20_000_000_000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def response_rank(ticket: TicketSummary) -> int:
    """The store's ``response_rank``: whole seconds, as SQLite's strftime('%s') counts them."""
    if ticket.first_responded_at is not None:
        took = int(ticket.first_responded_at.timestamp()) - int(ticket.created_at.timestamp())
        return ANSWERED_RANK + took
    if ticket.status in ("solved", "closed"):
        return SOLVED_UNANSWERED_RANK
    return int(ticket.first_response_due_at.timestamp())


_VALUES: dict[str, Callable[[TicketSummary], Any]] = {
    "number": lambda t: t.number,
    "subject": lambda t: t.subject.translate(_ASCII_LOWER),
    "status": lambda t: STATUS_RANK.get(t.status, 5),
    "response": response_rank,
    "channel": lambda t: t.channel,
    "product": lambda t: t.product,
    "submitter": lambda t: t.submitter.name,
    "updated": lambda t: t.updated_at,
}


def sort_key(sort: str) -> Callable[[TicketSummary], tuple[Any, str]]:
    """The key of ``sort`` (a key of tickets.SORTS; unknown: the default, updated)."""
    value = _VALUES.get(sort, _VALUES["updated"])
    return lambda ticket: (value(ticket), ticket.id)


def slot(rows: Sequence[TicketSummary], ticket: TicketSummary, sort: str, descending: bool) -> int:
    """Where ``ticket`` goes among ``rows`` (in that order already): a binary search."""
    key = sort_key(sort)
    wanted = key(ticket)
    low, high = 0, len(rows)
    while low < high:
        middle = (low + high) // 2
        here = key(rows[middle])
        comes_first = here > wanted if descending else here < wanted
        if comes_first:
            low = middle + 1
        else:
            high = middle
    return low
