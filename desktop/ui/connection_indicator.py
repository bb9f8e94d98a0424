"""Status bar widget: where we are connected, and as whom."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.theme import TextRole, set_text_role


class ConnectionState(Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"


class ConnectionIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_indicator")
        self.state = ConnectionState.DISCONNECTED
        self._server = ""
        self._user = ""
        self._local = False
        self.live = True  # the event stream is up (or not needed yet)
        self.retranslate_ui()

    def set_live(self, live: bool) -> None:
        """Whether live updates arrive; the window keeps working on what it has without."""
        self.live = live
        self.retranslate_ui()

    def set_state(
        self, state: ConnectionState, *, server: str = "", user: str = "", local: bool = False
    ) -> None:
        self.state = state
        self._server, self._user, self._local = server, user, local
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        where = self.tr("the local demo workspace") if self._local else self._server
        texts = {
            ConnectionState.DISCONNECTED: self.tr("● Not connected"),
            ConnectionState.CONNECTING: self.tr("● Connecting to {where}…").format(where=where),
            ConnectionState.CONNECTED: self.tr("● Connected to {where} as {user}").format(
                where=where, user=self._user
            ),
            ConnectionState.FAILED: self.tr("● Cannot reach {where}").format(where=where),
        }
        colours = {
            ConnectionState.DISCONNECTED: TextRole.SECONDARY,
            ConnectionState.CONNECTING: TextRole.WARNING,
            ConnectionState.CONNECTED: TextRole.SUCCESS,
            ConnectionState.FAILED: TextRole.DANGER,
        }
        text, colour = texts[self.state], colours[self.state]
        if self.state == ConnectionState.CONNECTED and not self.live:
            text = self.tr("● Connected to {where} as {user} · live updates reconnecting…").format(
                where=where, user=self._user
            )
            colour = colours[ConnectionState.CONNECTING]
        self.setText(text)
        set_text_role(self, colour)
        self.setAccessibleName(text.lstrip("● "))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
