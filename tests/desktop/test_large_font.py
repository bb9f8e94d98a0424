"""Text made 150 % larger while the app runs (a desktop's low-vision setting): the lists'
columns are measured again, so what a row is read for is not cut (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import scale_app_font
from desktop.ui.look.chart_legend import ChartLegend
from desktop.ui.look.theme import TypeStep, set_type
from desktop.ui.shell.navigation import Navigation
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import AVA
from tests.desktop.test_ticket_list_columns import _cached_tickets, _page
from tests.support.waiting import wait_exposed, wait_until


async def test_a_larger_font_fits_the_columns_again(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot)
    page.resize(1400, 600)
    await wait_exposed(page)
    page.show_cached(await _cached_tickets(tmp_path), AVA.id)
    table = page.table
    await wait_until(lambda: page.columns.fitted)
    normal = table.columnWidth(Column.UPDATED)

    larger = QFont(page.font())
    larger.setPointSizeF(page.font().pointSizeF() * 1.5)
    page.setFont(larger)
    await wait_until(lambda: table.columnWidth(Column.UPDATED) > normal)
    metrics = table.fontMetrics()
    for column in (Column.NUMBER, Column.UPDATED):
        text = str(page.model.index(0, column).data())
        assert metrics.horizontalAdvance(text) < table.columnWidth(column), (column, text)


def test_headings_and_chart_text_keep_their_scale_when_the_desktop_text_grows(
    qtbot: QtBot,
) -> None:
    """A heading's size is its step of the UI's: at 150 % it is 150 % too, not left behind
    at the size it was given (Qt keeps a widget's own point size when the app's changes)."""
    heading, plain = QLabel("My tickets"), QLabel("Last synced")
    set_type(heading, TypeStep.PAGE_TITLE)
    legend = ChartLegend()
    # Style-sheeted, inside a window: Qt keeps the font such a widget was polished with.
    window = QWidget()
    navigation = Navigation(window)
    for widget in (heading, plain, legend, window):
        qtbot.addWidget(widget)
        widget.show()  # polished, as on screen
    QApplication.processEvents()
    before = {w: w.font().pointSizeF() for w in (heading, plain, legend, navigation)}
    normal = scale_app_font(1.5)
    QApplication.processEvents()  # the new font reaches plain widgets by posted events
    try:
        for widget in (heading, plain, legend, navigation):
            assert widget.font().pointSizeF() == pytest.approx(before[widget] * 1.5), widget
        assert heading.font().bold()
    finally:
        normal()
        QApplication.processEvents()
    for widget in (heading, plain, legend, navigation):
        assert widget.font().pointSizeF() == pytest.approx(before[widget])
