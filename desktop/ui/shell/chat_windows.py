"""The main window's live chats, one window each (R15), kept while the session lasts.

A chat window closed by the admin is only hidden, so reopening it shows the same
conversation and whatever was being typed; a new session closes them all (the next
admin never sees this one's chats). Looked up by ticket id like a dict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when the first chat opens: the start does not pay for it
    from PySide6.QtWidgets import QWidget

    from desktop.api.models import Ticket
    from desktop.services.tickets import TicketService
    from desktop.ui.shell.tasks import TaskRunner
    from desktop.ui.tickets.chat.chat_window import ChatWindow


class ChatWindows(Mapping[str, "ChatWindow"]):
    def __init__(
        self,
        owner: QWidget,
        tasks: TaskRunner,
        ticket_changed: Callable[[str], None],
        handover_changed: Callable[[ChatWindow], None],
    ) -> None:
        self._owner = owner  # the windows' parent: they close with the main window
        self._tasks = tasks
        self._windows: dict[str, ChatWindow] = {}
        # Something done in a chat changed its ticket (the pages follow it).
        self._ticket_changed = ticket_changed
        # Shown, hidden, or the chat went live or ended: whose box the chat is typed in.
        self._handover_changed = handover_changed

    def __getitem__(self, ticket_id: str) -> ChatWindow:
        return self._windows[ticket_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._windows)

    def __len__(self) -> int:
        return len(self._windows)

    def lookup(self) -> Callable[[str], ChatWindow | None]:
        """The window of a ticket's chat, if open (for the ticket page)."""
        return self._windows.get

    def open(self, service: TicketService, ticket: Ticket, *, local_stopped: bool) -> None:
        """The ticket's chat in its window, in front, the keyboard in its box
        (``local_stopped``: the local workspace is not running, for a new window)."""
        window = self._windows.get(ticket.id)
        if window is None:
            from desktop.ui.tickets.chat.chat_window import ChatWindow

            window = ChatWindow(self._tasks, service, ticket, self._owner)
            window.ticket_changed.connect(self._ticket_changed)
            window.handover_changed.connect(self._handover_changed)
            window.set_local_stopped(local_stopped)
            self._windows[ticket.id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        window.composer.editor.setFocus()

    def ticket_touched(self, ticket_id: str) -> None:
        """The ticket changed (an action elsewhere): its chat, if open, reads it again."""
        window = self._windows.get(ticket_id)
        if window is not None:
            window.ticket_touched(ticket_id)

    def show_ticket(self, ticket: Ticket) -> None:
        """The ticket as read again after events, in its chat if open."""
        window = self._windows.get(ticket.id)
        if window is not None:
            window.show_ticket(ticket)

    def is_being_read(self, ticket_id: str) -> bool:
        """The admin is in this ticket's chat window right now (an answer there is read)."""
        window = self._windows.get(ticket_id)
        return window is not None and window.isVisible() and window.isActiveWindow()

    def close_all(self) -> None:
        windows, self._windows = self._windows, {}
        for window in windows.values():
            window.close()
            window.deleteLater()
