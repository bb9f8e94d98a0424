"""The headline numbers of Insights (R20): open tickets, first responses, this week's tickets.

A tile that counts tickets the list can show exactly opens them, as a chart's bar does
(drill_down.py): the open tickets, the late first responses, this week's tickets. A
click, or Enter or Space once Tab has reached it; the hand, a highlight and "Show these
5 tickets" say so first. The median and the share rated good count no list's tickets
(a time, ratings): they take no focus and offer no click. Nor does a tile counting none.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import (
    QEnterEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from desktop.api.insights import Insights
from desktop.services.insights import DrillDown, Period
from desktop.ui.insights import drill_down
from desktop.ui.insights.hover import hint
from desktop.ui.insights.table_model import cell_text
from desktop.ui.insights.tile_rows import TileRows
from desktop.ui.look.theme import (
    FOCUS_RING_WIDTH,
    TextRole,
    TypeStep,
    hover_edge_colour,
    set_text_role,
    set_type,
)
from desktop.ui.text.durations import span_text
from desktop.ui.text.line_breaks import NO_BREAK_SPACE
from desktop.ui.text.wrapped_label import WrappedLabel


def opened_days(first: date, last: date) -> str:
    """Which days' tickets, for a tile or a chart's caption: one day is named once
    ("Dec 7, 2026 to Dec 7, 2026" read oddly to a newcomer). Each day whole on a line
    (a tile wrapped "Dec" from "7, 2026")."""
    if first == last:
        return QCoreApplication.translate("KpiTiles", "Tickets opened on {day}").format(
            day=_whole(cell_text(first))
        )
    return QCoreApplication.translate("KpiTiles", "Tickets opened {first} to {last}").format(
        first=_whole(cell_text(first)), last=_whole(cell_text(last))
    )


def _whole(day: str) -> str:
    """A day's text that never breaks across lines (Qt copies its spaces as spaces)."""
    return day.replace(" ", NO_BREAK_SPACE)


class _TileTexts:
    """A tile's four texts, one above the other: what it counts, which tickets, the number,
    and a line on it."""

    def __init__(self, tile: QWidget, name: str) -> None:
        self.caption = WrappedLabel()
        # Which tickets the number counts: open now, or opened in some days (R20).
        self.counts = WrappedLabel()
        self.counts.setObjectName(f"{name}_counts")
        self.value = QLabel()
        self.value.setObjectName(f"{name}_value")
        set_type(self.value, TypeStep.FIGURE)
        self.detail = WrappedLabel()
        self.detail.setObjectName(f"{name}_detail")
        layout = QVBoxLayout(tile)
        for label in (self.caption, self.counts, self.value, self.detail):
            layout.addWidget(label)
            # In the palette's own colours even while the tile cannot be pressed (a
            # tile counting none): Qt's disabled greys do not read at 4.5:1.
            set_text_role(label, TextRole.PRIMARY)
        set_text_role(self.counts, TextRole.SECONDARY)
        layout.addStretch(1)

    def set_texts(self, tile: QWidget, caption: str, counts: str, value: str, detail: str) -> None:
        self.caption.setText(caption)
        self.counts.setText(counts)
        self.value.setText(value)
        self.detail.setText(detail)
        tile.setAccessibleName(f"{caption} ({counts}): {value}. {detail}")


class Tile(QFrame):
    """A tile whose number no list shows as counted (a time, ratings): it offers nothing."""

    activated = Signal()  # never: it opens nothing

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.opens = False
        self.hovered = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.texts = _TileTexts(self, name)
        self.caption, self.counts = self.texts.caption, self.texts.counts
        self.value, self.detail = self.texts.value, self.texts.detail

    def set_texts(self, caption: str, counts: str, value: str, detail: str) -> None:
        self.texts.set_texts(self, caption, counts, value, detail)

    def set_opens(self, hint: str | None, description: str = "") -> None:
        """Offers nothing, whatever it is asked."""

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt's name
        self.hovered = True
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self.hovered = False
        super().leaveEvent(event)


