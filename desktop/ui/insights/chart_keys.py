"""The insight charts by keyboard (R20): Tab reaches a chart, the arrows move a highlight
from bar to bar, Enter opens the tickets behind it as a click does.

A newcomer found the bars reachable by mouse only (the tables were by keyboard). The
highlight is the hover's own (hover.py: the bar's selected colour, a ring's part pulled
out); the hint beside it (drawn in the chart: Qt hides a tooltip with the next key)
and the chart's accessible description say the part's name and count. Bars lying down
(the issues) move with Up and Down, the weeks with Left and Right; the other pair
moves across: between a bar's products, between the two lines. Home and End go to
the first and the last. Parts that are not drawn (a product's
count of none) are passed over; a week's point of none is shown but opens nothing.

Where Insights scrolls (a 1024×640 window), the chart reached by Tab and its highlighted
part scroll into view, and the hint stays in what is seen of the chart (the weekly
chart's points and hint were below the window's edge). Back from the tickets a part
opened, the same part is highlighted again (:meth:`ChartKeys.resume`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from PySide6.QtCharts import QBarSet, QChart, QChartView, QLineSeries, QPieSeries
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolTip, QWidget

from desktop.ui.insights.hover import hint
from desktop.ui.insights.table_model import cell_text
from desktop.ui.look.inner_focus_ring import draw_focus_ring_inside


@dataclass(frozen=True)
class Part:
    """A bar, a bar's product, a week's point or a ring's part."""

    label: str  # what it is: "Sync", "Sync, Dropbox", "Opened, week of Sep 7, 2026"
    count: int  # the tickets it counts
    select: Callable[[], None]  # highlighted as under the pointer (the others not)
    activate: Callable[[], None]  # as a click on it
    place: Callable[[], QPointF]  # where it is drawn, in the chart's scene


Grid = list[list[Part | None]]  # rows along the main keys, a row's parts across


class PartText(QObject):
    # A QObject for its tr(): lupdate takes plural forms from tr(), not from translate().
    def count(self, label: str, count: int) -> str:
        return self.tr("{part}: %n ticket(s)", "", count).format(part=label)

    def product(self, issue: str, product: str) -> str:
        return self.tr("{issue}, {product}").format(issue=issue, product=product)

    def week(self, series: str, day: date, last: date | None = None) -> str:
        """A week's point: "week of" its Monday when all its days are counted, else the
        days that are ("Sep 15, 2026 to Sep 20, 2026": a period begun on a Tuesday)."""
        if last is None or (day.weekday() == 0 and last == day + timedelta(days=6)):
            return self.tr("{series}, week of {day}").format(series=series, day=cell_text(day))
        if last == day:
            return self.tr("{series}, {day}", "a week's one counted day").format(
                series=series, day=cell_text(day)
            )
        return self.tr("{series}, {first} to {last}", "a week's counted days").format(
            series=series, first=cell_text(day), last=cell_text(last)
        )


UP_DOWN = ((Qt.Key.Key_Up,), (Qt.Key.Key_Down,))
LEFT_RIGHT = ((Qt.Key.Key_Left,), (Qt.Key.Key_Right,))
EITHER = ((Qt.Key.Key_Left, Qt.Key.Key_Up), (Qt.Key.Key_Right, Qt.Key.Key_Down))
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
MOVE_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)


