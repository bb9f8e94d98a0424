"""All of a period's tickets about one product: "Top issues" says so and takes the row
(issue 19: a card beside it took half the page's width to say so in a sentence)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from desktop.api.insights import ProductIssueCount
from tests.desktop.test_chart_keys import shown
from tests.desktop.test_insight_hover import insights


def test_one_product_is_said_under_top_issues_which_takes_the_row(qtbot: QtBot) -> None:
    # Every ticket about Dropbox: a card beside "Top issues" only said so, over half the page.
    one = replace(
        insights(),
        top_products_per_issue=(
            ProductIssueCount("billing", "dropbox", 1),
            ProductIssueCount("sync", "dropbox", 5),
        ),
    )
    page, _opened = shown(qtbot, one)
    qtbot.waitUntil(lambda: page.top_issues.isVisible())
    assert not page.products.isVisible()
    caption = page.top_issues.caption.text()
    assert "All these tickets are about Dropbox." in caption
    assert "“Top products per issue” shows once tickets are about another product" in caption
    rows = page.card_rows
    qtbot.waitUntil(lambda: page.top_issues.width() == rows.width())  # the whole row
    assert page.weekly.y() == page.sla.y() > page.top_issues.geometry().bottom()

    # A second product: its chart beside "Top issues" again, the caption as before.
    page.shown = replace(page.shown, value=insights()) if page.shown else None
    page.retranslate_ui()
    qtbot.waitUntil(lambda: page.products.isVisible())
    qtbot.waitUntil(lambda: page.top_issues.width() < rows.width() / 2)
    assert page.products.y() == page.top_issues.y()
    assert "Dropbox" not in page.top_issues.caption.text()


def test_open_now_with_one_product_shows_top_issues_across_the_row(qtbot: QtBot) -> None:
    one = replace(
        insights(),
        top_products_per_issue=(ProductIssueCount("sync", "dropbox", 6),),
        weekly=(),
    )
    page, _opened = shown(qtbot, one)
    page.shown = replace(page.shown, value=replace(one, counts="open_now")) if page.shown else None
    page.retranslate_ui()
    qtbot.waitUntil(lambda: not page.weekly.isVisible() and not page.sla.isVisible())
    assert not page.products.isVisible()
    qtbot.waitUntil(lambda: page.top_issues.width() == page.card_rows.width())
