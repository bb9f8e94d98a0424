"""The banner that says the local demo workspace is not running, and starts it again.

Shown when its service could not start, or crashed too often and was given up: the
window then cannot reach it, and nothing retries by itself, so the one way back is here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.notices.action_banner import ActionBanner


class LocalStoppedBanner(ActionBanner):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.starting = False  # set before the base class first says its words
        super().__init__("local_stopped", "warning", parent)
        # Clicked, the keyboard stays where it was (the list, a ticket): the button hides
        # while the workspace starts, and the focus it took went to the window's top.
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide()

    def show_starting(self, starting: bool) -> None:
        """Started again: said here, where "Start it again" was pressed, while the window
        keeps what it showed (its pages and their cached content) until it is back."""
        self.starting = starting
        self.retry_button.setVisible(not starting)
        self.retranslate_ui()
        self.show()

    def retranslate_ui(self) -> None:
        if self.starting:
            self.text.setText(
                self.tr(
                    "<b>Starting the local demo workspace again…</b> What you see is as "
                    "last synced until it is running."
                )
            )
            self.retry_button.setText(self.tr("Start it again"))
            return
        self.text.setText(
            self.tr(
                "<b>The local demo workspace is not running</b>: it stopped, or could not "
                "start. What you see is as last synced."
            )
        )
        self.retry_button.setText(self.tr("Start it again"))
