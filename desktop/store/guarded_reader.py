"""The GUI thread's reading connection, which a damaged page cannot break.

Views read the store directly (short queries with a LIMIT). If a page turns out to be
damaged, the query answers as an empty store would and the database is told, so it
can rebuild; the view then redraws from the rebuilt store. Rows are fetched at once:
an error met half way through iterating a cursor would escape the guard.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from typing import Any, Protocol


class QueryResult(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Queryable(Protocol):
    """What a store's queries need: a sqlite3 connection, or the guarded reader."""

    def execute(self, sql: str, parameters: Any = ..., /) -> QueryResult: ...


class Rows:
    """The rows a query answered, read in full."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows
        self._next = 0

    def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[Any]:
        rest, self._next = self._rows[self._next :], len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class GuardedReader:
    def __init__(
        self,
        connection: sqlite3.Connection | None,
        on_damage: Callable[[sqlite3.DatabaseError], None],
        empty: Callable[[], sqlite3.Connection],
    ) -> None:
        self._connection = connection
        self._lock: threading.RLock | None = None
        self._on_damage = on_damage
        self._make_empty = empty
        self._empty: sqlite3.Connection | None = None

    def attach(
        self, connection: sqlite3.Connection | None, lock: threading.RLock | None = None
    ) -> sqlite3.Connection | None:
        """Read from ``connection`` from now on (None: an empty store); the old one is returned.

        ``lock``: held around each query, for a connection the writer uses too.
        """
        old, self._connection, self._lock = self._connection, connection, lock
        return old

    def execute(self, sql: str, parameters: Any = (), /) -> Rows:
        connection = self._connection
        if connection is not None:
            try:
                with self._lock or nullcontext():
                    return Rows(connection.execute(sql, parameters).fetchall())
            except sqlite3.DatabaseError as error:
                from desktop.store.damage import is_damage  # an error's: not before the start

                if not is_damage(error):
                    raise
                self._on_damage(error)
        if self._empty is None:
            self._empty = self._make_empty()
        return Rows(self._empty.execute(sql, parameters).fetchall())

    def close(self) -> None:
        for connection in (self.attach(None), self._empty):
            if connection is not None:
                connection.close()
        self._empty = None
