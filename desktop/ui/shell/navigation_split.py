"""The window's split between the navigation and the pages, and the widths it keeps.

The navigation takes the width its longest entry wants (within a third of the window);
the pages take the rest. In a new language or font every page the navigation offers is
built and measured, so that the navigation gives way to the widest page once, the same
on every page, and not again each time a page first opens.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from desktop.ui.shell.lazy_page import LazyPage
    from desktop.ui.shell.navigation import Navigation
    from desktop.ui.shell.page_stack import PageStack
    from desktop.ui.tickets.list.ticket_list_page import TicketListPage


class NavigationSplit(QSplitter):
    """The navigation on the left, the pages on the right; one measure of both."""

    def __init__(
        self,
        navigation: Navigation,
        pages: PageStack,
        offered: Mapping[str, LazyPage[Any]],
        ticket_lists: Callable[[], list[TicketListPage]],
    ) -> None:
        super().__init__()
        self.setObjectName("main_splitter")
        self._navigation = navigation
        self._pages = pages
        self._offered = offered  # the pages built on first use, by navigation entry
        self._ticket_lists = ticket_lists
        self.measure_asked = False  # a new language or font: pages measured again
        self.addWidget(navigation)
        self.addWidget(pages)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setSizes([200, 900])
        # Another language or text size: the navigation wants another width.
        navigation.wanted_width_changed.connect(lambda _wanted: self.give_navigation_its_width())

    def fit_window(self, window_width: int) -> None:
        """The window was resized: the navigation a third of it at most, the pages the rest."""
        self._navigation.fit_window(window_width)
        self.give_navigation_its_width()

    def measure_pages_later(self) -> None:
        """Once the pages have their new words or font (each takes its change on the same
        pass of the loop, the lists' columns one pass later): measured again, all of them."""
        if not self.measure_asked:
            self.measure_asked = True
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.measure_pages))

    def list_least_changed(self, page: TicketListPage) -> None:
        """A hidden list fitted to its rows (Team tickets built for measuring, its rows read
        a moment later): the window learns what it needs now, not when it is shown."""
        if not page.isVisible():
            self._pages.measure_again()
            self.give_navigation_its_width()

    def measure_pages(self) -> None:
        """Every page the navigation offers built, and measured in this language and font:
        the navigation gives way to the widest now, the same on every page.

        A page first built later (or a hidden list fitted to the new font only when shown)
        was measured only as it opened, and the navigation narrowed then, once: Dutch at
        11 pt under X11, 1024×640: 304 px on My tickets, 290 from Team tickets on)."""
        self.measure_asked = False
        for target in self._navigation.visible_targets():
            lazy = self._offered.get(target)
            if lazy is not None:
                lazy.get()
        for page in self._ticket_lists():
            if not page.isVisible() and page.model.rowCount():
                page.columns.fit()  # hidden, it fitted its columns to a font only when shown
        self._pages.measure_again()
        self.give_navigation_its_width()

    def give_navigation_its_width(self) -> None:
        """The navigation as wide as it wants (its longest entry, within a third of the
        window); the pages take the rest."""
        wanted = self._navigation.wanted_width
        sizes = self.sizes()
        if wanted and sizes and sizes[0] != wanted:
            self.setSizes([wanted, max(0, sum(sizes) - wanted)])
