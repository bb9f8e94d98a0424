"""Benchmark: the My tickets list, end to end and in the client's model.

Measures (1) the service answering ``GET /v1/tickets`` pages over HTTP on
SQLite, and (2) the client filling its table model with many rows.
Run: ``.venv/bin/python bench/bench_ticket_list.py`` and record the output in
``bench/RESULTS.md`` with the date and machine. Timings are never asserted in
tests; this is where they are watched.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.api.models import PersonRef, TicketSummary  # noqa: E402
from desktop.ui.tickets.list.ticket_table_model import Column, TicketTableModel  # noqa: E402
from tests.support.server import running_server  # noqa: E402


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


def bench_service(requests: int = 200) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        with (
            running_server(url, Path(tmp)) as server,
            httpx.Client(base_url=f"{server.url}/v1") as http,
        ):
            token = http.post(
                "/auth/token", json={"email": "ava@northwind.example", "password": "demo-password"}
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            for _ in range(10):  # warm up
                http.get("/tickets", params={"limit": 50}, headers=headers)
            samples = []
            for _ in range(requests):
                start = time.perf_counter()
                response = http.get("/tickets", params={"limit": 50}, headers=headers)
                samples.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200
    print(
        f"GET /v1/tickets?limit=50 (SQLite, {requests} requests): "
        f"p50 {statistics.median(samples):.1f} ms, p95 {percentile(samples, 0.95):.1f} ms"
    )


def bench_model(rows: int = 10_000) -> None:
    app = QApplication.instance() or QApplication([])
    now = datetime.now(UTC)
    items = tuple(
        TicketSummary(
            id=f"tkt_{n}",
            number=n,
            subject=f"Sync conflict in folder {n}",
            status="open",
            product="dropbox",
            channel="request",
            premium=True,
            category="sync",
            language="en",
            submitter=PersonRef(id="usr", name="Ava Jansen"),
            created_at=now - timedelta(hours=n),
            updated_at=now - timedelta(minutes=n),
            first_response_due_at=now,
            first_responded_at=None,
            sla_state="due",
        )
        for n in range(rows)
    )
    model = TicketTableModel()
    start = time.perf_counter()
    model.reset(items, None)
    reset_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    for row in range(rows):
        for column in Column:
            model.index(row, column).data()
    data_ms = (time.perf_counter() - start) * 1000
    per_cell_us = data_ms * 1000 / (rows * len(Column))
    print(
        f"TicketTableModel with {rows} rows: reset {reset_ms:.1f} ms, "
        f"display data of every cell {data_ms:.0f} ms ({per_cell_us:.1f} µs/cell)"
    )
    del app


if __name__ == "__main__":
    bench_service()
    bench_model()
