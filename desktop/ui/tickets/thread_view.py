"""A ticket's messages as cards, oldest first, kept scrolled to the newest."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from desktop.api.models import Attachment, Message
from desktop.ui.tickets.message_card import MessageCard


class ThreadView(QScrollArea):
    """Used by the ticket page and the chat window; redraws only when the messages change."""

    attachment_open_requested = Signal(object)  # Attachment
    attachment_save_requested = Signal(object)  # Attachment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._inner.setObjectName("ticket_thread")
        self._layout = QVBoxLayout(self._inner)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._shown: tuple[Message, ...] = ()
        self._cards: list[MessageCard] = []

    def show_messages(self, messages: tuple[Message, ...]) -> None:
        if messages == self._shown:
            return
        self.clear()
        self._shown = messages
        for position, message in enumerate(messages):
            card = MessageCard(message, self._inner)
            card.open_requested.connect(self._open)
            card.save_requested.connect(self._save)
            self._layout.insertWidget(position, card)
            self._cards.append(card)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(
            lambda _lo, hi: bar.setValue(hi), Qt.ConnectionType.SingleShotConnection
        )

    def clear(self) -> None:
        self._shown = ()
        self._cards = []
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()

    def cards(self) -> list[MessageCard]:
        return list(self._cards)

    def _open(self, attachment: Attachment) -> None:
        self.attachment_open_requested.emit(attachment)

    def _save(self, attachment: Attachment) -> None:
        self.attachment_save_requested.emit(attachment)
