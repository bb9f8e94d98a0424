"""One message of a thread: who, when, what."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.api.models import Message
from desktop.ui.formatting import long_datetime, short_datetime
from desktop.ui.labels import author_label

# Our side and the support side get different tints, as in a chat.
_TINTS = {
    "agent": "#eef4ff",
    "self": "#f6f6f6",
    "colleague": "#f3f0fa",
    "submitter": "#f6f6f6",
}


class MessageCard(QFrame):
    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName(f"message_{message.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tint = _TINTS.get(message.author_kind, "#f6f6f6")
        self.setStyleSheet(
            f"MessageCard {{ background: {tint}; border: 1px solid #dcdcdc; border-radius: 6px; }}"
        )
        self.author = QLabel()
        self.author.setObjectName("message_author")
        font = self.author.font()
        font.setBold(True)
        self.author.setFont(font)
        self.time = QLabel()
        self.time.setObjectName("message_time")
        self.time.setEnabled(False)  # secondary text
        self.body = QLabel(message.body)
        self.body.setObjectName("message_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.attachments = QLabel()
        self.attachments.setObjectName("message_attachments")
        self.attachments.setWordWrap(True)
        self.attachments.setVisible(bool(message.attachments))

        header = QHBoxLayout()
        header.addWidget(self.author)
        header.addStretch(1)
        header.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.body)
        layout.addWidget(self.attachments)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.author.setText(author_label(self.message.author_kind, self.message.author_name))
        self.time.setText(short_datetime(self.message.created_at))
        self.time.setToolTip(long_datetime(self.message.created_at))
        if self.message.attachments:
            names = ", ".join(a.filename for a in self.message.attachments)
            self.attachments.setText(self.tr("Attachments: {names}").format(names=names))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
