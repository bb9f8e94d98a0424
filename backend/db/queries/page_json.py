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

Its cost to PostgreSQL is mostly setting the plan up, on every execution, whatever the
ticket holds: each scalar sub-select is a subplan with nodes of its own. So each object is
a ``LATERAL`` row pulled up into its query (``_row``: no node), and the messages, events
and followers come from one aggregate over one union of their tables, their people
looked up by one join (``_thread``): 17 plan nodes and 3 subplans where there were 43
nodes, 12 subplans and 5 initplans; 15-20 % less of PostgreSQL's CPU a page
(bench/README.md, session 28).

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
    """SQL for a ``timestamptz`` as pydantic writes an aware UTC datetime (NULL stays NULL):
    ``…T10:00:00.120000Z``, or ``…T10:00:00Z`` when the fraction is zero (one ``to_char``,
    its zero fraction cut, rather than a test of the value and two forms)."""
    return (
        f"replace(to_char({column} AT TIME ZONE 'UTC', "
        """'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z')"""
    )


def _row(alias: str, fields: str) -> str:
    """A ``LATERAL`` row of ``fields`` (``value AS key, …``) for ``row_to_json(alias)``: keys
    in that order. PostgreSQL pulls such a subquery up into the query that names it, so the
    object costs no plan node (a scalar sub-select would be a subplan, set up on every
    execution)."""
    return f"CROSS JOIN LATERAL (SELECT {fields}) AS {alias}"


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
    ``ticket_json._summary``; its submitter the row ``submitter`` (``_row``)."""
    return (
        f"{p}.id AS id, {p}.number AS number, {p}.subject AS subject, {p}.status AS status, "
        f"{p}.product AS product, {p}.channel AS channel, {p}.premium AS premium, "
        f"{p}.category AS category, {p}.language AS language, "
        "row_to_json(submitter_o) AS submitter, "
        f"{_ts(f'{p}.created_at')} AS created_at, {_ts(f'{p}.updated_at')} AS updated_at, "
        f"{p}.response_target_minutes AS response_target_minutes, "
        f"{_ts(f'{p}.first_response_due_at')} AS first_response_due_at, "
        f"{_ts(f'{p}.first_responded_at')} AS first_responded_at, "
        f"{_sla(f'{p}.first_response_due_at', f'{p}.first_responded_at', f'{p}.solved_at', now)}"
        " AS sla_state, "
        f"{_ts(f'{p}.solved_at')} AS solved_at"
    )


# The thread's rows, one kind of line a ``source``: a status change, a system line (an
# agent joined, the chat ended), a written message, a follower. In one scan each of
# their tables, the person of each row (author, actor, follower) looked up by one join.
_CHANGE, _SYSTEM, _MESSAGE, _FOLLOWER = range(4)


def _thread(viewer: str) -> str:
    """SQL for a ``LATERAL`` row ``th`` of the ticket ``t``'s messages, events and followers,
    each a JSON array's text (NULL when there is none): one aggregate over one union,
    where each was a sub-select of its own with its own joins."""
    kind = (
        f"CASE WHEN u.role = 'agent' THEN 'agent' WHEN u.id = {viewer} THEN 'self' "
        "WHEN u.id = t.submitter_id THEN 'submitter' ELSE 'colleague' END"
    )
    attachments = (
        "(SELECT ('[' || coalesce(string_agg(row_to_json(attachment_o)::text, ',' "
        "ORDER BY a.created_at, a.id), '') || ']')::json FROM attachment AS a "
        + _row(
            "attachment_o",
            "a.id AS id, a.filename AS filename, a.size AS size, a.content_type AS content_type",
        )
        + " WHERE a.message_id = y.id)"
    )
    created = _ts("y.at")
    # The ticket is chosen outside the union (``y.ticket_id``): a branch with a WHERE or a
    # join of its own stays a subquery (plan nodes more), one without is scanned as part of
    # the union; so who added a follower is looked up by key, run only for a follower.
    lines = (
        f"SELECT CASE WHEN m.kind = 'text' THEN {_MESSAGE} ELSE {_SYSTEM} END AS source, "
        "m.id AS id, m.created_at AS at, m.author_id AS person, m.kind AS kind, "
        "NULL::varchar AS status, m.body AS body, NULL::varchar AS added_by_name, "
        "m.ticket_id AS ticket_id FROM message AS m "
        f"UNION ALL SELECT {_CHANGE}, c.id, c.created_at, c.actor_id, 'status_changed', "
        "c.status, NULL, NULL, c.ticket_id FROM status_change AS c "
        f"UNION ALL SELECT {_FOLLOWER}, f.user_id, f.added_at, f.user_id, NULL, NULL, NULL, "
        "(SELECT b.name FROM user_account AS b WHERE b.id = f.added_by_id), f.ticket_id "
        "FROM ticket_followers AS f"
    )
    # Each array's objects in its own aggregate: FILTER picks the rows before the object is
    # written, and each object's expression is set up once (a CASE over one column would be
    # copied into all three aggregates, the attachments' sub-select with it).
    rows = (
        f"FROM ({lines}) AS y JOIN user_account AS u ON u.id = y.person "
        f"{_row('author_o', f'{kind} AS kind, u.name AS name')} "
        + _row(
            "message_o",
            "y.id AS id, t.id AS ticket_id, row_to_json(author_o) AS author, y.body AS body, "
            f"{attachments} AS attachments, {created} AS created_at",
        )
        + " "
        + _row(
            "event_o",
            "y.id AS id, y.kind AS kind, y.status AS status, row_to_json(author_o) AS actor, "
            f"{created} AS created_at",
        )
        + " "
        + _row(
            "follower_o",
            "y.id AS user_id, u.name AS name, u.role AS role, "
            f"y.added_by_name AS added_by_name, {created} AS added_at",
        )
    )
    # Oldest first; among events a change before a line of the same moment, as the page
    # has always put them.
    return (
        "CROSS JOIN LATERAL (SELECT "
        "string_agg(row_to_json(message_o)::text, ',' ORDER BY y.at, y.id) "
        f"FILTER (WHERE y.source = {_MESSAGE}) AS messages, "
        "string_agg(row_to_json(event_o)::text, ',' ORDER BY y.at, y.source, y.id) "
        f"FILTER (WHERE y.source < {_MESSAGE}) AS events, "
        "string_agg(row_to_json(follower_o)::text, ',' ORDER BY y.at, y.id) "
        f"FILTER (WHERE y.source = {_FOLLOWER}) AS followers {rows} WHERE y.ticket_id = t.id) AS th"
    )


def _ticket_sql() -> str:
    # $1 the ticket, $2 the viewer, $3 now, $4 the team (NULL: any, for agents), $5 whether
    # the viewer sees the team's tickets (else only their own).
    viewer, now = "$2::varchar", "$3::timestamptz"
    position = (
        "CASE WHEN t.chat_state = 'waiting' THEN (SELECT count(*) + 1 FROM ticket AS w "
        "WHERE w.chat_state = 'waiting' AND (w.created_at < t.created_at "
        "OR (w.created_at = t.created_at AND w.id < t.id))) END"
    )
    chat = "CASE WHEN coalesce(t.chat_state, '') <> '' THEN row_to_json(chat_o) END"
    callback = (
        "CASE WHEN coalesce(t.callback_state, '') <> '' AND coalesce(t.phone, '') <> '' "
        "THEN row_to_json(callback_o) END"
    )
    satisfaction = (
        "CASE WHEN coalesce(t.satisfaction_rating, '') <> '' THEN row_to_json(rating_o) END"
    )
    body = (
        f"{_summary('t', now)}, "
        "(('[' || coalesce(th.messages, '') || ']')::json) AS messages, "
        "(('[' || coalesce(th.events, '') || ']')::json) AS events, "
        f"{chat} AS chat, {callback} AS callback, {satisfaction} AS satisfaction, "
        "(('[' || coalesce(th.followers, '') || ']')::json) AS followers"
    )
    rows = " ".join(
        (
            _row("submitter_o", "t.submitter_id AS id, s.name AS name"),
            _row("chat_o", f"t.chat_state AS state, {position} AS queue_position"),
            _row(
                "callback_o",
                "t.phone AS phone, t.callback_state AS state, "
                "t.callback_queue_position AS queue_position, "
                "t.callback_estimated_wait_minutes AS estimated_wait_minutes",
            ),
            _row(
                "rating_o",
                "t.satisfaction_rating AS rating, t.satisfaction_comment AS comment, "
                f"{_ts('t.satisfaction_rated_at')} AS rated_at",
            ),
            _thread(viewer),
        )
    )
    return (
        f"SELECT convert_to(row_to_json(o)::text, 'UTF8') FROM (SELECT {body} "
        "FROM ticket AS t JOIN user_account AS s ON s.id = t.submitter_id "
        f"{rows} "
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
