"""Text on a coloured fill reads strongly: the ticket lists' selected row, the focused
primary action ("Sign in…") and the navigation's chosen entry, light and dark, at 7:1 as
painted.

A mid-tone fill (dark mode's #3d7bd9) reads at no more than about 5:1 with black or with
white, and thin anti-aliased strokes never reach their full colour: the selected row's
text and the focused "Sign in…" looked faint in the dark (a screenshot review). Measured
on the pixels: the fill, and the glyph pixel that stands out most from it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QStyleFactory, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.look.app_style import AppStyle
from desktop.ui.look.theme import contrast
from desktop.ui.session.signed_out_page import SignedOutPage
from desktop.ui.shell.navigation import NAV_BILLING, Navigation
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import AVA
from tests.desktop.test_ticket_list_columns import _cached_tickets
from tests.support.ink import strongest_ink
from tests.support.waiting import wait_until

# WCAG's enhanced contrast for text (1.4.6): what a saturated fill's text reaches here.
STRONG = 7.0


async def test_the_selected_row_s_text_reads_strongly_on_its_fill(
    qtbot: QtBot, palette: QPalette, tmp_path: Path
) -> None:
    page = TicketListPage(TaskRunner(lambda _error: None), "mine")
    qtbot.addWidget(page)
    # The app's style, as installed after its first paint (finish_the_look): on the table
    # here, not on the whole application, which keeps it for good.
    style = AppStyle(QStyleFactory.create("fusion"))
    page.table.setStyle(style)
    page.resize(1000, 500)
    page.show()
    page.show_cached(await _cached_tickets(tmp_path), AVA.id)
    page.table.selectRow(2)
    page.table.setFocus()
    await wait_until(page.table.hasFocus)
    image = page.table.viewport().grab().toImage()
    for column in (Column.SUBJECT, Column.NUMBER):
        cell = page.table.visualRect(page.model.index(2, column)).adjusted(2, 2, -2, -2)
        fill = image.pixelColor(cell.right(), cell.center().y())  # no text at the cell's end
        ink = strongest_ink(image, cell, fill)
        assert contrast(ink, fill) >= STRONG, (column.name, ink.name(), fill.name())


def test_the_focused_sign_in_button_s_text_reads_strongly(qtbot: QtBot, palette: QPalette) -> None:
    page = SignedOutPage()
    qtbot.addWidget(page)
    page.resize(600, 300)
    with qtbot.waitExposed(page):
        page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.action.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.action.hasFocus)
    image = page.action.grab().toImage()
    # Inside its 2 px focused edge: the fill at the left padding, the text in the middle.
    inside = image.rect().adjusted(4, 4, -4, -4)
    fill = image.pixelColor(inside.left(), inside.center().y())
    ink = strongest_ink(image, inside, fill)
    assert contrast(ink, fill) >= STRONG, (ink.name(), fill.name())


@pytest.mark.parametrize("focused", [True, False], ids=["focused", "not focused"])
def test_the_chosen_page_s_entry_in_the_navigation_reads_on_its_fill(
    qtbot: QtBot, palette: QPalette, focused: bool
) -> None:
    """The open page's entry, as the list's selected row: white on the palette's own
    highlight was 3.7:1 in light (#308cc6) and 4.2:1 in the dark (#3d7bd9)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    navigation = Navigation()
    navigation.show_session(admin=True, billing=True, insights=True)
    other = QLineEdit()
    layout.addWidget(navigation)
    layout.addWidget(other)
    window.resize(260, 360)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    navigation.select(NAV_BILLING)
    (navigation if focused else other).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(navigation.hasFocus if focused else other.hasFocus)
    image = navigation.viewport().grab().toImage()
    entry = navigation.visualItemRect(navigation.item_for(NAV_BILLING)).adjusted(4, 4, -4, -4)
    fill = image.pixelColor(entry.right(), entry.center().y())  # past the text's end
    ink = strongest_ink(image, entry, fill)
    assert contrast(ink, fill) >= STRONG, (ink.name(), fill.name())
