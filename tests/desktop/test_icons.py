"""Icons come from the shipped Font Awesome font and follow the palette; statuses are badges."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.look.icons import GLYPHS, font_files, icon
from desktop.ui.look.theme import status_badge_colours
from desktop.ui.shell.navigation import ICONS as NAV_ICONS
from desktop.ui.text.formatting import medium_date
from desktop.ui.text.i18n import formats_locale
from desktop.ui.tickets.list.status_badge import ICONS as STATUS_ICONS
from desktop.ui.tickets.list.status_badge import PADDING
from desktop.ui.tickets.list.status_badge_delegate import StatusBadgeDelegate
from desktop.ui.tickets.list.ticket_table_model import Column, TicketTableModel
from tests.desktop.test_ticket_table_model import ticket
from tests.support.palettes import dark_palette, light_palette


def test_every_glyph_is_the_one_the_shipped_charmap_names() -> None:
    files = font_files()
    assert files is not None, "the Font Awesome font ships with QtAwesome"
    charmap = json.loads(files[1].read_text())
    assert {name: int(charmap[name], 16) for name in GLYPHS} == GLYPHS
    # Every icon the navigation and the badges ask for is one of them.
    assert set(NAV_ICONS.values()) | set(STATUS_ICONS.values()) <= set(GLYPHS)


def _inked(image: QImage) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


def test_an_icon_is_drawn_in_the_text_colour_of_the_palette_it_is_painted_in(
    qapp: QApplication,
) -> None:
    light = QPalette(qapp.palette())
    inbox = icon("inbox")
    try:
        for palette in (light_palette(), dark_palette()):
            qapp.setPalette(palette)
            text = palette.color(QPalette.ColorRole.WindowText)
            window = palette.color(QPalette.ColorRole.Window)
            inked = _inked(inbox.pixmap(QSize(32, 32)).toImage())
            assert len(inked) > 40, "the glyph is drawn, not an empty square"
            assert all(abs(c.lightness() - text.lightness()) < 8 for c in inked)
            disabled = _inked(inbox.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage())
            quieter = abs(disabled[0].lightness() - window.lightness())
            assert quieter < abs(text.lightness() - window.lightness())
    finally:
        qapp.setPalette(light)


def test_statuses_are_tinted_badges_with_an_icon_and_their_name(qtbot: QtBot) -> None:
    model = TicketTableModel(clock=lambda: datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
    statuses = ("new", "open", "solved", "closed")
    model.reset(tuple(ticket(n, s) for n, s in enumerate(statuses)), None)
    view = QTableView()
    qtbot.addWidget(view)
    delegate = StatusBadgeDelegate(view)
    view.setItemDelegateForColumn(Column.STATUS, delegate)
    view.setModel(model)
    view.resize(900, 300)
    view.resizeColumnToContents(Column.STATUS)
    with qtbot.waitExposed(view):
        view.show()
    metrics = view.fontMetrics()
    image = view.viewport().grab().toImage()
    for row, status in enumerate(statuses):
        index = model.index(row, Column.STATUS)
        name = str(index.data())
        # The fitted column holds the icon and the whole name inside the badge.
        room = view.columnWidth(Column.STATUS)
        assert room >= metrics.ascent() + metrics.horizontalAdvance(name) + 2 * PADDING
        cell = view.visualRect(index)
        colours = {
            image.pixelColor(x, y).name()
            for x in range(cell.left(), cell.right())
            for y in range(cell.top(), cell.bottom())
        }
        fill, _ink = status_badge_colours(status, view.palette())
        assert fill.name() in colours, f"{status}: its own tint"
    fills = {status_badge_colours(s, view.palette())[0].name() for s in statuses}
    assert len(fills) >= 3  # a tint by what the status asks of the admin


def test_dates_are_written_the_way_the_systems_country_writes_them() -> None:
    assert formats_locale("en", "nl_NL").name() == "en_NL"
    assert formats_locale("en", "C").name() == "en_US"
    assert formats_locale("ja", "nl_NL").name() == "ja_JP"  # Qt knows no ja_NL
    assert formats_locale("nl", "en_US").name() == "nl_NL"
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        moment = datetime(2026, 11, 24, 12, tzinfo=UTC)
        assert medium_date(moment) == "Nov 24, 2026"  # never 11/24/26
        QLocale.setDefault(formats_locale("en", "nl_NL"))
        assert medium_date(moment) == "24 Nov 2026"
    finally:
        QLocale.setDefault(previous)
