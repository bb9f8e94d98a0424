"""Master–detail: in a wide window the ticket page sits beside My tickets or Team tickets
and shows the selected ticket; the arrows move through the list and the pane follows.

In a narrow window the list stands alone and a ticket opens over it, as before. The one
ticket page moves between the two places (its reply box, drafts and live updates stay
one and the same).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.ui.tickets.list.ticket_list_page import TicketListPage

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

# A window at least this wide shows the pane: the list keeps ~660 px for its columns (at
# 1280 the team's list in Dutch had ~450 px: statuses cut to "Op…", a sideways scrollbar).
MIN_WINDOW_WIDTH = 1440
# Holding an arrow key walks many rows: the pane loads where the walk stops.
FOLLOW_MS = 150


class ReadingPane(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.docked_in: TicketListPage | None = None
        self._pending: str | None = None
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._load_pending)
        window.pages.currentChanged.connect(lambda _index: self.arrange())

    def watch(self, page: TicketListPage) -> None:
        page.ticket_selected.connect(lambda ticket_id: self._selected(page, ticket_id))

    def showing(self, ticket_id: str) -> bool:
        """Is this ticket on screen in the pane now?"""
        if self.docked_in is None or not self.docked_in.isVisible():
            return False
        ticket = self._window.ticket_page.ticket
        return ticket is not None and ticket.id == ticket_id

    def arrange(self) -> None:
        """Dock the ticket page beside the list shown, or give it back to the pages."""
        window = self._window
        current = window.pages.currentWidget()
        wide = window.width() >= MIN_WINDOW_WIDTH and window.user is not None
        target = current if wide and isinstance(current, TicketListPage) else None
        if target is self.docked_in:
            return
        page = window.ticket_page
        if self.docked_in is not None:
            self.docked_in.undock()
        if target is None:
            if window.pages.indexOf(page) < 0:
                window.pages.addWidget(page)
            page.set_embedded(False)
        else:
            if window.pages.indexOf(page) >= 0:
                window.pages.removeWidget(page)
            target.dock(page)
            page.set_embedded(True)
            selected = target.selected_ticket()
            if selected is not None:
                page.load(selected)
        self.docked_in = target

    def open(self, ticket_id: str) -> bool:
        """Enter on a row: the pane shows it and takes the focus. False: no pane here."""
        if self.docked_in is None or self._window.pages.currentWidget() is not self.docked_in:
            return False
        self._follow.stop()
        page = self._window.ticket_page
        page.load(ticket_id)
        page.thread_scroll.setFocus()
        return True

    def _selected(self, page: TicketListPage, ticket_id: str) -> None:
        if page is self.docked_in:
            self._pending = ticket_id
            self._follow.start()

    def _load_pending(self) -> None:
        if self._pending is not None and self.docked_in is not None:
            self._window.ticket_page.load(self._pending)
        self._pending = None
