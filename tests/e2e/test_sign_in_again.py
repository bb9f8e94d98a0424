"""Signing in again after signing out, by keyboard, as a newcomer did (issue ux19c):
a wrong password, then the right one, each sent with Enter in the password field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.support.server import RunningServer
from tests.support.sign_in import signed_out_again, type_password_and_enter
from tests.support.waiting import wait_until


async def test_enter_after_a_wrong_password_signs_in_never_cancels(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    async with signed_out_again(server, qtbot, tmp_path) as (controller, dialog):
        rejected: list[bool] = []
        dialog.rejected.connect(lambda: rejected.append(True))

        type_password_and_enter(qtbot, dialog, "not-her-password")
        await wait_until(
            lambda: dialog.error_label.isVisible(),
            timeout=10,
            what=lambda: (
                f"the error (rejected: {rejected}, visible: {dialog.isVisible()}, "
                f"defaults: {[b.objectName() for b in dialog.buttons.buttons() if b.isDefault()]}"
            ),
        )
        assert dialog.sign_in_button.isDefault()

        type_password_and_enter(qtbot, dialog, "demo-password")
        await wait_until(
            lambda: controller.signed_in is not None or not dialog.isVisible(),
            what="signed in or the form gone",
        )
        assert not rejected, "Enter cancelled the sign-in form"
        await wait_until(lambda: controller.window.user is not None, what="signed in")


async def test_the_form_reopens_with_the_last_email_no_password_and_no_old_error(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    async with signed_out_again(server, qtbot, tmp_path) as (controller, dialog):
        dialog.email_edit.selectAll()
        qtbot.keyClicks(dialog.email_edit, "yuki@northwind.example")
        dialog.password_edit.setFocus()
        type_password_and_enter(qtbot, dialog, "not-her-password")
        await wait_until(lambda: dialog.error_label.isVisible(), what="the error")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # put aside (it has no Cancel)
        await wait_until(lambda: not dialog.isVisible(), what="the form put aside")

        controller.window.menus.sign_in_action.trigger()  # File → Sign in…
        await wait_until(lambda: dialog.isVisible(), what="the form again")
        assert dialog.email_edit.text() == "yuki@northwind.example"
        assert dialog.password_edit.text() == ""
        assert not dialog.error_label.isVisible()
        assert dialog.sign_in_button.isDefault()


async def test_signed_out_the_window_offers_sign_in_not_an_empty_list(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    async with signed_out_again(server, qtbot, tmp_path) as (controller, dialog):
        window = controller.window
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # put aside (it has no Cancel)
        await wait_until(lambda: not dialog.isVisible(), what="the form put aside")

        # No list, filters or "Loading issue trends…" that would never end: a way back in.
        assert not window.my_tickets.isVisible()
        page = window.signed_out_page
        assert window.pages.currentWidget() is page and page.isVisible()
        assert page.label.text() == "You are not signed in. Sign in to see your support tickets."
        assert page.action.isVisible() and page.action.text() == "Sign in…"
        qtbot.mouseClick(page.action, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog.isVisible(), what="the form from the page's button")

        dialog.activateWindow()
        await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form active")
        type_password_and_enter(qtbot, dialog, "demo-password")
        await wait_until(lambda: window.my_tickets.isVisible(), what="My tickets again")
        assert window.pages.currentWidget() is window.my_tickets


async def test_signed_out_the_form_offers_no_cancel(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    """Signed out there is nothing to go back to: a Cancel led to a page offering only this
    form again (a newcomer). Sign in, or the local workspace; nothing that leads nowhere."""
    async with signed_out_again(server, qtbot, tmp_path) as (controller, dialog):
        roles = {dialog.buttons.buttonRole(b) for b in dialog.buttons.buttons()}
        assert QDialogButtonBox.ButtonRole.RejectRole not in roles
        shown = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        assert "Cancel" not in [b.text().replace("&", "") for b in shown]
        assert dialog.sign_in_button.isVisible() and dialog.sign_in_button.isDefault()
        # Esc still puts it aside (a window's way), and nothing is signed in.
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        await wait_until(lambda: not dialog.isVisible(), what="the form put aside")
        assert controller.signed_in is None
