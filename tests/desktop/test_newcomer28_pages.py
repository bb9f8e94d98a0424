"""A new admin's report (newcomer 27) on the pages around Billing: the Show filter at
the window's edge, greyed Open/Discard on an empty Drafts page, the error box breaking
"ウィン/ドウ", and a signed-out navigation offering My tickets, which led nowhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.local_server import LocalServerFailed
from desktop.services.tickets import TicketService
from desktop.store.drafts import NEW_TICKET_KEY
from desktop.ui.look.theme import SCROLL_BAR_WIDTH
from desktop.ui.notices.messages import ErrorPresenter
from desktop.ui.recommendations.recommendations_page import RecommendationsPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.navigation import TARGETS
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.line_breaks import WORD_JOINER
from desktop.ui.tickets.compose.drafts_page import DraftsPage
from tests.desktop.test_drafts_rows import (
    ADMIN,
    service,  # noqa: F401 - the fixture
)
from tests.support.app import make_settings
from tests.support.waiting import wait_until


def test_show_ends_where_the_cards_end_not_at_the_windows_edge(qtbot: QtBot) -> None:
    page = RecommendationsPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    QApplication.processEvents()
    margin = page.layout().contentsMargins().right()
    right = page.kind_filter.geometry().right()
    # The page's margin, and the cards' scroll bar beside it: the cards' right edge.
    assert page.width() - 1 - right >= margin + SCROLL_BAR_WIDTH, (right, page.width())


async def test_drafts_shows_open_and_discard_only_with_something_to_act_on(
    qtbot: QtBot,
    service: TicketService,  # noqa: F811 - the fixture
) -> None:
    service.client.resume_offline("refresh", ADMIN)
    page = DraftsPage()
    qtbot.addWidget(page)
    page.bind(service)
    page.show()
    assert page.empty_state.isVisible() and page.empty_state.action.isVisible()
    assert not page.open_button.isVisible() and not page.discard_button.isVisible()
    await service.drafts.save(NEW_TICKET_KEY, "Sync stopped", fields={"subject": "Sync"})
    await wait_until(lambda: page.list.count() == 1, what="the draft listed")
    assert page.open_button.isVisible() and page.discard_button.isVisible()
    assert page.open_button.isEnabled()


def test_the_error_box_keeps_japanese_words_whole(
    qtbot: QtBot, switcher: LanguageSwitcher, tmp_path: Path
) -> None:  # "ウィン" | "ドウ" in the stopped workspace's box
    switcher.apply("ja")
    parent = QWidget()
    qtbot.addWidget(parent)
    failed = LocalServerFailed(
        exit_code=-15, started=True, log_path=tmp_path / "service.log", error_lines="log tail"
    )
    box = ErrorPresenter(lambda: parent).show(failed)
    try:
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        assert WORD_JOINER.join("ウィンドウ") in label.text()
        assert WORD_JOINER not in box.text()  # the text as set, for a report
        assert "log tail" in box.detailedText()
    finally:
        box.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_signed_out_the_navigation_offers_no_page(qtbot: QtBot, tmp_path: Path) -> None:
    """My tickets, the one entry left, only led back to the signed-out page."""
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.show_signed_out()
    assert window.navigation.visible_targets() == []
    assert not window.navigation.isVisible()  # no empty panel either
    go = window.navigation.go_menu
    assert not any(go.action_for(target).isVisible() for target in TARGETS)
    assert window.pages.currentWidget() is window.signed_out_page
