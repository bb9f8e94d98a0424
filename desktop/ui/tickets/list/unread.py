"""Which tickets have an agent's answer the admin has not opened yet."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class UnreadAnswers(QObject):
    """Shared by every list, the ticket page and the navigation's counter."""

    changed = Signal(str)  # ticket id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Each unread ticket, and whether it is the admin's own (else a teammate's).
        self._unread: dict[str, bool] = {}

    def __contains__(self, ticket_id: object) -> bool:
        return ticket_id in self._unread

    def __len__(self) -> int:
        return len(self._unread)

    def count(self, *, mine: bool) -> int:
        """Unread among the admin's own tickets, or among the team's."""
        return sum(1 for own in self._unread.values() if own is mine)

    def marks(self) -> dict[str, bool]:
        """Each unread ticket, and whether it is the admin's own (a copy)."""
        return dict(self._unread)

    def mark_unread(self, ticket_id: str, *, mine: bool = True) -> None:
        if ticket_id not in self._unread:
            self._unread[ticket_id] = mine
            self.changed.emit(ticket_id)

    def mark_read(self, ticket_id: str) -> None:
        if ticket_id in self._unread:
            del self._unread[ticket_id]
            self.changed.emit(ticket_id)

    def clear(self) -> None:
        for ticket_id in list(self._unread):
            self.mark_read(ticket_id)
