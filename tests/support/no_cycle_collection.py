"""The test process leaves reference cycles to its end: no cyclic garbage collection.

The app has one main window for its whole life; a test process makes and drops
hundreds (windows, dialogs, pages). A cycle of dropped widgets collected in the middle
of a later test crashed Qt now and then (QWidget::destroy → invalidateBackingStore, seen
in about one run in five of the e2e first-paint tests under load), whichever thread or
moment the collector ran at. So the tests never collect cycles, and never in a worker
(the app's own rule, desktop/bootstrap/main_thread_gc.py, is tested on its own in a
process of its own: tests/desktop/test_main_thread_gc.py). What the cycles hold is freed
when the process ends.
"""

from __future__ import annotations

import gc


def leave_cycles_to_the_end() -> None:
    gc.disable()
