"""The banner that says the service cannot be reached, and that nothing is lost meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.theme import style_banner


class OfflineBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offline_banner")
        style_banner(self, "info")
        self.text = QLabel()
        self.text.setObjectName("offline_banner_text")
        self.text.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("offline_retry_button")
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr("<b>Offline</b> — your replies will be sent when the connection returns.")
        )
        self.retry_button.setText(self.tr("Try again now"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
