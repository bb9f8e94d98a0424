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
from datetime import UTC, datetime
from typing import Any, NamedTuple

from fastapi import Response
from pydantic_core import to_json

from backend.db.models import Ticket
from backend.db.queries import followers as follower_row
from backend.db.queries import ticket_reads as t
from backend.db.queries.ticket_reads import SUMMARY_COLUMNS, as_datetime
from backend.db.queries.ticket_search import Match
from backend.domain.sla import SlaState, sla_state
from backend.domain.tickets import MessageKind, author_kind

JSON = "application/json"
AnyRow = Sequence[Any]
SUMMARY_WIDTH = len(SUMMARY_COLUMNS)
# SQLAlchemy's SQLite storage of a UTC datetime: one width, so such texts compare as the
# times do, and rewriting one into pydantic's JSON form needs no parsing.
_STORED_WIDTH = len("2026-12-05 10:00:00.123456")
_DUE_AT = SUMMARY_COLUMNS.index(Ticket.first_response_due_at)
_RESPONDED_AT = SUMMARY_COLUMNS.index(Ticket.first_responded_at)
_SOLVED_AT = SUMMARY_COLUMNS.index(Ticket.solved_at)


def json_response(body: dict[str, Any] | bytes) -> Response:
    """``body`` encoded, or as it is when it is JSON already (``page_json``'s)."""
    return Response(content=body if type(body) is bytes else to_json(body), media_type=JSON)


def _ts(value: datetime | str | None) -> datetime | str | None:
    """A timestamp for ``to_json``: a datetime as is (PostgreSQL); SQLite's stored text
    rewritten into the form pydantic gives an aware UTC datetime (``…T10:00:00Z``,
    ``…T10:00:00.120000Z``)."""
    if type(value) is not str:
        return value
    if len(value) == _STORED_WIDTH and value[10] == " " and value[19] == ".":
        if value.endswith(".000000"):
            return f"{value[:10]}T{value[11:19]}Z"
        return f"{value[:10]}T{value[11:]}Z"
    return as_datetime(value)  # another form: parsed, to_json writes it


def _comparable(value: str) -> str:
    """SQLite's stored text as is when of the one width, else in that form."""
    if len(value) == _STORED_WIDTH:
        return value
    return _stored(as_datetime(value))


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class _Now:
    """The request's time, as a datetime and as SQLite's stored text (made once)."""

    __slots__ = ("moment", "text")

    def __init__(self, moment: datetime) -> None:
        self.moment = moment
        self.text = _stored(moment)


def _sla(row: AnyRow, now: _Now) -> str:
    due_at, responded_at, solved_at = row[_DUE_AT], row[_RESPONDED_AT], row[_SOLVED_AT]
    if isinstance(due_at, str):  # SQLite: compared as stored texts of one width
        responded = None if responded_at is None else _comparable(str(responded_at))
        solved = None if solved_at is None else _comparable(str(solved_at))
        return sla_state(_comparable(due_at), responded, now.text, solved).value
    assert not isinstance(responded_at, str) and not isinstance(solved_at, str)
    return sla_state(due_at, responded_at, now.moment, solved_at).value


def summary(row: AnyRow, now: datetime) -> dict[str, Any]:
    """``TicketSummary``'s fields, in its order, from a row of ``SUMMARY_COLUMNS``."""
    return _summary(row, _Now(now))


def _summary(row: AnyRow, now: _Now) -> dict[str, Any]:
    return _summary_with(row, _sla(row, now))


def _summary_with(row: AnyRow, sla: str) -> dict[str, Any]:
    """The summary's fields with its SLA state given: all else comes from the row."""
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
        "premium": bool(premium),  # SQLite's raw rows hold 0 or 1
        "category": category,
        "language": language,
        "submitter": {"id": submitter_id, "name": submitter_name},
        "created_at": _ts(created_at),
        "updated_at": _ts(updated_at),
        "response_target_minutes": target,
        "first_response_due_at": _ts(due_at),
        "first_responded_at": _ts(responded_at),
        "sla_state": sla,
        "solved_at": _ts(solved_at),
    }


