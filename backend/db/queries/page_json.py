"""PostgreSQL writes a ticket page's JSON itself, in one statement (issue 22, fifth round).

A ticket's page was three round trips (the ticket, its thread, its followers) and a
fourth for a waiting chat's place in the queue. Here one statement answers:
``row_to_json`` writes each object (compact, keys in the order of the select's
columns, strings escaped as pydantic's encoder escapes them), ``to_char`` the
timestamps in pydantic's form of an aware UTC datetime (``…T10:00:00Z``, or
``…T10:00:00.120000Z``), ``string_agg`` the arrays, and ``convert_to`` makes the
whole a ``bytea``, so that asyncpg hands Python one ``bytes``.

Not the list page: written by the database the same way, it cost PostgreSQL 0.45 ms
a page more (to_char and row_to_json over 50 rows) than it saved the service
(0.25-0.3 ms), a loss on cores the two share; with SQLite's ``json_object`` 0.33 ms
a page against 0.24 for its rows and Python's build (bench/README.md, fifth round).

Only the lean path (``backend/api/lean_reads.py``) uses it; FastAPI's route still
builds the same answer in Python (``ticket_json``), and tests/backend/test_lean_reads.py
compares the two byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import raw
from backend.domain.viewers import Viewer


def _ts(column: str) -> str:
    """SQL for a ``timestamptz`` as pydantic writes an aware UTC datetime (NULL stays NULL)."""
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (
        f"to_char({utc}, CASE WHEN {utc} = date_trunc('second', {utc}) "
        """THEN 'YYYY-MM-DD"T"HH24:MI:SS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END)"""
    )


def _array(item: str, order: str, source: str) -> str:
    """SQL for a JSON array, compact as pydantic writes one (``json_agg`` adds spaces)."""
    return (
        f"(SELECT ('[' || coalesce(string_agg(x.j, ',' ORDER BY {order}), '') || ']')::json "
        f"FROM (SELECT {item} AS j, {source}) AS x)"
    )


def _object(fields: str) -> str:
    """SQL for a JSON object of ``fields`` (``value AS key, …``), keys in that order."""
    return f"(SELECT row_to_json(o) FROM (SELECT {fields}) AS o)"


def _sla(due: str, responded: str, solved: str, now: str) -> str:
    """``backend.domain.sla.sla_state`` in SQL."""
    return (
        f"CASE WHEN {responded} IS NOT NULL THEN "
        f"CASE WHEN {responded} <= {due} THEN 'met' ELSE 'breached' END "
        f"WHEN {solved} IS NOT NULL THEN "
        f"CASE WHEN {solved} <= {due} THEN 'met' ELSE 'breached' END "
        f"WHEN {now} <= {due} THEN 'due' ELSE 'breached' END"
    )


def _summary(p: str, now: str) -> str:
    """``TicketSummary``'s fields, in its order, from ``p``'s columns named as in
    ``ticket_json._summary``."""
    return (
        f"{p}.id AS id, {p}.number AS number, {p}.subject AS subject, {p}.status AS status, "
        f"{p}.product AS product, {p}.channel AS channel, {p}.premium AS premium, "
        f"{p}.category AS category, {p}.language AS language, "
        f"{_object(f'{p}.submitter_id AS id, {p}.submitter_name AS name')} AS submitter, "
        f"{_ts(f'{p}.created_at')} AS created_at, {_ts(f'{p}.updated_at')} AS updated_at, "
        f"{p}.response_target_minutes AS response_target_minutes, "
        f"{_ts(f'{p}.first_response_due_at')} AS first_response_due_at, "
        f"{_ts(f'{p}.first_responded_at')} AS first_responded_at, "
        f"{_sla(f'{p}.first_response_due_at', f'{p}.first_responded_at', f'{p}.solved_at', now)}"
        " AS sla_state, "
        f"{_ts(f'{p}.solved_at')} AS solved_at"
    )


def _author(person: str, viewer: str, submitter: str) -> str:
    """``Author`` of a line or change by ``person`` (a ``user_account``): ``author_kind``."""
    kind = (
        f"CASE WHEN {person}.role = 'agent' THEN 'agent' WHEN {person}.id = {viewer} THEN 'self' "
        f"WHEN {person}.id = {submitter} THEN 'submitter' ELSE 'colleague' END"
    )
    return _object(f"{kind} AS kind, {person}.name AS name")


