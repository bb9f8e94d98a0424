"""The filter bar over a ticket list: status, product, category, and search as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.ui.text.labels import (
    CATEGORIES,
    PRODUCTS,
    STATUSES,
    category_label,
    product_label,
    status_label,
)
from desktop.ui.tickets.list.eliding_combo import ElidingComboBox

# New, open or pending: the tickets open now, as an Insights drill-down lists them (R20).
UNSOLVED = "unsolved"
# The local store answers within a frame: search on every key, coalescing only the
# keys that arrive in the same pass of the event loop (a paste, key repeat).
SEARCH_PAUSE_MS = 0
# The search box never narrower than this many characters of its font.
SEARCH_MIN_CHARACTERS = 16


class TicketFilters(QWidget):
    changed = Signal()
    # Enter or Down in the search box: the admin goes on to what it found.
    results_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("ticket_search")
        self.search.setClearButtonEnabled(True)
        # A few words always show as typed, however long the filters' names (Dutch, 1024 px).
        self.search.setMinimumWidth(
            SEARCH_MIN_CHARACTERS * self.search.fontMetrics().averageCharWidth()
        )
        self.status = self._combo("status_filter", (UNSOLVED, *STATUSES))
        self.product = self._combo("product_filter", PRODUCTS)
        self.category = self._combo("category_filter", CATEGORIES)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.results_wanted)
        self._watching_keys = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in (self.status, self.product, self.category):
            layout.addWidget(combo, 1)
        self.retranslate_ui()

    def _combo(self, name: str, values: tuple[str, ...]) -> QComboBox:
        combo = ElidingComboBox()
        combo.setObjectName(name)
        combo.addItem("", "")
        for value in values:
            combo.addItem("", value)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return combo

    def values(self) -> dict[str, str]:
        """What the service filters by; empty values mean "all"."""
        return {
            "q": self.search.text().strip(),
            "status": str(self.status.currentData() or ""),
            "product": str(self.product.currentData() or ""),
            "category": str(self.category.currentData() or ""),
        }

    def active(self) -> bool:
        return any(self.values().values())

    def show_values(self, status: str, product: str, category: str) -> None:
        """Show these (an Insights drill-down's) and no search: one change, not four."""
        self.blockSignals(True)
        try:
            self.search.clear()
            for combo, value in (
                (self.status, status),
                (self.product, product),
                (self.category, category),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
        finally:
            self.blockSignals(False)
        self._pause.stop()
        self.changed.emit()

    def clear(self) -> None:
        """Every filter back to "all": one change, not four."""
        self.blockSignals(True)
        try:
            self.search.clear()
            for combo in (self.status, self.product, self.category):
                combo.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self._pause.stop()
        self.changed.emit()

    def _search_changed(self, _text: str) -> None:
        if not self._watching_keys:
            # Esc empties the search; with the box empty it goes on to the window as
            # before. Watched from the first key, not from the start: the first paint
            # makes no call into Python per event of the box.
            self._watching_keys = True
            self.search.installEventFilter(self)
        self._pause.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and self.search.text() and _is_escape(event):
            # The override is claimed first, so no Esc shortcut of the window fires; the
            # key press that follows clears the box.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.search.clear()
            return event.type() == QEvent.Type.KeyPress
        if watched is self.search and _is_down(event):
            self.results_wanted.emit()  # from the box to the list, not four Tabs away
            return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search subjects and messages… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search tickets"))
        labels = (
            (self.status, self.tr("All statuses"), status_label),
            (self.product, self.tr("All products"), product_label),
            (self.category, self.tr("All categories"), category_label),
        )
        for combo, everything, label in labels:
            combo.setItemText(0, everything)
            for index in range(1, combo.count()):
                combo.setItemText(index, label(str(combo.itemData(index))))
        self.status.setItemText(self.status.findData(UNSOLVED), self.tr("New, open or pending"))
        self.status.setAccessibleName(self.tr("Status"))
        self.product.setAccessibleName(self.tr("Product"))
        self.category.setAccessibleName(self.tr("Category"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _is_escape(event: QEvent) -> bool:
    """An Esc without modifiers, as a key press or as the shortcut check before it."""
    if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
        return False
    # Here, not at the top: naming Qt makes its ~90 enum types, which the first paint
    # must not pay for (desktop/ui/look/qt_values.py).
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    assert isinstance(event, QKeyEvent)
    return event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier


def _is_down(event: QEvent) -> bool:
    """Down or Page Down pressed, without modifiers."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    from PySide6.QtCore import Qt  # after the first paint, as in _is_escape
    from PySide6.QtGui import QKeyEvent

    assert isinstance(event, QKeyEvent)
    return (
        event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    )
