"""The banner that says the local demo workspace is not running, and starts it again.

Shown when its service could not start, or crashed too often and was given up: the
window then cannot reach it, and nothing retries by itself, so the one way back is here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.notices.action_banner import ActionBanner


class LocalStoppedBanner(ActionBanner):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("local_stopped", "warning", parent)
        self.hide()

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "<b>The local demo workspace is not running</b>: it stopped, or could not "
                "start. What you see is as last synced."
            )
        )
        self.retry_button.setText(self.tr("Start it again"))
