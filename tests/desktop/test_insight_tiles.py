"""The headline tiles of Insights open the tickets they count, as a chart's bar does (R20).

A newcomer took the tiles for cards and clicked them: nothing happened. A tile whose
count the list can show exactly opens those tickets, by a click or, once Tab has reached
it, by Enter or Space; the hand, a highlight, a tooltip and the focus ring say so. The
median and the share rated good count no list's tickets: they offer nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.insights import Insights
from desktop.services.insights import UNSOLVED, DrillDown, Period
from desktop.ui.insights import drill_down
from desktop.ui.insights.kpi_tiles import KpiTiles, Tile
from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.look.theme import TextRole, contrast, focus_ring_colour, text_colour
from tests.desktop.test_focus_ring import near, ring_band
from tests.desktop.test_insight_hover import insights

# Wednesday of the second week of insights(): this week is Monday 14 to Wednesday 16.
PERIOD = Period("custom", date(2026, 9, 7), date(2026, 9, 16))
NOW = datetime(2026, 9, 16, 15, 0, tzinfo=UTC)


def shown(qtbot: QtBot, data: Insights | None = None) -> tuple[QWidget, KpiTiles, list[DrillDown]]:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(16, 16, 16, 16)
    before = QPushButton("Period")
    before.setObjectName("before")
    tiles = KpiTiles()
    layout.addWidget(before)
    layout.addWidget(tiles)
    qtbot.addWidget(window)
    window.resize(1000, 300)
    tiles.show_insights(data or insights(), PERIOD, "team", NOW)
    opened: list[DrillDown] = []
    tiles.drill_down_requested.connect(opened.append)
    # The pointer off the window as it shows, not where an earlier test left it: a window
    # shown under the pointer enters the tile there, and offscreen Qt's first move after
    # that enters the window again without telling the tile it was left.
    QCursor.setPos(-100, -100)
    with qtbot.waitExposed(window):
        window.show()
    return window, tiles, opened


def expected(tiles: KpiTiles) -> dict[Tile, DrillDown]:
    return {
        tiles.open_tile: DrillDown(None, None, scope="team", status=UNSOLVED),
        tiles.response_tile: DrillDown(
            date(2026, 9, 7), date(2026, 9, 17), scope="team", response="breached", now=NOW
        ),
        # This week's days in the period: the 2 tickets opened Monday 14 to Wednesday 16.
        tiles.week_tile: DrillDown(date(2026, 9, 14), date(2026, 9, 17), scope="team"),
    }


def test_a_click_on_a_tile_opens_the_tickets_it_counts(qtbot: QtBot) -> None:  # R20
    _window, tiles, opened = shown(qtbot)
    for tile, drill in expected(tiles).items():
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        assert opened[-1] == drill, tile.objectName()
    assert len(opened) == 3
    # As the chart's parts open them (drill_down.py): the same filters.
    assert expected(tiles)[tiles.week_tile] == drill_down.week(PERIOD, "team", date(2026, 9, 14))


def test_tab_reaches_the_tiles_and_enter_or_space_opens(qtbot: QtBot) -> None:  # R20
    window, tiles, opened = shown(qtbot)
    before = window.findChild(QPushButton, "before")
    assert before is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before.setFocus()
    keys = (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Enter)
    for tile, key in zip(expected(tiles), keys, strict=True):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is tile  # the median and rated tiles are passed over
        QTest.keyClick(tile, key)
        assert opened[-1] == expected(tiles)[tile]
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is before  # on round: no other tile takes the focus


def test_a_clickable_tile_says_what_it_opens(qtbot: QtBot) -> None:  # R20
    _window, tiles, _opened = shown(qtbot)
    hand = Qt.CursorShape.PointingHandCursor
    for tile in expected(tiles):
        assert tile.cursor().shape() == hand
        assert tile.accessibleDescription().startswith("Opens the list of these tickets. ")
    assert tiles.open_tile.toolTip() == "Show these 3 tickets"
    assert tiles.response_tile.toolTip() == "Show the late ticket"
    assert tiles.week_tile.toolTip() == "Show these 2 tickets"
    description = tiles.open_tile.accessibleDescription()
    assert "Tickets open now (new, open or pending), whenever opened." in description
    assert "first answered late" in tiles.response_tile.accessibleDescription()


@pytest.mark.parametrize("which", ["median_tile", "rated_tile"])
def test_a_tile_counting_no_list_offers_nothing(qtbot: QtBot, which: str) -> None:  # R20
    _window, tiles, opened = shown(qtbot)
    tile: Tile = getattr(tiles, which)
    assert tile.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert tile.cursor().shape() != Qt.CursorShape.PointingHandCursor
    assert not tile.toolTip() and not tile.accessibleDescription()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not opened


def test_a_tile_counting_none_offers_nothing(qtbot: QtBot) -> None:  # R20
    _window, tiles, opened = shown(qtbot, replace(insights(), sla_breached=0, open_tickets=0))
    for tile in (tiles.open_tile, tiles.response_tile):
        assert tile.focusPolicy() == Qt.FocusPolicy.NoFocus and not tile.toolTip()
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not opened
    assert tiles.week_tile.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_pointer_over_a_clickable_tile_highlights_it(qtbot: QtBot) -> None:  # R20
    window, tiles, _opened = shown(qtbot)
    tile = tiles.open_tile
    corner = QPoint(4, tile.height() - 4)  # frame's inside, no text there

    def colour() -> QColor:
        return QColor(tile.grab().toImage().pixel(corner))

    QTest.mouseMove(window, QPoint(2, 2))
    qtbot.waitUntil(lambda: not tile.hovered)
    plain = colour()
    QTest.mouseMove(tile, QPoint(tile.width() // 2, tile.height() // 2))
    qtbot.waitUntil(lambda: tile.hovered)
    assert colour() != plain
    # The grey caption stays readable on it (a tint of the highlight made it 3.9:1).
    caption = text_colour(TextRole.SECONDARY, tile.palette())
    assert contrast(caption, colour()) >= 4.5
    # Its edge is grey, not the focus ring's highlight: a hovered tile beside the focused
    # one read as two tiles with the focus (a newcomer's report).
    edge = QColor(tile.grab().toImage().pixel(QPoint(0, tile.height() // 2)))
    ring = focus_ring_colour(tile.palette())
    highlight = tile.palette().color(QPalette.ColorRole.Highlight)
    assert not near(edge, ring) and not near(edge, highlight), edge.name()
    # Not a tile that opens nothing.
    median = tiles.median_tile
    QTest.mouseMove(median, QPoint(median.width() // 2, median.height() // 2))
    qtbot.waitUntil(lambda: median.hovered)
    assert QColor(median.grab().toImage().pixel(corner)) == plain


def test_a_tile_reached_by_tab_shows_the_focus_ring(qtbot: QtBot, rings: FocusRings) -> None:
    window, tiles, _opened = shown(qtbot)
    tile = tiles.response_tile
    unfocused = window.grab().toImage()
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus)
    assert rings.ring is not None and rings.ring.widget() is tile and rings.ring.isVisible()
    ring = focus_ring_colour(tile.palette())
    after = ring_band(window.grab().toImage(), tile)
    for was, now in zip(ring_band(unfocused, tile), after, strict=True):
        # Every side, the top and bottom too (the tiles' row had no room for them).
        assert near(now, ring), now.name()
        assert contrast(now, was) >= 3.0


def test_a_tile_that_opens_tickets_is_a_button_to_assistive_technology(qtbot: QtBot) -> None:
    """A screen reader said "frame" for a tile a click opens: now "button", named by its
    texts and described by the tickets it opens; a tile that opens nothing is no button."""
    from PySide6.QtGui import QAccessible

    _window, tiles, opened = shown(qtbot)
    for tile in expected(tiles):
        face = QAccessible.queryAccessibleInterface(tile)
        assert face is not None
        assert face.role() == QAccessible.Role.Button, tile.objectName()
        assert face.text(QAccessible.Text.Name) == tile.accessibleName()
        assert face.text(QAccessible.Text.Description).startswith("Opens the list of")
        assert not face.state().disabled
    for tile in (tiles.median_tile, tiles.rated_tile):
        face = QAccessible.queryAccessibleInterface(tile)
        assert face is not None and face.role() != QAccessible.Role.Button


def test_a_tile_counting_none_reads_as_a_button_that_cannot_be_pressed(qtbot: QtBot) -> None:
    """Its texts as readable as a pressable tile's (Qt's disabled grey is not)."""
    from PySide6.QtGui import QAccessible

    window, tiles, _opened = shown(qtbot, replace(insights(), open_tickets=0))
    tile = tiles.open_tile
    face = QAccessible.queryAccessibleInterface(tile)
    assert face is not None and face.role() == QAccessible.Role.Button
    assert face.state().disabled
    image = tile.grab().toImage()
    ground = image.pixelColor(4, tile.height() - 4)
    for label in (tile.caption, tile.value, tile.detail):
        area = label.geometry()
        ink = max(
            (
                image.pixelColor(x, y)
                for x in range(area.left(), area.right() + 1)
                for y in range(area.top(), area.bottom() + 1)
            ),
            key=lambda pixel: contrast(pixel, ground),
        )
        assert contrast(ink, ground) >= 4.5, (label.objectName(), ink.name(), ground.name())


def _row_of(tiles: KpiTiles) -> list[int]:
    """Each tile's row as placed (its top edge), in the tiles' order."""
    shown = [tiles.open_tile, tiles.response_tile, tiles.median_tile]
    return [t.y() for t in (*shown, tiles.week_tile, tiles.rated_tile)]


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_tiles_wrap_onto_rows_only_when_they_do_not_fit_side_by_side(
    qtbot: QtBot, scale: float
) -> None:  # issue 19: the row held Insights (and the window) wider than 1024 px
    # One figure far wider than the others ("123,456 of 777,777"): the columns fit each
    # tile's own least, not the widest tile's five times.
    window, tiles, _opened = shown(qtbot, replace(insights(), sla_met=123456, sla_breached=654321))
    font = tiles.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    tiles.setFont(font)
    # Each tile's least, side by side: the row fits them all at that width, not less.
    leasts = [
        t.minimumSizeHint().width() for t in tiles.findChildren(QWidget) if t.parent() is tiles
    ]
    side_by_side = sum(leasts) + 4 * tiles.grid().horizontalSpacing()
    margins = tiles.grid().contentsMargins()
    window.resize(side_by_side + margins.left() + margins.right() + 32, 600)
    qtbot.waitUntil(lambda: len(set(_row_of(tiles))) == 1)
    # Narrower: more rows, and the row asks for no more than its widest tile.
    window.resize(max(leasts) + 200, 900)
    qtbot.waitUntil(lambda: len(set(_row_of(tiles))) > 1)
    assert tiles.minimumSizeHint().width() <= max(leasts) + margins.left() + margins.right()
    assert window.minimumSizeHint().width() < side_by_side
