"""``GET /metrics``: requests per route template, pool, open streams, mail, across workers."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from backend.config import Settings
from backend.db.session import make_engine, make_read_engine
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database, postgres_database
from tests.support.metrics import scrape, value
from tests.support.server import free_port, running_server
from tests.support.tickets import sharing_request

REQUESTS = "premium_support_http_requests_total"
LATENCY = "premium_support_http_request_duration_seconds_count"


def _sign_in(base: str, email: str) -> dict[str, str]:
    response = httpx.post(
        f"{base}/v1/auth/token", json={"email": email, "password": "demo-password"}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _eventually(check: object, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.parametrize("kind", DATABASE_KINDS)
def test_requests_pool_streams_and_mail(kind: str, tmp_path: Path) -> None:
    # Mail goes to a port where nothing listens: every attempt fails and stays queued.
    smtp = f"smtp://127.0.0.1:{free_port()}"
    with (
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, SMTP_URL=smtp, MAIL_RETRY_SECONDS="3600") as server,
    ):
        base = server.url
        noah = _sign_in(base, "noah@northwind.example")
        ava = _sign_in(base, "ava@northwind.example")
        ticket = httpx.post(f"{base}/v1/tickets", json=sharing_request("Board links"), headers=noah)
        assert ticket.status_code == 201
        ticket_id = ticket.json()["id"]
        for _ in range(3):
            assert httpx.get(f"{base}/v1/tickets/{ticket_id}", headers=ava).status_code == 200
        assert httpx.get(f"{base}/v1/tickets/tkt_nothing", headers=ava).status_code == 404
        assert httpx.get(f"{base}/v1/no/such/path").status_code == 404
        # A colleague's reply mails the submitter (R17); the send fails.
        reply = httpx.post(
            f"{base}/v1/tickets/{ticket_id}/messages", json={"body": "Try again?"}, headers=ava
        )
        assert reply.status_code == 201

        _eventually(lambda: value(scrape(base), "premium_support_mail_send_failures_total") >= 1)
        samples = scrape(base)
        one = "/v1/tickets/{ticket_id}"
        assert value(samples, REQUESTS, method="GET", route=one, status="200") == 3
        assert value(samples, REQUESTS, method="GET", route=one, status="404") == 1
        assert value(samples, LATENCY, method="GET", route=one) == 4
        assert value(samples, REQUESTS, method="POST", route="/v1/tickets", status="201") == 1
        assert value(samples, REQUESTS, method="GET", route="unmatched", status="404") == 1
        # Templates only: no label names a ticket.
        assert not any(ticket_id in str(labels) for _, labels in samples)
        assert value(samples, "premium_support_mail_queue_depth") == 1
        assert value(samples, "premium_support_db_pool_size") >= 1
        assert value(samples, "premium_support_db_pool_checked_out") >= 0
        assert value(samples, "premium_support_event_streams_open") == 0

        with httpx.stream("GET", f"{base}/v1/events", headers=ava, timeout=10) as stream:
            assert stream.status_code == 200
            lines = stream.iter_lines()  # kept: dropping the iterator closes the stream
            assert next(lines).startswith("retry:")
            assert value(scrape(base), "premium_support_event_streams_open") == 1
        _eventually(lambda: value(scrape(base), "premium_support_event_streams_open") == 0)


@pytest.mark.postgres
def test_workers_are_counted_together(tmp_path: Path) -> None:
    with (
        postgres_database() as url,
        running_server(url, tmp_path, serve_args=("--workers", "2")) as server,
    ):
        health = {"method": "GET", "route": "/v1/health", "status": "200"}
        before = value(scrape(server.url), REQUESTS, **health)
        for _ in range(40):
            # A new connection each: the workers take turns accepting them.
            assert httpx.get(f"{server.url}/v1/health").status_code == 200
        samples = scrape(server.url)
        # Any one scrape sees all 40, whichever worker answers it.
        assert value(samples, REQUESTS, **health) - before == 40
        # Both workers' pools are summed (each worker's two: the usual and the reads').
        settings = Settings(database_url=url)
        read_engine = make_read_engine(settings)
        assert read_engine is not None
        per_worker = sum(
            e.sync_engine.pool.size()  # type: ignore[attr-defined]
            for e in (make_engine(settings), read_engine)
        )
        assert value(samples, "premium_support_db_pool_size") == 2 * per_worker

        # A worker dies; its replacement's pool counts, the dead one's no longer.
        workers = _workers(server.process.pid)
        assert len(workers) == 2
        os.kill(workers[0], signal.SIGKILL)
        _eventually(lambda: server.log().count("Application startup complete") == 3)
        assert value(scrape(server.url), "premium_support_db_pool_size") == 2 * per_worker


def _workers(parent: int) -> list[int]:
    """The worker processes of a ``serve --workers N`` (multiprocessing's spawned children)."""
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [
        int(pid)
        for pid in children
        if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        and b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
