"""The banner that says the service cannot be reached, and that nothing is lost meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.action_banner import ActionBanner


class OfflineBanner(ActionBanner):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("offline", "info", parent)
        self.hide()

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr("<b>Offline</b> — your replies will be sent when the connection returns.")
        )
        self.retry_button.setText(self.tr("Try again now"))
