"""The Billing page's tab titles are whole in every language, also at a 150 % font
(issue 19: in Dutch the fourth tab showed as "F" at the bar's edge)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import large_font, settle
from desktop.ui.billing.billing_page import BillingPage
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher

FULL_NL = ["Beschikbare add-ons", "Basis en Enhanced vergelijken", "Wat erbij hoort"]


def _page(qtbot: QtBot, width: int) -> BillingPage:
    page = BillingPage(TaskRunner(lambda error: None))
    qtbot.addWidget(page)
    page.resize(width, 500)  # the page's width in the 1100×720 window at 150 % in Dutch
    page.show()
    return page


def assert_titles_whole(page: BillingPage) -> None:
    tabs, bar = page.tabs, page.tabs.tabBar()
    # No scrolling bar: every tab is in view, none behind an arrow.
    assert not any(b.isVisible() for b in bar.findChildren(QToolButton))
    metrics = bar.fontMetrics()
    for index in range(tabs.count()):
        rect = bar.tabRect(index)
        in_tabs = QRect(bar.mapTo(tabs, rect.topLeft()), rect.size())
        text = bar.tabText(index)
        assert tabs.rect().contains(in_tabs), (text, in_tabs, tabs.rect())
        assert metrics.horizontalAdvance(text) < rect.width(), (text, rect)


async def test_tab_titles_fit_at_150_percent_in_dutch(
    qtbot: QtBot, english: LanguageSwitcher
) -> None:  # issue 19
    page = _page(qtbot, 720)
    try:
        english.apply("nl")
        await settle()
        async with large_font():
            assert_titles_whole(page)
            # The short titles, with the full one on hover and for a screen reader.
            assert page.tabs.tabText(1) == "Vergelijken"
            assert page.tabs.tabToolTip(1) == "Basis en Enhanced vergelijken"
            assert page.tabs.tabBar().accessibleTabName(1) == "Basis en Enhanced vergelijken"
        # The usual font: the full titles again.
        await settle()
        assert [page.tabs.tabText(i) for i in range(3)] == FULL_NL
        assert_titles_whole(page)
    finally:
        english.apply("en")


async def test_full_titles_where_they_fit(qtbot: QtBot, english: LanguageSwitcher) -> None:
    page = _page(qtbot, 720)
    for language in ("en", "ja", "nl"):
        english.apply(language)
        await settle()
        assert not page.tabs.shortened, language
        assert_titles_whole(page)
    english.apply("en")
    await settle()
    assert page.tabs.tabText(1) == "Compare Basic and Enhanced"
    page.resize(400, 500)  # a narrow page: short titles, still whole
    await settle()
    assert page.tabs.tabText(1) == "Compare"
    assert_titles_whole(page)
