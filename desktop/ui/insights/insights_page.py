"""Insights (R20): the team's open tickets, top issues, products per issue, weeks and SLA.

Composes the tiles and chart cards; the numbers come from InsightsService as
the service counted them, or as last synced when it cannot be reached. Offline, the
page says they are as last synced, and when: read from this computer's copy, or read
from the service before the connection went (issue 19: the page on screen as the
service went away kept its numbers with nothing to say they might be out of date).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import cast

from PySide6.QtCharts import QBarSet, QLineSeries, QPieSeries
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import ServerUnreachable
from desktop.api.insights import Insights
from desktop.services.insights import DrillDown, InsightsService, Period, Shown
from desktop.ui.insights import chart_keys, charts, drill_down, hover, tables
from desktop.ui.insights.chart_card import CHART_HEIGHT, ChartCard
from desktop.ui.insights.chart_subject import ChartSubject
from desktop.ui.insights.content_wide_scroll import ContentWideScroll
from desktop.ui.insights.header_rows import HeaderRows
from desktop.ui.insights.kpi_tiles import KpiTiles, opened_days
from desktop.ui.insights.period_selector import PeriodSelector
from desktop.ui.insights.satisfaction_table import SatisfactionTable
from desktop.ui.insights.scope_selector import ScopeSelector
from desktop.ui.insights.table_model import cell_text
from desktop.ui.insights.tile_rows import TileRows
from desktop.ui.insights.week_axis import counted_days, every_week
from desktop.ui.look.theme import TypeStep, set_type
from desktop.ui.notices.last_synced import LastSynced
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.labels import category_label, product_label
from desktop.ui.text.wrapped_label import WrappedLabel


class InsightsPage(QWidget):
    drill_down_requested = Signal(DrillDown)  # the tickets behind a bar, point or table row

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The hover's "Show these 4 tickets" goes with the click, not over the list it opens.
        self.drill_down_requested.connect(lambda _drill_down: QToolTip.hideText())
        # Where the keyboard was (a tile, a chart, a table): back there on return.
        self._came_from: QWidget | None = None
        self.drill_down_requested.connect(self._leaving)
        self.setObjectName("insights_page")
        self._tasks = tasks
        self._service: InsightsService | None = None
        self.shown: Shown[Insights] | None = None
        self.period: Period | None = None
        self.scope = "team"  # of the numbers shown or being read: team | mine
        self._loading = False
        self._failed = False
        # Offline: the numbers shown are as last synced, and since when; back, read again if on
        # screen (the window has it follow the connection).
        self.last_synced = LastSynced(self, lambda: self.shown, self._now, self.reload)
        self.last_synced.changed.connect(self._show_status)

        self.title = QLabel()
        set_type(self.title, TypeStep.PAGE_TITLE)
        self.periods = PeriodSelector()
        self.periods.changed.connect(self.reload)
        self.scopes = ScopeSelector()
        self.scopes.changed.connect(self.reload)
        self.status = WrappedLabel()
        self.status.setObjectName("insights_status")
        self.empty = WrappedLabel()
        self.empty.setObjectName("insights_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(24, 48, 24, 48)
        self.tiles = KpiTiles()
        self.tiles.drill_down_requested.connect(self.drill_down_requested)
        self.top_issues = ChartCard("top_issues", tasks)
        self.products = ChartCard("products_per_issue", tasks)
        self.weekly = ChartCard("weekly", tasks)
        self.sla = ChartCard("sla", tasks)
        self.satisfaction = SatisfactionTable()
        for card in self.cards():
            card.synced_at_from(self.last_synced.at)  # a file saved offline says as of when
        self.top_issues.cell_activated.connect(self._issue_cell)
        self.products.cell_activated.connect(self._product_cell)
        self.weekly.cell_activated.connect(self._week_cell)
        self.sla.cell_activated.connect(self._response_cell)

        # In one row where they fit, else the choices below the title (header_rows.py).
        self.header = HeaderRows(self.title, [self.scopes, self.periods])
        self.header.setObjectName("insights_header")
        # The header stays above the scrolling content, as a dashboard's does: inside it,
        # Period and Tickets scrolled away with the charts, and a newcomer at the lower
        # charts scrolled back up to change them. Placed on the page first, so that Tab
        # reaches it before the tiles and charts below (reading order).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header_bar = QWidget()
        self.header_bar.setObjectName("insights_header_bar")
        bar = QVBoxLayout(self.header_bar)
        layout.addWidget(self.header_bar)
        bar.addWidget(self.header)
        # Two side by side where they fit, else one above the other (tile_rows.py).
        self.card_rows = TileRows(most=2, shown_only=True)
        self.card_rows.setObjectName("insights_cards")
        self.card_rows.grid().setContentsMargins(0, 0, 0, 0)
        self.card_rows.set_tiles([self.top_issues, self.products, self.weekly, self.sla])
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.tiles)
        content.addWidget(self.card_rows)
        content.addWidget(self.satisfaction)
        content.addStretch(1)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        # The header's margins at the sides, none between it and the content.
        margins = body_layout.contentsMargins()
        bar.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
        body_layout.addWidget(self.status)
        body_layout.addWidget(self.empty)
        body_layout.addWidget(self.content)
        body_layout.addStretch(1)  # with no content, the explanation stays under the title
        scroll = self._scroll = ContentWideScroll(self.body, steady=self.content)
        layout.addWidget(scroll, 1)
        # Never sideways: the page asks for its content's least width, so the window's
        # splitter narrows the navigation (whose entries then wrap, whole) rather than cut
        # the tiles and the period at the right (Dutch at 150 %: a wide navigation left
        # the page 740 px of the 795 it needs).
        # The content's least asked afresh each time (content_wide_scroll.py); the page's
        # layout asks again when the content's changes.
        self.body.installEventFilter(self)
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.body and event.type() == QEvent.Type.LayoutRequest:
            self._scroll.updateGeometry()
        return super().eventFilter(watched, event)

    def _leaving(self, _drill_down: DrillDown) -> None:
        focused = QApplication.focusWidget()
        inside = focused is not None and self.isAncestorOf(focused)
        self._came_from = focused if inside else None

    def focus_where_left(self) -> bool:
        """Back from the tickets a tile, chart or table opened: the keyboard on it again,
        and on a chart its part highlighted (a newcomer found it on Period, 6-12 Tabs
        away). False when there is no such place (the page was reached otherwise)."""
        came_from, self._came_from = self._came_from, None
        if came_from is None or not came_from.isVisibleTo(self):
            return False
        if came_from.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return False  # redrawn meanwhile with nothing to highlight
        for card in self.cards():
            if came_from is card.view:
                card.keys.resume()
        came_from.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def cards(self) -> list[ChartCard]:
        return [self.top_issues, self.products, self.weekly, self.sla]

    def bind(self, service: InsightsService | None) -> None:
        self._service = service
        self.shown = None
        self.period = None
        if service is not None and self.periods.key() != "custom":
            # A custom period starts as the last 12 weeks, so the dates are sensible (days
            # chosen, or remembered from the last run, stay as they are).
            today = service.today()
            self.periods.set_days(today - timedelta(weeks=12) + timedelta(days=1), today)
        self.retranslate_ui()

    def reload(self) -> None:
        service = self._service
        if service is None:
            return
        # No day after the admin's today to choose; none after the service's counted.
        self.periods.limit_to(service.now().astimezone().date())
        period = self.periods.period(service.today())
        self.periods.showing(period)
        scope = self.scopes.scope()
        if (period, scope) != (self.period, self.scope):
            self.shown = None  # another period's numbers must not pass for this one's
        self.period, self.scope = period, scope
        self._loading = True
        self.retranslate_ui()
        self._tasks.run(self._fetch(service, period, scope), on_error=self._fetch_failed)

    async def _fetch(self, service: InsightsService, period: Period, scope: str) -> None:
        shown = await service.insights(period, scope)
        if (period, scope) != (self.period, self.scope):
            return  # another period was chosen meanwhile
        self._loading = False
        self._failed = False
        self.shown = shown
        self.last_synced.read(shown)
        self.retranslate_ui()

    def _fetch_failed(self, error: BaseException) -> None:
        self._loading = False
        self._failed = isinstance(error, ServerUnreachable)
        self.retranslate_ui()
        if not self._failed:
            self._tasks.report(error)

    # -- drawing --------------------------------------------------------------------

    def _issue_cell(self, row: int, _column: int) -> None:
        if self.shown is not None and self.period is not None:
            category = self.shown.value.top_issues[row].category
            self.drill_down_requested.emit(drill_down.issue(self.period, self.scope, category))

    def _product_cell(self, row: int, column: int) -> None:
        # A product's count: that issue for that product, as its part of the stacked bar.
        if self.shown is not None and self.period is not None:
            insights = self.shown.value
            category = insights.top_issues[row].category
            products = tables.table_products(insights)
            product = products[column - 1] if 0 < column <= len(products) else ""
            self.drill_down_requested.emit(
                drill_down.issue(self.period, self.scope, category, product)
            )

    def _response_cell(self, row: int, _column: int) -> None:
        # The rows are in the pie's order: in time, then late.
        if self.shown is not None and self.period is not None:
            which = ("met", "breached")[row]
            self.drill_down_requested.emit(
                drill_down.response(self.period, self.scope, which, self._now())
            )

    def _week_cell(self, row: int, column: int) -> None:
        # The "Solved" column: the week's solved tickets; the others: those opened.
        if self.shown is not None and self.period is not None:
            monday = every_week(self.shown.value)[row].week  # the table's rows
            which = drill_down.solved_week if column == tables.SOLVED_COLUMN else drill_down.week
            self.drill_down_requested.emit(which(self.period, self.scope, monday))

    def _counts_caption(self, insights: Insights, period: Period) -> str:
        """Which tickets the issue and product charts count (R20): open now, or opened."""
        if insights.open_now:
            return self.tr("Tickets open now (new, open or pending), whenever opened")
        return self._opened(period.first, period.last)

    def _opened(self, first: date, last: date) -> str:
        return opened_days(first, last)

    def _show(self, insights: Insights, period: Period) -> None:
        self.tiles.show_insights(insights, period, self.scope, self._now())
        self.satisfaction.show_insights(insights, period.first, period.last)
        # Ratings and answered questions are counted in days: "open now" has none.
        self.satisfaction.setVisible(not insights.open_now)
        # A bar per issue needs its height: squeezed, QtCharts elides the issue's name.
        bars_height = max(CHART_HEIGHT, 110 + 30 * len(insights.top_issues))
        self.top_issues.stack.setMinimumHeight(bars_height)
        self.products.stack.setMinimumHeight(bars_height)
        scope = self.scope
        # Named as the page names them: in a saved file's name and a saved PNG's caption.
        subject = ChartSubject(
            period=self.periods.name(period.key),
            first=None if insights.open_now else period.first,
            last=None if insights.open_now else period.last,
            scope=self.scopes.name(scope),
            custom=period.key == "custom",
        )
        for card in self.cards():
            card.set_subject(subject)
        caption = self._counts_caption(insights, period)
        self.top_issues.set_caption(caption)
        self.products.set_caption(caption)
        days = {"first": cell_text(period.first), "last": cell_text(period.last)}
        self.weekly.set_caption(
            self.tr("Tickets opened, and tickets solved, on {day}").format(day=days["first"])
            if period.first == period.last
            else self.tr("Tickets opened, and tickets solved, {first} to {last}").format(**days)
        )
        self.sla.set_caption(self._opened(period.first, period.last))
        # Weeks and first responses are about tickets opened in days: "open now" has none.
        self.weekly.setVisible(not insights.open_now)
        self.sla.setVisible(not insights.open_now)
        none = (
            self.tr("No tickets are open now.")
            if insights.open_now
            else self.tr("No tickets were opened in this period.")
        )
        issues = None if insights.top_issues else none
        self.top_issues.show_data(
            lambda c, p: charts.draw_top_issues(c, insights, p),
            *tables.top_issues_table(insights),
            explanation=issues,
            on_drawn=lambda bars: self._clickable_bars(
                self.top_issues, cast(list[QBarSet], bars), insights, period, scope
            ),
        )
        # One product: its chart would only repeat "Top issues", and a card saying so took
        # half the page's width beside it (issue 19). "Top issues" says it under its
        # caption and takes the row; the card comes back with a second product.
        products = insights.products
        single = (
            self.tr(
                "All these tickets are about {product}. “Top products per issue” shows "
                "once tickets are about another product too."
            ).format(product=product_label(products[0]))
            if len(products) == 1 and not issues
            else None
        )
        self.products.setVisible(single is None)
        if single is not None:
            self.top_issues.set_caption(f"{caption}\n{single}")
        self.products.show_data(
            lambda c, p: charts.draw_products_per_issue(c, insights, p),
            *tables.products_table(insights),
            explanation=issues or single,
            on_drawn=lambda sets: self._clickable_products(
                cast(list[QBarSet], sets), insights, period, scope
            ),
        )
        self.weekly.show_data(
            lambda c, p: charts.draw_weekly(c, insights, p),
            *tables.weekly_table(insights),
            explanation=None if insights.weekly else none,
            on_drawn=lambda lines: self._clickable_weeks(
                cast(list[QLineSeries], lines), insights, period, scope
            ),
        )
        answered = insights.sla_met + insights.sla_breached
        self.sla.show_data(
            lambda c, p: charts.draw_sla(c, insights, p),
            *tables.sla_table(insights),
            on_drawn=lambda pie: self._clickable_pie(
                cast(QPieSeries, pie), insights, period, scope
            ),
            explanation=None
            if answered
            else self.tr(
                "No first response was due in this period yet: "
                "once one is, this shows how many came in time."
            ),
        )

    # Every clickable part says so (hand, highlight, "Show these 5 tickets") and opens
    # the tickets behind it.

    def _clickable_bars(
        self, card: ChartCard, bars: list[QBarSet], insights: Insights, period: Period, scope: str
    ) -> None:
        hover.hint_bars(card.view, bars)
        drill_down.connect_top_issues(bars, insights, period, scope, self.drill_down_requested.emit)
        labels = [category_label(c) for c in reversed(charts.category_order(insights))]
        parts = chart_keys.bar_parts(card.chart, bars, labels)
        card.keys.set_parts(parts, chart_keys.clear_bars(bars), lying=True)

    def _clickable_products(
        self, sets: list[QBarSet], insights: Insights, period: Period, scope: str
    ) -> None:
        hover.hint_bars(self.products.view, sets)
        drill_down.connect_products(sets, insights, period, scope, self.drill_down_requested.emit)
        labels = [category_label(c) for c in reversed(charts.category_order(insights))]
        parts = chart_keys.bar_parts(self.products.chart, sets, labels)
        self.products.keys.set_parts(parts, chart_keys.clear_bars(sets), lying=True)

    def _clickable_weeks(
        self, lines: list[QLineSeries], insights: Insights, period: Period, scope: str
    ) -> None:
        weeks = [w.week for w in every_week(insights)]
        hover.hint_lines(self.weekly.view, lines, weeks)
        drill_down.connect_weekly(lines, insights, period, scope, self.drill_down_requested.emit)
        days = [counted_days(monday, period.first, period.last) for monday in weeks]
        parts = chart_keys.line_parts(self.weekly.chart, lines, weeks, days)
        self.weekly.keys.set_parts(parts, chart_keys.clear_lines(lines))

    def _clickable_pie(
        self, pie: QPieSeries, insights: Insights, period: Period, scope: str
    ) -> None:
        hover.hint_pie(self.sla.view, pie)
        drill_down.connect_response(pie, period, scope, self._now(), self.drill_down_requested.emit)
        # In the ring's order, named as its table's rows: in time, then late.
        labels = [str(row[0]) for row in tables.sla_table(insights)[1]]
        parts = chart_keys.pie_parts(self.sla.chart, pie, labels)
        self.sla.keys.set_parts(parts, chart_keys.clear_pie(pie), ring=True)

    def _now(self) -> datetime:
        return self._service.now() if self._service is not None else datetime.now(UTC)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Insights"))
        self._scroll.setAccessibleName(self.title.text())  # where the keyboard scrolls
        self.top_issues.title.setText(self.tr("Top issues"))
        self.products.title.setText(self.tr("Top products per issue"))
        self.weekly.title.setText(self.tr("Tickets opened and solved per week"))
        self.sla.title.setText(self.tr("First responses in time and late"))
        for card in self.cards():
            card.retranslate_ui()
        self._show_status()
        shown = self.shown
        empty = shown is not None and shown.value.is_empty
        self.empty.setText(
            self.tr(
                "Your team has no open tickets now. Choose a period to see the tickets "
                "opened in it."
            )
            if self.scope == "team" and self.period is not None and self.period.open_now
            else self.tr(
                "You have no open tickets now. Choose “Whole team” to see your team's tickets."
            )
            if self.period is not None and self.period.open_now
            else self.tr(
                "Your team has no tickets in this period. Insights show here once "
                "tickets are submitted: how many are open, the issues raised most often, "
                "the products they are about, and how quickly support answered."
            )
            if self.scope == "team"
            else self.tr(
                "You submitted no tickets in this period. Choose “Whole team” to see "
                "your team's tickets."
            )
        )
        self.empty.setVisible(empty)
        self.content.setVisible(shown is not None and not empty)
        if shown is not None and not empty and self.period is not None:
            self._show(shown.value, self.period)

    def _show_status(self) -> None:
        """Loading, nothing to show, or as last synced: in the app's one style for a past
        moment, as the lists say "Last synced 5 min ago" (the full time in the tooltip)."""
        shown = self.shown
        when = self.last_synced.when()
        status = ""
        if self._loading and shown is None:
            status = self.tr("Loading insights…")
        elif self._failed and shown is None:
            status = self.tr(
                "The service cannot be reached and no insights for this period were stored yet."
            )
        elif when:
            status = self.tr("Offline: insights as last synced {when}.").format(when=when)
        self.status.setText(status)
        self.status.setToolTip(self.last_synced.full_time() if when else "")
        self.status.setVisible(bool(status))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
