"""The banner that says: this is the local demo workspace, and how to leave it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import TextRole, set_font_style, set_text_role, style_banner
from desktop.ui.text.wrapped_label import WrappedLabel


class LocalModeBanner(QFrame):
    server_settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("local_mode_banner")
        style_banner(self, "info")  # a note, not a warning: nothing is wrong
        self.text = WrappedLabel()
        self.text.setObjectName("local_mode_banner_text")
        self.link = QPushButton()
        self.link.setObjectName("local_mode_settings_link")
        self.link.setFlat(True)
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        set_font_style(self.link, underline=True)
        set_text_role(self.link, TextRole.LINK)
        self.link.clicked.connect(self.server_settings_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.link)
        self._user_name = ""
        self.retranslate_ui()

    def set_user_name(self, name: str) -> None:
        self._user_name = name
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._user_name:
            text = self.tr(
                "<b>Local demo workspace</b> — a sample team on this computer, signed in as {name}."
            ).format(name=self._user_name)
        else:  # still starting: nobody is signed in yet
            text = self.tr("<b>Local demo workspace</b> — a sample team on this computer.")
        self.text.setText(text)
        self.link.setText(self.tr("Settings → Server…"))
        self.link.setAccessibleName(self.tr("Open the server settings"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
