"""A new admin's first go at Contact support, against the real service.

Reported: typing right after Ctrl+N changed the Category (the focus was on it); the
suggested articles came after Send in the Tab order; choosing a phone call showed a red
"enter a phone number" before any try to send; a closed ticket's follow-up showed the
end of its subject and dropped the ticket's category.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import settle
from tests.support.app import make_settings, running_client
from tests.support.client_flows import SUGGESTED_QUESTION, open_contact, signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


async def test_the_form_opens_in_the_subject_and_the_articles_follow_it_on_tab(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        dialog = await open_contact(controller, qtbot)
        dialog.activateWindow()
        await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form")
        assert _focused() is dialog.subject_edit
        # Typed at once, as after Ctrl+N: the subject, never the category by type-ahead.
        focused = _focused()
        assert focused is not None
        qtbot.keyClicks(focused, SUGGESTED_QUESTION)
        assert dialog.subject_edit.text() == SUGGESTED_QUESTION
        assert dialog.category is None
        await wait_until(lambda: bool(dialog.suggestions.rows), what="articles suggested")
        await settle()
        # Tab: the subject, the articles under it (title, then its button), the description.
        expected: list[QWidget] = []
        for row in dialog.suggestions.rows:
            expected += [row.link, row.answered_button]
        expected.append(dialog.body_edit)
        reached = []
        for _ in expected:
            focused = _focused()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            reached.append(_focused())
            # A title's link is selected as it is reached: Enter opens it.
            now = _focused()
            assert not isinstance(now, QLabel) or now.selectedText()
        assert reached == expected
        # One stop per title (its link selected at once), the same way back.
        back = []
        for _ in expected:
            focused = _focused()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Backtab)
            back.append(_focused())
        assert back == [*expected[-2::-1], dialog.subject_edit]
        dialog.reject()