class ButtonTile(QAbstractButton):
    """A tile that opens the tickets it counts: a button, as assistive technology tells it
    (a frame with a click was read out as a frame), drawn as a tile. A click, or Enter or
    Space with the focus, opens them; the application's focus ring shows the focus.

    Counting none, it cannot be pressed (a screen reader says so) and takes no focus; its
    texts keep their colours (:class:`_TileTexts`)."""

    activated = Signal()  # clicked, or Enter or Space with the focus: open its tickets

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_tile")
        # A tile's size, not a push button's (fixed in height).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # Inside the frame, as a QFrame keeps its contents.
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        self.setContentsMargins(frame, frame, frame, frame)
        self.opens = False  # whether it opens the tickets it counts
        self.hovered = False
        self.texts = _TileTexts(self, name)
        self.caption, self.counts = self.texts.caption, self.texts.counts
        self.value, self.detail = self.texts.value, self.texts.detail
        self.clicked.connect(self.activated)
        self.set_opens(None)

    def set_texts(self, caption: str, counts: str, value: str, detail: str) -> None:
        self.texts.set_texts(self, caption, counts, value, detail)

    def set_opens(self, hint: str | None, description: str = "") -> None:
        """Opens tickets (``hint``: what a click does, ``description``: which tickets), or
        not (None): then it cannot be pressed, takes no focus and offers nothing."""
        self.opens = hint is not None
        self.setEnabled(self.opens)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.opens else Qt.FocusPolicy.NoFocus)
        if self.opens:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
            if self.hasFocus():
                self.clearFocus()
        self.setToolTip(hint or "")
        self.setAccessibleDescription(description)
        self.update()

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt's name
        self.hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self.hovered = False
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Space is a button's own key; Enter opens too, as on a list's row.
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self.opens and event.key() in keys and not event.modifiers() & ~KEYPAD:
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        lifted = self.opens and self.hovered
        if lifted:
            # Lifted onto the text fields' surface: a tint of the highlight itself took
            # the grey caption below 4.5:1 (3.9 light, 3.5 dark).
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        # The frame a QFrame's StyledPanel has (the tiles beside it keep theirs).
        frame = QStyleOptionFrame()
        frame.initFrom(self)
        frame.frameShape = QFrame.Shape.StyledPanel
        frame.lineWidth = 1
        frame.midLineWidth = 0
        self.style().drawControl(QStyle.ControlElement.CE_ShapedFrame, frame, painter, self)
        if lifted:  # edged in grey: the highlight is the focus ring's alone
            painter.setPen(hover_edge_colour(self.palette()))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


KEYPAD = Qt.KeyboardModifier.KeypadModifier  # the keypad's Enter is Enter too


def week_counts(insights: Insights, last_day: date) -> tuple[int, int]:
    """Tickets opened in the week of ``last_day`` and the week before (0 for a quiet week)."""
    monday = last_day - timedelta(days=last_day.weekday())
    opened = {w.week: w.opened for w in insights.weekly}
    return opened.get(monday, 0), opened.get(monday - timedelta(weeks=1), 0)


def good_share(good: int, bad: int, locale: QLocale) -> str:
    """The share of good ratings as a whole percentage, in the locale's own form."""
    return locale.toString(round(100 * good / (good + bad))) + locale.percent()


class TileHint(QObject):
    # A QObject for its tr(): lupdate takes plural forms from tr(), not from translate().
    def late(self, count: int) -> str:
        return self.tr("Show the %n late ticket(s)", "", count)

    def opens(self, tickets: str) -> str:
        return self.tr("Opens the list of these tickets. {tickets}").format(tickets=tickets)


