"""Benchmark: offline first — draft saves, cold start on a big cache, a full first sync.

- draft save: ``DraftStore.save`` of a reply being typed (600 characters), from
  the call until the row is committed with ``synchronous=FULL`` on the writer
  thread; and how long the GUI thread itself is busy per save.
- cold start: from launching a process to the first paint of My tickets read
  from a store of 10k and 100k cached tickets (the app's offline start: no
  service), against a bare PySide6 window's launch to first paint.
- full sync: a first sync of 10,000 tickets from a real service (SQLite) into
  an empty store with My tickets on screen; the sync's duration and the longest
  GUI-thread stall (a 5 ms timer's largest lateness) while it runs.

Run: ``.venv/bin/python bench/bench_offline.py``. Results go to standard output;
record them in bench/README.md. Nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qasync  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

STORE_SIZES = (10_000, 100_000)
STARTS = 5  # launches per variant; the median is reported


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


# -- draft saves --------------------------------------------------------------------------


def bench_draft_saves(directory: Path, count: int = 500) -> None:
    from desktop.store.account import AccountStore
    from desktop.store.drafts import reply_key

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def run() -> tuple[list[float], list[float]]:
        store = await AccountStore.open(directory / "drafts.sqlite3")
        text = "The sync stops at 02:00 every night and starts again at 06:00. " * 10
        total, gui = [], []
        for n in range(count):
            started = time.perf_counter()
            saving = store.drafts.save(reply_key(f"tkt_{n % 20}"), text[: 300 + n % 300])
            task = asyncio.ensure_future(saving)
            await asyncio.sleep(0)  # the GUI thread's part: up to handing the write over
            gui.append(time.perf_counter() - started)
            await task
            total.append(time.perf_counter() - started)
        await store.close()
        return total, gui

    total, gui = loop.run_until_complete(run())
    ms = [t * 1000 for t in total]
    gui_ms = [t * 1000 for t in gui]
    print(
        f"draft save ({count}): committed p50 {percentile(ms, 0.5):.2f} ms, "
        f"p99 {percentile(ms, 0.99):.2f} ms, max {max(ms):.2f} ms; "
        f"GUI thread p50 {percentile(gui_ms, 0.5):.3f} ms, p99 {percentile(gui_ms, 0.99):.3f} ms"
    )


# -- cold start ---------------------------------------------------------------------------


class FirstPaint(QObject):
    """Prints the wall clock at the first paint of the watched widget, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def child_bare() -> None:
    app = QApplication([])
    window = QMainWindow()
    window.resize(1100, 720)
    painted = FirstPaint()
    window.installEventFilter(painted)
    window.show()
    app.exec()


def child_app(store_path: str) -> None:
    from desktop.api.client import ApiClient
    from desktop.api.models import User
    from desktop.services.tickets import TicketService
    from desktop.store.account import AccountStore
    from desktop.ui.app_settings import AppSettings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner

    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = AppSettings(
        QSettings(str(Path(store_path).with_suffix(".ini")), QSettings.Format.IniFormat)
    )
    tasks = TaskRunner(lambda error: None)
    window = MainWindow(tasks, settings)
    painted = FirstPaint()
    window.my_tickets.table.viewport().installEventFilter(painted)
    window.show()

    async def open_session() -> None:
        store = await AccountStore.open(Path(store_path))
        # No service (a closed port): the offline start shows the cache.
        client = ApiClient("http://127.0.0.1:9")
        user = User("usr_bench", "Bench", "bench@example.com", "admin", "team", None, "en")
        client.resume_offline("no-token", user)
        window.show_session(
            user, TicketService(client, store), server=client.server_url, local=False
        )

    loop.create_task(open_session())
    loop.run_forever()


def launch(args: list[str]) -> float:
    started = time.time()
    output = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("painted "))
    return float(line.split()[1]) - started


