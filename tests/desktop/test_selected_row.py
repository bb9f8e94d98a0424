"""The list's current ticket stands out: the selected row, focused, at 3:1 or more against
the rows around it, light and dark, and on a system whose selection is a faint tint
(issue 19; WCAG 2 non-text contrast, as the focus ring in desktop/ui/look/focus_ring.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.look.theme import contrast
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import AVA
from tests.desktop.test_ticket_list_columns import _cached_tickets
from tests.support.palettes import dark_palette, light_palette
from tests.support.waiting import wait_active, wait_exposed, wait_until


def faint_palette() -> QPalette:
    """A light system whose selection is a pale tint with dark text (as some styles draw it):
    hard to find among alternating rows."""
    palette = light_palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#dce9f7"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
    return palette


PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light_palette,
    "dark": dark_palette,
    "faint": faint_palette,
}


@pytest.fixture
def app_palette() -> Iterator[Callable[[QPalette], None]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.palette()
    yield app.setPalette
    app.setPalette(previous)


def row_background(image: QImage, page: TicketListPage, row: int) -> QColor:
    """A pixel of ``row`` with no text on it: the left edge of the right-aligned number."""
    rect = page.table.visualRect(page.model.index(row, Column.NUMBER))
    return QColor(image.pixel(rect.left() + 3, rect.center().y()))


@pytest.mark.parametrize("name", PALETTES)
async def test_the_selected_focused_row_stands_out_from_its_neighbours(
    qtbot: QtBot, app_palette: Callable[[QPalette], None], name: str, tmp_path: Path
) -> None:
    app_palette(PALETTES[name]())
    page = TicketListPage(TaskRunner(lambda _error: None), "mine")
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    await wait_exposed(page)
    page.show_cached(await _cached_tickets(tmp_path), AVA.id)
    page.table.selectRow(2)
    page.activateWindow()
    await wait_active(page)
    page.table.setFocus()
    await wait_until(page.table.hasFocus)
    image = page.table.viewport().grab().toImage()
    selected = row_background(image, page, 2)
    plain, alternate = row_background(image, page, 0), row_background(image, page, 1)
    assert plain != alternate  # the rows alternate, so both neighbours are measured
    for neighbour in (plain, alternate, row_background(image, page, 3)):
        assert contrast(selected, neighbour) >= 3, (selected.name(), neighbour.name())
    # Its text reads on it (4.5:1) and the row keeps standing out when the focus leaves.
    palette = page.table.palette()
    fill = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    ink = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText)
    assert fill.name() == selected.name() and contrast(ink, fill) >= 4.5


async def test_the_selection_follows_a_switch_to_dark(
    qtbot: QtBot, app_palette: Callable[[QPalette], None]
) -> None:
    app_palette(light_palette())
    page = TicketListPage(TaskRunner(lambda _error: None), "mine")
    qtbot.addWidget(page)
    light = page.table.palette().color(QPalette.ColorRole.Highlight)
    app_palette(dark_palette())
    dark_base = dark_palette().color(QPalette.ColorRole.Base)
    await wait_until(lambda: page.table.palette().color(QPalette.ColorRole.Highlight) != light)
    assert contrast(page.table.palette().color(QPalette.ColorRole.Highlight), dark_base) >= 3
