"""Whether My tickets' trend chart stands over the rows: only while enough rows remain.

The rows (and a ticket read beside them) come first in a short window: a small screen,
large text. The chart steps aside when, with it shown, the table would show fewer than
MIN_ROWS_WITH_CHART rows. Counted in rows, not in the page's pixels: a 600 px threshold
hid it in Japanese only, whose two-line "nothing can be saved" banner made the page
588 px where English and Dutch had 605 (issue 19).

The rows are counted from the layouts' hints (what they will give each item), not from
the geometry now, which lags a resize and depends on whether the chart is shown: the
answer is the same with the chart shown or not, so placing it never flips it back.
And only while the admin wants it (View → Issue trend chart): hidden, the rows get its room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QTableView, QWidget

# The least rows the table keeps with the chart over it.
MIN_ROWS_WITH_CHART = 5


class ChartRoom(QObject):
    def __init__(
        self,
        page: QWidget,
        body: QWidget,
        column: QWidget,
        rows: QWidget,
        table: QTableView,
        chart: QWidget,
    ) -> None:
        """``chart`` over ``rows`` (which hold ``table``) in ``column``, which is in
        ``body``, the item of ``page``'s layout that takes the height the others leave."""
        super().__init__(page)
        self._page, self._body, self._column = page, body, column
        self._rows, self._table, self._chart = rows, table, chart
        self._asked = False
        self.wanted = True  # the admin's choice (View menu); the room decides within it
        page.installEventFilter(self)
        column.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self._page and kind == QEvent.Type.Resize:
            self.place()  # at once: no frame drawn with the chart where it cannot stay
            self._place_when_laid_out()
        elif kind in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            # A page resized while hidden lays its list's column out only when shown, and
            # the filters (one row or two) and the legend's lines follow the column's
            # width after that: placed again then (Japanese at 1,024 × 640 hid the chart
            # by the filters' two rows at a width it no longer had).
            self._place_when_laid_out()
        return False

    def _place_when_laid_out(self) -> None:
        if not self._asked:
            self._asked = True
            QTimer.singleShot(0, self, self._place_laid_out)

    def _place_laid_out(self) -> None:
        self._asked = False
        if self._page.isVisible():
            self.place()

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self.place()

    def place(self) -> None:
        shown = self.wanted and self.rows_with_chart() >= MIN_ROWS_WITH_CHART
        if shown == self._chart.isHidden():
            self._chart.setVisible(shown)

    def rows_with_chart(self) -> float:
        """How many rows the table shows with the chart over it, shown now or not."""
        page, column = self._page, self._column
        room = page.height() - _others_height(page.layout(), self._body, page.width())
        width = column.width()
        room -= _others_height(column.layout(), self._rows, width)
        if self._chart.isHidden():
            layout = column.layout()
            spacing = layout.spacing() if layout is not None else 0
            room -= _hint_height(self._chart, width) + spacing
        table = self._table
        room -= table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        return room / max(1, table.verticalHeader().defaultSectionSize())


def _hint_height(item: QWidget | QLayoutItem, width: int) -> int:
    """The height ``item`` is laid out at, ``width`` wide (a legend, a label, wrapping)."""
    if item.hasHeightForWidth():
        return item.heightForWidth(width)
    return item.sizeHint().height()


def _others_height(layout: QLayout | None, stretched: QWidget, width: int) -> int:
    """What a vertical ``layout`` gives its shown items other than ``stretched`` (which
    takes the rest): their heights, the spacing between all of them, the margins."""
    if layout is None:
        return 0
    margins = layout.contentsMargins()
    width -= margins.left() + margins.right()
    total = margins.top() + margins.bottom()
    shown = 0
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue  # a hidden widget takes no room, nor spacing
        shown += 1
        if item.widget() is not stretched:
            total += _hint_height(item, width)
    return total + layout.spacing() * max(0, shown - 1)
