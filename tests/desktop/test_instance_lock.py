"""The data folder's lock (desktop/bootstrap/instance_lock.py): held by a live app it stops
a second start; left by one that was killed it stops nobody. Real processes hold it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.bootstrap import instance_lock

ROOT = Path(__file__).resolve().parents[2]
# An app's start, as far as the lock goes: it takes it, says so, and runs on.
HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop.bootstrap import instance_lock
app = QCoreApplication([])
lock = instance_lock.claim(Path(sys.argv[1]))
print("held" if lock is not None else "not held", flush=True)
time.sleep(600)
"""


@contextmanager
def _holding(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_live_app_s_lock_stops_a_second_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with _holding(data_dir) as holder:
        assert instance_lock.claim(data_dir) is None
        assert instance_lock.holder(data_dir) == holder.pid


def test_a_stopped_app_s_lock_still_stops_a_second_start(tmp_path: Path) -> None:
    # Hung or stopped is alive: only the start's message tells it from a running one.
    data_dir = tmp_path / "data"
    with _holding(data_dir) as holder:
        holder.send_signal(signal.SIGSTOP)
        try:
            assert instance_lock.claim(data_dir) is None
        finally:
            holder.send_signal(signal.SIGCONT)


def test_a_killed_app_s_lock_stops_nobody(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with _holding(data_dir) as holder:
        holder.send_signal(signal.SIGKILL)  # a crash: no chance to let go of it
        holder.wait(timeout=30)
    assert instance_lock.lock_path(data_dir).exists()  # left behind, naming a dead process
    lock = instance_lock.claim(data_dir)
    assert lock is not None
    assert instance_lock.holder(data_dir) == os.getpid()
    lock.release()
    assert instance_lock.claim(data_dir) is not None  # let go of: the next start takes it
