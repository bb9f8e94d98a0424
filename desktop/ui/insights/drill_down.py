"""Clicks on insight charts become the tickets behind them (R20).

Bars of top issues and of products per issue, points of the "opened" and
"solved" lines and the parts of the response chart name tickets the local store
can list exactly: opened (or solved) in known days, of a category and product,
first answered in time or late. A table's cell opens what its number counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCharts import QBarSet, QLineSeries, QPieSeries, QPieSlice
from PySide6.QtCore import QCoreApplication, QPointF

from desktop.api.insights import Insights
from desktop.services.insights import UNSOLVED, DrillDown, Period
from desktop.ui.insights.charts import category_order
from desktop.ui.insights.table_model import cell_text
from desktop.ui.insights.week_axis import counted_days, every_week, week_x
from desktop.ui.text.labels import category_label, product_label, status_label

Emit = Callable[[DrillDown], None]


def _days(first: date, last: date) -> str:
    return QCoreApplication.translate("InsightDrillDown", "{first} to {last}").format(
        first=cell_text(first), last=cell_text(last)
    )


def describe(drill_down: DrillDown) -> str:
    """What the list holds, in the user's language: when, about what, and whose.

    Made from the drill-down itself (not kept as text), so that it follows the
    filter controls and the language: the list's header and controls agree.
    """
    d = drill_down
    if d.first is not None and d.before is not None:
        days = _days(d.first, d.before - timedelta(days=1))
        if d.response == "met":
            when = QCoreApplication.translate(
                "InsightDrillDown", "Tickets opened {days} and first answered in time."
            )
        elif d.response == "breached":
            when = QCoreApplication.translate(
                "InsightDrillDown",
                "Tickets opened {days} and first answered late, or not yet and overdue.",
            )
        elif d.solved:
            when = QCoreApplication.translate("InsightDrillDown", "Tickets solved {days}.")
        else:
            when = QCoreApplication.translate("InsightDrillDown", "Tickets opened {days}.")
        sentences = [when.format(days=days)]
    elif d.status == UNSOLVED:
        sentences = [
            QCoreApplication.translate(
                "InsightDrillDown", "Tickets open now (new, open or pending), whenever opened."
            )
        ]
    else:
        sentences = [QCoreApplication.translate("InsightDrillDown", "Tickets, whenever opened.")]
    if d.category and d.product:
        sentences.append(
            QCoreApplication.translate("InsightDrillDown", "About {issue}, for {product}.").format(
                issue=category_label(d.category), product=product_label(d.product)
            )
        )
    elif d.category:
        sentences.append(
            QCoreApplication.translate("InsightDrillDown", "About {issue}.").format(
                issue=category_label(d.category)
            )
        )
    elif d.product:
        sentences.append(
            QCoreApplication.translate("InsightDrillDown", "For {product}.").format(
                product=product_label(d.product)
            )
        )
    if d.status and d.status != UNSOLVED:
        sentences.append(
            QCoreApplication.translate("InsightDrillDown", "Status: {status}.").format(
                status=status_label(d.status)
            )
        )
    sentences.append(
        QCoreApplication.translate("InsightDrillDown", "Only tickets you submitted.")
        if d.scope == "mine"
        else QCoreApplication.translate(
            "InsightDrillDown", "The whole team's tickets, yours included."
        )
    )
    return _joined(sentences)


def _joined(sentences: list[str]) -> str:
    # Japanese puts no space after its full stop; the other languages one.
    text = ""
    for sentence in sentences:
        text += sentence if not text or text.endswith("。") else " " + sentence
    return text


def open_tickets(scope: str) -> DrillDown:
    """The tickets open now (new, open or pending), whenever opened: the "Open tickets" tile."""
    return DrillDown(None, None, scope=scope, status=UNSOLVED)


def issue(period: Period, scope: str, category: str, product: str = "") -> DrillDown:
    if period.open_now:
        return DrillDown(None, None, category, product, scope, status=UNSOLVED)
    before = period.last + timedelta(days=1)
    return DrillDown(period.first, before, category, product, scope)


def _week_days(period: Period, monday: date) -> tuple[date, date]:
    # The week's days inside the period only: the chart counted no others.
    return counted_days(monday, period.first, period.last)


def week(period: Period, scope: str, monday: date) -> DrillDown:
    """The tickets opened in a week: a point of the "opened" line."""
    first, last = _week_days(period, monday)
    return DrillDown(first, last + timedelta(days=1), scope=scope)


def solved_week(period: Period, scope: str, monday: date) -> DrillDown:
    """The tickets solved in a week, whenever they were opened: a point of the "solved" line."""
    first, last = _week_days(period, monday)
    return DrillDown(first, last + timedelta(days=1), scope=scope, solved=True)


def response(period: Period, scope: str, which: str, now: datetime) -> DrillDown:
    before = period.last + timedelta(days=1)
    return DrillDown(period.first, before, scope=scope, response=which, now=now)


def connect_response(
    pie: QPieSeries, period: Period, scope: str, now: datetime, emit: Emit
) -> None:
    # The slices are drawn in this order: in time, then late (charts.draw_sla).
    kinds = {id(part): kind for part, kind in zip(pie.slices(), ("met", "breached"), strict=True)}

    def clicked(part: QPieSlice) -> None:
        kind = kinds.get(id(part))
        if kind is not None:
            emit(response(period, scope, kind, now))

    pie.clicked.connect(clicked)


def connect_top_issues(
    bars: list[QBarSet], insights: Insights, period: Period, scope: str, emit: Emit
) -> None:
    categories = list(reversed(category_order(insights)))  # as drawn, bottom-up
    bars[0].clicked.connect(lambda index: emit(issue(period, scope, categories[index])))


def connect_products(
    sets: list[QBarSet], insights: Insights, period: Period, scope: str, emit: Emit
) -> None:
    categories = list(reversed(category_order(insights)))
    products = sorted({i.product for i in insights.top_products_per_issue})
    for bars, product in zip(sets, products, strict=True):
        bars.clicked.connect(
            lambda index, p=product: emit(issue(period, scope, categories[index], p))
        )


def connect_weekly(
    lines: list[QLineSeries], insights: Insights, period: Period, scope: str, emit: Emit
) -> None:
    weeks = [w.week for w in every_week(insights)]  # as drawn: the quiet weeks too

    def nearest(point: QPointF) -> date:
        # The nearest week's point: a click lands near a point, seldom on it.
        return min(weeks, key=lambda monday: abs(week_x(monday) - point.x()))

    # The lines are drawn in this order: opened, then solved (charts.draw_weekly).
    for line, which in zip(lines, (week, solved_week), strict=True):
        line.clicked.connect(lambda point, w=which: emit(w(period, scope, nearest(point))))
