"""A passing message in the status bar is said in one language: after a switch it is not
left on screen in the old one (a newcomer read Japanese in a window just made Dutch)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher


async def test_a_passing_message_goes_with_its_language(
    qtbot: QtBot, tmp_path: Path, english: LanguageSwitcher
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    window.show()
    try:
        english.apply("ja")
        await asyncio.sleep(0.02)  # LanguageChange is posted
        said = QCoreApplication.translate("NewTicketFlow", "Opening the contact form…")
        assert said != "Opening the contact form…"  # the Japanese catalog is in
        window.statusBar().showMessage(said, 15_000)
        english.apply("nl")
        await asyncio.sleep(0.02)
        assert window.statusBar().currentMessage() == ""
    finally:
        english.apply("en")
