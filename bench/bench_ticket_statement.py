"""The ticket page's one statement alone (``page_json.py``): PostgreSQL's CPU a run, its plan.

On a database seeded as ``bench_service.py`` seeds one (``--url``), for Ava's newest ticket
(the one ``bench_service.py`` asks for: no messages, events or followers) and the
Northwind ticket with the fullest thread, the statement is run on one asyncpg connection
(prepared once, as the service's pool does) ``--runs`` times after 200 to warm, in
``--rounds`` rounds; the backend's CPU and its wait for a core are read from
``/proc/<pid>/schedstat`` (a server on this machine). Each ``--sql NAME=FILE`` is another
version of the statement (e.g. main's, written out with ``page_json._TICKET``), run in
turn with this tree's, so that two versions are measured on the same data in the same
minutes; every version must give the same bytes for every ticket. ``--explain`` prints
each version's generic plan (``EXPLAIN (ANALYZE, BUFFERS)`` with
``plan_cache_mode = force_generic_plan``, the plan the pool's connections settle on):
its nodes, subplans, buffers and execution time.

Run: ``.venv/bin/python bench/bench_ticket_statement.py --url postgresql://… [--runs 3000]
[--rounds 2] [--explain] [--sql main=/tmp/main.sql]``. On a shared machine the CPU
figures move with the load less than the wall-clock ones; the plan's counts not at all.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg  # noqa: E402

from backend.db.queries import page_json  # noqa: E402

WARM = 200
EMAIL = "ava@northwind.example"


def schedstat(pid: int) -> tuple[int, int]:
    """A process's time on a core and waiting for one so far, in nanoseconds (Linux)."""
    on_cpu, waiting, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
    return int(on_cpu), int(waiting)


async def cases(connection: asyncpg.Connection) -> list[tuple[str, list[Any]]]:
    """The statement's parameters for each ticket measured (Ava, an admin, viewing)."""
    ava = await connection.fetchrow("SELECT id, team_id FROM user_account WHERE email = $1", EMAIL)
    newest = await connection.fetchval(
        "SELECT id FROM ticket WHERE submitter_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1",
        ava["id"],
    )
    fullest = await connection.fetchval(
        "SELECT t.id FROM ticket AS t WHERE t.team_id = $1 ORDER BY "
        "(SELECT count(*) FROM message AS m WHERE m.ticket_id = t.id) "
        "+ (SELECT count(*) FROM status_change AS c WHERE c.ticket_id = t.id) "
        "+ (SELECT count(*) FROM ticket_followers AS f WHERE f.ticket_id = t.id) DESC, t.id "
        "LIMIT 1",
        ava["team_id"],
    )
    now = datetime.now(UTC)
    return [
        (f"newest {newest[:8]}", [newest, ava["id"], now, ava["team_id"], True]),
        (f"fullest {fullest[:8]}", [fullest, ava["id"], now, ava["team_id"], True]),
    ]


async def explain(connection: asyncpg.Connection, sql: str, args: list[Any]) -> str:
    """The generic plan's shape and cost, in one line."""
    await connection.execute("SET plan_cache_mode = force_generic_plan")
    try:
        plan = json.loads(
            await connection.fetchval(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}", *args)
        )[0]
    finally:
        await connection.execute("RESET plan_cache_mode")
    nodes: list[dict[str, Any]] = []
    pending = [plan["Plan"]]
    while pending:
        node = pending.pop()
        nodes.append(node)
        pending.extend(node.get("Plans", ()))
    subplans = sum(1 for n in nodes if n.get("Subplan Name", "").startswith("SubPlan"))
    initplans = sum(1 for n in nodes if n.get("Subplan Name", "").startswith("InitPlan"))
    kinds: dict[str, int] = {}
    for node in nodes:
        kinds[node["Node Type"]] = kinds.get(node["Node Type"], 0) + 1
    top = plan["Plan"]
    return (
        f"{len(nodes)} nodes, {subplans} subplans, {initplans} initplans, "
        f"shared hit {top.get('Shared Hit Blocks', 0)}, "
        f"execution {plan['Execution Time']:.3f} ms, planning {plan['Planning Time']:.3f} ms; "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )


async def measure(url: str, versions: dict[str, str], runs: int, rounds: int, show: bool) -> None:
    connection = await asyncpg.connect(url)
    try:
        pid = await connection.fetchval("SELECT pg_backend_pid()")
        measured = await cases(connection)
        # Every version answers every ticket with the same bytes, or it is not measured.
        for case, args in measured:
            answers = {
                name: await connection.fetchval(sql, *args) for name, sql in versions.items()
            }
            assert len(set(answers.values())) == 1, (case, answers)
            print(f"{case}: {len(next(iter(answers.values())))} bytes, the same from each version")
        if show:
            for name, sql in versions.items():
                for case, args in measured:
                    print(f"plan {name}, {case}: {await explain(connection, sql, args)}")
        for sql in versions.values():  # prepared, then past the five custom plans
            for _, args in measured:
                for _ in range(WARM):
                    await connection.fetchval(sql, *args)
        print(
            "\n| round | version | ticket | PostgreSQL CPU µs a run | its wait for a core µs "
            "| wall µs a run |\n|---|---|---|---:|---:|---:|"
        )
        for round_ in range(1, rounds + 1):
            for case, args in measured:
                for name, sql in versions.items():
                    cpu, waited = schedstat(pid)
                    started = time.perf_counter()
                    for _ in range(runs):
                        await connection.fetchval(sql, *args)
                    wall = time.perf_counter() - started
                    cpu_after, waited_after = schedstat(pid)
                    print(
                        f"| {round_} | {name} | {case} | {(cpu_after - cpu) / runs / 1000:.1f} "
                        f"| {(waited_after - waited) / runs / 1000:.1f} "
                        f"| {wall / runs * 1e6:.1f} |",
                        flush=True,
                    )
    finally:
        await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True, help="a database seeded as bench_service.py does")
    parser.add_argument("--runs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--explain", action="store_true", help="each version's generic plan")
    parser.add_argument(
        "--sql", action="append", default=[], help="NAME=FILE: another version of the statement"
    )
    args = parser.parse_args()
    versions = {"this tree": page_json._TICKET}
    for given in args.sql:
        name, _, file = given.partition("=")
        versions[name] = Path(file).read_text()
    asyncio.run(measure(args.url, versions, args.runs, args.rounds, args.explain))


if __name__ == "__main__":
    main()
