"""After a help article answered the question: said in the window, with the way back.

The form closes at once when an article answered it; a status-bar line alone was missed,
and nothing said where the question went. This notice says it is kept as a draft for a
week and opens Contact support with it again ("Open draft"). It is a strip under the
pages (MainWindow.add_notice_below): above them it pushed them down, under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import style_banner
from desktop.ui.text.wrapped_label import WrappedLabel


class AnsweredNotice(QFrame):
    open_draft_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answered_notice")
        style_banner(self, "info")
        self.counted = True  # False: the count could not be sent (said, not assumed)
        self.text = WrappedLabel()
        self.text.setObjectName("answered_notice_text")
        self.open_button = QPushButton()
        self.open_button.setObjectName("answered_open_draft_button")
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton()
        self.close_button.setObjectName("answered_notice_close_button")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.hide()
        self.retranslate_ui()

    def show_answered(self, *, counted: bool) -> None:
        self.counted = counted
        self.retranslate_ui()
        self.show()

    def _open(self) -> None:
        self.hide()
        self.open_draft_requested.emit()

    def retranslate_ui(self) -> None:
        if self.counted:
            text = self.tr("Glad the article helped — your question is kept as a draft for a week.")
        else:
            text = self.tr(
                "Support could not be reached, so this may not be counted. Your question is "
                "kept as a draft for a week."
            )
        self.text.setText(text)
        self.open_button.setText(self.tr("Open draft"))
        self.open_button.setAccessibleName(self.tr("Open the draft in Contact support"))
        self.close_button.setText(self.tr("Dismiss"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
