"""A bare PySide6 window: the yardstick of ``bench_offline.py``'s cold start.

Prints ``painted <wall clock> <cpu>`` once its first paint is done, and exits. It
imports nothing but PySide6, so it is what any Qt app pays before its own code runs.
"""

from __future__ import annotations

import os
import time

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


def report_painted() -> None:
    """The probe of every variant: said when a paint is done, not when it is asked for; exits."""
    print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)
    # At once: what comes after the paint (the client's next step) is not measured, and an
    # instruction count of the whole process (valgrind) is the count up to the paint.
    os._exit(0)


class Window(QMainWindow):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        report_painted()


def main() -> None:
    app = QApplication([])
    window = Window()
    window.resize(1100, 720)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
