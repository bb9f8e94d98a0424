"""The headline numbers of Insights (R20): open tickets, first responses, this week's tickets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.api.insights import Insights
from desktop.ui.insights.table_model import cell_text
from desktop.ui.look.theme import TextRole, TypeStep, set_text_role, set_type
from desktop.ui.text.durations import span_text
from desktop.ui.text.wrapped_label import WrappedLabel


def opened_days(first: date, last: date) -> str:
    """Which days' tickets, for a tile or a chart's caption: one day is named once
    ("Dec 7, 2026 to Dec 7, 2026" read oddly to a newcomer)."""
    if first == last:
        return QCoreApplication.translate("KpiTiles", "Tickets opened on {day}").format(
            day=cell_text(first)
        )
    return QCoreApplication.translate("KpiTiles", "Tickets opened {first} to {last}").format(
        first=cell_text(first), last=cell_text(last)
    )


class Tile(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = WrappedLabel()
        # Which tickets the number counts: open now, or opened in some days (R20).
        self.counts = WrappedLabel()
        self.counts.setObjectName(f"{name}_counts")
        set_text_role(self.counts, TextRole.SECONDARY)
        self.value = QLabel()
        self.value.setObjectName(f"{name}_value")
        set_type(self.value, TypeStep.FIGURE)
        self.detail = WrappedLabel()
        self.detail.setObjectName(f"{name}_detail")
        layout = QVBoxLayout(self)
        for label in (self.caption, self.counts, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def set_texts(self, caption: str, counts: str, value: str, detail: str) -> None:
        self.caption.setText(caption)
        self.counts.setText(counts)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{caption} ({counts}): {value}. {detail}")


def week_counts(insights: Insights, last_day: date) -> tuple[int, int]:
    """Tickets opened in the week of ``last_day`` and the week before (0 for a quiet week)."""
    monday = last_day - timedelta(days=last_day.weekday())
    opened = {w.week: w.opened for w in insights.weekly}
    return opened.get(monday, 0), opened.get(monday - timedelta(weeks=1), 0)


def good_share(good: int, bad: int, locale: QLocale) -> str:
    """The share of good ratings as a whole percentage, in the locale's own form."""
    return locale.toString(round(100 * good / (good + bad))) + locale.percent()


class KpiTiles(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpi_tiles")
        self.insights: Insights | None = None
        self.first_day: date | None = None
        self.last_day: date | None = None
        self.open_tile = Tile("open_tickets")
        self.response_tile = Tile("first_responses")
        self.median_tile = Tile("median_first_response")
        self.week_tile = Tile("opened_this_week")
        self.rated_tile = Tile("rated_good")
        self._period_tiles = (self.response_tile, self.median_tile, self.week_tile, self.rated_tile)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for tile in (self.open_tile, *self._period_tiles):
            layout.addWidget(tile, 1)
        layout.addStretch(0)  # alone ("open now"), a tile keeps a tile's width

    def show_insights(self, insights: Insights, first_day: date, last_day: date) -> None:
        """``first_day`` to ``last_day``: the period's days (ignored when it is "open now")."""
        self.insights = insights
        self.first_day = first_day
        self.last_day = last_day
        self.retranslate_ui()

    def _opened(self, first: date, last: date) -> str:
        return opened_days(first, last)

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
        # The others count a period's tickets: "open now" has none to count.
        for tile in self._period_tiles:
            tile.setVisible(not insights.open_now)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        stretch = layout.count() - 1  # the stretch after the tiles
        layout.setStretch(stretch, len(self._period_tiles) if insights.open_now else 0)
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
        self.week_tile.set_texts(
            self.tr("Opened this week"),
            self._opened(max(monday, first_day), last_day),
            locale.toString(this_week),
            self.tr("%n in the week before.", "", last_week),
        )
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
