""" "Glad the article helped …" comes without moving the window's pages: as a strip above
them it pushed them ~33 px down, under the admin's pointer (a newcomer's report). It lies
over their bottom edge, whole, with its buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(1100, 720), (1024, 640)], ids=["default", "1024x640"])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_notice_moves_nothing_in_the_window(
    qtbot: QtBot,
    tmp_path: Path,
    english: LanguageSwitcher,
    language: str,
    size: tuple[int, int],
) -> None:
    english.apply(language)
    try:
        settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(TaskRunner(lambda _error: None), settings)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        QApplication.sendPostedEvents()
        page = window.pages.currentWidget()
        assert page is not None
        controls = [window.pages, window.navigation, page]
        before = [_in_window(w, window) for w in controls]
        notice = window.new_ticket.answered_notice
        notice.show_answered(counted=True)
        qtbot.wait(20)  # the layouts' turn
        QApplication.sendPostedEvents()
        assert notice.isVisible()
        assert [_in_window(w, window) for w in controls] == before
        # Whole, in the window, over the pages' bottom, its buttons whole in it.
        central = window.centralWidget()
        assert central is not None
        box = _in_window(notice, window)
        assert _in_window(central, window).contains(box), (box, central.geometry())
        assert box.bottom() > before[0].center().y()
        assert notice.height() >= notice.minimumSizeHint().height()
        for button in (notice.open_button, notice.close_button):
            assert notice.rect().contains(button.geometry()), button.text()
            assert button.visibleRegion().boundingRect().size() == button.size()
        assert notice.text.height() >= notice.text.heightForWidth(notice.text.width())
    finally:
        english.apply("en")
