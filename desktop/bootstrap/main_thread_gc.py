"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate past its threshold:
the store's writer, the keyring's worker, ``asyncio.to_thread``. A Qt object in
a garbage cycle is then destroyed in that thread ("QObject::~QObject: Timers
cannot be stopped from another thread"), and now and then that crashes the
process. So automatic collection is off, and a timer on the GUI thread collects
each generation when its count passes the threshold automatic collection uses.
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


def collect_on_the_gui_thread(app: QObject) -> MainThreadGarbageCollector:
    """Install once per application; later calls return the one installed."""
    existing = app.findChild(MainThreadGarbageCollector, "main_thread_garbage_collector")
    if isinstance(existing, MainThreadGarbageCollector):
        return existing
    return MainThreadGarbageCollector(app)
