"""Keeps the insights rollups in step with every ticket the ORM writes.

Every write path of the service changes tickets through the unit of work:
opening (``tickets.open_ticket``, also for help requests), replies and status
changes (``api/ticket_writes.py``), agents' answers, chats and callbacks
(``agents/actions.py``, the demo agent), closing quiet tickets (``jobs.py`` →
``tickets.close_quiet_solved``) and the demo seed. Hooking the flush covers
them all, and any later one, in the same transaction as the ticket itself.

Bulk statements bypass the unit of work. ``update(Ticket)`` and
``delete(Ticket)`` through a session are refused, so that no write path can
leave the rollups behind unnoticed; bulk loaders (``insert(Ticket)`` with many
rows: the benches, tests' big teams) call ``rollups.rebuild`` after.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

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


def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and state.bind_mapper is Ticket.__mapper__:
        raise RuntimeError(
            "tickets change through the unit of work (load, set, flush), so that "
            "insights' rollups follow; a bulk UPDATE or DELETE would leave them behind"
        )


def follow_ticket_writes() -> None:
    """Install the hooks on every session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "do_orm_execute", _refuse_bulk_changes)
