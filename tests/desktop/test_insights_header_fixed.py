"""Insights' header (title, Tickets, Period) stays above the charts as they scroll: a
newcomer at the lower charts had to scroll back up to change the period (R20)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.desktop.test_insights_return import on_insights


def _on_screen(widget: QWidget, page: QWidget) -> bool:
    """Whole inside the page's rectangle, and not clipped away by a scroll area."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    inside = page.rect().contains(top_left) and top_left.y() + widget.height() <= page.height()
    return inside and widget.visibleRegion().boundingRect().size() == widget.size()


def test_the_header_stays_as_the_charts_scroll(
    qtbot: QtBot, tmp_path: Path, text_scale: float
) -> None:  # R20
    window = on_insights(qtbot, tmp_path)
    window.resize(1024, 640)
    page = window.insights
    bar = page._scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the charts do not all fit: they scroll
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    assert page.tiles.visibleRegion().isEmpty()  # scrolled past the tiles
    for piece in (page.title, page.scopes.combo, page.periods.combo):
        assert _on_screen(piece, page), piece
    # Nothing sideways: the page fits the window at 1024 px, its header too.
    assert page.header.width() >= page.header.minimumSizeHint().width()
    assert not page._scroll.horizontalScrollBar().isVisible()


def test_tab_goes_from_the_header_to_the_content(qtbot: QtBot, tmp_path: Path) -> None:
    window = on_insights(qtbot, tmp_path)
    page = window.insights
    chain: list[QWidget] = []
    widget = page.scopes.combo.nextInFocusChain()
    while widget is not page.scopes.combo and len(chain) < 2000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    # Reading order: Tickets, then Period, then the tiles and the charts below them.
    order = [page.periods.combo, page.tiles.week_tile, page.weekly.view]
    places = [chain.index(w) for w in order]
    assert places == sorted(places)
