"""The event stream, as Qt signals for the pages: which ticket changed, and how."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the event stream's parser is not needed to build the window
    from desktop.api.sse import LiveEvent

TICKET_EVENTS = frozenset(
    {"ticket.created", "ticket.updated", "message.created", "chat.state", "callback.state"}
)


class LiveFeed(QObject):
    """Implements ``LiveListener`` on the GUI thread (qasync runs both on one loop)."""

    ticket_touched = Signal(str)  # ticket id: read it again where it is shown
    agent_answered = Signal(str, str)  # ticket id, submitter id: an answer to be read
    connection_changed = Signal(bool)  # the service answers (again), or no longer does
    reset = Signal()  # events were lost: reload every list
    addon_updated = Signal(str)  # product: an admin bought, changed or removed its add-on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = False
        self._told: bool | None = None  # nothing said yet: the first word is news

    def forget_connection(self) -> None:
        """A session ended: the next one's first word on the connection is news."""
        self._told = None

    def live_event(self, event: LiveEvent) -> None:
        if event.type == "addon.updated":
            self.addon_updated.emit(str(event.data.get("product", "")))
        if event.type in TICKET_EVENTS and event.ticket_id:
            if event.type == "message.created" and event.data.get("author_role") == "agent":
                submitter = str(event.data.get("ticket_submitter_id") or "")
                self.agent_answered.emit(event.ticket_id, submitter)
            self.ticket_touched.emit(event.ticket_id)

    def live_connection(self, connected: bool) -> None:
        """The event stream opened, or ended (its heartbeats stopped, or it was cut)."""
        self._set_connected(connected)

    def request_answered(self, answered: bool) -> None:
        """A request got an answer, or failed for want of the service (refused, reset,
        timed out): the latest word on the connection, whichever part of the app spoke.
        The stream alone noticed a hung service only after three missed heartbeats,
        while a dialog already said the server was unreachable."""
        self._set_connected(answered)

    def stream_alive(self) -> None:
        """A line arrived on the event stream: the service answers (again)."""
        self._set_connected(True)

    def _set_connected(self, connected: bool) -> None:
        if connected == self._told:
            return
        self._told = self.connected = connected
        self.connection_changed.emit(connected)

    def live_reset(self) -> None:
        self.reset.emit()
