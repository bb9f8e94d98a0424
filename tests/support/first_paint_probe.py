"""Runs the real client (``desktop.bootstrap.app.run``) and reports on its start, as JSON lines.

Started by tests/e2e/test_first_paint.py as ``python -m tests.support.first_paint_probe
REPORT``. It writes to REPORT what the first paint of My tickets with rows showed,
and which modules had been imported by then (and whether PySide had made its costly
``Qt`` namespace, desktop/ui/look/qt_values.py, or still watched imports,
desktop/bootstrap/qt_import.py); then, once the session is resumed
(the list bound to its service) or ended (the sign-in dialog shown), what the
list shows; then it closes the window, as the user would.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.bootstrap.qt_import import feature_hook_active, load_qt

load_qt()  # as desktop.__main__ does, before the app's modules

import PySide6.QtCore  # noqa: E402
import PySide6.QtGui  # noqa: E402
import PySide6.QtWidgets  # noqa: E402
from PySide6.QtCore import QObject, QTimer  # noqa: E402
from PySide6.QtGui import QPaintEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QPushButton,
    QTableView,
    QWidget,
)

LIST_VIEW = "my_tickets_page_table"
# Imported only after the first paint: the start's costly part (bootstrap/app.py), and
# two the window's modules avoid (json ~2 ms, desktop/store/snapshots.py; dataclasses
# ~1.5 ms and ~1 ms a class, desktop/api/list_models.py).
LATER_MODULES = (
    "asyncio",
    "qasync",
    "httpx",
    "keyring",
    "desktop.bootstrap.controller",
    "json",
    "dataclasses",
    # Nor what the first paint does without: the status badges' delegate (the column is
    # plain text until right after it), the store's damage checks and drafts' journal
    # (a start that only reads), the network settings' helpers.
    "desktop.ui.tickets.list.status_badge_delegate",
    "desktop.store.damage",
    "desktop.store.draft_journal",
    "desktop.api.network",
)
# Status, as desktop.ui.tickets.list.ticket_table_model.Column numbers it.
STATUS_COLUMN = 2


def _subjects(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _contact_support(window: QWidget) -> QPushButton:
    button = window.findChild(QPushButton, "my_tickets_page_new_ticket_button")
    assert button is not None
    return button


def _icons(window: QWidget, first_size: list[int]) -> dict[str, bool]:
    """Which of the first screen's icons are there now, and whether Contact support is as
    large as at the first paint (its icon's room kept)."""
    navigation = window.navigation  # type: ignore[attr-defined]
    button = _contact_support(window)
    return {
        "navigation": all(
            not navigation.item(row).icon().isNull() for row in range(navigation.count())
        ),
        "go_menu": all(
            not action.icon().isNull()
            for action in navigation.go_menu.actions()
            if not action.isSeparator() and action.objectName().startswith("go_")
        ),
        "refresh_action": not window.menus.refresh_action.icon().isNull(),  # type: ignore[attr-defined]
        "contact_support": not button.icon().isNull(),
        "contact_support_room_kept": [button.width(), button.height()] == first_size,
    }


class StartWatch(QObject):
    def __init__(self, report: Path) -> None:
        super().__init__()
        self._report = report
        self._view: QAbstractItemView | None = None
        self._first_button_size: list[int] = []
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check_bound)

    def _write(self, record: dict[str, object]) -> None:
        import json  # here: whether the app imported it before the paint is reported

        with self._report.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")

    def painted(self, view: QAbstractItemView) -> None:
        """A list was painted: the first time My tickets' rows were, say what it showed."""
        if self._view is not None or view.objectName() != LIST_VIEW:
            return
        if view.model() is None or view.model().rowCount() == 0:
            return
        self._view = view
        button = _contact_support(view.window())
        self._first_button_size = [button.width(), button.height()]
        imported = [m for m in LATER_MODULES if m in sys.modules]
        self._write(
            {
                "step": "first paint",
                "subjects": _subjects(view),
                "imported": imported,
                # PySide adds a type to its module once something names it.
                "qt_namespace_made": "Qt" in vars(PySide6.QtCore),
                # QStyle's ~20 enum types (~10 ms): the status badges name it when drawn.
                "qstyle_made": "QStyle" in vars(PySide6.QtWidgets),
                # QKeySequence's (StandardKey's 71 members): the shortcuts come after the paint.
                "qkeysequence_made": "QKeySequence" in vars(PySide6.QtGui),
                # QIcon's (ThemeIcon's 151 members, ~10 M instructions): the icons come after
                # the paint, which draws none, into the room kept for them.
                "qicon_made": "QIcon" in vars(PySide6.QtGui),
                "status_badges": view.itemDelegateForColumn(STATUS_COLUMN) is not None,
                # PySide's watch on imports, dropped at the start (bootstrap/qt_import.py).
                "feature_hook_active": feature_hook_active(),
            }
        )
        self._poll.start()

    def _check_bound(self) -> None:
        view = self._view
        page = view.parent() if view is not None else None
        while page is not None and page.objectName() != "my_tickets_page":
            page = page.parent()
        if view is None or page is None:
            return
        window = view.window()
        if getattr(page, "_service", None) is not None:
            subjects = _subjects(view)
            # A click on the Number header, as a user's after a cached start: the list
            # takes that order (it once could not: the click's Qt.SortOrder was refused).
            from PySide6.QtCore import Qt

            if isinstance(view, QTableView):
                number = 1  # Column.NUMBER
                view.horizontalHeader().setSortIndicator(number, Qt.SortOrder.AscendingOrder)
            self._write(
                {
                    "step": "bound",
                    "subjects": subjects,
                    "sort": list(page.sort),
                    "status_badges": view.itemDelegateForColumn(STATUS_COLUMN) is not None,
                    "quit_keys": [key.toString() for key in window.menus.quit_action.shortcuts()],
                    "icons": _icons(window, self._first_button_size),
                }
            )
        elif any(
            widget.objectName() == "sign_in_dialog" and widget.isVisible()
            for widget in QApplication.topLevelWidgets()
        ):
            self._write({"step": "signed out", "subjects": _subjects(view)})
        else:
            return
        self._poll.stop()
        QTimer.singleShot(0, window.close)


def main() -> None:
    _app = QApplication(sys.argv[:1])
    watch = StartWatch(Path(sys.argv[1]))
    # The list's own paint, as bench/start_probe.py watches it: an event filter would
    # have Python wrap every widget Qt made itself, and make types the app does not.
    from desktop.ui.tickets.list.ticket_list_page import TicketTableView

    painting = TicketTableView.paintEvent

    def paint(view: TicketTableView, event: QPaintEvent) -> None:
        painting(view, event)
        watch.painted(view)

    TicketTableView.paintEvent = paint  # type: ignore[method-assign]
    from desktop.bootstrap.app import run

    sys.exit(run(sys.argv[:1]))


if __name__ == "__main__":
    main()
