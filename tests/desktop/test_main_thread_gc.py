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


KEPT = r"""
import gc
import weakref

from PySide6.QtWidgets import QApplication, QWidget

from desktop.bootstrap.main_thread_gc import collect_on_the_gui_thread, keep_for_good

app = QApplication([])
collector = collect_on_the_gui_thread(app)
window = QWidget()  # made at the start: lives as long as the app
walked_before = len(gc.get_objects())
keep_for_good()
# A full collection no longer walks what the start made.
assert gc.get_freeze_count() >= walked_before, (gc.get_freeze_count(), walked_before)
assert len(gc.get_objects()) < walked_before // 10, len(gc.get_objects())
assert not any(o is window for o in gc.get_objects())


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


garbage = Node()
gone = weakref.ref(garbage)
del garbage
assert gone() is not None  # only a collection frees it
gc.collect()  # a full collection, as the timer's when the old generation is due
assert gone() is None, "garbage made after the start was not freed"
print("kept for good, later garbage freed")
"""


def _run(check: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return subprocess.run(
        [sys.executable, "-c", check],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_worker_thread_never_collects_and_the_gui_thread_does() -> None:
    result = _run(CHECK)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "collected on the GUI thread" in result.stdout


def test_what_the_start_made_is_left_out_of_full_collections_and_later_garbage_is_freed() -> None:
    result = _run(KEPT)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "kept for good, later garbage freed" in result.stdout
