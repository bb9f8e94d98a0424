"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate past its threshold:
the store's writer, the keyring's worker, ``asyncio.to_thread``. A Qt object in
a garbage cycle is then destroyed in that thread ("QObject::~QObject: Timers
cannot be stopped from another thread"), and now and then that crashes the
process. So automatic collection is off, and a timer on the GUI thread collects
each generation when its count passes the threshold automatic collection uses.

What the start made (modules, classes, the window and its widgets) lives as long as the
app, yet every full collection walked it again: ~37,000 objects, 15–30 ms on the GUI
thread each time, a stutter in whatever the admin was typing or scrolling (a full
collection comes every ~70,000 allocations: seconds of scrolling). ``keep_for_good``
moves what exists into the interpreter's permanent generation (``gc.freeze``), which
collections leave out; it is called once the window is painted and again once the
session's modules are imported, never later (something frozen that later becomes a
cycle of garbage would never be freed).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_thread_garbage_collector")
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)

    def stop(self) -> None:
        """Back to automatic collection (the app is quitting, or a test is done with it)."""
        self._timer.stop()
        gc.enable()


def keep_for_good() -> None:
    """Everything alive now lives as long as the app: full collections leave it out.

    Not collected first: a start makes few cycles (bench/README.md), and a full
    collection here would cost the 15–30 ms this saves later."""
    gc.freeze()


def collect_on_the_gui_thread(app: QObject) -> MainThreadGarbageCollector:
    """Install once per application; later calls return the one installed."""
    existing = app.findChild(MainThreadGarbageCollector, "main_thread_garbage_collector")
    if isinstance(existing, MainThreadGarbageCollector):
        return existing
    return MainThreadGarbageCollector(app)
