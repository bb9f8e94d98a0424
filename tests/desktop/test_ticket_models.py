"""Ticket and TicketSummary: one a dataclass, the other a NamedTuple, with the same fields."""

from __future__ import annotations

from dataclasses import fields
from typing import get_type_hints

from desktop.api.models import Ticket, TicketSummary

DOCUMENT = {
    "id": "tkt_1",
    "number": 1042,
    "subject": "Shared links open a blank page",
    "status": "pending",
    "product": "dropbox",
    "channel": "chat",
    "premium": True,
    "category": "sharing",
    "language": "nl",
    "submitter": {"id": "usr_ava", "name": "Ava Jansen"},
    "created_at": "2026-11-20T09:00:00Z",
    "updated_at": "2026-11-20T10:30:00Z",
    "first_response_due_at": "2026-11-20T10:00:00Z",
    "first_responded_at": "2026-11-20T09:40:00Z",
    "sla_state": "met",
    "solved_at": None,
    "messages": [],
    "response_target_minutes": 60,
    "chat": {"state": "waiting", "queue_position": 2},
}


def test_a_ticket_has_every_field_of_a_summary_with_its_type() -> None:
    # Written out twice (list_models.py, models.py): this keeps the two from drifting apart.
    summary_types = get_type_hints(TicketSummary)
    ticket_types = get_type_hints(Ticket)
    assert [f.name for f in fields(Ticket)][: len(TicketSummary._fields)] == list(
        TicketSummary._fields
    )
    assert {name: ticket_types[name] for name in TicketSummary._fields} == summary_types


def test_a_tickets_summary_is_what_the_list_reads_of_the_same_document() -> None:
    ticket = Ticket.from_json(DOCUMENT)

    assert ticket.summary == TicketSummary.from_json(DOCUMENT)
    assert type(ticket.summary) is TicketSummary
    assert ticket.chat_position == 2 and ticket.is_live
