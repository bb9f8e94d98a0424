"""Esc in Contact support closes it and keeps what was typed as a draft, as before; the
status bar now says so, and where it is (a newcomer thought the text was gone), as it
does for a reply left behind on a ticket. Nothing typed: nothing said."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.drafts import NEW_TICKET_KEY
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.support.app import make_settings, running_client
from tests.support.client_flows import in_every_language, open_contact, signed_in
from tests.support.server import RunningServer
from tests.support.sign_in import AVA
from tests.support.waiting import wait_until

KEPT = {
    "en": "Your request is kept as a draft, in Drafts and outbox.",
    "nl": "Je verzoek is bewaard als concept, in Concepten en postvak UIT.",
    "ja": "リクエストは下書きとして「下書きと送信トレイ」に保存されています。",
}


async def _typed_in(dialog: ContactSupportDialog, qtbot: QtBot, text: str) -> None:
    dialog.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form active")
    dialog.body_edit.setFocus()
    await wait_until(dialog.body_edit.hasFocus, what="the description focused")
    qtbot.keyClicks(dialog.body_edit, text)


@in_every_language()
async def test_esc_with_a_request_begun_says_it_is_kept_and_where(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await signed_in(controller, qtbot, AVA)
        window = controller.window
        assert controller.store is not None
        drafts = controller.store.drafts

        # Nothing typed (blanks are no request): nothing kept, nothing said.
        dialog = await open_contact(controller, qtbot)
        await _typed_in(dialog, qtbot, "   ")
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Escape)
        await wait_until(lambda: window.contact_dialog is None, what="the form closed by Esc")
        assert window.statusBar().currentMessage() == ""
        assert drafts.get(NEW_TICKET_KEY) is None

        dialog = await open_contact(controller, qtbot)
        await _typed_in(dialog, qtbot, "Sync stopped on two laptops")
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Escape)
        await wait_until(lambda: window.contact_dialog is None, what="the form closed by Esc")
        assert window.statusBar().currentMessage() == KEPT[language]
        await wait_until(lambda: drafts.get(NEW_TICKET_KEY) is not None, what="the draft")
        draft = drafts.get(NEW_TICKET_KEY)
        assert draft is not None and draft.body == "Sync stopped on two laptops"  # never lost


@in_every_language()
async def test_a_kept_draft_reopens_saying_so_and_can_be_started_over(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Opened again, the form said nothing of the text it brought back, and offered no
    way to begin afresh: it says it is the draft, and Start over empties it (Undo in the
    same place brings it back)."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await signed_in(controller, qtbot, AVA)
        window = controller.window
        assert controller.store is not None
        drafts = controller.store.drafts

        dialog = await open_contact(controller, qtbot)
        assert not dialog.draft_note.isVisible()  # a new form: nothing to say
        await _typed_in(dialog, qtbot, "Sync stopped on two laptops")
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Escape)
        await wait_until(lambda: window.contact_dialog is None, what="the form closed by Esc")
        await wait_until(lambda: drafts.get(NEW_TICKET_KEY) is not None, what="the draft")

        dialog = await open_contact(controller, qtbot)
        note = dialog.draft_note
        assert note.isVisible() and note.text.text()
        assert dialog.body_edit.toPlainText() == "Sync stopped on two laptops"
        place = note.geometry()
        qtbot.mouseClick(note.start_over_button, Qt.MouseButton.LeftButton)
        assert dialog.body_edit.toPlainText() == ""
        assert not note.isVisible() and dialog.draft_undo.isVisible()
        await wait_until(lambda: dialog.draft_undo.geometry().top() == place.top(), what="laid")
        qtbot.mouseClick(dialog.draft_undo.undo_button, Qt.MouseButton.LeftButton)
        assert dialog.body_edit.toPlainText() == "Sync stopped on two laptops"
        assert note.isVisible()
        # Started over for good: the emptied form keeps no draft once saved.
        qtbot.mouseClick(note.start_over_button, Qt.MouseButton.LeftButton)
        dialog.save_draft()
        await wait_until(lambda: drafts.get(NEW_TICKET_KEY) is None, what="no draft kept")
        dialog.reject()
