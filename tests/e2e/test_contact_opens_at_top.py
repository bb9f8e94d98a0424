"""Contact support opens at its top (issue 19, a newcomer at 1024×640).

Ctrl+N brought back the request they had begun (kept as a draft by Esc): the focus went to
its description, below the fold, and the form opened scrolled to it, past the product,
category and language (by 144 px in Japanese, under the kept-draft note). It now opens at
its top, the focused field in view; the articles found for the draft's text as it opens
leave it there too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import save, settle
from desktop.store.drafts import NEW_TICKET_KEY
from desktop.ui.tickets.compose import form_scroll
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.support.app import make_settings, running_client
from tests.support.client_flows import in_every_language, open_contact, signed_in
from tests.support.server import RunningServer
from tests.support.sign_in import AVA
from tests.support.waiting import wait_until

SUBJECT = "SSO sign-in fails"
BODY = "Since 08:00 nobody in Rotterdam can sign in with Okta."


def in_view(widget: QWidget, dialog: ContactSupportDialog) -> bool:
    """Whole inside the form's viewport."""
    viewport = dialog.form_scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


async def _draft_begun(
    controller: AppController, qtbot: QtBot, subject: str = SUBJECT, body: str = BODY
) -> None:
    """A request begun as the newcomer began it, closed with Esc: kept as the draft."""
    dialog = await open_contact(controller, qtbot)
    dialog.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form active")
    qtbot.keyClicks(dialog.subject_edit, subject)
    dialog.body_edit.setFocus()
    qtbot.keyClicks(dialog.body_edit, body)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Escape)
    window = controller.window
    await wait_until(lambda: window.contact_dialog is None, what="the form closed by Esc")
    assert controller.store is not None
    drafts = controller.store.drafts
    await wait_until(lambda: drafts.get(NEW_TICKET_KEY) is not None, what="the draft kept")


async def _opened_again(controller: AppController) -> ContactSupportDialog:
    """Ctrl+N, as the newcomer pressed it: the form with the draft in it, settled."""
    window = controller.window
    window.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is window, what="the window active")
    window.menus.new_ticket_action.trigger()
    await wait_until(
        lambda: window.contact_dialog is not None and window.contact_dialog.isVisible(),
        what="the form again",
    )
    dialog = window.contact_dialog
    assert dialog is not None
    dialog.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form active")
    assert dialog.draft_note.isVisible()  # the draft is back
    await settle()
    return dialog


def _at_its_top(dialog: ContactSupportDialog) -> None:
    assert dialog.form_scroll.verticalScrollBar().value() == 0
    first = dialog.form.itemAt(0).widget()  # the first row's label (Product)
    assert first is not None and in_view(first, dialog)
    for field in (dialog.product_fixed, dialog.category_combo, dialog.language_combo):
        if field.isVisible():
            assert in_view(field, dialog), field.objectName()
    focused = QApplication.focusWidget()
    assert focused in (dialog.subject_edit, dialog.body_edit)
    assert in_view(focused, dialog)
    # The draft's subject kept whole under the caret: a key typed adds to it.
    assert not dialog.subject_edit.hasSelectedText()


@in_every_language()
async def test_contact_support_opens_at_its_top_with_a_draft_kept(
    server: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    available = QRect(0, 0, 1024, 640)
    monkeypatch.setattr(form_scroll, "available_geometry", lambda _window: available)
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await signed_in(controller, qtbot, AVA)
        controller.window.resize(1024, 640)
        await _draft_begun(controller, qtbot)
        dialog = await _opened_again(controller)
        save(dialog, tmp_path, "contact-draft-1024x640", language)
        _at_its_top(dialog)
        # Still there once the articles found for the draft's text have come.
        await wait_until(lambda: bool(dialog.suggestions.rows), what="articles suggested")
        await settle()
        _at_its_top(dialog)
        dialog.reject()


async def test_articles_found_for_a_draft_leave_the_form_at_its_top(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Japanese, the window 1024×640 with its title bar (30 px) taken: the subject focused
    shows at the top, and the three articles coming under it scrolled the form to them."""
    available = QRect(0, 0, 1024, 640)
    monkeypatch.setattr(form_scroll, "available_geometry", lambda _window: available)
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language="ja") as controller:
        await signed_in(controller, qtbot, AVA)
        controller.window.resize(1024, 610)
        await _draft_begun(
            controller,
            qtbot,
            "Shared link sharing expired",
            "Links expire after 7 days although we choose 30.",
        )
        dialog = await _opened_again(controller)
        _at_its_top(dialog)
        await wait_until(lambda: len(dialog.suggestions.rows) == 3, what="three articles")
        await settle()
        _at_its_top(dialog)
        dialog.reject()