class KpiTiles(TileRows):
    drill_down_requested = Signal(DrillDown)  # a tile's tickets, to list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpi_tiles")
        self.insights: Insights | None = None
        self.first_day: date | None = None
        self.last_day: date | None = None
        self.period: Period | None = None
        self.scope = "team"
        self.now: datetime | None = None
        # What each clickable tile opens now (none: it opens nothing).
        self.opens: dict[Tile | ButtonTile, DrillDown] = {}
        # Buttons, those that open the tickets they count; frames, the others.
        self.open_tile = ButtonTile("open_tickets")
        self.response_tile = ButtonTile("first_responses")
        self.median_tile = Tile("median_first_response")
        self.week_tile = ButtonTile("opened_this_week")
        self.rated_tile = Tile("rated_good")
        self._period_tiles = (self.response_tile, self.median_tile, self.week_tile, self.rated_tile)
        # Room for the focus ring just outside a tile (this row clipped its top and bottom).
        ring = FOCUS_RING_WIDTH
        self.grid().setContentsMargins(ring, ring, ring, ring)
        tiles: list[QWidget] = [self.open_tile, *self._period_tiles]
        for tile in (self.open_tile, *self._period_tiles):
            tile.activated.connect(lambda tile=tile: self._activated(tile))
        self.set_tiles(tiles)  # as many side by side as fit, the rest below (tile_rows.py)

    def show_insights(
        self, insights: Insights, period: Period, scope: str = "team", now: datetime | None = None
    ) -> None:
        """The period's numbers (its days ignored when it is "open now") of ``scope``'s
        tickets; ``now``: the service's time, what "overdue" is measured against."""
        self.insights = insights
        self.first_day = period.first
        self.last_day = period.last
        self.period = period
        self.scope = scope
        self.now = now
        self.retranslate_ui()

    def _activated(self, tile: Tile | ButtonTile) -> None:
        opened = self.opens.get(tile)
        if opened is not None:
            self.drill_down_requested.emit(opened)

    def _offer(
        self, tile: Tile | ButtonTile, count: int, opened: DrillDown | None, hover: str = ""
    ) -> None:
        """``tile`` opens ``opened``, the ``count`` tickets it counts (when there are any)."""
        if opened is None or count <= 0:
            self.opens.pop(tile, None)
            tile.set_opens(None)
            return
        self.opens[tile] = opened
        tile.set_opens(hover or hint(count), TileHint().opens(drill_down.describe(opened)))

    def _opened(self, first: date, last: date) -> str:
        return opened_days(first, last)

    def _week_words(self, first: date, last: date, before: int) -> tuple[str, str, str]:
        """The week tile's caption, days and line on the week before, around its number.

        On a Monday "Opened this week" beside "5 in the week before" read as a week's
        tickets against a week's, and it was one day's (a newcomer, issue 19): a week
        still running says "so far" and how many of its days are counted, and the week
        before that it is counted whole. A week not today's is not "this week".
        """
        today = (self.now or datetime.now(UTC)).astimezone(UTC).date()  # the service's day
        days = (last - first).days + 1
        monday = last - timedelta(days=last.weekday())
        if not monday <= today <= monday + timedelta(days=6):
            caption = self.tr("Opened in the period's last week")
        elif last == today and days < 7:
            caption = self.tr("Opened this week so far (%n day(s))", "", days)
        else:
            caption = self.tr("Opened this week")
        detail = (
            self.tr("%n in the whole week before.", "", before)
            if days < 7
            else self.tr("%n in the week before.", "", before)
        )
        # Which days, as every tile and caption says them (R20: "Tickets opened ...").
        return caption, self._opened(first, last), detail

    def retranslate_ui(self) -> None:
        insights, first_day, last_day = self.insights, self.first_day, self.last_day
        if insights is None or first_day is None or last_day is None:
            return
        locale = QLocale()
        self.open_tile.set_texts(
            self.tr("Open tickets"),
            self.tr("Open now, whenever opened"),
            locale.toString(insights.open_tickets),
            self.tr("New, open or pending."),
        )
        scope, period = self.scope, self.period
        self._offer(self.open_tile, insights.open_tickets, drill_down.open_tickets(scope))
        # The others count a period's tickets: "open now" has none to count.
        for tile in self._period_tiles:
            tile.setVisible(not insights.open_now)
        # The period is named beside the title, and its days under each chart's title.
        opened = self.tr("Tickets opened in this period")
        answered = insights.sla_met + insights.sla_breached
        self.response_tile.set_texts(
            self.tr("First responses in time"),
            opened,
            self.tr("{met} of {total}").format(
                met=locale.toString(insights.sla_met), total=locale.toString(answered)
            ),
            self.tr("%n late in this period.", "", insights.sla_breached),
        )
        # The late ones: those the list can show as they are counted (answered late, or
        # not yet and overdue), and the ones to look into.
        late = None
        if period is not None and not insights.open_now:
            now = self.now or datetime.now(UTC)
            late = drill_down.response(period, scope, "breached", now)
        late_hint = TileHint().late(insights.sla_breached)
        self._offer(self.response_tile, insights.sla_breached, late, late_hint)
        median = insights.median_first_response_minutes
        self.median_tile.set_texts(
            self.tr("Median first response"),
            opened,
            "—" if median is None else span_text(median * 60),
            self.tr("Half of this period's answered tickets had one sooner.")
            if median is not None
            else self.tr("No ticket of this period has a first response yet."),
        )
        this_week, last_week = week_counts(insights, last_day)
        monday = last_day - timedelta(days=last_day.weekday())
        caption, counts, detail = self._week_words(max(monday, first_day), last_day, last_week)
        self.week_tile.set_texts(caption, counts, locale.toString(this_week), detail)
        # The week's days in the period, as counted: what its point on the chart opens.
        week = None
        if period is not None and not insights.open_now:
            week = drill_down.week(period, scope, monday)
        self._offer(self.week_tile, this_week, week)
        # A time and ratings: no list shows them as counted.
        self._offer(self.median_tile, 0, None)
        self._offer(self.rated_tile, 0, None)
        good, bad = insights.rated_good, insights.rated_bad
        self.rated_tile.set_texts(
            self.tr("Rated good"),
            self.tr("Tickets rated in this period"),
            "—" if good + bad == 0 else good_share(good, bad, locale),
            self.tr("{good} good, {bad} bad.").format(
                good=locale.toString(good), bad=locale.toString(bad)
            )
            if good + bad
            else self.tr("No ticket was rated in this period."),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
