"""Every request: its id (echoed in ``X-Request-ID``), its access log line, its metrics.

A pure ASGI middleware rather than Starlette's ``BaseHTTPMiddleware``: it must
not buffer event streams, and it runs outermost so that even refused requests
(a body too large, a rate limit) are counted and logged with their id.
"""

from __future__ import annotations

import logging
import time

from prometheus_client import Counter, Histogram
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.ops import metrics, request_ids

access_log = logging.getLogger("backend.access")

_HEADER = request_ids.HEADER.lower().encode()
# Paths matching no route are counted together: raw paths would make a label per URL.
UNMATCHED = "unmatched"


class ObservedRequests:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = next((value for name, value in scope["headers"] if name == _HEADER), None)
        request_id = request_ids.accept_or_make(
            sent.decode("latin-1") if sent is not None else None
        )
        token = request_ids.current.set(request_id)
        started = time.perf_counter()
        status = 500  # unless an answer starts

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (_HEADER, request_id.encode("latin-1")),
                ]
                _latency(scope["method"], _route(scope)).observe(time.perf_counter() - started)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = _route(scope)
            _requests(scope["method"], route, status).inc()
            access_log.info(
                "%s %s %d",
                scope["method"],
                scope["path"],  # never the query string
                status,
                extra={
                    "route": route,
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "client": (scope.get("client") or ("-",))[0],
                },
            )
            request_ids.current.reset(token)


# Each series' child, looked up once: ``labels()`` takes a lock and builds its key
# on every call. As many entries as the series themselves (route templates, not paths).
_latencies: dict[tuple[str, str], Histogram] = {}
_counts: dict[tuple[str, str, int], Counter] = {}


def _latency(method: str, route: str) -> Histogram:
    child = _latencies.get((method, route))
    if child is None:
        child = _latencies[(method, route)] = metrics.LATENCY.labels(method, route)
    return child


def _requests(method: str, route: str, status: int) -> Counter:
    child = _counts.get((method, route, status))
    if child is None:
        child = _counts[(method, route, status)] = metrics.REQUESTS.labels(
            method, route, str(status)
        )
    return child


def _route(scope: Scope) -> str:
    """The matched route's full template (``/v1/tickets/{ticket_id}``), never the raw path.

    The router leaves the matched route in the scope; its template may lack the
    prefixes of the routers it was included through (``/v1``), which are the
    leading segments of the path (no prefix here has parameters).
    """
    route = scope.get("route")
    template = getattr(route, "path_format", None) if isinstance(route, BaseRoute) else None
    if not template:
        return UNMATCHED
    segments = scope["path"].split("/")
    prefix = "/".join(segments[: max(1, len(segments) - template.count("/"))])
    return f"{prefix}{template}"
