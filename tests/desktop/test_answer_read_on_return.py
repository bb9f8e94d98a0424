"""An answer that arrives while the window is behind another, on the ticket shown, is
unread until the admin comes back to the window; then it is read (a newcomer's report:
the row stayed bold and the navigation said "(1 new)" with the answer on screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from tests.desktop.test_ticket_pane_width import _ticket
from tests.support.app import make_settings


def test_the_answer_on_the_ticket_shown_is_read_when_the_window_is_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    ticket = _ticket()
    page = window.ticket_page
    page.show_ticket(ticket)
    window.pages.setCurrentWidget(page)
    other = QWidget()  # the window the admin is in meanwhile
    qtbot.addWidget(other)
    window.show()
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    assert not window.isActiveWindow()

    window._agent_answered(ticket.id, ticket.submitter.id)  # noqa: SLF001 - the live feed's
    assert ticket.id in window.unread  # not seen yet: the window is behind another

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: ticket.id not in window.unread, timeout=2000)
