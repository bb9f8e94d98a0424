"""Search in every message (issue 21): ``GET /v1/tickets?q=`` at the bench data size.

Seeds the demo world, adds bench_service.py's 100,000 tickets to Northwind and gives
each ticket ``MESSAGES_PER_TICKET`` written lines (English, Japanese and Dutch
sentences, one rare word in one ticket in a thousand), then starts one ``serve``
process and times, one request at a time (the client's search-as-you-type), a list
page of 50 without ``q`` and with a rare word, a common word, a Japanese substring,
a two-character Japanese word (the scan below a trigram), a Dutch word typed without
its accents, a word found nowhere and two letters found nowhere (the walk to the end).

Run: ``.venv/bin/python bench/bench_search_service.py [--requests 40]
[--databases sqlite,postgres]``. Results: a Markdown table on standard output;
record them in ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from bench_service import EXTRA_TICKETS, add_tickets  # noqa: E402
from sqlalchemy import insert, select, text  # noqa: E402

from backend.config import Settings  # noqa: E402
from backend.db.models import Message, Ticket  # noqa: E402
from backend.db.session import make_engine, make_sessionmaker  # noqa: E402
from tests.support.databases import postgres_database, sqlite_database  # noqa: E402
from tests.support.server import run_cli, running_server  # noqa: E402

MESSAGES_PER_TICKET = 2
LINES = (
    "The Board folder stopped syncing on two laptops after the update; the log shows a "
    "conflict on every file we open.",
    "昨日からデスクトップアプリでファイルの同期が止まってしまい、共有フォルダが開けません。",
    "Sinds gisteren is de synchronisatie geëindigd: één bestand in de map Offertes ontbreekt.",
    "Thanks, that worked. Please close the ticket when you are done on your side.",
)
QUERIES = (
    ("(no q)", None),
    ("rare word, 1 ticket in 1,000", "quokkafile"),
    ("common word, every 4th line", "conflict"),
    ("Japanese substring", "共有フォルダ"),
    ("Japanese, 2 characters (scan)", "同期"),
    ("Dutch without its accents (geëindigd, every 4th line)", "geeindigd"),
    ("found nowhere", "zzqqxxnothing"),
    ("2 characters found nowhere (the whole walk)", "zq"),
)


async def add_messages(url: str) -> None:
    engine = make_engine(Settings(database_url=url))
    async with make_sessionmaker(engine)() as session:
        rows = (
            await session.execute(
                select(Ticket.id, Ticket.submitter_id, Ticket.created_at).where(
                    Ticket.number >= 100_000
                )
            )
        ).all()
        batch: list[dict[str, object]] = []
        for n, (ticket_id, author_id, created_at) in enumerate(rows):
            for k in range(MESSAGES_PER_TICKET):
                body = LINES[(n + k) % len(LINES)]
                if n % 1000 == 0 and k == 1:
                    body += " The quokkafile helper crashed."
                batch.append(
                    {
                        "id": f"msg_{uuid.uuid4().hex}",
                        "ticket_id": ticket_id,
                        "author_id": author_id,
                        "body": body,
                        "kind": "text",
                        "created_at": created_at + timedelta(minutes=k),
                    }
                )
            if len(batch) >= 5000:
                await session.execute(insert(Message), batch)
                batch = []
        if batch:
            await session.execute(insert(Message), batch)
        await session.commit()
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        postgres = engine.dialect.name == "postgresql"
        await autocommit.execute(text("VACUUM ANALYZE" if postgres else "ANALYZE"))
    await engine.dispose()


def bench(kind: str, requests: int) -> list[tuple[str, str, int, float, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        databases = postgres_database() if kind == "postgres" else sqlite_database(Path(tmp))
        with databases as url:
            assert run_cli(url, "migrate").returncode == 0
            assert run_cli(url, "seed-demo").returncode == 0
            started = time.perf_counter()
            asyncio.run(add_tickets(url, EXTRA_TICKETS))
            asyncio.run(add_messages(url))
            print(f"{kind}: data in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            with running_server(url, Path(tmp), seed=False) as server:
                token = httpx.post(
                    f"{server.url}/v1/auth/token",
                    json={"email": "ava@northwind.example", "password": "demo-password"},
                ).json()["access_token"]
                headers = {"Authorization": f"Bearer {token}"}
                results = []
                base = f"{server.url}/v1"
                with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
                    for name, q in QUERIES:
                        params: dict[str, str | int] = {"limit": 50}
                        if q:
                            params["q"] = q
                        times = []
                        found = 0
                        for _ in range(requests + 3):
                            t0 = time.perf_counter()
                            response = client.get("/tickets", params=params)
                            times.append((time.perf_counter() - t0) * 1000)
                            assert response.status_code == 200, response.text
                            found = len(response.json()["items"])
                        times = sorted(times[3:])  # the first ones warm the caches
                        p95 = times[int(len(times) * 0.95) - 1]
                        results.append((kind, name, found, statistics.median(times), p95))
                return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--databases", default="sqlite,postgres")
    args = parser.parse_args()
    messages = EXTRA_TICKETS * MESSAGES_PER_TICKET
    print(
        f"| database | GET /v1/tickets?limit=50&q= | items | median ms | p95 ms |"
        f"  ({EXTRA_TICKETS:,} tickets, {messages:,} messages, 1 connection)"
    )
    print("|---|---|---:|---:|---:|")
    for kind in args.databases.split(","):
        for db, name, found, median, p95 in bench(kind, args.requests):
            print(f"| {db} | {name} | {found} | {median:.1f} | {p95:.1f} |", flush=True)


if __name__ == "__main__":
    main()
