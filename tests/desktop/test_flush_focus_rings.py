"""A control flush with its parent's edges shows its whole focus ring: the Insights period
box in its row, a Billing tab in its tab bar, a dialog's Cancel in its button box; light
and dark.

Measured on the pixels painted (a grab of the window): the ring used to be drawn in the
control's own parent, which clipped it to two slivers (the period box, Cancel) or to
nothing (the tab bar). WCAG 2.2 focus appearance: 3:1 against what is next to it and
against what it covers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.billing.fitting_tabs import FittingTabs
from desktop.ui.insights.period_selector import PeriodSelector
from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.look.theme import contrast
from tests.support.focus_rings import (
    AT_LEAST,
    assert_ring_stands_out,
    grabs_around_tab,
    shown_active,
    side_points,
)


def in_window(qtbot: QtBot, content: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.addWidget(content)
    window.resize(520, 260)
    shown_active(qtbot, window)
    return window


def assert_whole_ring(
    qtbot: QtBot,
    rings: FocusRings,
    window: QWidget,
    control: QWidget,
    ringed: Callable[[], QRect],
) -> None:
    """Focus ``control`` as Tab does; the band just outside ``ringed()`` (in ``control``,
    as laid out when grabbed), on all four sides, stands out from the surface beyond it
    and from what it covers."""
    unfocused, focused = grabs_around_tab(qtbot, rings, window, control)
    what = type(control).__name__
    assert_ring_stands_out(unfocused, focused, control, AT_LEAST, what, ringed())


def test_the_insights_period_box_shows_its_whole_ring(
    qtbot: QtBot, rings: FocusRings, palette: QPalette
) -> None:
    selector = PeriodSelector()
    window = in_window(qtbot, selector)
    assert_whole_ring(qtbot, rings, window, selector.combo, selector.combo.rect)


def test_a_tab_bar_rings_its_current_tab(
    qtbot: QtBot, rings: FocusRings, palette: QPalette
) -> None:
    tabs = FittingTabs()
    for title in ("Available add-ons", "Compare Basic and Enhanced", "What is included"):
        tabs.addTab(QLabel(title), title)
    tabs.setCurrentIndex(1)
    window = in_window(qtbot, tabs)
    bar = tabs.tabBar()
    assert_whole_ring(qtbot, rings, window, bar, lambda: bar.tabRect(1))
    # The arrow keys move the current tab, and the ring with it.
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bar.currentIndex() == 2)
    image = window.grab().toImage()
    ring = image.pixelColor(side_points(bar, 1, bar.tabRect(2))[2])
    beyond = image.pixelColor(side_points(bar, 1, bar.tabRect(1))[2])
    assert contrast(ring, beyond) >= AT_LEAST, (ring.name(), beyond.name())


def test_a_dialog_s_cancel_button_shows_its_whole_ring(
    qtbot: QtBot, rings: FocusRings, palette: QPalette
) -> None:
    # As Billing asks before removing an add-on.
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Question)
    box.setText("Remove the add-on “Priority phone line” at the end of this month?")
    box.addButton("Remove", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    shown_active(qtbot, box)
    assert_whole_ring(qtbot, rings, box, cancel, cancel.rect)
