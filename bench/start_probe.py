"""Runs the real client (``desktop.bootstrap.app.run``) and reports its first painted list.

A child of ``bench_offline.py``: it prints ``painted <wall clock>`` when the
viewport of My tickets is first painted with rows in it, then exits. Nothing
else is loaded before the app: what the app imports is what is measured.

The keyring is the one thing that is not the real one: the OS keyring cannot
be used headless here, so ``PYTHON_KEYRING_BACKEND`` names
``tests.support.file_keyring.FileKeyring`` (a stand-in that reads the stored
refresh token from a file).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

LIST_VIEW = "my_tickets_page_table"


class FirstListPaint(QObject):
    """Prints the wall clock when My tickets is first painted with rows, then ends the process."""

    printed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            view = watched.parent()
            if (
                isinstance(view, QAbstractItemView)
                and view.objectName() == LIST_VIEW
                and view.model() is not None
                and view.model().rowCount() > 0
                and not self.printed
            ):
                self.printed = True
                print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)
                QTimer.singleShot(0, lambda: os._exit(0))
        return False


def watch_ticket_lists(probe: FirstListPaint) -> None:
    """Watch the viewport of every ticket list as it is made, and nothing else.

    A filter on the whole application would have every event of the start pass
    through Python, which costs the app ~30 ms it does not otherwise pay; the
    bare window's probe watches its one window too.
    """
    from desktop.ui.tickets.ticket_list_page import TicketTableView

    made = TicketTableView.__init__

    def init(view: TicketTableView, *args: object, **kwargs: object) -> None:
        made(view, *args, **kwargs)
        view.viewport().installEventFilter(probe)

    TicketTableView.__init__ = init  # type: ignore[method-assign]


def main() -> None:
    QApplication(sys.argv)
    probe = FirstListPaint()
    watch_ticket_lists(probe)
    from desktop.bootstrap.app import run

    run(sys.argv)


if __name__ == "__main__":
    main()
