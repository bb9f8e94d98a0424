"""Each chart's numbers as rows: the table view, CSV and "Copy as table" use these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.api.insights import Insights
from desktop.ui.insights.table_model import Cell
from desktop.ui.insights.week_axis import counted_days, every_week, period_days
from desktop.ui.text.labels import category_label, product_label

Table = tuple[list[str], list[list[Cell]]]


def top_issues_table(insights: Insights) -> Table:
    return (
        [
            QCoreApplication.translate("InsightTables", "Issue"),
            QCoreApplication.translate("InsightTables", "Tickets"),
        ],
        [[category_label(i.category), i.count] for i in insights.top_issues],
    )


def table_products(insights: Insights) -> list[str]:
    """The products table's columns after the issue, in order."""
    return sorted({i.product for i in insights.top_products_per_issue})


def products_table(insights: Insights) -> Table:
    products = table_products(insights)
    counts = {(i.category, i.product): i.count for i in insights.top_products_per_issue}
    return (
        [
            QCoreApplication.translate("InsightTables", "Issue"),
            *(product_label(p) for p in products),
        ],
        [
            [category_label(i.category), *(counts.get((i.category, p), 0) for p in products)]
            for i in insights.top_issues
        ],
    )


# The weekly table's columns: the week, then what the chart's two lines count.
WEEK_COLUMN, OPENED_COLUMN, SOLVED_COLUMN = range(3)


def weekly_table(insights: Insights) -> Table:
    return (
        [
            QCoreApplication.translate("InsightTables", "Week of"),
            QCoreApplication.translate("InsightTables", "Opened"),
            QCoreApplication.translate("InsightTables", "Solved"),
        ],
        # The chart's weeks, the quiet ones too: the same numbers as a table.
        # A week the period starts in the middle of: its first counted day (week_axis.py).
        [
            [counted_days(w.week, *period_days(insights))[0], w.opened, w.solved]
            for w in every_week(insights)
        ],
    )


def sla_table(insights: Insights) -> Table:
    return (
        [
            QCoreApplication.translate("InsightTables", "First response"),
            QCoreApplication.translate("InsightTables", "Tickets"),
        ],
        [
            [QCoreApplication.translate("InsightTables", "In time"), insights.sla_met],
            [QCoreApplication.translate("InsightTables", "Late"), insights.sla_breached],
        ],
    )
