"""Signing in through the app's own dialog, as an admin would (demo password); and out
again, to the sign-in form."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.session.sign_in_dialog import SignInDialog
from tests.support.app import make_settings, running_client
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

AVA = "ava@northwind.example"


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


async def sign_in_form(controller: AppController, *, start: bool = True) -> SignInDialog:
    """The sign-in form as the app opens it (started first, unless ``start`` is False)."""
    if start:
        controller.start()
    await wait_until(
        lambda: controller.sign_in_dialog is not None and controller.sign_in_dialog.isVisible(),
        what="the sign-in form",
    )
    dialog = controller.sign_in_dialog
    assert dialog is not None
    return dialog


async def signed_out(controller: AppController) -> SignInDialog:
    """File → Sign out; the sign-in form that follows, active."""
    controller.window.menus.sign_out_action.trigger()
    await wait_until(lambda: controller.signed_in is None, what="signed out")
    dialog = await sign_in_form(controller, start=False)
    dialog.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form active")
    return dialog


@asynccontextmanager
async def signed_out_again(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, email: str = AVA
) -> AsyncIterator[tuple[AppController, SignInDialog]]:
    """A client of ``server`` signed in as ``email`` and out again: it and its form."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, email)
        yield controller, await signed_out(controller)


def type_password_and_enter(qtbot: QtBot, dialog: SignInDialog, password: str) -> None:
    """Into the focused password field, as typed, and Enter."""
    focused = QApplication.focusWidget()
    assert focused is dialog.password_edit, focused and focused.objectName()
    dialog.password_edit.selectAll()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
