"""While no one is signed in the window says so and offers Sign in… (issue ux19c); a local
workspace being started says that instead."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from tests.support.app import make_settings


def test_signed_out_then_switching_to_the_local_workspace_says_it_starts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.show_signed_out()
    assert window.pages.currentWidget() is window.signed_out_page
    asked: list[bool] = []
    window.sign_in_requested.connect(lambda: asked.append(True))
    window.signed_out_page.action.click()
    assert asked == [True]
    window.show_my_tickets()  # My tickets in the navigation: still no list without a session
    assert window.pages.currentWidget() is window.signed_out_page

    window.show_connecting(server="", local=True)  # Settings → the local demo workspace
    assert window.pages.currentWidget() is window.my_tickets
    assert window.my_tickets.empty_state.label.text() == "Starting the local demo workspace…"


def test_signed_out_the_navigation_marks_no_page_as_open(qtbot: QtBot, tmp_path: Path) -> None:
    """A newcomer's report: My tickets stayed highlighted over the signed-out page."""
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.show_signed_out()
    navigation = window.navigation
    for _ in range(2):  # and after choosing My tickets, the one entry shown
        assert window.pages.currentWidget() is window.signed_out_page
        assert navigation.currentItem() is None and not navigation.selectedItems()
        assert not any(action.isChecked() for action in navigation.go_menu.actions())
        window.show_my_tickets()
