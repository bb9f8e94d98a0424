"""The service's Prometheus metrics, and the text ``GET /metrics`` answers with.

Several worker processes (``serve --workers N``) share one address, so a scrape
reaches only one of them. ``serve`` then points ``PROMETHEUS_MULTIPROC_DIR``
at a directory where every worker keeps its values, and each scrape adds them
up (prometheus_client's multiprocess mode). That variable must be set before
``prometheus_client`` is first imported, which is why ``serve`` sets it before
the workers start. Separate instances (hosts, containers) are scraped one by one.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST

REQUESTS = Counter(
    "premium_support_http_requests_total",
    "HTTP requests answered, by route template and status",
    ["method", "route", "status"],
)
# Until the answer starts: an event stream's answer starts at once and then lasts.
LATENCY = Histogram(
    "premium_support_http_request_duration_seconds",
    "Time from a request's arrival to the start of its answer, by route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
POOL_SIZE = Gauge(
    "premium_support_db_pool_size",
    "Database connections the pools may keep open (summed over live processes)",
    multiprocess_mode="livesum",
)
POOL_CHECKED_OUT = Gauge(
    "premium_support_db_pool_checked_out",
    "Database connections in use right now (summed over live processes)",
    multiprocess_mode="livesum",
)
EVENT_STREAMS = Gauge(
    "premium_support_event_streams_open",
    "Open GET /v1/events streams (summed over live processes)",
    multiprocess_mode="livesum",
)
MAIL_QUEUE = Gauge(
    "premium_support_mail_queue_depth",
    "Mail waiting to be sent (read from the database when scraped)",
    multiprocess_mode="mostrecent",
)
MAIL_SENT = Counter("premium_support_mail_sent_total", "Mail handed to the SMTP server")
MAIL_FAILURES = Counter(
    "premium_support_mail_send_failures_total",
    "Attempts to send mail that failed (each is retried later)",
)
RATE_LIMITED = Counter(
    "premium_support_rate_limited_total",
    "Write requests refused with 429 rate_limited",
)


def is_multiprocess() -> bool:
    return bool(os.environ.get(MULTIPROCESS_DIR))


def exposition() -> bytes:
    """All metrics in Prometheus' text format (every worker's when there are several)."""
    if is_multiprocess():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def watch_pool(engine: AsyncEngine) -> None:
    """Follow the engine's pool: its size now, and each checkout and checkin."""
    pool = engine.sync_engine.pool
    size = getattr(pool, "size", None)
    if callable(size):
        POOL_SIZE.inc(size())
    event.listen(engine.sync_engine, "checkout", lambda *_: POOL_CHECKED_OUT.inc())
    event.listen(engine.sync_engine, "checkin", lambda *_: POOL_CHECKED_OUT.dec())


def forget_pool(engine: AsyncEngine) -> None:
    """The engine is disposed: its pool no longer counts."""
    size = getattr(engine.sync_engine.pool, "size", None)
    if callable(size):
        POOL_SIZE.dec(size())


def process_exiting(pid: int | None = None) -> None:
    """A worker stops (this one, or one that died): drop its live gauges from the sums.

    Only in multiprocess mode, where each worker's values are files that outlive it.
    """
    if is_multiprocess():
        multiprocess.mark_process_dead(pid or os.getpid())  # type: ignore[no-untyped-call]
