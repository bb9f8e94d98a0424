"""Benchmark: offline first — draft saves, cold start on a big cache, a full first sync.

- draft save: ``DraftStore.save`` of a reply being typed (600 characters), from
  the call until the row is committed with ``synchronous=FULL`` on the writer
  thread; and how long the GUI thread itself is busy per save.
- cold start: from launching the real client (``desktop.bootstrap.app.run`` via
  bench/start_probe.py, a signed-in admin's settings, keyring token and store
  of 10k and 100k cached tickets; the service cannot be reached) to the first
  paint of My tickets with rows, against a bare PySide6 window's launch to its
  first paint (bench/bare_window.py), and a window with the client's kinds of
  widgets and no app code (bench/floor_window.py). Wall clock and the
  process's CPU time (steadier when the machine is shared).
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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QByteArray, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.bootstrap.event_loop import AppEventLoop  # noqa: E402

STORE_SIZES = (10_000, 100_000)
# Rounds of launches, one of each variant a round. Medians are reported, and each ratio is
# the median of the rounds' own ratios: the host's load drifts over a run (the machine is
# shared), and a variant launched right after the bare window shares its moment.
STARTS = 21


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


# -- draft saves --------------------------------------------------------------------------


def bench_draft_saves(directory: Path, count: int = 2000) -> None:
    from desktop.bootstrap.main_thread_gc import collect_on_the_gui_thread
    from desktop.store.account import AccountStore
    from desktop.store.drafts import reply_key

    app = QApplication.instance() or QApplication([])
    # As the app runs: no automatic collection (it would run in the writer thread as well),
    # a timer on the GUI thread collects instead.
    collector = collect_on_the_gui_thread(app)
    loop = AppEventLoop(app)
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
    collector.stop()
    ms = [t * 1000 for t in total]
    gui_ms = [t * 1000 for t in gui]
    print(
        f"draft save ({count}): committed p50 {percentile(ms, 0.5):.2f} ms, "
        f"p99 {percentile(ms, 0.99):.2f} ms, max {max(ms):.2f} ms; "
        f"GUI thread p50 {percentile(gui_ms, 0.5):.3f} ms, p99 {percentile(gui_ms, 0.99):.3f} ms"
    )


# -- cold start ---------------------------------------------------------------------------


SERVER_URL = "http://127.0.0.1:9"  # nothing listens: the service cannot be reached
EMAIL = "bench@example.com"


def columns_as_left(path: Path) -> QByteArray:
    """My tickets' column widths after a session over the store at ``path``."""
    from bench_list_store import USER

    from desktop.store.database import Database
    from desktop.store.tickets import TicketStore
    from desktop.ui.shell.tasks import TaskRunner
    from desktop.ui.tickets.list.ticket_list_page import TicketListPage

    database = Database.open_current(path)
    assert database is not None
    page = TicketListPage(TaskRunner(print), "mine")
    page.resize(880, 600)
    page.show()
    page.show_cached(TicketStore(database), USER)
    widths = page.column_widths()
    assert widths is not None
    page.close()
    database.close_unused()
    return widths


def prepare_offline_start(directory: Path, size: int) -> dict[str, str]:
    """A data folder, settings and keyring as a signed-in admin leaves them; ``size`` cached."""
    from bench_list_store import USER, fill

    from desktop.api.models import User
    from desktop.bootstrap.cached_start import ME_KEY
    from desktop.bootstrap.store_location import store_path
    from desktop.store.account import AccountStore

    home = directory / f"start-{size}"
    data = home / "data"
    loop = asyncio.get_event_loop()
    store = loop.run_until_complete(AccountStore.open(store_path(data, SERVER_URL, EMAIL)))
    fill(store, size)
    me = User(USER, "Bench", EMAIL, "admin", "team", None, "en")
    loop.run_until_complete(store.snapshots.save(ME_KEY, me.to_json()))
    loop.run_until_complete(store.close())
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("server/url", SERVER_URL)
    settings.setValue("server/last_email", EMAIL)
    settings.setValue("server/keep_signed_in", True)
    settings.setValue("ui/language", "en")
    # As the window leaves them at quit: My tickets' columns (a first start fits them, ~8 ms).
    settings.setValue(
        "geometry/my_tickets_page_table", columns_as_left(store_path(data, SERVER_URL, EMAIL))
    )
    settings.sync()
    (home / "token").write_text("a-stored-refresh-token")
    bench_dir = Path(__file__).resolve().parent
    paths = [str(bench_dir), str(bench_dir.parent), os.environ.get("PYTHONPATH")]
    return dict(
        os.environ,
        PSD_DATA_DIR=str(data),
        PSD_SETTINGS_FILE=str(home / "settings.ini"),
        PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
        PSD_STAND_IN_KEYRING_FILE=str(home / "token"),
        PYTHONPATH=os.pathsep.join(filter(None, paths)),
    )


