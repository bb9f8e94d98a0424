"""One composer per live chat: while its window is open, the ticket page points there.

The text being typed moves with the conversation: into the window's box when the window
opens, back into the page's box when the window closes or the chat ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer


class ChatHandoverBar(QFrame):
    """In the reply box's place: "This chat continues in its window" and a way there."""

    show_window_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_handover_bar")
        self.text = WrappedLabel()
        self.text.setObjectName("chat_handover_text")
        set_text_role(self.text, TextRole.SECONDARY)
        self.show_button = QPushButton()
        self.show_button.setObjectName("show_chat_window_button")
        self.show_button.clicked.connect(self.show_window_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.text.setText(self.tr("This chat continues in its window."))
        self.show_button.setText(self.tr("Show chat window"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def holds_text(composer: ReplyComposer) -> bool:
    return bool(composer.editor.toPlainText().strip() or composer.attachments.files)


def move_text(source: ReplyComposer, target: ReplyComposer) -> bool:
    """What ``source`` holds goes to the end of ``target``'s text; False: nothing moved.

    A box whose text is on its way into the outbox keeps it (``sent()`` clears it there).
    """
    if source.busy or target.busy or not holds_text(source):
        return False
    text = source.editor.toPlainText()
    kept = target.editor.toPlainText()
    if kept.strip():
        text = f"{kept.rstrip()}\n\n{text}"  # both had words: neither is dropped
    files = tuple(dict.fromkeys((*target.attachments.files, *source.attachments.files)))
    target.restore(text, files)
    source.restore("", ())
    return True
