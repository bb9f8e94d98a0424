"""A strip across the window: a sentence, and one button that does something about it.

The offline banner and the "nothing can be saved" banner are both this; each says its own
words in ``retranslate_ui``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import style_banner
from desktop.ui.text.wrapped_label import WrappedLabel


class ActionBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, name: str, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_banner")
        style_banner(self, tone)
        self.text = WrappedLabel()
        self.text.setObjectName(f"{name}_banner_text")
        self.retry_button = QPushButton()
        self.retry_button.setObjectName(f"{name}_retry_button")
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
