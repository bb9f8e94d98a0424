"""Opening the local store: WAL, its own schema versions, rebuilt when it cannot be used.

Writes run on one writer thread (the GUI thread never waits on disk); reads
are short indexed queries with a LIMIT on the caller's thread, which WAL lets
run beside the writer.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

T = TypeVar("T")
# Tables the user wrote and the service does not have yet: carried into a rebuilt store.
KEPT_TABLES: tuple[str, ...] = ("draft", "outbox")


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    # FULL: a draft or an outbox item the user was told is saved survives a power cut.
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def _migrate(connection: sqlite3.Connection) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreUnusable(f"schema version {version} is newer than this app's {SCHEMA_VERSION}")
    for number in range(version, SCHEMA_VERSION):
        connection.executescript(
            "BEGIN;" + MIGRATIONS[number] + f";PRAGMA user_version={number + 1};COMMIT;"
        )


class StoreUnusable(Exception):
    """Corrupt, or written by a newer version of the app: rebuilt from the service."""


def open_connection(path: Path) -> sqlite3.Connection:
    """Open (creating or migrating) the store; a store that cannot be used is rebuilt."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = _connect(path)
        try:
            _migrate(connection)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            connection.close()
            raise
        return connection
    except (sqlite3.DatabaseError, StoreUnusable) as error:
        log.warning("local store %s cannot be used (%s): rebuilding it", path, error)
        return _rebuild(path)


def _rebuild(path: Path) -> sqlite3.Connection:
    aside = path.with_name(f"{path.name}.unusable-{int(time.time())}")
    for suffix in ("", "-wal", "-shm"):
        old = Path(str(path) + suffix)
        if old.exists():
            old.replace(Path(str(aside) + suffix))
    connection = _connect(path)
    _migrate(connection)
    _carry_over(connection, aside)
    return connection


def _carry_over(connection: sqlite3.Connection, old: Path) -> None:
    """Copy what only the user has (drafts, the outbox) from the unusable file, if readable."""
    if not KEPT_TABLES:
        return
    try:
        connection.execute("ATTACH DATABASE ? AS old", (str(old),))
    except sqlite3.DatabaseError:
        return
    try:
        for table in KEPT_TABLES:
            try:
                _copy_table(connection, table)
            except sqlite3.DatabaseError:
                log.warning("could not carry %s over from %s", table, old)
    finally:
        connection.execute("DETACH DATABASE old")


def _copy_table(connection: sqlite3.Connection, table: str) -> None:
    # By column name: the unusable file may be of an older schema version.
    def columns(schema: str) -> list[str]:
        return [r[1] for r in connection.execute(f"PRAGMA {schema}.table_info({table})")]

    old_columns = set(columns("old"))
    shared = ", ".join(c for c in columns("main") if c in old_columns)
    if shared:
        connection.execute(
            f"INSERT OR IGNORE INTO main.{table} ({shared}) SELECT {shared} FROM old.{table}"
        )


class Database:
    """One file: a reading connection for the caller, a writer thread for changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        # Slower reads (counting thousands of matches) run here, off the GUI thread.
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-reader")
        self._background_local = threading.local()
        self.reader: sqlite3.Connection | None = None

    async def open(self) -> None:
        await self.write(lambda _connection: None)  # opens, migrates or rebuilds first
        # The file exists and is current now: opening a reader is a millisecond.
        self.reader = _connect(self.path)

    def _writer(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = open_connection(self.path)
            self._local.connection = connection
        return connection

    async def write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``change`` in one transaction on the writer thread."""

        def run() -> T:
            connection = self._writer()
            connection.execute("BEGIN IMMEDIATE")
            try:
                result = change(connection)
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
            return result

        return await asyncio.get_running_loop().run_in_executor(self._executor, run)

    async def read_in_background(self, query: Callable[[sqlite3.Connection], T]) -> T:
        def run() -> T:
            connection = getattr(self._background_local, "connection", None)
            if connection is None:
                connection = _connect(self.path)
                self._background_local.connection = connection
            return query(connection)

        return await asyncio.get_running_loop().run_in_executor(self._background, run)

    def read(self) -> sqlite3.Connection:
        if self.reader is None:
            raise RuntimeError("the store is not open")
        return self.reader

    async def close(self) -> None:
        def close_writer() -> None:
            connection = getattr(self._local, "connection", None)
            if connection is not None:
                connection.close()
                self._local.connection = None

        def close_background() -> None:
            connection = getattr(self._background_local, "connection", None)
            if connection is not None:
                connection.close()
                self._background_local.connection = None

        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, close_writer)
        await loop.run_in_executor(self._background, close_background)
        self._executor.shutdown(wait=True)
        self._background.shutdown(wait=True)
        if self.reader is not None:
            self.reader.close()
            self.reader = None