def launch(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall-clock seconds from launching to the first paint, and the CPU seconds it used."""
    started = time.time()
    output = subprocess.run(
        command, capture_output=True, text=True, timeout=120, check=True, env=env
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("painted "))
    _, painted, cpu = line.split()
    return float(painted) - started, float(cpu)


def bench_cold_start(directory: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    app = QApplication.instance() or QApplication([])
    asyncio.set_event_loop(AppEventLoop(app))
    homes = {size: prepare_offline_start(directory, size) for size in STORE_SIZES}
    here = Path(__file__).resolve().parent
    # Byte-compiled, as an installed app is (this machine's Python may be told not to write .pyc).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(here.parent / "desktop"), str(here)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    # Each round launches every variant once: a load that comes and goes during the run
    # (the machine is shared) weighs on all of them alike, not on one variant's five starts.
    variants: dict[str, tuple[list[str], dict[str, str]]] = {
        "bare": ([sys.executable, str(here / "bare_window.py")], env),
        "widgets only": ([sys.executable, str(here / "floor_window.py")], env),
        "widgets + asyncio, qasync, sqlite3": (
            [sys.executable, str(here / "floor_window.py"), "--async"],
            env,
        ),
    }
    for size, home in homes.items():
        variants[f"{size:,}"] = ([sys.executable, str(here / "start_probe.py")], {**home, **env})
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    for _ in range(STARTS):
        for name, (command, variant_env) in variants.items():
            runs[name].append(launch(command, variant_env))

    def medians(name: str) -> tuple[float, float]:
        return (
            statistics.median(t for t, _ in runs[name]),
            statistics.median(c for _, c in runs[name]),
        )

    def ratios(name: str) -> tuple[float, float]:
        """Wall clock and CPU over the bare window's, round by round: their medians."""
        pairs = list(zip(runs[name], runs["bare"], strict=True))
        return (
            statistics.median(t / bare_t for (t, _), (bare_t, _) in pairs),
            statistics.median(c / bare_c for (_, c), (_, bare_c) in pairs),
        )

    bare_wall, bare_cpu = medians("bare")
    print(
        f"cold start, bare PySide6 window: {bare_wall * 1000:.0f} ms "
        f"(CPU {bare_cpu * 1000:.0f} ms; medians of {STARTS} rounds)"
    )
    for label in ("widgets only", "widgets + asyncio, qasync, sqlite3"):
        wall, cpu = medians(label)
        wall_ratio, cpu_ratio = ratios(label)
        print(
            f"cold start, the client's kinds of widgets, 50 rows ({label}): {wall * 1000:.0f} ms "
            f"({wall_ratio:.2f}x; CPU {cpu * 1000:.0f} ms, {cpu_ratio:.2f}x)"
        )
    for size in homes:
        wall, cpu = medians(f"{size:,}")
        wall_ratio, cpu_ratio = ratios(f"{size:,}")
        print(
            f"cold start, My tickets over {size:,} cached: {wall * 1000:.0f} ms "
            f"({wall_ratio:.2f}x the bare window; CPU {cpu * 1000:.0f} ms, {cpu_ratio:.2f}x)"
        )


# -- full sync ---------------------------------------------------------------------------


def bench_full_sync(directory: Path, count: int = 10_000) -> None:
    from desktop.api.client import ApiClient
    from desktop.services.tickets import TicketService
    from desktop.store.account import AccountStore
    from desktop.ui.shell.tasks import TaskRunner
    from desktop.ui.tickets.list.ticket_list_page import TicketListPage
    from tests.support.databases import sqlite_database
    from tests.support.many_tickets import add_tickets_for
    from tests.support.server import run_cli, running_server

    with sqlite_database(directory) as url:
        run_cli(url, "migrate")
        run_cli(url, "seed-demo")
        asyncio.run(add_tickets_for(url, "ava@northwind.example", count))
        with running_server(url, directory, seed=False) as server:
            app = QApplication.instance() or QApplication([])
            loop = AppEventLoop(app)
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
    parser.add_argument("--only", choices=("drafts", "start", "sync"))
    args = parser.parse_args()
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
