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
        indicator.restarting_changed.connect(lambda _restarting: self.retranslate_ui())

    def _offline_changed(self, offline: bool) -> None:
        self.retranslate_ui()  # where it cannot reach may have changed
        self.setVisible(offline)

    def retranslate_ui(self) -> None:
        # Nothing to try: the app is starting the local service again by itself.
        self.retry_button.setVisible(not self._indicator.restarting)
        if self._indicator.restarting:
            self.text.setText(
                self.tr(
                    "<b>Restarting the local demo workspace…</b> Its service stopped, and the "
                    "app is starting it again. Your replies wait in Drafts and outbox until "
                    "it is running."
                )
            )
            self.retry_button.setText(self.tr("Try again now"))
            return
        self.text.setText(
            self.tr(
                "<b>Offline</b>: cannot reach {where}. Your replies will be sent when the "
                "connection returns; until then they wait in Drafts and outbox."
            ).format(where=html.escape(self._indicator.where))
        )
        self.retry_button.setText(self.tr("Try again now"))
