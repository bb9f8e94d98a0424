"""Insights' title and its choices: one row where it fits, else the choices below, so the
page's least is the widest one's, not the row's (issue 19)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.insights.header_rows import HeaderRows


def _combo(*choices: str) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.addItems(list(choices))
    return combo


def _wanted(widget: QWidget) -> int:
    return widget.sizeHint().width()


def _in_window(qtbot: QtBot, header: HeaderRows) -> QWidget:
    """``header`` in a window of its own (a window is never narrower than its layout's
    least: the page's, for the header, not its own)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(header)
    layout.addStretch(1)
    return window


def test_the_choices_go_below_the_title_where_the_row_does_not_fit(qtbot: QtBot) -> None:
    title = QLabel("Insights")
    scopes = _combo("Whole team", "Mine")
    periods = _combo("Open now", "Last 12 months", "Custom…")
    header = HeaderRows(title, [scopes, periods])
    window = _in_window(qtbot, header)
    gap = header.layout().spacing()
    one_row = _wanted(title) + _wanted(scopes) + _wanted(periods) + 2 * gap
    choices = _wanted(scopes) + _wanted(periods) + gap
    # Its least is the widest piece's, not the row's.
    assert header.minimumSizeHint().width() == max(map(_wanted, (title, scopes, periods)))

    window.resize(one_row + 40, 200)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: header.placed() == HeaderRows.ONE_ROW)
    assert scopes.y() < title.geometry().bottom() and periods.y() < title.geometry().bottom()
    assert periods.geometry().right() == header.width() - 1  # at the right end, as ever

    window.resize(one_row - 1, 200)
    qtbot.waitUntil(lambda: header.placed() == HeaderRows.CHOICES_BELOW)
    qtbot.waitUntil(lambda: scopes.y() > title.geometry().bottom())
    assert periods.y() == scopes.y()  # side by side, under the title
    assert periods.geometry().right() == header.width() - 1
    two_rows = title.sizeHint().height() + scopes.sizeHint().height()
    assert header.minimumSizeHint().height() > two_rows

    window.resize(choices - 1, 200)
    qtbot.waitUntil(lambda: header.placed() == HeaderRows.EACH_BELOW)
    qtbot.waitUntil(lambda: periods.y() > scopes.geometry().bottom() > title.geometry().bottom())
    for choice in (scopes, periods):  # whole, at the right end
        assert choice.width() >= _wanted(choice)
        assert choice.geometry().right() == header.width() - 1

    window.resize(one_row + 40, 200)  # room again: one row
    qtbot.waitUntil(lambda: header.placed() == HeaderRows.ONE_ROW)
    qtbot.waitUntil(lambda: periods.y() < title.geometry().bottom())


def test_a_wider_choice_is_placed_again(qtbot: QtBot) -> None:  # "Custom…"'s days, a language
    title = QLabel("Insights")
    scopes = _combo("Whole team")
    periods = _combo("Last 12 weeks")
    header = HeaderRows(title, [scopes, periods])
    window = _in_window(qtbot, header)
    gap = header.layout().spacing()
    window.resize(_wanted(title) + _wanted(scopes) + _wanted(periods) + 2 * gap + 10, 200)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: header.placed() == HeaderRows.ONE_ROW)
    periods.addItem("Last 12 months, and a good deal longer than that")
    qtbot.waitUntil(lambda: header.placed() != HeaderRows.ONE_ROW)
    assert header.minimumSizeHint().width() == _wanted(periods)
