"""The insight charts' words are read whole: at 150 % text in Japanese every issue on
"Top issues" was "…" (QtCharts cuts a category label that its axis has no room for)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.api.insights import Insights, IssueCount, ProductIssueCount, WeekCounts
from desktop.bootstrap.shooting import LARGE_FONT_SCALE, scale_app_font
from desktop.services.insights import Period
from desktop.ui.insights import charts
from desktop.ui.insights.chart_card import ChartCard
from desktop.ui.shell.navigation import TARGETS
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.labels import CATEGORIES, category_label
from tests.support.waiting import wait_until
from tests.support.windows import admin_window, show_at

MONDAY = date(2026, 9, 14)
# The Insights page's default period, as every_issue() counts it.
TWELVE_WEEKS = Period("12w", MONDAY, MONDAY + timedelta(weeks=12, days=-1))


@pytest.fixture
def large_font() -> Iterator[None]:
    """The desktop's text 150 % larger, as the screenshots make it (shooting.large_font)."""
    normal = scale_app_font(LARGE_FONT_SCALE)
    yield
    normal()
    QApplication.processEvents()


@pytest.fixture
async def large_font_awaited() -> AsyncIterator[None]:
    """``large_font`` for an async test: set back on the loop, with no blocking wait."""
    normal = scale_app_font(LARGE_FONT_SCALE)
    yield
    normal()
    await asyncio.sleep(0)  # the widgets take the normal font back, as on a loop turn


def every_issue() -> Insights:
    """All nine categories, the most frequent first, each about both products."""
    return Insights(
        start=datetime(2026, 9, 14, tzinfo=UTC),
        end=datetime(2026, 12, 7, tzinfo=UTC),
        open_tickets=14,
        top_issues=tuple(IssueCount(c, 9 - n) for n, c in enumerate(CATEGORIES)),
        top_products_per_issue=tuple(
            ProductIssueCount(c, product, 1) for c in CATEGORIES for product in ("dash", "dropbox")
        ),
        weekly=tuple(WeekCounts(MONDAY + timedelta(weeks=n), n, n) for n in range(12)),
        sla_met=27,
        sla_breached=6,
        median_first_response_minutes=33.0,
    )


def shown_labels(card: ChartCard) -> list[QGraphicsTextItem]:
    """The category axis's labels as drawn: the texts left of the plot."""
    plot = card.chart.plotArea()
    labels = []
    for item in card.view.scene().items():
        # QtCharts' label class is private: reached as the QGraphicsTextItem it is.
        text = item.toGraphicsObject()
        if (
            isinstance(text, QGraphicsTextItem)
            and text.isVisible()
            and text.toPlainText()
            and text.sceneBoundingRect().right() <= plot.left()
        ):
            labels.append(text)
    return labels


def words(text: str) -> str:
    """The letters of a label, however it is broken into lines (a hyphen where a word is)."""
    return "".join(text.replace("-", "").split())


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
@pytest.mark.parametrize("width", [340, 480])
@pytest.mark.parametrize("chart", ["top_issues", "products"])
def test_issue_names_are_whole_and_inside_the_chart_at_a_large_font(
    qtbot: QtBot,
    switcher: LanguageSwitcher,
    large_font: None,
    language: str,
    width: int,
    chart: str,
) -> None:
    switcher.apply(language)
    insights = every_issue()
    draw = charts.draw_top_issues if chart == "top_issues" else charts.draw_products_per_issue
    card = ChartCard(chart, TaskRunner(lambda _error: None))
    qtbot.addWidget(card)
    card.resize(width, 400)  # a card of the Insights page's two columns, at 150 %
    card.show_data(lambda c, p: draw(c, insights, p), ["Issue", "Tickets"], [["Sync", 1]])
    with qtbot.waitExposed(card):
        card.show()
    QApplication.processEvents()  # the chart lays out at its size, then its labels

    names = [category_label(c) for c in CATEGORIES]
    qtbot.waitUntil(lambda: len(shown_labels(card)) == len(names))
    drawn = shown_labels(card)
    frame = QRectF(card.view.mapToScene(card.view.viewport().rect()).boundingRect())
    assert sorted(words(t.toPlainText()) for t in drawn) == sorted(words(n) for n in names)
    for text in drawn:
        assert "..." not in text.toPlainText() and "…" not in text.toPlainText()
        assert frame.contains(text.sceneBoundingRect()), text.toPlainText()
    # No two labels overlap (QtCharts hides one that would).
    boxes = sorted((t.sceneBoundingRect() for t in drawn), key=lambda r: r.top())
    for upper, lower in zip(boxes, boxes[1:], strict=False):
        assert upper.bottom() <= lower.top() + 1


def test_a_label_that_fits_stays_on_one_line(qtbot: QtBot) -> None:
    chart = QChart()
    charts.draw_top_issues(chart, every_issue(), QApplication.palette())
    chart.resize(900, 500)
    charts.fit_category_labels(chart)
    axis_labels = [a for a in chart.axes() if hasattr(a, "categories")][0].categories()
    assert all("<br>" not in text for text in axis_labels)


async def test_insights_never_scroll_sideways_beside_a_wide_navigation(
    qtbot: QtBot, switcher: LanguageSwitcher, large_font_awaited: None, tmp_path: Path
) -> None:  # Dutch at 150 %: the navigation took 356 px of 1100, the page needed 795 of 740
    window = admin_window(qtbot, tmp_path, switcher, "nl")
    page = window.insights
    page._show(every_issue(), TWELVE_WEEKS)
    window.pages.setCurrentWidget(page)
    await show_at(window, 1024, 640)  # the navigation wants a third of it (341 px) at 150 %
    # Dutch reaches the widgets on a turn of the loop: measured before, it was English.
    navigation = window.navigation
    await wait_until(
        lambda: (
            page.top_issues.title.text() == page.tr("Top issues")
            and all(navigation.item_for(t).text() == navigation.text_for(t) for t in TARGETS)
        ),
        what=lambda: f"Dutch: {page.top_issues.title.text()!r}",
    )
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    await wait_until(
        lambda: scroll.viewport().width() >= page.body.minimumSizeHint().width(),
        what=lambda: f"{scroll.viewport().width()} of {page.body.minimumSizeHint().width()}",
    )
    assert scroll.horizontalScrollBar().maximum() == 0
    # The navigation gave way: its entries wrap, whole, rather than the page being cut.
    for target in window.navigation.visible_targets():
        assert window.navigation.item_for(target).toolTip() == ""


def test_a_japanese_label_breaks_between_words_not_inside_one(qtbot: QtBot) -> None:
    # At 150 % the Top issues chart showed サインインとア / クセス: the label wrapped
    # anywhere. Japanese words are kept whole (desktop/ui/text/line_breaks.py).
    font = QApplication.font()
    text = "サインインとアクセス"
    first = QFontMetricsF(font).horizontalAdvance("サインインと")
    # Room for サインインとアク: wrapped anywhere, the word アクセス was cut after ア.
    room = first + 2 * QFontMetricsF(font).horizontalAdvance("ア")
    wrapped = charts.wrap_label(text, font, room)
    assert wrapped.split("<br>") == ["サインインと", "アクセス"]
