"""Benchmark: the Insights page (R20) for a team with 100,000 (or 1,000,000) tickets.

Seeds the demo world, adds ``--tickets`` tickets to Northwind (``add_tickets``
of bench_service.py: bulk inserts spread over 180 days, every category, both
products, then the rollups counted again), starts the service and measures,
per period:

- the service's answer: ``GET /v1/insights`` over HTTP, one request at a time
  (read from the rollups);
- the raw count: the same figures counted from the tickets themselves, as the
  service did before the rollups (``tests/support/insights_oracle.py``), in
  this process on the same database (the "before" of the same data);
- the client's drawing: the page reads that answer and draws its tiles, four
  charts and tables, then paints itself into an image (what a screen shows);
- both together: what the user waits for after choosing a period.

Run: ``.venv/bin/python bench/bench_insights.py [--databases sqlite,postgres] [--rounds 15]
[--tickets 1000000]`` and record the output in ``bench/README.md``. Timings are
never asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from bench_service import EXTRA_TICKETS, add_tickets  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from backend.config import Settings  # noqa: E402
from backend.db.models import Team  # noqa: E402
from backend.db.rollups import utc_midnight  # noqa: E402
from backend.db.session import make_engine, make_sessionmaker  # noqa: E402
from desktop.api.insights import Insights  # noqa: E402
from desktop.services.insights import Period, Shown, period_for  # noqa: E402
from desktop.ui.insights.insights_page import InsightsPage  # noqa: E402
from desktop.ui.shell.tasks import TaskRunner  # noqa: E402
from tests.support.databases import postgres_database, sqlite_database  # noqa: E402
from tests.support.insights_oracle import raw_insights  # noqa: E402
from tests.support.server import run_cli, running_server  # noqa: E402

PERIODS = ("4w", "12w", "12m", "2y")  # 2y: the longest period the service accepts


def period(key: str, today: date) -> Period:
    if key == "2y":
        return period_for("custom", today, (today - timedelta(days=731), today))
    return period_for(key, today)


async def raw_count_ms(url: str, chosen: Period, rounds: int) -> list[float]:
    """The team's figures counted from its tickets, in this process (no HTTP)."""
    engine = make_engine(Settings(database_url=url))
    times = []
    try:
        async with make_sessionmaker(engine)() as session:
            team = (
                await session.execute(select(Team.id).where(Team.name == "Northwind Traders"))
            ).scalar_one()
            start = utc_midnight(chosen.first)
            end = utc_midnight(chosen.last + timedelta(days=1))
            for _ in range(rounds):
                started = time.perf_counter()
                await raw_insights(session, team, start, end, datetime.now(UTC))
                times.append((time.perf_counter() - started) * 1000)
    finally:
        await engine.dispose()
    return times


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


def draw(page: InsightsPage, document: dict[str, object], period: Period) -> None:
    """What the page does with an answer: parse, draw every card, paint."""
    page.period = period
    page.shown = Shown(Insights.from_json(document))  # type: ignore[arg-type]
    page.retranslate_ui()
    QApplication.processEvents()  # layout, as the event loop would before painting
    if page.body.grab().isNull():
        raise RuntimeError("nothing painted")


def bench(kind: str, rounds: int, tickets: int, raw_rounds: int) -> list[str]:
    app = QApplication.instance() or QApplication([])
    page = InsightsPage(TaskRunner(lambda error: None))
    page.resize(1100, 900)
    page.show()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        databases = postgres_database() if kind == "postgres" else sqlite_database(Path(tmp))
        with databases as url:
            assert run_cli(url, "migrate").returncode == 0
            assert run_cli(url, "seed-demo").returncode == 0
            started = time.perf_counter()
            asyncio.run(add_tickets(url, tickets))
            print(f"{kind}: {tickets:,} tickets loaded in {time.perf_counter() - started:.0f} s")
            with running_server(url, Path(tmp), seed=False) as server:
                api = httpx.Client(base_url=f"{server.url}/v1", timeout=60)
                token = api.post(
                    "/auth/token",
                    json={"email": "ava@northwind.example", "password": "demo-password"},
                ).json()["access_token"]
                api.headers["Authorization"] = f"Bearer {token}"
                today = datetime.now(UTC).date()
                for key in PERIODS:
                    chosen = period(key, today)
                    params = {"from": chosen.first.isoformat(), "to": chosen.last.isoformat()}
                    query, drawing = [], []
                    in_period = 0
                    for _ in range(rounds):
                        started = time.perf_counter()
                        answer = api.get("/insights", params=params)
                        answer.raise_for_status()
                        document = answer.json()
                        fetched = time.perf_counter()
                        draw(page, document, chosen)
                        drawn = time.perf_counter()
                        query.append((fetched - started) * 1000)
                        drawing.append((drawn - fetched) * 1000)
                        in_period = sum(i["count"] for i in document["top_issues"])
                    total = [q + d for q, d in zip(query, drawing, strict=True)]
                    raw = asyncio.run(raw_count_ms(url, chosen, raw_rounds))
                    lines.append(
                        f"| {kind} | {key} | {in_period:,} "
                        f"| {statistics.median(query):.0f} / {percentile(query, 0.95):.0f} "
                        f"| {statistics.median(raw):.0f} / {max(raw):.0f} "
                        f"| {statistics.median(drawing):.0f} / {percentile(drawing, 0.95):.0f} "
                        f"| {statistics.median(total):.0f} / {percentile(total, 0.95):.0f} |"
                    )
                    print(lines[-1], flush=True)
                api.close()
    page.close()
    del app
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--tickets", type=int, default=EXTRA_TICKETS)
    parser.add_argument("--raw-rounds", type=int, default=3, help="rounds of the slow raw count")
    args = parser.parse_args()
    print(
        "| database | period | tickets in period | service ms (median / p95) "
        "| raw count ms, before (median / max) "
        "| client drawing ms (median / p95) | total ms (median / p95) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for kind in args.databases.split(","):
        bench(kind, args.rounds, args.tickets, args.raw_rounds)


if __name__ == "__main__":
    main()
