"""Who wants to hear that a part of the store changed (views redraw from the store)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.store.database import Database


class ListenedStore:
    """A part of the store with change listeners, told on the event loop's thread."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def announce(self) -> None:
        for listener in list(self._listeners):
            listener()

    @property
    def is_open(self) -> bool:
        return self._db.reader is not None
