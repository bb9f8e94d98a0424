"""Keeps the insights rollups in step with every ticket the ORM writes.

Every write path of the service changes tickets through the unit of work:
opening (``tickets.open_ticket``, also for help requests), replies and status
changes (``api/ticket_writes.py``), agents' answers, chats and callbacks
(``agents/actions.py``, the demo agent), closing quiet tickets (``jobs.py`` →
``tickets.close_quiet_solved``) and the demo seed. Hooking the flush covers
them all, and any later one, in the same transaction as the ticket itself.

Bulk statements (``session.execute(insert(Ticket), rows)``, ``update(Ticket)``)
bypass the unit of work: loaders that use them call ``rollups.rebuild`` after.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from backend.db import rollups
from backend.db.models import Ticket

# What the rollups count: a change to anything else (the subject, updated_at,
# a chat's state) leaves them as they are and costs no query.
COUNTED = (
    "team_id",
    "submitter_id",
    "created_at",
    "category",
    "product",
    "status",
    "first_responded_at",
    "first_response_due_at",
    "solved_at",
)
_CHANGING = "rollups_changing_tickets"
_BEFORE = "rollups_shares_before"


def _counted_change(ticket: Ticket) -> bool:
    attrs = inspect(ticket).attrs
    return any(attrs[name].history.has_changes() for name in COUNTED)


def _before_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    changing = [t for t in session.dirty if isinstance(t, Ticket) and _counted_change(t)]
    leaving = [t for t in session.deleted if isinstance(t, Ticket)]
    session.info[_CHANGING] = changing
    session.info[_BEFORE] = {}
    if changing or leaving:
        connection = session.connection()
        ids = [t.id for t in changing + leaving]
        rollups.lock_tickets(connection, ids)
        session.info[_BEFORE] = rollups.shares(connection, ids)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    # ``session.new`` still lists what this flush inserted; their ids are set now.
    changing: list[Ticket] = session.info.pop(_CHANGING, [])
    before: rollups.Shares = session.info.pop(_BEFORE, {})
    written = changing + [t for t in session.new if isinstance(t, Ticket)]
    if written or before:
        connection = session.connection()
        after = rollups.shares(connection, [t.id for t in written]) if written else {}
        rollups.apply(connection, before, after)


def follow_ticket_writes() -> None:
    """Install the hooks on every session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
