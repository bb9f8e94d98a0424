"""Get help, the member's form (R6), as Contact support is (a newcomer's report, signed in as
Liam): nothing is chosen for the member (the form started on "Sign-in and access", the first
category, never picked), and Send with fields missing focuses the first one, marks each
where it is and says the mark to a screen reader (the focus stayed on Send, a line beside it
said "Fill in the subject…", and no field was marked). Against the real service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import settle
from desktop.ui.help.get_help_page import GetHelpPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import in_every_language
from tests.support.server import RunningServer
from tests.support.sign_in import submit_sign_in
from tests.support.waiting import wait_until

LIAM = "liam@northwind.example"  # a member (the demo world, DEMO.md)

CHOOSE = {"en": "Choose…", "ja": "選択してください…", "nl": "Kies…"}
MARKS = {
    "en": {
        "product": "Choose the product your question is about.",
        "category": "Choose what your question is about.",
        "subject": "Write a subject.",
        "body": "Describe the problem.",
    },
    "ja": {
        "product": "質問の対象となる製品を選択してください。",
        "category": "質問の内容に合うカテゴリを選択してください。",
        "subject": "件名を入力してください。",
        "body": "問題の内容を説明してください。",
    },
    "nl": {
        "product": "Kies het product waarover je vraag gaat.",
        "category": "Kies waarover je vraag gaat.",
        "subject": "Vul een onderwerp in.",
        "body": "Beschrijf het probleem.",
    },
}


async def members_form(controller: AppController, qtbot: QtBot) -> GetHelpPage:
    """Liam signed in through the dialog: Get help shown, its window active."""
    await submit_sign_in(controller, qtbot, LIAM)
    window = controller.window
    await wait_until(
        lambda: window.user is not None and window.pages.currentWidget() is window.get_help,
        what="Get help",
    )
    # The sign-in form gone too: while it is open (modal) no key reaches the window, and
    # it closes a moment after the page is shown.
    dialog = controller.sign_in_dialog
    await wait_until(lambda: dialog is None or not dialog.isVisible(), what="the form closed")
    window.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is window, what="the window active")
    await settle()
    return window.get_help


def place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def fields(page: GetHelpPage) -> dict[str, QWidget]:
    return {
        "product": page.product_combo,
        "category": page.category_combo,
        "subject": page.subject_edit,
        "body": page.body_edit,
    }


@in_every_language()
async def test_nothing_is_chosen_for_the_member(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # R6
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        page = await members_form(controller, qtbot)
        for combo in (page.product_combo, page.category_combo):
            assert combo.currentText() == CHOOSE[language]
        assert page.product is None and page.category is None
        # A choice like the others, the product is reached by its letter (Alt+R) too.
        qtbot.keyClick(page.subject_edit, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        assert page.product_combo.hasFocus()
        # Everything else written: Send says the category is missing, as for the others.
        page.product_combo.setCurrentIndex(page.product_combo.findData("dropbox"))
        page.subject_edit.setText("Shared link asks for a password")
        page.body_edit.setPlainText("Since this morning every shared link asks for one.")
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        mark = page.marks.message("category")
        assert mark.isVisible() and mark.text() == MARKS[language]["category"]
        assert page.category_combo.hasFocus()
        assert page.category_combo.accessibleDescription() == mark.text()
        assert page.send_button.isEnabled() and page.status.text() == ""  # nothing sent
        for name in ("product", "subject", "body"):
            assert not page.marks.message(name).isVisible(), name
        # Chosen, the mark goes (and what a screen reader hears with it).
        page.category_combo.setCurrentIndex(page.category_combo.findData("sharing"))
        assert page.category == "sharing"
        assert not mark.isVisible() and page.category_combo.accessibleDescription() == ""


@in_every_language()
async def test_an_empty_form_sent_focuses_and_marks_the_first_field_missing(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # R6
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        page = await members_form(controller, qtbot)
        send = place(page.send_button)
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        # The first field in error has the keyboard, not Send.
        assert page.product_combo.hasFocus()
        for name, field in fields(page).items():
            mark = page.marks.message(name)
            assert mark.isVisible() and mark.text() == MARKS[language][name], name
            # Said by a screen reader with the field, as Contact support's marks are.
            assert field.accessibleDescription() == mark.text(), name
        assert page.status.text() == ""  # the marks say it, each where it belongs
        await settle()
        assert place(page.send_button) == send, "Send stays under the pointer"
        # Filled, a text's mark goes; the next try focuses what is still missing.
        page.subject_edit.setText("Sync stopped")
        assert not page.marks.message("subject").isVisible()
        assert page.subject_edit.accessibleDescription() == ""
        page.product_combo.setCurrentIndex(page.product_combo.findData("dropbox"))
        page.category_combo.setCurrentIndex(page.category_combo.findData("sync"))
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        assert page.body_edit.hasFocus()
        assert page.marks.message("body").isVisible()
        await settle()
        assert place(page.send_button) == send


async def test_a_request_sent_leaves_the_keyboard_at_the_forms_start(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R6
    """A newcomer sent a request by its button and found the keyboard on the list's
    Export…: Send is off while sending, and Qt had moved its focus on."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language="en") as controller:
        page = await members_form(controller, qtbot)
        page.product_combo.setCurrentIndex(page.product_combo.findData("dropbox"))
        page.category_combo.setCurrentIndex(page.category_combo.findData("sync"))
        page.subject_edit.setText("Sync stopped on the laptop")
        page.body_edit.setPlainText("Since this morning nothing syncs.")
        page.send_button.setFocus()
        qtbot.keyClick(page.send_button, Qt.Key.Key_Space)
        await wait_until(lambda: "Sent as request" in page.status.text(), what="sent")
        assert page.product_combo.hasFocus(), QApplication.focusWidget()
