"""The banner that says the local demo workspace is not running, and starts it again.

Shown when its service could not start, or crashed too often and was given up: the
window then cannot reach it, and nothing retries by itself, so the one way back is here.
It says why, when the process's end tells it (newcomer 27: a modal box on top of it said
"send the details below to support", with access-log lines for details), and its
Details… open the log's place and its error lines, beside the window, not over it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui.notices.action_banner import ActionBanner

if TYPE_CHECKING:
    from desktop.services.local_server import LocalServerFailed
    from desktop.ui.notices.local_stop_details import LocalStopDetails


class LocalStoppedBanner(ActionBanner):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.starting = False  # set before the base class first says its words
        self.failure: LocalServerFailed | None = None  # why it stopped, when known
        self.details_button = QPushButton()
        self.details_button.setObjectName("local_stopped_details_button")
        super().__init__("local_stopped", "warning", parent)
        # Clicked, the keyboard stays where it was (the list, a ticket): the button hides
        # while the workspace starts, and the focus it took went to the window's top.
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = self.layout()
        assert layout is not None
        # Before "Start it again": the way back stays the last, rightmost button.
        layout.removeWidget(self.retry_button)
        layout.addWidget(self.details_button)
        layout.addWidget(self.retry_button)
        self.details_button.clicked.connect(self.show_details)
        self.details: LocalStopDetails | None = None  # made when first asked for
        self.hide()

    def show_starting(self, starting: bool) -> None:
        """Started again: said here, where "Start it again" was pressed, while the window
        keeps what it showed (its pages and their cached content) until it is back."""
        self.starting = starting
        self.retry_button.setVisible(not starting)
        self.details_button.setVisible(not starting and self.failure is not None)
        self.retranslate_ui()
        self.show()

    def show_stopped(self, failure: LocalServerFailed | None) -> None:
        """Not running (again): ``failure`` says why, if the service's end was seen."""
        self.failure = failure
        if self.details is not None:
            self.details.close()  # an earlier stop's: its words are no longer so
        self.show_starting(False)

    def show_details(self) -> None:
        """What stopped, why, what to do, the log's place and its error lines: beside the
        window (not modal), so that the banner's button and what is typed stay reachable."""
        if self.failure is None:
            return
        from desktop.ui.notices.local_stop_details import LocalStopDetails

        if self.details is None:
            self.details = LocalStopDetails(self.window())
        self.details.show_failure(self.failure)

    def retranslate_ui(self) -> None:
        self.retry_button.setText(self.tr("Start it again"))
        self.details_button.setText(self.tr("Details…"))
        self.details_button.setAccessibleName(
            self.tr("Details of why the local demo workspace stopped")
        )
        if self.starting:
            self.text.setText(
                self.tr(
                    "<b>Starting the local demo workspace again…</b> What you see is as "
                    "last synced until it is running."
                )
            )
            return
        if self.failure is not None:
            from desktop.ui.text.local_stop_text import why_stopped

            self.text.setText(
                self.tr("<b>{why}</b> What you see is as last synced.").format(
                    why=escape(why_stopped(self.failure))
                )
            )
            return
        self.text.setText(
            self.tr(
                "<b>The local demo workspace is not running</b>: it stopped, or could not "
                "start. What you see is as last synced."
            )
        )
