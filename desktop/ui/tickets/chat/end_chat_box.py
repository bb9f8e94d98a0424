"""End chat: asked first, since an ended chat cannot be taken up again (R15).

The service ends the chat at once and for good (no undo bar can bring it back: the agent
has left), so the admin confirms. Keeping the chat is the default (Enter, Esc): a stray
key never ends a conversation.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class EndChatBox(QMessageBox):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("end_chat_box")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("End chat"))
        self.setText(self.tr("End this chat? The agent leaves and it cannot be taken up again."))
        self.setInformativeText(
            self.tr("The transcript stays in the ticket, and you can still reply there.")
        )
        self.end_button = self._button(
            "end_chat_confirm_button", self.tr("End chat"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self._button(
            "keep_chat_button", self.tr("Keep chatting"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)
        self.buttonClicked.connect(self._clicked)
        self.finished.connect(self.deleteLater)

    def _button(self, name: str, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        button.setObjectName(name)
        button.setAccessibleName(text)
        return button

    def _clicked(self, button: object) -> None:
        if button is self.end_button:
            self.confirmed.emit()
