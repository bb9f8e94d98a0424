"""Signing in through the app's own dialog, as an admin would (demo password)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from tests.support.waiting import wait_until


async def submit_sign_in(
    controller: AppController, qtbot: QtBot, email: str, *, start: bool = True
) -> None:
    """Start the app (unless started), fill in the sign-in dialog and press Sign in."""
    if start:
        controller.start()
    await wait_until(lambda: controller.sign_in_dialog and controller.sign_in_dialog.isVisible())
    dialog = controller.sign_in_dialog
    assert dialog is not None
    dialog.email_edit.setText(email)
    dialog.password_edit.setText("demo-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


async def sign_in(controller: AppController, qtbot: QtBot, email: str) -> None:
    """Signed in, whatever the lists hold yet."""
    await submit_sign_in(controller, qtbot, email)
    await wait_until(lambda: controller.window.user is not None, what="signed in")
