"""End chat: asked first, since an ended chat cannot be taken up again (R15).

The service ends the chat at once and for good (no undo bar can bring it back: the agent
has left), so the admin confirms. Keeping the chat is the default (Enter, Esc): a stray
key never ends a conversation.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.notices.ask_first_box import AskFirstBox


class EndChatBox(AskFirstBox):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("end_chat_box", parent)
        self.setWindowTitle(self.tr("End chat"))
        self.setText(self.tr("End this chat? The agent leaves and it cannot be taken up again."))
        self.setInformativeText(
            self.tr("The transcript stays in the ticket, and you can still reply there.")
        )
        self.end_button = self.choice(
            "end_chat_confirm_button", self.tr("End chat"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self.choice(
            "keep_chat_button", self.tr("Keep chatting"), QMessageBox.ButtonRole.RejectRole
        )
        self.keep_by_default(self.keep_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.end_button:
            self.confirmed.emit()
