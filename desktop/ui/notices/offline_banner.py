"""The banner that says the service cannot be reached, and that nothing is lost meanwhile."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from desktop.ui.notices.action_banner import ActionBanner
from desktop.ui.notices.connection_indicator import ConnectionIndicator


class OfflineBanner(ActionBanner):
    """Shown while the status bar's indicator says offline, in the same words."""

    def __init__(self, indicator: ConnectionIndicator, parent: QWidget | None = None) -> None:
        self._indicator = indicator
        # A warning, not a note: what can and cannot be done has changed (the demo
        # workspace's grey note looked the same).
        super().__init__("offline", "warning", parent)
        self.hide()
        indicator.offline_changed.connect(self._offline_changed)

    def _offline_changed(self, offline: bool) -> None:
        self.retranslate_ui()  # where it cannot reach may have changed
        self.setVisible(offline)

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "<b>Offline</b>: cannot reach {where}. Your replies will be sent when the "
                "connection returns; until then they wait in Drafts and outbox."
            ).format(where=html.escape(self._indicator.where))
        )
        self.retry_button.setText(self.tr("Try again now"))
