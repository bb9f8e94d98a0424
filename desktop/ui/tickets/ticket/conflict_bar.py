"""Said above the reply box when the ticket changed while the reply was being written."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import style_boxed
from desktop.ui.text.wrapped_label import WrappedLabel


class ConflictBar(QFrame):
    send_anyway_requested = Signal()
    acknowledged = Signal()  # "I have read it": no longer a conflict

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_bar")
        style_boxed(self, "warning")
        self.text = WrappedLabel()
        self.text.setObjectName("conflict_text")
        self.send_anyway_button = QPushButton()
        self.send_anyway_button.setObjectName("send_anyway_button")
        self.send_anyway_button.clicked.connect(self.send_anyway_requested)
        self.read_button = QPushButton()
        self.read_button.setObjectName("conflict_read_button")
        self.read_button.clicked.connect(self.acknowledged)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.read_button)
        layout.addWidget(self.send_anyway_button)
        self._answers = 0
        self.retranslate_ui()
        self.hide()

    def show_answers(self, count: int) -> None:
        """``count`` new answers from support since the reply was begun (0 hides the bar)."""
        self._answers = count
        self.retranslate_ui()
        self.setVisible(count > 0)

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "Support answered while you were writing (%n new answer(s) above). "
                "Read it before you send: your reply is kept.",
                "",
                self._answers,
            )
        )
        self.read_button.setText(self.tr("I have read it"))
        self.send_anyway_button.setText(self.tr("Send anyway"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
