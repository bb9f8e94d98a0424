"""The ticket page's top row: Back and the ticket's actions on one line when they fit, the
actions on a line of their own when not; it never asks for the width of both (issue 19:
Dutch at 150 % text asked the window for ~1186 px)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.ticket.title_row import TitleRow


def _page(qtbot: QtBot) -> tuple[QWidget, TitleRow, QPushButton, list[QPushButton]]:
    page = QWidget()
    qtbot.addWidget(page)
    back = QPushButton("← Tickets van het team")
    actions = [QPushButton("Chatvenster openen"), QPushButton("Markeren als opgelost")]
    row = TitleRow(back, actions)
    layout = QVBoxLayout(page)
    layout.addWidget(row)
    layout.addStretch(1)
    with qtbot.waitExposed(page):
        page.show()
    return page, row, back, actions


def test_the_actions_share_the_line_with_back_when_they_fit(qtbot: QtBot) -> None:
    page, row, back, actions = _page(qtbot)
    page.resize(row.one_line_width() + 100, 200)
    qtbot.waitUntil(lambda: row.width() >= row.one_line_width())
    assert not row.wrapped
    assert abs(actions[0].y() - back.y()) < back.height()  # one line
    right = actions[-1].mapTo(page, QPoint(actions[-1].width(), 0)).x()
    assert right <= page.width()


def test_narrow_the_actions_take_a_line_of_their_own_on_the_right(qtbot: QtBot) -> None:
    page, row, back, actions = _page(qtbot)
    one_line = row.one_line_width()
    # The row asks for no more than its wider part: the window is not made wider.
    assert row.minimumSizeHint().width() < one_line
    margins = row.layout().contentsMargins().left() + row.layout().contentsMargins().right()
    assert row.minimumSizeHint().width() == margins + max(
        back.minimumSizeHint().width(), row.action_row.minimumSize().width()
    )
    page.resize(row.minimumSizeHint().width() + 30, 200)
    qtbot.waitUntil(lambda: row.wrapped)
    qtbot.waitUntil(lambda: actions[0].y() >= back.y() + back.height())
    for button in (back, *actions):
        assert button.width() >= button.sizeHint().width(), button.text()  # whole
        assert button.mapTo(page, QPoint(button.width(), 0)).x() <= page.width()
    # On the right, where they were.
    right = actions[-1].mapTo(row, QPoint(actions[-1].width(), 0)).x()
    assert right == row.layout().contentsRect().right() + 1
    page.resize(one_line + 100, 200)  # wide again: one line
    qtbot.waitUntil(lambda: not row.wrapped)


def test_without_back_the_actions_alone_decide(qtbot: QtBot) -> None:
    page, row, back, actions = _page(qtbot)
    back.hide()  # beside a list (the reading pane): no Back
    margins = row.layout().contentsMargins().left() + row.layout().contentsMargins().right()
    assert row.one_line_width() == row.action_row.sizeHint().width() + margins
    page.resize(row.one_line_width() + 40, 200)
    qtbot.waitUntil(lambda: not row.wrapped)
    # A button appearing that no longer fits sends the actions to their own line.
    back.show()
    qtbot.waitUntil(lambda: row.wrapped)
