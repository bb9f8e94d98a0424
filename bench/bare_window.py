"""A bare PySide6 window: the yardstick of ``bench_offline.py``'s cold start.

Prints ``painted <wall clock>`` at its first paint and exits. It imports nothing
but PySide6, so it is what any Qt app pays before its own code runs.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def main() -> None:
    app = QApplication([])
    window = QMainWindow()
    window.resize(1100, 720)
    painted = FirstPaint()
    window.installEventFilter(painted)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
