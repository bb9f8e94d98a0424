""" "Glad the article helped …" comes without moving what the admin may be aiming at: as
a strip above the pages it pushed them ~33 px down, under the pointer (a newcomer's
report). It is a strip under them: they keep their place and give up room at their
bottom, and it is whole, with its buttons, hiding nothing (laid over the pages it would
hide a ticket's Send button)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _aimed_at(window: MainWindow) -> dict[str, QPoint]:
    """Where the pages, the navigation, the page's buttons and list start in the window."""
    page = window.pages.currentWidget()
    assert page is not None
    shown = [
        w
        for w in (*page.findChildren(QPushButton), *page.findChildren(QAbstractItemView))
        if w.isVisible()
    ]
    assert shown
    widgets = {"pages": window.pages, "navigation": window.navigation}
    widgets.update({f"{type(w).__name__}:{w.objectName()}:{i}": w for i, w in enumerate(shown)})
    return {name: w.mapTo(window, QPoint(0, 0)) for name, w in widgets.items()}


@pytest.mark.parametrize("size", [(1100, 720), (1024, 640)], ids=["default", "1024x640"])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_notice_moves_nothing_the_admin_aims_at(
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
        with qtbot.waitExposed(window):
            window.show()
        QApplication.sendPostedEvents()
        before = _aimed_at(window)
        pages = _in_window(window.pages, window)
        notice = window.new_ticket.answered_notice
        notice.show_answered(counted=True)
        qtbot.wait(20)  # the layouts' turn
        QApplication.sendPostedEvents()
        assert notice.isVisible()
        assert _aimed_at(window) == before
        # Whole, in the window, under the pages (over none of them), its buttons whole.
        central = window.centralWidget()
        assert central is not None
        box = _in_window(notice, window)
        assert _in_window(central, window).contains(box), (box, central.geometry())
        assert box.top() > _in_window(window.pages, window).bottom()
        assert box.top() <= pages.bottom()  # its room is the pages' bottom
        assert notice.height() >= notice.minimumSizeHint().height()
        for button in (notice.open_button, notice.close_button):
            assert notice.rect().contains(button.geometry()), button.text()
            assert button.visibleRegion().boundingRect().size() == button.size()
        assert notice.text.height() >= notice.text.heightForWidth(notice.text.width())
    finally:
        english.apply("en")


def test_a_banner_made_after_the_notice_still_goes_above_the_pages(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda _error: None), settings)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    with qtbot.waitExposed(window):
        window.show()
    notice = window.new_ticket.answered_notice
    notice.show_answered(counted=True)
    # A banner made now, after the notice (the store's notices are such banners; the
    # offline banner lives under the pages too, since it came and went unasked).
    banner = QLabel("The local store was rebuilt.")
    window.add_banner(banner)
    banner.show()
    qtbot.wait(20)
    QApplication.sendPostedEvents()
    pages = _in_window(window.pages, window)
    assert _in_window(banner, window).bottom() < pages.top()
    assert _in_window(notice, window).top() > pages.bottom()