class ChartKeys(QObject):
    """One chart view's keyboard: focus, highlight, hint, Enter. The parts come with each
    drawing (:meth:`set_parts`); without parts the chart takes no focus."""

    def __init__(self, view: QChartView) -> None:
        super().__init__(view)
        self.view = view
        self.grid: Grid = []
        self.at: tuple[int, int] | None = None  # (row, column) of the highlighted part
        self.left_at: tuple[int, int] | None = None  # the part highlighted as focus went
        self._resume: tuple[int, int] | None = None  # highlighted again with the focus
        self.caption = ""  # the chart's description when no part is highlighted
        self._main: tuple[tuple[Qt.Key, ...], tuple[Qt.Key, ...]] = LEFT_RIGHT
        self._across: tuple[tuple[Qt.Key, ...], tuple[Qt.Key, ...]] = UP_DOWN
        self._clear: Callable[[], None] = lambda: None
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The chart fills its card edge to edge: a ring outside it would be clipped away.
        self.ring = draw_focus_ring_inside(view)
        # The hint beside the part, as the pointer's tooltip looks: a tooltip itself goes
        # with the next key released (Qt hides tooltips on key presses and releases).
        self.hint = QLabel(view)
        self.hint.setObjectName("chart_key_hint")
        self.hint.setPalette(QToolTip.palette())
        self.hint.setAutoFillBackground(True)
        self.hint.setFrameShape(QFrame.Shape.Box)
        self.hint.setMargin(4)
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hint.hide()
        view.installEventFilter(self)

    def set_parts(
        self,
        grid: Grid,
        clear: Callable[[], None],
        *,
        lying: bool = False,
        ring: bool = False,
    ) -> None:
        """The parts, row by row as the main keys move: ``lying`` bars (one row per bar,
        Up and Down), a ``ring`` (either pair), else Left and Right; ``clear`` takes the
        highlight off every part."""
        self.grid = grid
        self._clear = clear
        self._main, self._across = (UP_DOWN, LEFT_RIGHT) if lying else (LEFT_RIGHT, UP_DOWN)
        if ring:
            self._main = EITHER
        has_parts = any(part is not None for row in grid for part in row)
        self.view.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if has_parts else Qt.FocusPolicy.NoFocus
        )
        at = self.at
        self.at = None
        if self.view.hasFocus() and has_parts:
            # Drawn again (another palette, larger text): the same part stays highlighted.
            keep = at if at is not None and self._part(at) is not None else None
            self._go(keep or self._first())
        else:
            self._describe()

    def set_caption(self, text: str) -> None:
        self.caption = text
        self._describe()

    def resume(self) -> None:
        """The part highlighted when the focus left, highlighted again as it comes back
        (from the tickets it opened); else the first, as on Tab."""
        self._resume = self.left_at
        if self.view.hasFocus() and self._resume is not None and self._part(self._resume):
            # The focus back already (a stacked page gives it back as it shows).
            self._go(self._resume)
            self._resume = None

    def part(self) -> Part | None:
        """The highlighted part."""
        return None if self.at is None else self._part(self.at)

    # -- events ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusIn and self.at is None:
            resume, self._resume = self._resume, None
            first = resume if resume is not None and self._part(resume) else self._first()
            if first is not None:
                self._go(first)
        elif kind == QEvent.Type.FocusOut:
            self._leave()
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Home and End are the ticket list's shortcuts too: here, they are the chart's.
            if self._ours(event):
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._ours(event):
                self._key(event.key())
                return True
        return False

    def _ours(self, event: QKeyEvent) -> bool:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return plain and bool(self.grid) and event.key() in (*MOVE_KEYS, *OPEN_KEYS)

    def _key(self, key: int) -> None:
        if key in OPEN_KEYS:
            part = self.part()
            if part is not None and part.count > 0:
                part.activate()
            return
        at = self.at or self._first()
        if at is None:
            return
        back, forth = self._main
        before, after = self._across
        if key == Qt.Key.Key_Home:
            target = self._row_from(0, 1, at[1])
        elif key == Qt.Key.Key_End:
            target = self._row_from(len(self.grid) - 1, -1, at[1])
        elif key in back or key in forth:
            step = -1 if key in back else 1
            target = self._row_from(at[0] + step, step, at[1])
        elif key in before or key in after:
            target = self._across_from(at, -1 if key in before else 1)
        else:
            return
        self._go(target or at)

    # -- moving -----------------------------------------------------------------------

    def _part(self, at: tuple[int, int]) -> Part | None:
        row, column = at
        if 0 <= row < len(self.grid) and 0 <= column < len(self.grid[row]):
            return self.grid[row][column]
        return None

    def _first(self) -> tuple[int, int] | None:
        return self._row_from(0, 1, 0)

    def _row_from(self, row: int, step: int, column: int) -> tuple[int, int] | None:
        """The first row from ``row`` on (by ``step``) with a part; in it, the part in
        ``column`` or the nearest one."""
        while 0 <= row < len(self.grid):
            columns = [c for c, part in enumerate(self.grid[row]) if part is not None]
            if columns:
                return row, min(columns, key=lambda c: (abs(c - column), c))
            row += step
        return None

    def _across_from(self, at: tuple[int, int], step: int) -> tuple[int, int] | None:
        row, column = at[0], at[1] + step
        while 0 <= column < len(self.grid[row]):
            if self.grid[row][column] is not None:
                return row, column
            column += step
        return None

    def _go(self, at: tuple[int, int] | None) -> None:
        part = None if at is None else self._part(at)
        if part is None:
            return
        self.at = at
        self._clear()
        part.select()
        self.hint.setText(self._describe())
        self.hint.adjustSize()
        point = self.view.mapFromScene(part.place())
        self._scroll_to(point)
        # Below and right of the part, as a tooltip sits by the pointer; inside what is
        # seen of the chart (where the page scrolls, not all of it is).
        seen = self._seen()
        place = point + QPoint(12, 12)
        size = self.hint.size()
        x = max(seen.left(), min(place.x(), seen.right() + 1 - size.width()))
        below = place.y() + size.height() <= seen.bottom() + 1
        y = place.y() if below else place.y() - 24 - size.height()
        self.hint.move(x, max(seen.top(), y))
        self.hint.show()
        self.hint.raise_()
        self.ring.raise_()

    def _scroll_to(self, point: QPoint) -> None:
        """The chart in view where the page scrolls, and the part at ``point`` with room
        for its hint (below or above it) where the chart is taller than the view."""
        area = _scroll_area(self.view)
        if area is None:
            return
        # Not ensureWidgetVisible: a chart's view names its scene's focus as its cursor,
        # and Qt then shows that spot only.
        _ensure_visible(area, self.view, self.view.rect())
        room = self.hint.size()
        spot = QRect(
            point.x() - 12,
            point.y() - room.height() - 24,
            room.width() + 24,
            2 * room.height() + 48,
        )
        _ensure_visible(area, self.view, spot.intersected(self.view.rect()))

    def _seen(self) -> QRect:
        """The part of the chart seen (all of it, but where the page scrolls)."""
        area = _scroll_area(self.view)
        if area is None:
            return self.view.rect()
        viewport = area.viewport()
        seen = QRect(self.view.mapFrom(viewport, QPoint(0, 0)), viewport.size())
        seen = seen.intersected(self.view.rect())
        return seen if not seen.isEmpty() else self.view.rect()

    def _leave(self) -> None:
        self.left_at = self.at
        if self.at is not None:
            self._clear()
        self.at = None
        self._describe()
        self.hint.hide()

    def _describe(self) -> str:
        """What the highlighted part is, as its hint and the chart's description say."""
        part = self.part()
        if part is None:
            self.view.setAccessibleDescription(self.caption)
            return ""
        text = PartText().count(part.label, part.count)
        if part.count > 0:
            text += "\n" + hint(part.count)  # what Enter does, as the pointer's hint says
        self.view.setAccessibleDescription(text)
        return text


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area ``widget`` is in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _ensure_visible(area: QScrollArea, widget: QWidget, rect: QRect) -> None:
    """``rect`` of ``widget`` scrolled into ``area``'s view (its top-left part where it
    is larger)."""
    content = area.widget()
    if content is None or rect.isEmpty():
        return
    viewport = area.viewport().size()
    width = min(rect.width(), viewport.width())
    height = min(rect.height(), viewport.height())
    middle = widget.mapTo(content, rect.topLeft()) + QPoint(width // 2, height // 2)
    area.ensureVisible(middle.x(), middle.y(), width // 2, height // 2)


# -- the parts of each chart ------------------------------------------------------------


def bar_parts(chart: QChart, sets: list[QBarSet], labels: list[str]) -> Grid:
    """Lying bars, stacked by set: a row per category from the top (the axis draws the
    first category at the bottom), a part per set's non-zero count in it."""
    series = chart.series()[0] if chart.series() else None

    def place(middle: QPointF) -> QPointF:
        return chart.mapToPosition(middle, series) if series is not None else QPointF()

    rows: Grid = []
    for index in reversed(range(len(labels))):
        row: list[Part | None] = []
        start = 0.0
        for bars in sets:
            value = bars.at(index)
            if value <= 0:
                row.append(None)
                continue
            name = labels[index]
            if len(sets) > 1:  # stacked: the product too
                name = PartText().product(name, bars.label())
            middle = QPointF(start + value / 2, index)
            row.append(
                Part(
                    name,
                    int(value),
                    partial(bars.selectBar, index),
                    partial(bars.clicked.emit, index),
                    partial(place, middle),
                )
            )
            start += value
        rows.append(row)
    return rows


def clear_bars(sets: list[QBarSet]) -> Callable[[], None]:
    def clear() -> None:
        for bars in sets:
            bars.deselectAllBars()

    return clear


def line_parts(
    chart: QChart,
    lines: list[QLineSeries],
    weeks: list[date],
    days: list[tuple[date, date]] | None = None,
) -> Grid:
    """A row per week, in order; a part per line (opened, solved) across. ``days``: each
    week's counted days (week_axis.counted_days), said where not the whole week."""
    rows: Grid = []
    for index, monday in enumerate(weeks):
        first, last = days[index] if days is not None else (monday, None)
        row: list[Part | None] = []
        for line in lines:
            point = line.at(index)
            row.append(
                Part(
                    PartText().week(line.name(), first, last),
                    int(point.y()),
                    partial(line.selectPoint, index),
                    partial(line.clicked.emit, point),
                    partial(chart.mapToPosition, point, line),
                )
            )
        rows.append(row)
    return rows


def clear_lines(lines: list[QLineSeries]) -> Callable[[], None]:
    def clear() -> None:
        for line in lines:
            line.deselectAllPoints()

    return clear


def pie_parts(chart: QChart, pie: QPieSeries, labels: list[str]) -> Grid:
    """A row per part of the ring, in its order; a part of none is not drawn, nor met."""
    rows: Grid = []
    for part, label in zip(pie.slices(), labels, strict=True):
        count = int(part.value())
        rows.append(
            [
                Part(
                    label,
                    count,
                    partial(part.setExploded, True),
                    partial(pie.clicked.emit, part),
                    lambda: chart.plotArea().center(),
                )
                if count > 0
                else None
            ]
        )
    return rows


def clear_pie(pie: QPieSeries) -> Callable[[], None]:
    def clear() -> None:
        for part in pie.slices():
            part.setExploded(False)

    return clear