def _ticket_sql() -> str:
    # $1 the ticket, $2 the viewer, $3 now, $4 the team (NULL: any, for agents), $5 whether
    # the viewer sees the team's tickets (else only their own).
    viewer, now = "$2::varchar", "$3::timestamptz"
    submitter = "t.submitter_id"
    attachments = _array(
        _object(
            "a.id AS id, a.filename AS filename, a.size AS size, a.content_type AS content_type"
        )
        + "::text",
        "x.at, x.id",
        "a.created_at AS at, a.id AS id FROM attachment AS a WHERE a.message_id = m.id",
    )
    message = _object(
        f"m.id AS id, m.ticket_id AS ticket_id, {_author('u', viewer, submitter)} AS author, "
        f"m.body AS body, {attachments} AS attachments, {_ts('m.created_at')} AS created_at"
    )
    messages = _array(
        message + "::text",
        "x.at, x.id",
        "m.created_at AS at, m.id AS id FROM message AS m "
        "JOIN user_account AS u ON u.id = m.author_id WHERE m.ticket_id = t.id AND m.kind = 'text'",
    )
    change = _object(
        f"c.id AS id, 'status_changed' AS kind, c.status AS status, "
        f"{_author('u', viewer, submitter)} AS actor, {_ts('c.created_at')} AS created_at"
    )
    system = _object(
        f"m.id AS id, m.kind AS kind, NULL::varchar AS status, "
        f"{_author('u', viewer, submitter)} AS actor, {_ts('m.created_at')} AS created_at"
    )
    # A change before a line of the same moment, as the page has always put them.
    events = (
        "(SELECT ('[' || coalesce(string_agg(e.j, ',' ORDER BY e.at, e.source, e.id), '') "
        "|| ']')::json FROM ("
        f"SELECT {change}::text AS j, c.created_at AS at, 0 AS source, c.id AS id "
        "FROM status_change AS c JOIN user_account AS u ON u.id = c.actor_id "
        "WHERE c.ticket_id = t.id UNION ALL "
        f"SELECT {system}::text, m.created_at, 1, m.id FROM message AS m "
        "JOIN user_account AS u ON u.id = m.author_id "
        "WHERE m.ticket_id = t.id AND m.kind <> 'text') AS e)"
    )
    position = (
        "CASE WHEN t.chat_state = 'waiting' THEN (SELECT count(*) + 1 FROM ticket AS w "
        "WHERE w.chat_state = 'waiting' AND (w.created_at < t.created_at "
        "OR (w.created_at = t.created_at AND w.id < t.id))) END"
    )
    chat = (
        "CASE WHEN coalesce(t.chat_state, '') <> '' THEN "
        f"{_object(f't.chat_state AS state, {position} AS queue_position')} END"
    )
    callback = (
        "CASE WHEN coalesce(t.callback_state, '') <> '' AND coalesce(t.phone, '') <> '' THEN "
        + _object(
            "t.phone AS phone, t.callback_state AS state, "
            "t.callback_queue_position AS queue_position, "
            "t.callback_estimated_wait_minutes AS estimated_wait_minutes"
        )
        + " END"
    )
    satisfaction = (
        "CASE WHEN coalesce(t.satisfaction_rating, '') <> '' THEN "
        + _object(
            "t.satisfaction_rating AS rating, t.satisfaction_comment AS comment, "
            f"{_ts('t.satisfaction_rated_at')} AS rated_at"
        )
        + " END"
    )
    followers = _array(
        _object(
            "f.user_id AS user_id, fu.name AS name, fu.role AS role, "
            f"fa.name AS added_by_name, {_ts('f.added_at')} AS added_at"
        )
        + "::text",
        "x.at, x.user_id",
        "f.added_at AS at, f.user_id AS user_id FROM ticket_followers AS f "
        "JOIN user_account AS fu ON fu.id = f.user_id "
        "JOIN user_account AS fa ON fa.id = f.added_by_id WHERE f.ticket_id = t.id",
    )
    body = (
        f"{_summary('t', now)}, {messages} AS messages, {events} AS events, "
        f"{chat} AS chat, {callback} AS callback, {satisfaction} AS satisfaction, "
        f"{followers} AS followers"
    )
    return (
        f"SELECT convert_to(row_to_json(o)::text, 'UTF8') FROM (SELECT {body} "
        "FROM (SELECT ticket.*, s.name AS submitter_name FROM ticket "
        "JOIN user_account AS s ON s.id = ticket.submitter_id) AS t "
        "WHERE t.id = $1::varchar AND ($4::varchar IS NULL OR t.team_id = $4::varchar) "
        "AND ($5::boolean OR t.submitter_id = $2::varchar)) AS o"
    )


_TICKET = _ticket_sql()


async def ticket_page(
    session: AsyncSession, viewer: Viewer, ticket_id: str, now: datetime
) -> bytes | None:
    """``TicketOut``'s JSON (``ticket_json.ticket``'s bytes) if the viewer may see the
    ticket (``tickets._visible_to``'s rule), else None."""
    if viewer.role == "agent":
        team, all_of_team = None, True
    elif viewer.team_id is None:
        return None
    else:
        team, all_of_team = viewer.team_id, viewer.role == "admin"
    rows: Sequence[Any] = await raw.fetch_sql(
        session, _TICKET, [ticket_id, viewer.id, now, team, all_of_team]
    )
    if not rows:
        return None
    body: bytes = rows[0][0]
    return body
