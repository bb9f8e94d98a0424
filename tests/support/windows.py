"""The main window on its own (no controller, no service) for the client's widget tests."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from tests.support.app import make_settings
from tests.support.waiting import wait_exposed


def admin_window(
    qtbot: QtBot,
    tmp_path: Path,
    languages: LanguageSwitcher | None = None,
    language: str = "en",
) -> MainWindow:
    """The window with every navigation entry an admin has (billing and Insights too),
    in ``language`` when ``languages`` is given (applied before the entries are made, as a
    signed-in session's are). Not shown yet: the caller sizes it first."""
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    if languages is not None:
        languages.apply(language)
    window.navigation.show_session(admin=True, billing=True, insights=True)
    return window


async def show_at(window: MainWindow, width: int, height: int) -> None:
    """The window resized, shown and on screen."""
    window.resize(width, height)
    window.show()
    await wait_exposed(window)
