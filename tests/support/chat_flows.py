"""End chat, as an admin does it: the button, then the box that asks first (EndChatBox)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.chat.end_chat_box import EndChatBox
from tests.support.waiting import wait_until


async def end_chat_box(owner: QWidget, button: QPushButton, qtbot: QtBot) -> EndChatBox:
    """``button`` (End chat, on ``owner``) pressed: the box it opens, once shown."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def shown() -> EndChatBox | None:
        boxes = [b for b in owner.findChildren(EndChatBox) if b.isVisible()]
        return boxes[0] if boxes else None

    await wait_until(lambda: shown() is not None, what="End chat asked first")
    box = shown()
    assert box is not None
    return box


async def end_chat(owner: QWidget, button: QPushButton, qtbot: QtBot) -> None:
    """End chat pressed and confirmed."""
    box = await end_chat_box(owner, button, qtbot)
    qtbot.mouseClick(box.end_button, Qt.MouseButton.LeftButton)
