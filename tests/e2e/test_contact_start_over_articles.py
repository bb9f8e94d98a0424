"""Start over empties Contact support, and the help articles suggested for the old text go
with it (a newcomer's report, in Dutch: the form was empty, the articles for the draft's
question stayed); Undo brings the text back, and its articles with it. Against the real
service's help articles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.support.app import make_settings, running_client
from tests.support.client_flows import ask_a_suggested_question, in_every_language, open_contact
from tests.support.server import RunningServer
from tests.support.sign_in import AVA, sign_in
from tests.support.waiting import wait_until

# The ticket's language the draft chose: not the one a new form starts on, so Start over
# changes it too (the articles are then asked for again, in it).
OTHER_LANGUAGE = {"en": "ja", "ja": "en", "nl": "en"}


def settled(dialog: ContactSupportDialog) -> bool:
    """No question waiting to be asked, none on its way to the service."""
    suggestions = dialog.suggestions
    task = suggestions._task  # noqa: SLF001
    return not suggestions._timer.isActive() and (task is None or task.done())  # noqa: SLF001


@in_every_language()
async def test_start_over_takes_the_old_texts_articles_and_undo_brings_them_back(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await sign_in(controller, qtbot, AVA)
        window = controller.window
        await wait_until(lambda: window.my_tickets.model.rowCount() > 0, what="tickets")
        dialog = await open_contact(controller, qtbot)
        combo = dialog.language_combo
        combo.setCurrentIndex(combo.findData(OTHER_LANGUAGE[language]))
        await ask_a_suggested_question(dialog, qtbot)
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Escape)  # kept as the draft
        await wait_until(lambda: window.contact_dialog is None, what="the form closed")

        dialog = await open_contact(controller, qtbot)
        assert dialog.draft_note.isVisible()
        await wait_until(lambda: bool(dialog.suggestions.rows), what="the draft's articles")
        titles = [row.article.key for row in dialog.suggestions.rows]

        qtbot.mouseClick(dialog.draft_note.start_over_button, Qt.MouseButton.LeftButton)
        assert dialog.subject_edit.text() == ""
        # Gone with the text, at once: not left for the next question's answer.
        assert dialog.suggestions.rows == [] and not dialog.suggestions.isVisible()
        assert dialog.suggestion_slot.placeholder.isVisible()
        await wait_until(lambda: settled(dialog), what="nothing more asked")
        assert dialog.suggestions.rows == [], "the old text's articles came back"

        qtbot.mouseClick(dialog.draft_undo.undo_button, Qt.MouseButton.LeftButton)
        assert dialog.subject_edit.text().strip()
        await wait_until(
            lambda: [row.article.key for row in dialog.suggestions.rows] == titles,
            what="the draft's articles back with it",
        )
        dialog.reject()