def bench_cold_start(directory: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_list_store import fill

    from desktop.store.account import AccountStore

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    stores = {}
    for size in STORE_SIZES:
        path = directory / f"start-{size}.sqlite3"
        store = loop.run_until_complete(AccountStore.open(path))
        fill(store, size)
        loop.run_until_complete(store.close())
        stores[size] = path
    bare = statistics.median(launch(["--child-bare"]) for _ in range(STARTS))
    print(f"cold start, bare PySide6 window: {bare * 1000:.0f} ms (median of {STARTS})")
    for size, path in stores.items():
        times = [launch(["--child-app", str(path)]) for _ in range(STARTS)]
        median = statistics.median(times)
        print(
            f"cold start, My tickets over {size:,} cached: {median * 1000:.0f} ms "
            f"({median / bare:.2f}x the bare window; min {min(times) * 1000:.0f} ms)"
        )


# -- full sync ---------------------------------------------------------------------------


async def add_tickets_for(url: str, email: str, count: int) -> None:
    from sqlalchemy import insert, select

    from backend.config import Settings
    from backend.db.models import Ticket, User
    from backend.db.session import make_engine, make_sessionmaker

    engine = make_engine(Settings(database_url=url))
    now = datetime.now(UTC)
    async with make_sessionmaker(engine)() as session:
        user = (await session.execute(select(User).where(User.email == email))).scalar_one()
        rows = [
            {
                "id": f"tkt_{uuid.uuid4().hex}",
                "team_id": user.team_id,
                "number": 200_000 + n,
                "subject": f"Sync bench ticket {n}",
                "status": "open",
                "product": "dropbox",
                "channel": "request",
                "premium": True,
                "category": "sync",
                "language": "en",
                "submitter_id": user.id,
                "created_at": now - timedelta(minutes=n + 60),
                "updated_at": now - timedelta(minutes=n),
                "response_target_minutes": 60,
                "first_response_due_at": now - timedelta(minutes=n),
                "first_responded_at": None,
                "solved_at": None,
            }
            for n in range(count)
        ]
        for start in range(0, count, 5000):
            await session.execute(insert(Ticket), rows[start : start + 5000])
        await session.commit()
    await engine.dispose()


def bench_full_sync(directory: Path, count: int = 10_000) -> None:
    from desktop.api.client import ApiClient
    from desktop.services.tickets import TicketService
    from desktop.store.account import AccountStore
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.tickets.ticket_list_page import TicketListPage
    from tests.support.databases import sqlite_database
    from tests.support.server import run_cli, running_server

    with sqlite_database(directory) as url:
        run_cli(url, "migrate")
        run_cli(url, "seed-demo")
        asyncio.run(add_tickets_for(url, "ava@northwind.example", count))
        with running_server(url, directory, seed=False) as server:
            app = QApplication.instance() or QApplication([])
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)

            async def run() -> tuple[float, float, int]:
                client = ApiClient(server.url)
                await client.health()
                await client.sign_in("ava@northwind.example", "demo-password")
                store = await AccountStore.open(directory / "sync.sqlite3")
                tasks = TaskRunner(lambda error: None)
                page = TicketListPage(tasks, "mine")
                page.resize(1000, 700)
                page.show()
                service = TicketService(client, store)
                page.bind(service)  # starts the first sync, as signing in does
                stalls: list[float] = []
                last = time.perf_counter()

                def tick() -> None:
                    nonlocal last
                    now = time.perf_counter()
                    stalls.append(now - last - 0.005)
                    last = now

                timer = QTimer()
                timer.setInterval(5)
                timer.timeout.connect(tick)
                started = time.perf_counter()
                timer.start()
                await asyncio.sleep(0.01)
                while page._syncing:  # noqa: SLF001 - the bench watches the page's own flag
                    await asyncio.sleep(0.01)
                seconds = time.perf_counter() - started
                timer.stop()
                await asyncio.sleep(0.2)
                rows = store.tickets.count(page._query(service))  # noqa: SLF001
                await tasks.cancel_all()
                await client.aclose()
                await store.close()
                page.close()
                return seconds, max(stalls), rows

            seconds, stall, rows = loop.run_until_complete(run())
            print(
                f"full sync of {count:,} tickets (+ the demo's): {seconds:.1f} s, "
                f"{rows:,} in My tickets; longest GUI stall {stall * 1000:.0f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child-bare", action="store_true")
    parser.add_argument("--child-app")
    parser.add_argument("--only", choices=("drafts", "start", "sync"))
    args = parser.parse_args()
    if args.child_bare:
        child_bare()
        return
    if args.child_app:
        child_app(args.child_app)
        return
    with tempfile.TemporaryDirectory(prefix="psd-bench-") as tmp:
        directory = Path(tmp)
        if args.only in (None, "drafts"):
            bench_draft_saves(directory)
        if args.only in (None, "start"):
            bench_cold_start(directory)
        if args.only in (None, "sync"):
            bench_full_sync(directory)


if __name__ == "__main__":
    main()
