"""Master–detail: where there is room, the ticket page sits beside My tickets or Team
tickets and shows the selected ticket; the arrows move through the list and the pane
follows.

Room means: the list keeps what its columns need whole in this language and font
(TicketListPage.needed_width: nothing cut, no sideways scrolling; channel, product and
submitter may step aside, the pane's header says them), and the pane beside it what a
ticket needs to read well (TicketPage.readable_width: a message's lines, the reply box's
row, the ticket's actions). Decided again when the window's width, the language, the
font or the list's rows change what that takes. Docking is decided with PANE_SLACK to
spare and given up only without it, so that what docking itself moves (the columns
fitted again) never flips it back.

In a narrow window the list stands alone and a ticket opens over it, as before. The one
ticket page moves between the two places (its reply box, drafts and live updates stay
one and the same).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop.ui.shell.first_paint import after_the_first_paint, first_paint_pending
from desktop.ui.tickets.list.ticket_list_page import TicketListPage

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

# A new window's width where the screen has room: the least that shows the pane in
# English at the usual text size, and a little over (the demo's: the navigation 196 px,
# My tickets 635 and Team tickets 654 beside a ticket's 388: from 1,253 and 1,272 px).
# A 1366 px laptop's window (95 % of it, 1,297 px) shows it; a 1280 px screen's does not.
DEFAULT_WINDOW_WIDTH = 1296
# Docked only with this much to spare, given up only without any: what docking changes
# (the columns fitted to a narrower list, a scrollbar) never undocks it again.
PANE_SLACK = 8
# Before a ticket page is built, its least width is at least this many of the font's
# average characters (a message's line of 45, and the thread around it: TicketPage):
# short of that there is no need to build it to know.
PANE_LEAST_CHARS = 56
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
        # Rows, words or a font that change what the list or the pane needs, and the
        # navigation made wider or narrower by them: decided again once they settle.
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.arrange)
        self._after_paint = False
        window.pages.currentChanged.connect(lambda _index: self.arrange())
        # Watched from the first paint on: before it, every event of the window passing
        # through Python would cost the start (first_paint.py).
        after_the_first_paint(self._watch_window)

    def _watch_window(self) -> None:
        self._window.pages.installEventFilter(self)
        self._window.installEventFilter(self)

    def watch(self, page: TicketListPage) -> None:
        page.ticket_selected.connect(lambda ticket_id: self._selected(page, ticket_id))
        page.needs_changed.connect(self._again.start)
        page.search_changed.connect(lambda text: self._search_changed(page, text))
        page.rows_hidden.connect(lambda: self._rows_hidden(page))

    def _search_changed(self, page: TicketListPage, text: str) -> None:
        """The docked list searched again (or cleared): the ticket beside it marks that."""
        if page is self.docked_in:
            self._window.ticket_page.set_search(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self._window.pages and kind == QEvent.Type.Resize:
            self._again.start()  # the navigation took more or less of the window
        elif watched is self._window and kind in (
            QEvent.Type.LanguageChange,
            QEvent.Type.FontChange,
        ):
            self._again.start()
        return False

    def showing(self, ticket_id: str) -> bool:
        """Is this ticket on screen in the pane now?"""
        if self.docked_in is None or not self.docked_in.isVisible():
            return False
        ticket = self._window.ticket_page.ticket
        return ticket is not None and ticket.id == ticket_id

    def pane_least(self, build: bool = True) -> int:
        """The least width the ticket page reads well at, in this language and font;
        ``build`` False: a lower bound, without building the page if it is not yet."""
        page = self._window.ticket_page if build else self._window.built_ticket_page
        if page is not None:
            return page.readable_width()
        return PANE_LEAST_CHARS * self._window.fontMetrics().averageCharWidth()

    def fits(self, page: TicketListPage) -> bool:
        """Has ``page`` room for the pane beside its list (module's note)?"""
        room = page.body_room(self._window.pages.width())
        slack = 0 if page is self.docked_in else PANE_SLACK
        least = page.needed_width() + page.body.handleWidth() + slack
        if room < least + self.pane_least(build=False):
            return False  # no need to build the ticket page to know
        return room >= least + self.pane_least()

    def arrange(self) -> None:
        """Dock the ticket page beside the list shown, or give it back to the pages."""
        window = self._window
        if first_paint_pending():
            # The start's first paint shows the list alone: the ticket page is built
            # (and the columns measured) after it.
            if not self._after_paint:
                self._after_paint = True
                after_the_first_paint(self._arrange_after_paint)
            return
        current = window.pages.currentWidget()
        target = None
        if window.user is not None and isinstance(current, TicketListPage) and self.fits(current):
            target = current
        if target is self.docked_in:
            if target is not None:
                target.share_body(target.needed_width(), self.pane_least())
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
            target.dock(page, target.needed_width(), self.pane_least())
            page.set_embedded(True)
            page.set_search(target.search_text)
            selected = target.selected_ticket()
            if selected is not None:
                page.load(selected)
        self.docked_in = target

    def _arrange_after_paint(self) -> None:
        self._after_paint = False
        self.arrange()

    def open(self, ticket_id: str) -> bool:
        """Enter on a row: the pane shows it and takes the focus. False: no pane here."""
        if self.docked_in is None or self._window.pages.currentWidget() is not self.docked_in:
            return False
        self._follow.stop()
        page = self._window.ticket_page
        page.set_search(self.docked_in.search_text)
        page.load(ticket_id)
        page.thread_scroll.setFocus()
        return True

    def _selected(self, page: TicketListPage, ticket_id: str) -> None:
        if page is self.docked_in:
            self._pending = ticket_id
            self._follow.start()

    def _rows_hidden(self, page: TicketListPage) -> None:
        """The docked list shows no row (its search found nothing): nor does the pane."""
        if page is self.docked_in:
            self._follow.stop()
            self._pending = None
            self._window.ticket_page.show_none()

    def _load_pending(self) -> None:
        if self._pending is not None and self.docked_in is not None:
            self._window.ticket_page.set_search(self.docked_in.search_text)
            self._window.ticket_page.load(self._pending)
        self._pending = None
