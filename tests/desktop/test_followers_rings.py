"""The followers section's focus rings are whole and clear of their neighbours: the
toggle's no longer runs into the names beside it, and Remove and Undo (flush with their
line's edge) showed a 1 px sliver of ring (newcomer report, en-32, en-33zoom)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.look.theme import focus_ring_colour
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.ticket.followers_box import FollowerRow, FollowersBox
from desktop.ui.tickets.ticket.removed_follower_line import RemovedFollowerLine
from tests.desktop.test_focus_ring import near, ring_band
from tests.desktop.test_satisfaction_box import SOLVED
from tests.desktop.test_undo_follower import MIA, YUKI


def _window(qtbot: QtBot, *parts: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)  # the parts at the window's edge: nothing to spare
    layout.setSpacing(0)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    window.resize(600, 200)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def test_each_control_of_the_section_shows_its_whole_ring(qtbot: QtBot, rings: FocusRings) -> None:
    box = FollowersBox(TaskRunner(lambda _error: None), lambda: None)
    box.show_for(replace(SOLVED, followers=(YUKI, MIA)))
    row = FollowerRow(YUKI)
    line = RemovedFollowerLine()
    line.show_removed(MIA)
    line.timer.stop()
    window = _window(qtbot, box, row, line)
    for control in (box.toggle, row.remove_button, line.undo_button):
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        ring = rings.ring
        assert ring is not None and ring.isVisible() and ring.widget() is control
        image = window.grab().toImage()
        expected = focus_ring_colour(control.palette())
        for pixel in ring_band(image, control):  # all four sides, both pixels deep
            assert near(pixel, expected), (control.objectName(), pixel.name())
    # The toggle's ring stays clear of the names beside it.
    box.toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.toggle.hasFocus)
    assert rings.ring is not None
    assert not _in_window(rings.ring).intersects(_in_window(box.summary))
