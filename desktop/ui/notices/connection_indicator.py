"""Status bar widget: where we are connected, and as whom.

It is also what says whether the window is offline (a session whose service
cannot be reached): the offline banner shows and hides on ``offline_changed``,
so the two never tell different stories.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.look.theme import TextRole, set_text_role


class ConnectionState(Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"


class ConnectionIndicator(QLabel):
    offline_changed = Signal(bool)
    restarting_changed = Signal(bool)  # the local service is being restarted after a crash

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_indicator")
        self.state = ConnectionState.DISCONNECTED
        self._server = ""
        self._user = ""
        self._local = False
        self.live = True  # the event stream is up (or not needed yet)
        self._offline = False
        # The local demo workspace's service crashed and the app is starting it again:
        # what is so, rather than "Offline … trying again".
        self.restarting = False
        self.retranslate_ui()

    @property
    def offline(self) -> bool:
        """A session (connected, or connecting from the cache) whose service does not answer."""
        return not self.live and self.state in (
            ConnectionState.CONNECTED,
            ConnectionState.CONNECTING,
        )

    @property
    def where(self) -> str:
        return self.tr("the local demo workspace") if self._local else self._server

    def set_live(self, live: bool) -> None:
        """Whether live updates arrive; the window keeps working on what it has without."""
        self.live = live
        self.retranslate_ui()

    def set_restarting(self, restarting: bool) -> None:
        if restarting != self.restarting:
            self.restarting = restarting
            self.retranslate_ui()
            self.restarting_changed.emit(restarting)

    def set_state(
        self, state: ConnectionState, *, server: str = "", user: str = "", local: bool = False
    ) -> None:
        self.state = state
        self._server, self._user, self._local = server, user, local
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        where = self.where
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
        if self.offline:
            # The banner's word: the window works on what is stored, and tries again.
            text = self.tr("● Offline: cannot reach {where}, trying again…").format(where=where)
            colour = TextRole.WARNING
        if self.restarting and self.state is not ConnectionState.FAILED:
            text = self.tr("● Restarting the local demo workspace…")
            colour = TextRole.WARNING
        self.setText(text)
        set_text_role(self, colour)
        self.setAccessibleName(text.lstrip("● "))
        if self.offline != self._offline:
            self._offline = self.offline
            self.offline_changed.emit(self._offline)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
