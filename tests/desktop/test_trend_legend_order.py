"""The issue-trend legend keeps its order when tickets arrive (a new admin's report: after a
new ticket the entries swapped places, as the service lists them by count).

Against the real service: its counts change, its order changes, the legend's does not.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.api.models import Trend
from desktop.ui.text.labels import CATEGORIES, category_label
from desktop.ui.tickets.list.trend_chart import TrendChart
from tests.support.databases import sqlite_database
from tests.support.server import running_server
from tests.support.tickets import create_ticket

ADMIN = "ava@northwind.example"


def legend_names(chart: TrendChart) -> list[str]:
    return [name for name, _colour in chart.legend.entries]


def in_fixed_order(trend: Trend) -> list[str]:
    present = {category for category, _counts in trend.series}
    return [category_label(c) for c in CATEGORIES if c in present]


async def test_the_legend_keeps_its_order_when_a_new_ticket_changes_the_counts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(900, 300)
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        client = ApiClient(server.url)
        try:
            await client.sign_in(ADMIN, "demo-password")
            before = await client.trend()
            chart.show_trend(before)
            shown_before = legend_names(chart)
            assert shown_before == in_fixed_order(before)
            # The least asked-about category overtakes the most asked-about one.
            totals = {category: sum(counts) for category, counts in before.series}
            least = min(totals, key=lambda c: (totals[c], c))
            for n in range(max(totals.values()) - totals[least] + 1):
                await create_ticket(server.url, ADMIN, category=least, subject=f"More {n}")
            after = await client.trend()
        finally:
            await client.aclose()
    assert after.series[0][0] == least  # the service's order changed: by count
    assert [c for c, _ in after.series] != [c for c, _ in before.series]
    chart.show_trend(after)
    assert legend_names(chart) == in_fixed_order(after) == shown_before
    # The stacks follow the legend: a category's bars stay at the same height in the pile.
    assert [bars.label() for bars in chart.bar_sets()] == shown_before
