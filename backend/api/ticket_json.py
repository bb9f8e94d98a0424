"""The list page and a ticket's page as JSON, built from rows and encoded once.

``GET /v1/tickets`` and ``GET /v1/tickets/{id}`` are the service's busiest
reads. Built as pydantic models, each summary was validated when made and again
as the response model, then serialised (about half the time of a list page,
profile in bench/README.md). Here the rows become plain dicts in the schemas'
field order and ``pydantic_core.to_json`` encodes them in one pass: the same
bytes the models would give (same datetime form, same key order). The models in
``schemas.py`` stay the contract: the routes declare them as response models
for the OpenAPI document, and tests/backend/test_tickets.py checks the answers
against them (``model_validate_json`` then ``model_dump_json`` gives the answer
back unchanged) and against the writers' model-built answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from fastapi import Response
from pydantic_core import to_json
from sqlalchemy import Row

from backend.db.queries.ticket_reads import SUMMARY_COLUMNS
from backend.db.queries.ticket_search import Match
from backend.domain.sla import sla_state
from backend.domain.tickets import MessageKind, author_kind

JSON = "application/json"
AnyRow = Row[*tuple[Any, ...]]
SUMMARY_WIDTH = len(SUMMARY_COLUMNS)


def json_response(body: dict[str, Any]) -> Response:
    return Response(content=to_json(body), media_type=JSON)


def summary(row: AnyRow, now: datetime) -> dict[str, Any]:
    """``TicketSummary``'s fields, in its order, from a row of ``SUMMARY_COLUMNS``."""
    # Unpacked by position: reading a Row's attributes by name took 7 times as long.
    (
        id_,
        number,
        subject,
        status,
        product,
        channel,
        premium,
        category,
        language,
        submitter_id,
        submitter_name,
        created_at,
        updated_at,
        target,
        due_at,
        responded_at,
        solved_at,
    ) = row[:SUMMARY_WIDTH]
    return {
        "id": id_,
        "number": number,
        "subject": subject,
        "status": status,
        "product": product,
        "channel": channel,
        "premium": premium,
        "category": category,
        "language": language,
        "submitter": {"id": submitter_id, "name": submitter_name},
        "created_at": created_at,
        "updated_at": updated_at,
        "response_target_minutes": target,
        "first_response_due_at": due_at,
        "first_responded_at": responded_at,
        "sla_state": sla_state(due_at, responded_at, now).value,
        "solved_at": solved_at,
    }


def page(
    rows: Sequence[AnyRow],
    next_cursor: str | None,
    now: datetime,
    matches: Mapping[str, Match] | None = None,
) -> dict[str, Any]:
    """``TicketPage``: each item a ``TicketListItem``, its ``match`` null unless searched."""
    items = []
    for row in rows:
        item = summary(row, now)
        found = matches.get(row[0]) if matches is not None else None
        item["match"] = found.as_json() if found is not None else None
        items.append(item)
    return {"items": items, "next_cursor": next_cursor}


def ticket(
    row: AnyRow,
    thread: Sequence[AnyRow],
    changes: Sequence[AnyRow],
    viewer_id: str,
    now: datetime,
    chat_position: int | None,
) -> dict[str, Any]:
    """``TicketOut`` from a row of ``DETAIL_COLUMNS``, its thread's rows and its status changes."""
    body = summary(row, now)
    # Written lines are messages; system lines (an agent joined, the chat ended) are events
    # beside the status changes, oldest first, a change before a line of the same moment.
    written = [line for line in thread if line.kind == MessageKind.TEXT]
    system = [line for line in thread if line.kind != MessageKind.TEXT]
    body["messages"] = _messages(written, viewer_id, row.submitter_id)
    events = [
        {
            "id": change.id,
            "kind": "status_changed",
            "status": change.status,
            "actor": {
                "kind": _kind(change.actor_id, change.actor_role, viewer_id, row.submitter_id),
                "name": change.actor_name,
            },
            "created_at": change.created_at,
        }
        for change in changes
    ]
    events += [
        {
            "id": line.id,
            "kind": line.kind,
            "status": None,
            "actor": {
                "kind": _kind(line.author_id, line.author_role, viewer_id, row.submitter_id),
                "name": line.author_name,
            },
            "created_at": line.created_at,
        }
        for line in system  # one row each: a system line carries no attachments
    ]
    events.sort(key=lambda event: event["created_at"])
    body["events"] = events
    body["chat"] = (
        {"state": row.chat_state, "queue_position": chat_position} if row.chat_state else None
    )
    body["callback"] = (
        {
            "phone": row.phone,
            "state": row.callback_state,
            "queue_position": row.callback_queue_position,
            "estimated_wait_minutes": row.callback_estimated_wait_minutes,
        }
        if row.callback_state and row.phone
        else None
    )
    body["satisfaction"] = (
        {
            "rating": row.satisfaction_rating,
            "comment": row.satisfaction_comment,
            "rated_at": row.satisfaction_rated_at,
        }
        if row.satisfaction_rating
        else None
    )
    return body


def _messages(thread: Sequence[AnyRow], viewer_id: str, submitter_id: str) -> list[dict[str, Any]]:
    """``MessageOut``s: one row per attachment (or one without), grouped by message in order."""
    messages: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for row in thread:
        if current is None or current["id"] != row.id:
            current = {
                "id": row.id,
                "ticket_id": row.ticket_id,
                "author": {
                    "kind": _kind(row.author_id, row.author_role, viewer_id, submitter_id),
                    "name": row.author_name,
                },
                "body": row.body,
                "attachments": [],
                "created_at": row.created_at,
            }
            messages.append(current)
        if row.attachment_id is not None:
            current["attachments"].append(
                {
                    "id": row.attachment_id,
                    "filename": row.filename,
                    "size": row.size,
                    "content_type": row.content_type,
                }
            )
    return messages


def _kind(author_id: str, author_role: str, viewer_id: str, submitter_id: str) -> str:
    return author_kind(
        author_id=author_id, author_role=author_role, viewer_id=viewer_id, submitter_id=submitter_id
    ).value
