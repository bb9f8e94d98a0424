"""Clicks on insight charts become the tickets behind them (R20).

Bars of top issues and of products per issue, and points of the "opened"
line, name tickets the local store can list exactly: opened in known days,
of a category and product. "Solved" and SLA counts depend on times the store
does not keep, so they are not clickable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCharts import QBarSet, QLineSeries
from PySide6.QtCore import QCoreApplication, QPointF

from desktop.api.insights import Insights
from desktop.services.insights import DrillDown, Period
from desktop.ui.insights.charts import category_order, week_x
from desktop.ui.insights.table_model import cell_text
from desktop.ui.labels import category_label, product_label

Emit = Callable[[DrillDown], None]


def _days(first: date, last: date) -> str:
    return QCoreApplication.translate("InsightDrillDown", "{first} to {last}").format(
        first=cell_text(first), last=cell_text(last)
    )


def issue(period: Period, scope: str, category: str, product: str = "") -> DrillDown:
    days = _days(period.first, period.last)
    if product:
        text = QCoreApplication.translate(
            "InsightDrillDown", "Tickets about {issue} for {product}, opened {days}."
        ).format(issue=category_label(category), product=product_label(product), days=days)
    else:
        text = QCoreApplication.translate(
            "InsightDrillDown", "Tickets about {issue}, opened {days}."
        ).format(issue=category_label(category), days=days)
    before = period.last + timedelta(days=1)
    return DrillDown(period.first, before, category, product, text, scope)


def week(period: Period, scope: str, monday: date) -> DrillDown:
    # The week's days inside the period only: the chart counted no others.
    first = max(monday, period.first)
    last = min(monday + timedelta(days=6), period.last)
    text = QCoreApplication.translate("InsightDrillDown", "Tickets opened {days}.").format(
        days=_days(first, last)
    )
    return DrillDown(first, last + timedelta(days=1), description=text, scope=scope)


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
    weeks = [w.week for w in insights.weekly]

    def clicked(point: QPointF) -> None:
        # The nearest week's point: a click lands near a point, seldom on it.
        nearest = min(weeks, key=lambda monday: abs(week_x(monday) - point.x()))
        emit(week(period, scope, nearest))

    lines[0].clicked.connect(clicked)  # "opened" only: see the module's note
