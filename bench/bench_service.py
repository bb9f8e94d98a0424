"""Service benchmark: throughput and p99 of the busiest reads, as ratios to /v1/health.

For SQLite and PostgreSQL in one run: seeds the demo world, adds 100,000
tickets to Northwind (so the list pages and insights work on a big team),
starts one ``serve`` process on loopback and drives it with ``wrk``
(32 connections, 2 threads, bounded duration) for:

- ``GET /v1/health`` (the baseline),
- ``GET /v1/tickets?limit=50`` (a list page),
- ``GET /v1/tickets/{id}`` (a ticket with its thread),
- ``GET /v1/insights`` (12 weeks over the 100k tickets).

Run: ``.venv/bin/python bench/bench_service.py [--seconds 10] [--rounds 3] [--core-only]``
(needs ``wrk``: ``apt-get install wrk``). ``--rounds`` repeats health, list and detail
that many times against the same service (ratios are taken within a round, so a
machine shared with other work moves them less), after a round 0 run on the service as
it starts (its new connections' first statements: reported, kept apart);
``--core-only`` leaves out insights and the one-connection rows. Each row also gives
the service's own CPU time per request (the serve process and its workers, read from
/proc: Linux), PostgreSQL's (the backends connected to the bench database; SQLite's is
the service's) and wrk's, and the load average: on a shared machine CPU per request
moves much less than requests per second, and the three together are what a request
costs the cores they share. Results go to standard output as a Markdown table;
record them in ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg  # noqa: E402
import httpx  # noqa: E402
from sqlalchemy import insert, select, text  # noqa: E402

from backend.config import Settings  # noqa: E402
from backend.db import rollups  # noqa: E402
from backend.db.models import Team, Ticket, User  # noqa: E402
from backend.db.session import make_engine, make_sessionmaker  # noqa: E402
from backend.domain.tickets import CATEGORIES  # noqa: E402
from tests.support.databases import postgres_database, sqlite_database  # noqa: E402
from tests.support.server import run_cli, running_server  # noqa: E402

EXTRA_TICKETS = 100_000
CONNECTIONS = 32


async def add_tickets(url: str, count: int) -> None:
    engine = make_engine(Settings(database_url=url))
    now = datetime.now(UTC)
    rng = random.Random(7)
    async with make_sessionmaker(engine)() as session:
        team = (
            await session.execute(select(Team).where(Team.name == "Northwind Traders"))
        ).scalar_one()
        admins = (
            (
                await session.execute(
                    select(User.id).where(User.team_id == team.id, User.role == "admin")
                )
            )
            .scalars()
            .all()
        )
        batch: list[dict[str, object]] = []
        for n in range(count):
            created = now - timedelta(minutes=rng.randrange(180 * 24 * 60))
            responded = created + timedelta(minutes=rng.randrange(5, 120))
            status = rng.choice(("new", "open", "pending", "solved", "closed", "closed", "closed"))
            if status == "solved" and now - responded > timedelta(days=6):
                status = "closed"  # as the service would have closed it: no burst mid-run
            batch.append(
                {
                    "id": f"tkt_{uuid.uuid4().hex}",
                    "team_id": team.id,
                    "number": 100_000 + n,
                    "subject": f"Bench ticket {n}",
                    "status": status,
                    "product": rng.choice(("dropbox", "dropbox", "dash")),
                    "channel": "request",
                    "premium": True,
                    "category": rng.choice(CATEGORIES),
                    "language": "en",
                    "submitter_id": rng.choice(admins),
                    "created_at": created,
                    "updated_at": responded,
                    "response_target_minutes": 60,
                    "first_response_due_at": created + timedelta(minutes=60),
                    "first_responded_at": responded if status != "new" else None,
                    "solved_at": responded if status in ("solved", "closed") else None,
                }
            )
            if len(batch) == 5000:
                await session.execute(insert(Ticket), batch)
                batch = []
        if batch:
            await session.execute(insert(Ticket), batch)
        await session.commit()
        # A bulk insert bypasses the unit of work that keeps insights' rollups:
        # count them again, as `python -m backend rebuild-rollups` does.
        await session.run_sync(lambda sync: rollups.rebuild(sync.connection(), team.id))
        await session.commit()
    # Fresh statistics and visibility, as the database's own maintenance would
    # leave them after a bulk load (autovacuum on PostgreSQL); the planner needs
    # them, and index-only scans need the visibility map that VACUUM sets.
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        postgres = engine.dialect.name == "postgresql"
        await autocommit.execute(text("VACUUM ANALYZE" if postgres else "ANALYZE"))
    await engine.dispose()


def server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the serve process and its workers so far (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        pending.extend(int(child) for child in children)
    return total


def database_cpu_seconds(url: str) -> dict[int, float]:
    """PostgreSQL: CPU time (user + system) so far of each server process connected to the
    database at ``url`` (its backends, read from /proc: a server on this machine)."""
    if not url.startswith("postgresql"):
        return {}  # SQLite runs inside the service: its CPU is the service's

    async def backends() -> list[int]:
        connection = await asyncpg.connect(url)
        try:
            rows = await connection.fetch(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        finally:
            await connection.close()
        return [row["pid"] for row in rows]

    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in asyncio.run(backends()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return found


def database_cpu_since(url: str, before: dict[int, float]) -> float:
    """The database's CPU seconds since ``before`` (a backend opened since: all of its own)."""
    after = database_cpu_seconds(url)
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def children_cpu_seconds() -> float:
    """CPU time of this process's finished children (``wrk`` once it has ended)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wrk(url: str, token: str, seconds: int, connections: int = CONNECTIONS) -> tuple[float, float]:
    """Requests per second and the 99th percentile latency in ms."""
    out = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Authorization: Bearer {token}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99_text = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    assert p99_text is not None, out
    value, unit = float(p99_text.group(1)), p99_text.group(2)
    p99 = value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    return rps, p99


def bench(
    kind: str, seconds: int, workers: int, rounds: int = 1, core_only: bool = False
) -> list[tuple[str, str, float, float, float, float, float, float, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        databases = postgres_database() if kind == "postgres" else sqlite_database(Path(tmp))
        with databases as url:
            assert run_cli(url, "migrate").returncode == 0
            assert run_cli(url, "seed-demo").returncode == 0
            asyncio.run(add_tickets(url, EXTRA_TICKETS))
            serve_args = ("--workers", str(workers)) if workers > 1 else ()
            with running_server(url, Path(tmp), seed=False, serve_args=serve_args) as server:
                token = httpx.post(
                    f"{server.url}/v1/auth/token",
                    json={"email": "ava@northwind.example", "password": "demo-password"},
                ).json()["access_token"]
                headers = {"Authorization": f"Bearer {token}"}
                first = httpx.get(f"{server.url}/v1/tickets", params={"limit": 1}, headers=headers)
                ticket_id = first.json()["items"][0]["id"]
                targets = [
                    ("GET /v1/health", f"{server.url}/v1/health"),
                    ("GET /v1/tickets?limit=50", f"{server.url}/v1/tickets?limit=50"),
                    ("GET /v1/tickets/{id}", f"{server.url}/v1/tickets/{ticket_id}"),
                ]
                if not core_only:
                    targets.append(("GET /v1/insights (100k tickets)", f"{server.url}/v1/insights"))
                results = []
                baseline = 0.0
                # Round 0 is a fresh service's first seconds under load, reported on its
                # own: every new pool connection prepares and plans its statements then
                # (PostgreSQL plans a statement afresh for its first five runs on a
                # connection), which the rounds after it, a running service's, no longer pay.
                for round_ in range(0, rounds + 1):
                    label = " (round 0, a fresh service)" if round_ == 0 else f" (round {round_})"
                    baseline = 0.0  # each round's own health figure
                    for name, url_ in targets:
                        before = server_cpu_seconds(server.process.pid)
                        database_before = database_cpu_seconds(url)
                        wrk_before = children_cpu_seconds()
                        rps, p99 = wrk(url_, token, seconds)
                        # The service's own CPU per request: what the load on a shared
                        # machine moves least; then the database's and wrk's, which share
                        # the same cores (all three: what a request costs the machine).
                        cpu_ms = (server_cpu_seconds(server.process.pid) - before) * 1000
                        database_ms = database_cpu_since(url, database_before) * 1000
                        wrk_ms = (children_cpu_seconds() - wrk_before) * 1000
                        baseline = baseline or rps
                        row = (kind, name + label, rps, rps / baseline, p99)
                        count = rps * seconds
                        costs = (cpu_ms / count, database_ms / count, wrk_ms / count)
                        results.append((*row, *costs, os.getloadavg()[0]))
                if core_only:
                    return results
                # One request at a time: the latency of a single insights or list call.
                for name, url_ in targets[1:]:
                    rps, p99 = wrk(url_, token, seconds, connections=1)
                    row = (kind, f"{name}, 1 connection", rps, rps / baseline, p99)
                    nan = float("nan")
                    results.append((*row, nan, nan, nan, os.getloadavg()[0]))
                return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--pg-workers", type=int, default=1, help="serve processes on PostgreSQL")
    parser.add_argument("--rounds", type=int, default=1, help="health, list, detail repeated")
    parser.add_argument("--core-only", action="store_true", help="no insights, no 1-connection")
    args = parser.parse_args()
    print(
        "| database | endpoint | req/s | ratio to health | p99 ms | service CPU ms a request "
        "| database CPU ms a request | wrk CPU ms a request "
        f"| load average |  ({CONNECTIONS} connections)"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind in args.databases.split(","):
        workers = args.pg_workers if kind == "postgres" else 1
        rows = bench(kind, args.seconds, workers, args.rounds, args.core_only)
        for db, name, rps, ratio, p99, cpu_ms, database_ms, wrk_ms, load in rows:
            print(
                f"| {db} | {name} | {rps:,.0f} | {ratio:.0%} | {p99:.1f} | {cpu_ms:.2f} "
                f"| {database_ms:.2f} | {wrk_ms:.2f} | {load:.1f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
