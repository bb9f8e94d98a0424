"""Text made 150 % larger while the app runs (a desktop's low-vision setting): the lists'
columns are measured again, so what a row is read for is not cut (issue 19)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import AVA
from tests.desktop.test_ticket_list_columns import _cached_tickets, _page
from tests.support.waiting import wait_until


async def test_a_larger_font_fits_the_columns_again(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot)
    page.resize(1400, 600)
    qtbot.waitExposed(page)
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
