"""The list page and a ticket's page served beneath FastAPI's machinery (issue 22).

``GET /v1/tickets`` and ``GET /v1/tickets/{ticket_id}`` are the busiest reads. Through
FastAPI about half of each one's CPU went to the framework, not the page: solving the
route's dependencies, the exception and write-limit middleware layers, routing
(profiles in bench/README.md). This pure ASGI layer sits just inside ``ObservedRequests``
(so every answer is still counted, logged and carries its request id) and serves those
two reads itself when the request is the ordinary case: a GET whose bearer token is in
the caller cache (``CallerCache``), with query parameters that validate.

Everything else goes on to FastAPI unchanged, so every refusal is the framework's own:
no token, a token not remembered (checked, read, then remembered there), parameters
that fail ``ListQuery`` (FastAPI's 422 with its ``errors``), a body over the limit.
What the lean path answers itself is built by the same functions as the routes
(``tickets.list_page``, ``tickets.ticket_page``, ``ticket_json.json_response``), but
for a ticket's page on PostgreSQL, whose JSON PostgreSQL writes (``tickets.ticket_body``,
``backend/db/queries/page_json.py``): the same bytes as the route's Python
(tests/backend/test_lean_reads.py compares them). A
``DomainError`` (404, ``not_admin``, ``invalid_cursor``) becomes the same problem+json
through ``problems.problem``. The routes stay declared in FastAPI for the OpenAPI
document and for the cases above. Neither read writes, so the write rate limiter has
nothing to count and the body limit nothing to read: this layer is outside both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from typing import Any

from fastapi.security.utils import get_authorization_scheme_param
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import QueryParams
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from backend.api import ticket_json, tickets
from backend.api.body_limit import MAX_BODY_BYTES
from backend.api.callers import Caller, CallerCache
from backend.api.problems import problem
from backend.domain.errors import DomainError

LIST_PATH = "/v1/tickets"
_TICKET_PREFIX = LIST_PATH + "/"
# A path under /v1/tickets/ that an earlier route of the tickets router takes.
_NOT_TICKET_IDS = frozenset({"trend"})
_LIST_FIELDS = tuple(tickets.ListQuery.model_fields)

# A page's body from the request's session, caller and time.
_Page = Callable[[AsyncSession, Caller, datetime], Awaitable[dict[str, Any] | bytes]]


class LeanReads:
    def __init__(self, app: ASGIApp, *, list_route: BaseRoute, ticket_route: BaseRoute) -> None:
        self.app = app
        # Left in the scope as the router would: ObservedRequests labels metrics with it.
        self.list_route = list_route
        self.ticket_route = ticket_route

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope.get("root_path"):
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        ticket_id = None
        if path != LIST_PATH:
            ticket_id = _ticket_id(path)
            if ticket_id is None:
                await self.app(scope, receive, send)
                return
        state = scope["app"].state
        now = state.clock.now()
        user = _cached_caller(scope, state.callers, now.timestamp())
        if user is None or _body_too_large(scope):
            await self.app(scope, receive, send)
            return
        page: _Page
        if ticket_id is None:
            params = _list_query(scope)
            if params is None:
                await self.app(scope, receive, send)
                return
            scope["route"] = self.list_route
            page = partial(tickets.list_page, params=params)
        else:
            scope["route"] = self.ticket_route
            scope["path_params"] = {"ticket_id": ticket_id}
            page = partial(tickets.ticket_body, ticket_id=ticket_id)
        try:
            # Closed before the answer is written: its connection goes back to the pool sooner.
            async with state.read_sessionmaker() as session:
                body = await page(session, user, now)
            response = ticket_json.json_response(body)
        except DomainError as exc:
            response = problem(exc.status, exc.code, exc.title, exc.detail, exc.extra, exc.headers)
        await response(scope, receive, send)


def _ticket_id(path: str) -> str | None:
    """The id in ``/v1/tickets/{ticket_id}`` as the router matches it (one segment), or None."""
    if not path.startswith(_TICKET_PREFIX):
        return None
    tail = path[len(_TICKET_PREFIX) :]
    if not tail or "/" in tail or tail in _NOT_TICKET_IDS:
        return None
    return tail


def _cached_caller(scope: Scope, callers: CallerCache, now_epoch: float) -> Caller | None:
    """The caller if its bearer token is remembered, read as FastAPI's ``HTTPBearer`` reads it."""
    for name, value in scope["headers"]:
        if name == b"authorization":  # the first one, as Starlette's Headers.get
            scheme, token = get_authorization_scheme_param(value.decode("latin-1"))
            if not token or scheme.lower() != "bearer":
                return None
            return callers.caller(callers.key(token), now_epoch)
    return None


def _body_too_large(scope: Scope) -> bool:
    """What ``BodyLimitMiddleware`` refuses before reading (a GET's body is never read)."""
    length = None
    for name, value in scope["headers"]:
        if name == b"content-length":
            length = value  # the last one, as that middleware's dict of headers keeps
    return length is not None and length.isdigit() and int(length) > MAX_BODY_BYTES


def _list_query(scope: Scope) -> tickets.ListQuery | None:
    """``ListQuery`` from the query string as FastAPI builds it (the last value of each
    field; others ignored), or None when it does not validate (FastAPI says why)."""
    query = QueryParams(scope["query_string"])
    values: dict[str, Any] = {name: query[name] for name in _LIST_FIELDS if name in query}
    try:
        return tickets.ListQuery.model_validate(values)
    except ValidationError:
        return None
