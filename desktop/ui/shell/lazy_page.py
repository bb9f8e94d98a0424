"""A page of the main window that is built the first time it is needed.

The window opens on My tickets; building Billing, Insights (QtCharts),
Recommendations and Get help first would cost a third of the start for pages
that may never be opened this session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

PageT = TypeVar("PageT", bound=QWidget)
Binding = Callable[[PageT], None]


class LazyPage(Generic[PageT]):
    """Builds its page on first :meth:`get`, adds it to the stack, then applies the last binding."""

    def __init__(self, stack: QStackedWidget, build: Callable[[], PageT]) -> None:
        self._stack = stack
        self._build = build
        self._page: PageT | None = None
        self._binding: Binding[PageT] | None = None

    @property
    def built(self) -> PageT | None:
        """The page if it exists; for work that only matters to a page already built."""
        return self._page

    def get(self) -> PageT:
        if self._page is None:
            page = self._build()
            self._stack.addWidget(page)
            self._page = page
            if self._binding is not None:
                self._binding(page)
        return self._page

    def bind(self, binding: Binding[PageT]) -> None:
        """What the page shows (a session's service, or none): now if built, else when built."""
        self._binding = binding
        if self._page is not None:
            binding(self._page)

    def is_current(self) -> bool:
        return self._page is not None and self._stack.currentWidget() is self._page
