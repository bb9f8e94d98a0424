"""The list page's latency while many event streams are open (issue 24).

For SQLite (one process) and PostgreSQL (``--pg-workers``, default 2): seeds the demo
world, starts ``serve``, and times ``GET /v1/tickets?limit=50`` one request at a time
(``--requests`` each):

1. with no stream open (the baseline),
2. with ``--streams`` open, idle (all of one user; the per-user limit raised for this),
3. with them open while a ticket is created every ``--event-every`` seconds, each event
   going out to every stream,

and how long the last stream took to hear one event. The streams live on raw sockets
in a loop on their own thread, so reading them does not delay the timed requests.

Run: ``.venv/bin/python bench/bench_event_streams.py [--streams 1000] [--sqlite-streams 200]``.
Results go to standard output as Markdown; record them in ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from tests.support.databases import postgres_database, sqlite_database  # noqa: E402
from tests.support.server import RunningServer, running_server  # noqa: E402
from tests.support.sse_crowd import OpenStream, allow_open_files, open_stream  # noqa: E402

TICKET = {
    "product": "dropbox",
    "channel": "request",
    "category": "sync",
    "language": "en",
    "subject": "Bench event",
    "body": "Heard by every stream",
}


class Crowd:
    """``count`` open streams in a loop on a thread of their own, read continuously."""

    def __init__(self, server: RunningServer, token: str, count: int) -> None:
        self._server, self._token, self._count = server, token, count
        self._opened = threading.Event()
        self._stop = threading.Event()
        self._heard_first: list[float] = []
        self._listening_since = 0.0
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Crowd:
        self._thread.start()
        self._opened.wait()
        if self.error:
            raise self.error
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def expect_event(self) -> None:
        self._heard_first.clear()
        self._listening_since = time.perf_counter()

    def seconds_until_all_heard(self, timeout: float = 60) -> float:
        deadline = time.monotonic() + timeout
        while len(self._heard_first) < self._count and time.monotonic() < deadline:
            time.sleep(0.01)
        if len(self._heard_first) < self._count:
            return float("nan")
        return max(self._heard_first) - self._listening_since

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported to the caller
            self.error = exc
            self._opened.set()

    async def _main(self) -> None:
        address = urlsplit(self._server.url)
        gate = asyncio.Semaphore(100)

        async def one() -> OpenStream:
            async with gate:
                return await open_stream(address.hostname or "", address.port or 80, self._token)

        streams = await asyncio.gather(*(one() for _ in range(self._count)))
        refused = [s.status for s in streams if s.status != 200]
        if refused:
            raise RuntimeError(f"{len(refused)} streams refused: {refused[:5]}")
        readers = [asyncio.create_task(self._read(s)) for s in streams]
        self._opened.set()
        while not self._stop.is_set():
            await asyncio.sleep(0.1)
        for task in readers:
            task.cancel()
        for stream in streams:
            await stream.close()

    async def _read(self, stream: OpenStream) -> None:
        with contextlib.suppress(asyncio.CancelledError, TimeoutError, ConnectionError):
            while True:
                await stream.next_data(timeout=3600)
                if self._listening_since and len(self._heard_first) < self._count:
                    self._heard_first.append(time.perf_counter())


async def _time_list_page(server: RunningServer, token: str, requests: int) -> list[float]:
    headers = {"Authorization": f"Bearer {token}"}
    took: list[float] = []
    async with httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=60) as api:
        for _ in range(requests):
            started = time.perf_counter()
            response = await api.get("/tickets", params={"limit": 50}, headers=headers)
            took.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise RuntimeError(f"list page answered {response.status_code}")
    return took


async def _creating_tickets(server: RunningServer, token: str, every: float) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=60) as api:
        while True:
            await api.post("/tickets", json=TICKET, headers=headers)
            await asyncio.sleep(every)


async def _with_events(
    server: RunningServer, token: str, requests: int, every: float
) -> list[float]:
    creator = asyncio.create_task(_creating_tickets(server, token, every))
    try:
        return await _time_list_page(server, token, requests)
    finally:
        creator.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await creator


def _row(label: str, took: list[float]) -> str:
    ms = sorted(t * 1000 for t in took)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return f"| {label} | {len(ms)} | {statistics.median(ms):.1f} | {p99:.1f} | {ms[-1]:.1f} |"


@contextlib.contextmanager
def _service(kind: str, directory: Path, streams: int, workers: int) -> Iterator[RunningServer]:
    databases = postgres_database() if kind == "postgres" else sqlite_database(directory)
    args = ("--workers", str(workers)) if workers > 1 else ()
    with (
        databases as url,
        running_server(
            url, directory, serve_args=args, EVENT_STREAMS_PER_USER=str(streams)
        ) as server,
    ):
        yield server


def bench(kind: str, streams: int, workers: int, requests: int, every: float) -> None:
    with tempfile.TemporaryDirectory() as tmp, _service(kind, Path(tmp), streams, workers) as s:
        token = httpx.post(
            f"{s.url}/v1/auth/token",
            json={"email": "ava@northwind.example", "password": "demo-password"},
        ).json()["access_token"]
        asyncio.run(_time_list_page(s, token, 20))  # warm-up
        baseline = asyncio.run(_time_list_page(s, token, requests))
        started = time.perf_counter()
        with Crowd(s, token, streams) as crowd:
            opened = time.perf_counter() - started
            idle = asyncio.run(_time_list_page(s, token, requests))
            crowd.expect_event()
            httpx.post(
                f"{s.url}/v1/tickets", json=TICKET, headers={"Authorization": f"Bearer {token}"}
            )
            fan_out = crowd.seconds_until_all_heard()
            busy = asyncio.run(_with_events(s, token, requests, every))
    where = f"{kind}, {workers} worker{'s' if workers > 1 else ''}"
    print(f"\n### {where}: {streams} streams opened in {opened:.1f} s; ", end="")
    print(f"one event reached all of them in {fan_out * 1000:.0f} ms\n")
    print("| list page (`GET /v1/tickets?limit=50`) | requests | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|")
    print(_row("no stream open", baseline))
    print(_row(f"{streams} streams open, idle", idle))
    print(_row(f"{streams} streams open, a new ticket every {every} s", busy))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--streams", type=int, default=1000, help="on PostgreSQL")
    parser.add_argument("--sqlite-streams", type=int, default=200)
    parser.add_argument("--pg-workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--event-every", type=float, default=0.5)
    args = parser.parse_args()
    allow_open_files(2 * max(args.streams, args.sqlite_streams) + 512)
    bench("sqlite", args.sqlite_streams, 1, args.requests, args.event_every)
    bench("postgres", args.streams, args.pg_workers, args.requests, args.event_every)


if __name__ == "__main__":
    main()