def page(
    rows: Sequence[AnyRow],
    next_cursor: str | None,
    now: datetime,
    matches: Mapping[str, Match] | None = None,
) -> bytes:
    """``TicketPage`` as JSON: each item a ``TicketListItem``, its ``match`` null unless
    searched; an item with no match from those kept encoded (``configure``)."""
    at = _Now(now)
    moment, text = at.moment, at.text
    entries = _kept.entries if _kept is not None else {}
    width = SUMMARY_WIDTH
    items = []
    for row in rows:
        found = matches.get(row[0]) if matches is not None else None
        if found is not None:
            item = _summary(row, at)
            item["match"] = found.as_json()
            items.append(to_json(item))
        elif _kept is None:
            items.append(_encode_unmatched(row, _sla(row, at)))
        else:
            # The key, the lookup and the SLA choice written out, not calls: three calls an
            # item cost SQLite's list page ~0.05 ms against functools.lru_cache's one C call
            # (bench/README.md, seventh round). PostgreSQL's rows end with their versions.
            key: Any = (row[0], row[_UPDATED_AT], *row[width:]) if len(row) > width else row
            kept = entries.pop(key, None)
            if kept is None:
                kept = _kept.put(key, _encode_for_any_time(row))
            else:
                entries[key] = kept  # the most recently used
            deadline = kept.deadline
            if deadline is None:
                items.append(kept.until_due)
            elif (text > deadline) if isinstance(deadline, str) else (moment > deadline):
                items.append(kept.after_due)
            else:
                items.append(kept.until_due)
    return _joined(items, next_cursor)


def kept_page(versions: Sequence[AnyRow], next_cursor: str | None, now: datetime) -> bytes | None:
    """``page``'s bytes from the items kept, for a page read as versions alone
    (``ticket_reads.version_page``: rows of ``VERSION_ROW``); None unless every item is
    kept (the page is then read whole)."""
    if _kept is None:
        return None
    at = _Now(now)
    # The lookup written out, as in ``page``: a call an item was a fifth of this profile.
    entries = _kept.entries
    moment, text = at.moment, at.text
    items = []
    for version in versions:
        key = tuple(version)
        kept = entries.pop(key, None)
        if kept is None:
            return None
        entries[key] = kept  # the most recently used
        deadline = kept.deadline
        if deadline is None:
            items.append(kept.until_due)
        elif (text > deadline) if isinstance(deadline, str) else (moment > deadline):
            items.append(kept.after_due)
        else:
            items.append(kept.until_due)
    return _joined(items, next_cursor)


def keeps_items() -> bool:
    """Whether list items are kept encoded (``LIST_ITEM_CACHE`` above 0)."""
    return _kept is not None


def _joined(items: Sequence[bytes], next_cursor: str | None) -> bytes:
    # What to_json writes for {"items": [...], "next_cursor": ...}: no spaces.
    return b"".join(
        (b'{"items":[', b",".join(items), b'],"next_cursor":', to_json(next_cursor), b"}")
    )


def _encode_unmatched(row: AnyRow, sla: str) -> bytes:
    item = _summary_with(row, sla)
    item["match"] = None
    return to_json(item)


class _Encoded(NamedTuple):
    """A list item's JSON for any time: with no first response yet and not solved, its SLA
    state is ``due`` until ``deadline`` and ``breached`` after it; else it is fixed (no
    deadline)."""

    deadline: datetime | str | None  # as _Now's moment (PostgreSQL) or text (SQLite)
    until_due: bytes
    after_due: bytes


def _encode_for_any_time(row: AnyRow) -> _Encoded:
    due_at = row[_DUE_AT]
    if row[_RESPONDED_AT] is not None or row[_SOLVED_AT] is not None:
        # Met or breached whatever the time: _sla's answer at any moment, the due one.
        fixed = _encode_unmatched(row, _sla(row, _Now(as_datetime(due_at))))
        return _Encoded(None, fixed, fixed)
    deadline = _comparable(due_at) if isinstance(due_at, str) else due_at
    return _Encoded(
        deadline,
        _encode_unmatched(row, SlaState.DUE.value),
        _encode_unmatched(row, SlaState.BREACHED.value),
    )


# A list item's JSON is a function of its row and the time alone (the row is every
# column of SUMMARY_COLUMNS: a ticket changed in any way is a new row, a new key; the
# submitter's name is one of them; nothing depends on the viewer), and the time only
# through the SLA state, which the item's deadline decides. Most of a busy list's rows
# are the same from one request to the next, and building and encoding 50 of them was
# most of building the page (bench/README.md, issue 22): kept encoded per row, a bounded
# number (least recently used first out), per process.
#
# The key: on SQLite the row itself. On PostgreSQL the row's id, its updated_at and its
# versions (``ticket_reads.VERSION_COLUMNS``: ``xmin`` of the ticket's row and of its
# submitter's, which any change to either makes anew), so that a page can be looked up
# from those four columns alone (``kept_page``). An item keyed so could only be served
# stale if one ticket were rewritten, with the same updated_at to the microsecond, by a
# transaction whose 32-bit id equalled that of the write kept: PostgreSQL would have to
# go through 2^32 transactions while the item stayed among this process's last
# ``LIST_ITEM_CACHE`` items used.
DEFAULT_ITEM_CACHE = 10_000
_UPDATED_AT = SUMMARY_COLUMNS.index(Ticket.updated_at)


