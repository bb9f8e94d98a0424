"""Benchmark: the local store's damage check (``PRAGMA quick_check``) at the cached start.

The check reads every page of the store once, on the store's reading thread, after
My tickets' cached rows are painted (desktop/store/database.py ``Database.check``).
Measured over a store of 100,000 cached tickets (bench_offline.py's start, service
unreachable), in rounds that launch each variant once:

- first paint without the check: bench/start_probe.py (it exits at the paint, so the
  check never starts);
- first paint with the check under way, and when the check ends: bench/check_probe.py;
- ``quick_check`` alone on the file, with the file in the OS cache and evicted from it.

Run: ``.venv/bin/python bench/bench_store_check.py [--rounds 11]``; record in bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_offline import EMAIL, SERVER_URL, prepare_offline_start  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.bootstrap.event_loop import AppEventLoop  # noqa: E402
from desktop.bootstrap.store_location import store_path  # noqa: E402
from desktop.store.damage import quick_check  # noqa: E402

SIZE = 100_000


def run_probe(script: str, env: dict[str, str]) -> dict[str, list[float]]:
    started = time.time()
    output = subprocess.run(
        [sys.executable, str(HERE / script)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    ).stdout
    seen: dict[str, list[float]] = {}
    for line in output.splitlines():
        word, *values = line.split()
        if word in ("painted", "checked"):
            seen[word] = [float(values[0]) - started, *map(float, values[1:])]
    return seen


def evict(path: Path) -> None:
    """Drop the file's pages from the OS cache (as after a reboot)."""
    for suffix in ("", "-wal"):
        name = Path(str(path) + suffix)
        if name.exists():
            descriptor = os.open(name, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def time_quick_check(path: Path, cold: bool) -> float:
    if cold:
        evict(path)
    connection = sqlite3.connect(path)
    try:
        began = time.perf_counter()
        problems = quick_check(connection)
        took = time.perf_counter() - began
    finally:
        connection.close()
    assert problems == [], problems
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=11)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    import asyncio

    asyncio.set_event_loop(AppEventLoop(app))
    with tempfile.TemporaryDirectory() as directory:
        env = prepare_offline_start(Path(directory), SIZE)
        env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "desktop"), str(HERE)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        store = store_path(Path(env["PSD_DATA_DIR"]), SERVER_URL, EMAIL)
        size_mib = sum(p.stat().st_size for p in store.parent.glob(store.name + "*")) / 2**20
        without, with_check, checked_at, check_took = [], [], [], []
        for _ in range(args.rounds):
            without.append(run_probe("start_probe.py", env)["painted"][0])
            seen = run_probe("check_probe.py", env)
            with_check.append(seen["painted"][0])
            checked_at.append(seen["checked"][0])
            check_took.append(seen["checked"][2])
        warm = [time_quick_check(store, cold=False) for _ in range(5)]
        cold = [time_quick_check(store, cold=True) for _ in range(5)]

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    paint = statistics.median(without)
    print(f"store: {SIZE:,} cached tickets, {size_mib:.0f} MiB; medians of {args.rounds} rounds")
    print(f"first paint, no check:                    {ms(without)}")
    print(
        f"first paint, check started after it:     {ms(with_check)} "
        f"({(statistics.median(with_check) / paint - 1) * 100:+.1f}%)"
    )
    print(f"check done (from launch):                 {ms(checked_at)}")
    print(f"the check itself, in the app:             {ms(check_took)}")
    print(f"quick_check alone, file in the OS cache:  {ms(warm)}")
    print(f"quick_check alone, file evicted:          {ms(cold)}")


if __name__ == "__main__":
    main()
