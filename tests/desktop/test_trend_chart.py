"""The issue-trend chart on My tickets (R12): drawn from the service's counts, made when needed."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from desktop.api.models import Trend
from desktop.ui.text.labels import CATEGORIES
from desktop.ui.tickets.list.trend_chart import TrendChart

WEEKS = tuple(date(2026, 9, 7) + timedelta(weeks=n) for n in range(12))


def _trend(sharing: tuple[int, ...], login: tuple[int, ...]) -> Trend:
    return Trend(weeks=WEEKS, series=(("sharing", sharing), ("login", login)))


def test_the_chart_is_made_only_when_there_is_a_trend_to_draw(qtbot: QtBot) -> None:  # R12
    chart = TrendChart()
    qtbot.addWidget(chart)
    assert chart.chart is None  # loading: a label, no QtCharts yet
    assert "Loading" in chart.empty.text()

    chart.show_trend(_trend((0,) * 12, (0,) * 12))
    assert chart.chart is None  # nothing opened in 12 weeks: said, not drawn
    assert "No tickets" in chart.empty.text()

    sharing = (1, 0, 2, 0, 0, 3, 0, 0, 1, 0, 0, 4)
    login = (0, 1, 0, 0, 2, 0, 0, 0, 0, 1, 0, 0)
    chart.show_trend(_trend(sharing, login))
    assert chart.chart is not None
    bars = {
        bar_set.label(): [int(bar_set.at(i)) for i in range(bar_set.count())]
        for bar_set in chart.bar_sets()
    }
    assert list(bars.values()) == [list(sharing), list(login)]


def test_a_new_trend_replaces_the_bars(qtbot: QtBot) -> None:  # R12
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_trend(_trend((1,) * 12, (2,) * 12))
    chart.show_trend(_trend((3,) * 12, (0,) * 12))
    assert [[int(s.at(i)) for i in range(12)] for s in chart.bar_sets()] == [[3] * 12, [0] * 12]
    assert len(chart.chart.series()) == 1  # type: ignore[union-attr]


def test_every_category_is_named_in_a_legend_that_wraps(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(420, 300)  # narrow: QtCharts' own legend would drop entries here
    categories = CATEGORIES  # all nine
    chart.show_trend(Trend(weeks=WEEKS, series=tuple((c, (1,) * 12) for c in categories)))
    chart.show()
    legend = chart.legend
    assert legend.isVisible() and legend.wordWrap()
    assert len(legend.entries) == len(categories)
    assert legend.accessibleName().count(",") == len(categories) - 1
    assert legend.heightForWidth(300) > legend.fontMetrics().height()  # wrapped, not cut
    assert chart.chart is not None and not chart.chart.legend().isVisible()
    # Chart text is not smaller than a point below the UI's.
    assert chart.legend.font().pointSizeF() >= chart.font().pointSizeF() - 1
