"""Where a list or detail request spends its time: cProfile over the app, in process.

The same data as ``bench_service.py`` (the demo world plus 100,000 tickets on
Northwind), the same app (``create_app``, its middleware and lifespan), but
driven straight through its ASGI interface, one request at a time, so the
profile holds the service's work and nothing of a client or a server loop
(uvicorn's HTTP parsing is the same for every endpoint, health included).

Run: ``.venv/bin/python bench/profile_requests.py [--database sqlite|postgres]
[--requests 400] [--top 25] [--url DATABASE_URL]`` (``--url``: a database seeded
already, so that two versions of the code can be profiled on the same data).
Prints, per endpoint, the mean time of a request without the profiler and its CPU
time (this process's, and PostgreSQL's backends' for the database: on a shared
machine the steadier measure), then the functions that take the most time with it.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import pstats
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_service import (  # noqa: E402  (bench/ is on the path)
    EXTRA_TICKETS,
    add_tickets,
    database_cpu_seconds,
    database_cpu_since,
)

from backend.app import create_app  # noqa: E402
from backend.config import Settings  # noqa: E402
from tests.support.databases import postgres_database, sqlite_database  # noqa: E402
from tests.support.server import run_cli  # noqa: E402

SECRET = "test-secret-key-for-tests-only"


async def call(
    app: Callable[..., Awaitable[None]],
    method: str,
    path: str,
    token: str | None = None,
    body: bytes = b"",
) -> tuple[int, bytes]:
    """One request through the ASGI interface; its status and body."""
    route, _, query = path.partition("?")
    headers = [(b"host", b"bench"), (b"content-type", b"application/json")]
    if token:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": route,
        "raw_path": route.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


async def profile(url: str, requests: int, top: int, cpu_timer: bool = False) -> None:
    app = create_app(Settings(database_url=url, secret_key=SECRET))
    async with app.router.lifespan_context(app):
        login = json.dumps({"email": "ava@northwind.example", "password": "demo-password"})
        status, body = await call(app, "POST", "/v1/auth/token", body=login.encode())
        assert status == 200, body
        token = json.loads(body)["access_token"]
        status, body = await call(app, "GET", "/v1/tickets?limit=1", token)
        ticket_id = json.loads(body)["items"][0]["id"]
        for name, path in (
            ("GET /v1/health", "/v1/health"),
            ("GET /v1/tickets?limit=50", "/v1/tickets?limit=50"),
            ("GET /v1/tickets/{id}", f"/v1/tickets/{ticket_id}"),
        ):
            for _ in range(50):  # warm: caches, pools, prepared statements
                status, body = await call(app, "GET", path, token)
                assert status == 200, body
            # (asyncio.run inside: on a thread of its own, this loop is running)
            database_before = await asyncio.to_thread(database_cpu_seconds, url)
            started = time.perf_counter()
            cpu_started = time.process_time()
            for _ in range(requests):
                await call(app, "GET", path, token)
            mean_ms = (time.perf_counter() - started) * 1000 / requests
            # CPU a request: what a machine shared with other work moves least.
            cpu_ms = (time.process_time() - cpu_started) * 1000 / requests
            database_s = await asyncio.to_thread(database_cpu_since, url, database_before)
            database_ms = database_s * 1000 / requests
            # The CPU timer leaves out the time the database's process ran on this core.
            profiler = cProfile.Profile(time.process_time) if cpu_timer else cProfile.Profile()
            profiler.enable()
            for _ in range(requests):
                await call(app, "GET", path, token)
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.strip_dirs().sort_stats("tottime").print_stats(top)
            print(
                f"\n### {name}: {mean_ms:.2f} ms per request, CPU {cpu_ms:.3f} ms service "
                f"+ {database_ms:.3f} ms database ({len(body):,} bytes)\n"
            )
            print(_trim(out.getvalue()))


def _trim(report: str) -> str:
    # pstats' header lines (file name, ordering) say nothing here.
    lines = report.splitlines()
    start = next(i for i, line in enumerate(lines) if "ncalls" in line)
    calls = next(line for line in lines if "function calls" in line).strip()
    return "\n".join([calls, "", *lines[start:]]).rstrip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--url", help="a database seeded already (demo world + 100k tickets): profile it as is"
    )
    parser.add_argument("--cpu", action="store_true", help="profile CPU time, not wall time")
    args = parser.parse_args()
    if args.url:
        asyncio.run(profile(args.url, args.requests, args.top, args.cpu))
        return
    with tempfile.TemporaryDirectory() as tmp:
        databases = (
            postgres_database() if args.database == "postgres" else sqlite_database(Path(tmp))
        )
        with databases as url:
            assert run_cli(url, "migrate").returncode == 0
            assert run_cli(url, "seed-demo").returncode == 0
            asyncio.run(add_tickets(url, EXTRA_TICKETS))
            asyncio.run(profile(url, args.requests, args.top, args.cpu))


if __name__ == "__main__":
    main()
