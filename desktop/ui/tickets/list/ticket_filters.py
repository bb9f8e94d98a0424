"""The filter bar over a ticket list: status, product, category, and search as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from desktop.ui.look.theme import FOCUS_RING_ROOM
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
        rows = QVBoxLayout(self)
        # Around each box, room for its focus ring (drawn just outside it, in this
        # widget): flush, a drop-down's ring and the hidden columns' count's showed as a
        # thin bar at their side. (The search box draws its own, inside it.)
        room = FOCUS_RING_ROOM
        rows.setContentsMargins(0, room, room, room)
        rows.setSpacing(2 * FOCUS_RING_ROOM)
        self._top = QHBoxLayout()
        self._bottom = QHBoxLayout()
        for row in (self._top, self._bottom):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(max(row.spacing(), 2 * FOCUS_RING_ROOM))
            rows.addLayout(row)
        # After the drop-downs (the hidden columns' count): on their row, one or two.
        self._trailing: QWidget | None = None
        self.wrapped = False
        self._place()
        self.retranslate_ui()

    # -- one row, or two when the words do not fit in one -----------------------------

    def add_trailing(self, widget: QWidget) -> None:
        """``widget`` after the drop-downs, on their row (keeping the tab order as read)."""
        self._trailing = widget
        self._place()
        self.arrange()

    def one_row_width(self) -> int:
        """What the search box's hint and the drop-downs' "All …" need, whole, in a row:
        in Dutch or Japanese beside the reading pane they were cut to "Alle product…" and
        「すべてのステ…」 (their elided choice said nothing of what they filter)."""
        needs = self._needs()
        shown = len(needs)
        need = sum(needs.values())
        trailing = self._trailing
        if trailing is not None and not trailing.isHidden():
            need += trailing.sizeHint().width()
            shown += 1
        # And a pixel each: the row shares its room by stretch, in whole pixels, and with
        # no more than the needs a box could come out a pixel short (the chosen product
        # "Dropbox Dash" cut at 800 px).
        return need + self._top.spacing() * (shown - 1) + shown

    def _needs(self) -> dict[QWidget, int]:
        """The width each box needs for its hint, or its "All …" and its chosen entry,
        whole (the wider): an Insights drill-down's "New, open or pending" was cut to
        "New, open or …" by a row shared as "All statuses" needs (issue 19)."""
        search = self.search
        # QLineEdit's hint is 17 "x" wide plus its frame and margins; its clear button
        # keeps its room on the right, empty box or not.
        metrics = search.fontMetrics()
        frame = search.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
        clear = search.findChild(QToolButton)
        at = clear.x() if clear is not None else 0
        frame += search.width() - at if 0 < at < search.width() else search.height()
        needs: dict[QWidget, int] = {
            search: frame + metrics.horizontalAdvance(search.placeholderText())
        }
        for combo in (self.status, self.product, self.category):
            need = combo.width_for(combo.itemText(0))
            # Measured only when chosen: the row is arranged on every resize before the
            # first paint too, and the "All …" entry is the one shown at the start.
            if combo.currentIndex() > 0:
                need = max(need, combo.width_for(combo.currentText()))
            needs[combo] = need
        return needs

    def arrange(self) -> None:
        """The search box over the drop-downs when they do not fit whole beside it."""
        wrapped = self.width() < self.one_row_width()
        if wrapped != self.wrapped:
            self.wrapped = wrapped
            self._place()
        # Each shares its row's room as it needs it (a box's stretch, its need in pixels):
        # by fixed shares, the search box's hint was cut while a drop-down had room over.
        for widget, need in self._needs().items():
            row = self._top if widget is self.search or not self.wrapped else self._bottom
            row.setStretchFactor(widget, max(1, need))

    def _place(self) -> None:
        for row in (self._top, self._bottom):
            while row.count():
                row.takeAt(0)
        combos_row = self._bottom if self.wrapped else self._top
        self._top.addWidget(self.search, 1 if self.wrapped else 2)
        for combo in (self.status, self.product, self.category):
            combos_row.addWidget(combo, 1)
        if self._trailing is not None:
            combos_row.addWidget(self._trailing)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.arrange()

    def _combo(self, name: str, values: tuple[str, ...]) -> ElidingComboBox:
        combo = ElidingComboBox()
        combo.setObjectName(name)
        combo.addItem("", "")
        for value in values:
            combo.addItem("", value)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        # Another entry, another width: the row is shared (or wrapped) again.
        combo.currentIndexChanged.connect(lambda _index: self.arrange())
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

    def show_values(self, status: str, product: str, category: str, search: str = "") -> None:
        """Show these (an Insights drill-down's, or the admin's own from before it) and
        this search (none for a drill-down): one change, not four."""
        self.blockSignals(True)
        try:
            self.search.setText(search)
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
        if watched is self.search and self.search.text() and is_escape(event):
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
            self.arrange()  # other words, other widths
        super().changeEvent(event)


def is_escape(event: QEvent) -> bool:
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
