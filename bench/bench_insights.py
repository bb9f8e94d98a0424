"""Benchmark: the Insights page (R20) for a team with 100,000 tickets.

Seeds the demo world, adds 100,000 tickets to Northwind (``add_tickets`` of
bench_service.py: spread over 180 days, every category, both products),
starts the service and measures, per period:

- the service's answer: ``GET /v1/insights`` over HTTP, one request at a time;
- the client's drawing: the page reads that answer and draws its tiles, four
  charts and tables, then paints itself into an image (what a screen shows);
- both together: what the user waits for after choosing a period.

Run: ``.venv/bin/python bench/bench_insights.py [--databases sqlite,postgres] [--rounds 15]``
and record the output in ``bench/README.md``. Timings are never asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from bench_service import EXTRA_TICKETS, add_tickets  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.api.insights import Insights  # noqa: E402
from desktop.services.insights import Period, Shown, period_for  # noqa: E402
from desktop.ui.insights.insights_page import InsightsPage  # noqa: E402
from desktop.ui.tasks import TaskRunner  # noqa: E402
from tests.support.databases import postgres_database, sqlite_database  # noqa: E402
from tests.support.server import run_cli, running_server  # noqa: E402

PERIODS = ("4w", "12w", "12m")


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


def bench(kind: str, rounds: int) -> list[str]:
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
            asyncio.run(add_tickets(url, EXTRA_TICKETS))
            with running_server(url, Path(tmp), seed=False) as server:
                api = httpx.Client(base_url=f"{server.url}/v1", timeout=60)
                token = api.post(
                    "/auth/token",
                    json={"email": "ava@northwind.example", "password": "demo-password"},
                ).json()["access_token"]
                api.headers["Authorization"] = f"Bearer {token}"
                today = datetime.now(UTC).date()
                for key in PERIODS:
                    period = period_for(key, today)
                    params = {"from": period.first.isoformat(), "to": period.last.isoformat()}
                    query, drawing = [], []
                    tickets = 0
                    for _ in range(rounds):
                        started = time.perf_counter()
                        answer = api.get("/insights", params=params)
                        answer.raise_for_status()
                        document = answer.json()
                        fetched = time.perf_counter()
                        draw(page, document, period)
                        drawn = time.perf_counter()
                        query.append((fetched - started) * 1000)
                        drawing.append((drawn - fetched) * 1000)
                        tickets = sum(i["count"] for i in document["top_issues"])
                    total = [q + d for q, d in zip(query, drawing, strict=True)]
                    lines.append(
                        f"| {kind} | {key} | {tickets:,} "
                        f"| {statistics.median(query):.0f} / {percentile(query, 0.95):.0f} "
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
    args = parser.parse_args()
    print(
        "| database | period | tickets in period | service ms (median / p95) "
        "| client drawing ms (median / p95) | total ms (median / p95) |"
    )
    print("|---|---|---:|---:|---:|---:|")
    for kind in args.databases.split(","):
        bench(kind, args.rounds)


if __name__ == "__main__":
    main()
