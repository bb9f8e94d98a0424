"""Garbage, Qt objects among it, is collected on the GUI thread only.

In a process of its own: the test process itself leaves cycles to its end
(tests/support/no_cycle_collection.py), and a collection here would meet theirs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = r'''
import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.bootstrap.main_thread_gc import collect_on_the_gui_thread


class Cyclic(QObject):
    """A Qt object with a running timer, kept alive only by a reference cycle."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.me = self  # the cycle: only the collector can free it


app = QApplication([])
collector = collect_on_the_gui_thread(app)
assert collect_on_the_gui_thread(app) is collector  # one per application
assert not gc.isenabled()

garbage = Cyclic()
gone = weakref.ref(garbage)
del garbage
collected_in = []


def allocate() -> None:
    # Far past the young generation's threshold: automatic collection would run here.
    junk = [[n] for n in range(50_000)]
    del junk
    if gone() is None:
        collected_in.append(threading.current_thread().name)


worker = threading.Thread(target=allocate, name="worker")
worker.start()
worker.join()
assert gone() is not None and not collected_in, "the worker freed it"

for _ in range(20):  # as the timer would, until the old generation is due too
    collector.collect_due()
    if gone() is None:
        break
gc.collect()  # whatever generation it reached: freed here, on this thread
assert gone() is None, "the GUI thread did not free it"
print("collected on the GUI thread")
'''


def test_a_worker_thread_never_collects_and_the_gui_thread_does() -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "collected on the GUI thread" in result.stdout
