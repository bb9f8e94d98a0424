"""Tickets the event stream names, read again: each once per burst of events (an agent's
answer comes with a status change, a chat with a dozen lines), after a short pause."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from desktop.api.models import Ticket
    from desktop.services.tickets import TicketService
    from desktop.ui.shell.tasks import TaskRunner

# Events within this many milliseconds of each other make one read per ticket.
TOUCH_COALESCE_MS = 150


class TouchedTickets(QObject):
    """Reads each touched ticket into the store (the lists follow the store) and hands the
    fresh ticket to ``show`` (the open ticket page, a chat window)."""

    def __init__(
        self,
        parent: QObject,
        tasks: TaskRunner,
        service: Callable[[], TicketService | None],
        show: Callable[[Ticket], None],
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service = service
        self._show = show
        self._touched: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TOUCH_COALESCE_MS)
        self._timer.timeout.connect(self._read_touched)

    def touched(self, ticket_id: str) -> None:
        self._touched.add(ticket_id)
        self._timer.start()

    def _read_touched(self) -> None:
        touched, self._touched = self._touched, set()
        service = self._service()
        if service is not None and touched:
            self._tasks.run(self._read(service, sorted(touched)), on_error=self._stale)

    async def _read(self, service: TicketService, ticket_ids: list[str]) -> None:
        """One read per ticket: the store (and so the lists), the open page and chats share it."""
        for ticket_id in ticket_ids:
            ticket = await service.refresh(ticket_id)
            if ticket is not None:
                self._show(ticket)

    def _stale(self, _error: BaseException) -> None:
        pass  # the list keeps what it had; the next event or F5 reads it again
