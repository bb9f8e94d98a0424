"""The Billing page is offline when the window is: the window hands it its one connection
indicator when it builds the page, shown or not (R9, R11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.api.billing import Subscription
from desktop.ui.notices.connection_indicator import ConnectionState
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from tests.desktop.test_billing_next_charge import START, overview


def test_billing_actions_follow_the_windows_connection(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    page = window.billing  # built, never shown: it follows the window all the same
    active = Subscription("dropbox", "enhanced", "active", START, None, 60, None)
    page.show_overview(overview(active))
    row = page.rows["dropbox"]
    assert row.remove_button.isEnabled() and row.change_button.isEnabled()

    # Signed in, then the event stream drops: the status bar says offline.
    window.connection.set_state(ConnectionState.CONNECTED, server="https://x", user="Ava")
    window.live_feed.connection_changed.emit(False)
    assert window.connection.offline
    assert not row.remove_button.isEnabled() and not row.change_button.isEnabled()
    assert row.remove_button.toolTip() == "Needs a connection to the service."
    assert not any(b.isEnabled() for b in page.compare.choose_buttons.values())

    # Back: the same indicator says so, and the actions are there again.
    window.live_feed.connection_changed.emit(True)
    assert not window.connection.offline
    assert row.remove_button.isEnabled() and row.change_button.isEnabled()
    assert row.remove_button.toolTip() == ""
    assert any(b.isEnabled() for b in page.compare.choose_buttons.values())
