"""Details of a session: no keyring, window geometry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from tests.conftest import MemoryKeyring
from tests.support.app import make_settings, running_client
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> Iterator[None]:
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(memory_keyring)


async def test_without_a_keyring_the_user_is_told_and_still_signed_in(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, no_keyring: None
) -> None:
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=server.url)
    ) as controller:
        controller.start()
        await wait_until(
            lambda: controller.sign_in_dialog and controller.sign_in_dialog.isVisible()
        )
        dialog = controller.sign_in_dialog
        assert dialog is not None
        dialog.email_edit.setText("ava@northwind.example")
        dialog.password_edit.setText("demo-password")
        assert dialog.remember_check.isChecked()
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        bar = controller.window.statusBar()
        await wait_until(lambda: "keyring" in bar.currentMessage(), what="the keyring notice")
        assert controller.signed_in is not None


def test_window_geometry_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    tasks = TaskRunner(lambda error: None)
    first = MainWindow(tasks, settings)
    qtbot.addWidget(first)
    first.show()
    # Inside the offscreen screen (800 × 600), and no smaller than the window can be (the
    # lists keep a place for their search note: a little taller than it was).
    width = max(710, first.minimumSizeHint().width())
    height = max(430, first.minimumSizeHint().height())
    assert width < 800 and height < 600
    first.resize(width, height)
    first.close()
    second = MainWindow(tasks, settings)
    qtbot.addWidget(second)
    # Restored, not the default 1100 × 720 (the platform may round the height a little).
    assert second.width() == width and abs(second.height() - height) <= 16
