"""The issue-trend chart on My tickets (R12): drawn from the service's counts, made when needed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from desktop.api.models import Trend
from desktop.ui.text.formatting import day_text
from desktop.ui.text.labels import CATEGORIES
from desktop.ui.tickets.list.trend_chart import LABEL_GAP, TrendChart, week_labels

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


def test_week_labels_shorten_rather_than_being_cut_when_the_room_is_small(
    qtbot: QtBot,
) -> None:  # issue 19: at 150 % text QtCharts cut them to "Sep..."
    chart = TrendChart()
    qtbot.addWidget(chart)
    mondays = [QDate(2026, 9, 14).addDays(7 * n) for n in range(12)]
    metrics = QFontMetrics(chart.font())
    wide = week_labels(mondays, 200, metrics)
    assert wide == [day_text(m, year=False) for m in mondays]
    widths = [metrics.horizontalAdvance(text) for text in wide]
    room = max(widths) + LABEL_GAP - 1  # one pixel short of the widest with its gap
    narrow = week_labels(mondays, room, metrics)
    # The month named where it starts (and at the first week), the day alone elsewhere.
    assert narrow[1:3] == ["21", "28"] and narrow[4] == "12"
    for at, month in ((0, "Sep"), (3, "Oct")):
        fits = widths[at] + LABEL_GAP <= room
        assert narrow[at] == (wide[at] if fits else month)
    assert len(set(narrow)) == len(narrow)
    # Narrower still: the month's name alone where it starts.
    narrowest = week_labels(mondays, metrics.horizontalAdvance("28") + LABEL_GAP + 2, metrics)
    assert narrowest[:4] == [QLocale().toString(mondays[0], "MMM"), "21", "28", "Oct"]
    # The same day in two months four weeks apart (February) stays two categories.
    february = [QDate(2027, 2, 8).addDays(7 * n) for n in range(6)]  # to March 15
    short = week_labels(february, 10, metrics)
    assert short[1] == "15" and short[5].startswith("15")
    assert len(set(short)) == 6

    chart.show_trend(_trend((1,) * 12, (0,) * 12))
    chart.resize(1000, 300)
    with qtbot.waitExposed(chart):
        chart.show()
    axis_labels = lambda: chart.chart.axes()[0].categories()  # noqa: E731
    assert axis_labels() == [day_text(QDate(w.year, w.month, w.day), year=False) for w in WEEKS]
    chart.resize(300, 300)
    qtbot.waitUntil(lambda: "14" in axis_labels() or "21" in axis_labels())