class _Kept:
    """Up to ``size`` items by key, the least recently used out first (a dict keeps its
    order of insertion: an item used is put back at the end)."""

    __slots__ = ("size", "entries")

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: dict[tuple[Any, ...], _Encoded] = {}

    def put(self, key: tuple[Any, ...], item: _Encoded) -> _Encoded:
        items = self.entries
        if len(items) >= self.size:
            del items[next(iter(items))]
        items[key] = item
        return item


_kept: _Kept | None = _Kept(DEFAULT_ITEM_CACHE)


def configure(item_cache: int) -> None:
    """Keep up to ``item_cache`` list items encoded (0: encode every item every time)."""
    global _kept
    _kept = _Kept(item_cache) if item_cache else None


# The ticket page's own columns, after the summary's (ticket_reads.DETAIL_COLUMNS).
(
    _TEAM_ID,
    _PHONE,
    CHAT_STATE,
    _CALLBACK_STATE,
    _CALLBACK_QUEUE_POSITION,
    _CALLBACK_WAIT,
    _RATING,
    _COMMENT,
    _RATED_AT,
) = range(SUMMARY_WIDTH, SUMMARY_WIDTH + 9)


def ticket(
    row: AnyRow,
    thread: Sequence[AnyRow],
    followers: Sequence[AnyRow],  # rows of followers.ROWS, read by position
    viewer_id: str,
    now: datetime,
    chat_position: int | None,
) -> dict[str, Any]:
    """``TicketOut`` from a row of ``DETAIL_COLUMNS``, its thread's rows (``T_*``) and its
    followers (``followers.ROWS``)."""
    body = _summary(row, _Now(now))
    submitter_id = row[t.SUBMITTER_ID]
    # Written lines are messages; system lines (an agent joined, the chat ended) and
    # status changes are events. The thread comes oldest first, a change before a line
    # of the same moment, a message's attachments one row each.
    messages: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for line in thread:
        if line[t.T_SOURCE] == t.SOURCE_CHANGE or line[t.T_KIND] != MessageKind.TEXT:
            change = line[t.T_SOURCE] == t.SOURCE_CHANGE
            events.append(
                {
                    "id": line[t.T_ID],
                    "kind": "status_changed" if change else line[t.T_KIND],
                    "status": line[t.T_STATUS] if change else None,
                    "actor": _person(line, viewer_id, submitter_id),
                    "created_at": _ts(line[t.T_CREATED_AT]),
                }
            )
            continue
        if current is None or current["id"] != line[t.T_ID]:
            current = {
                "id": line[t.T_ID],
                "ticket_id": row[0],
                "author": _person(line, viewer_id, submitter_id),
                "body": line[t.T_BODY],
                "attachments": [],
                "created_at": _ts(line[t.T_CREATED_AT]),
            }
            messages.append(current)
        if line[t.T_ATTACHMENT_ID] is not None:
            current["attachments"].append(
                {
                    "id": line[t.T_ATTACHMENT_ID],
                    "filename": line[t.T_FILENAME],
                    "size": line[t.T_SIZE],
                    "content_type": line[t.T_CONTENT_TYPE],
                }
            )
    body["messages"] = messages
    body["events"] = events
    chat_state = row[CHAT_STATE]
    body["chat"] = {"state": chat_state, "queue_position": chat_position} if chat_state else None
    body["callback"] = (
        {
            "phone": row[_PHONE],
            "state": row[_CALLBACK_STATE],
            "queue_position": row[_CALLBACK_QUEUE_POSITION],
            "estimated_wait_minutes": row[_CALLBACK_WAIT],
        }
        if row[_CALLBACK_STATE] and row[_PHONE]
        else None
    )
    body["satisfaction"] = (
        {"rating": row[_RATING], "comment": row[_COMMENT], "rated_at": _ts(row[_RATED_AT])}
        if row[_RATING]
        else None
    )
    body["followers"] = [
        {
            "user_id": f[follower_row.USER_ID],
            "name": f[follower_row.NAME],
            "role": f[follower_row.ROLE],
            "added_by_name": f[follower_row.ADDED_BY_NAME],
            "added_at": _ts(f[follower_row.ADDED_AT]),
        }
        for f in followers
    ]
    return body


def _person(line: AnyRow, viewer_id: str, submitter_id: str) -> dict[str, Any]:
    """An ``Author``: how the viewer sees whoever wrote the line or made the change."""
    kind = author_kind(
        author_id=line[t.T_AUTHOR_ID],
        author_role=line[t.T_AUTHOR_ROLE],
        viewer_id=viewer_id,
        submitter_id=submitter_id,
    )
    return {"kind": kind.value, "name": line[t.T_AUTHOR_NAME]}
