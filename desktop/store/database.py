"""Opening the local store: WAL, its own schema versions, rebuilt when it cannot be used.

Writes run on one writer thread (the GUI thread never waits on disk); reads
are short indexed queries with a LIMIT on the caller's thread, which WAL lets
run beside the writer.

A store can be opened for reading alone (:meth:`Database.open_current`) before
asyncio and the threads exist: the window shows the cached list first thing.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

# Imported with the first write: a start that only reads must not wait for them.
if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

T = TypeVar("T")
WRITER = "store-writer"
READER = "store-reader"
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


def _version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _migrate(connection: sqlite3.Connection) -> None:
    while (version := _version(connection)) != SCHEMA_VERSION:
        if version > SCHEMA_VERSION:
            newer = f"schema version {version} is newer than this app's {SCHEMA_VERSION}"
            raise StoreUnusable(newer)
        migrate_step(connection, version)


def migrate_step(connection: sqlite3.Connection, version: int) -> None:
    """Bring the store from ``version`` to the next, in one transaction.

    Another connection (a second window of the app, a store being opened as the
    app quits) may have taken the same step since ``version`` was read: then the
    step fails on what it already made, and is not the store's fault.
    """
    try:
        connection.executescript(
            "BEGIN IMMEDIATE;" + MIGRATIONS[version] + f";PRAGMA user_version={version + 1};COMMIT;"
        )
    except sqlite3.OperationalError:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if _version(connection) == version:
            raise  # nobody else took the step: this store cannot be migrated


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


def _running_loop() -> asyncio.AbstractEventLoop:
    """asyncio, imported with the first write: a start that only reads does without it."""
    import asyncio

    return asyncio.get_running_loop()


def _open_current(path: Path) -> sqlite3.Connection | None:
    """A reading connection if the file is there, readable and of this app's schema."""
    if not path.is_file():
        return None
    connection: sqlite3.Connection | None = None
    try:
        connection = _connect(path)
        if _version(connection) != SCHEMA_VERSION:
            connection.close()
            return None  # to be migrated or rebuilt: that is the writer's work
        return connection
    except sqlite3.DatabaseError as error:
        log.info("local store %s not read at start (%s): opened in full later", path, error)
        if connection is not None:
            connection.close()
        return None


class Database:
    """One file: a reading connection for the caller, a writer thread for changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._executors: dict[str, ThreadPoolExecutor] = {}
        self._background_local = threading.local()
        self.reader: sqlite3.Connection | None = None

    @classmethod
    def open_current(cls, path: Path) -> Database | None:
        """Open an existing store of this schema version for reading, without a loop or thread.

        None if there is none, or it must be migrated or rebuilt first (:meth:`open`).
        Writing works as after :meth:`open`: the writer opens on its thread.
        """
        reader = _open_current(path)
        if reader is None:
            return None
        database = cls(path)
        database.reader = reader
        return database

    def close_unused(self) -> None:
        """Close a store opened with :meth:`open_current` and then not used after all."""
        assert not self._executors, "written to: close() it"
        if self.reader is not None:
            self.reader.close()
            self.reader = None

    async def open(self) -> None:
        await self.write(lambda _connection: None)  # opens, migrates or rebuilds first
        # The file exists and is current now: opening a reader is a millisecond.
        self.reader = _connect(self.path)

    def _executor(self, name: str) -> ThreadPoolExecutor:
        """The writer ("store-writer"), or the reader of slow queries ("store-reader")."""
        executor = self._executors.get(name)
        if executor is None:
            from concurrent.futures import ThreadPoolExecutor

            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
            self._executors[name] = executor
        return executor

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

        return await _running_loop().run_in_executor(self._executor(WRITER), run)

    async def read_in_background(self, query: Callable[[sqlite3.Connection], T]) -> T:
        def run() -> T:
            connection = getattr(self._background_local, "connection", None)
            if connection is None:
                connection = _connect(self.path)
                self._background_local.connection = connection
            return query(connection)

        # Slower reads (counting thousands of matches) run here, off the GUI thread.
        return await _running_loop().run_in_executor(self._executor(READER), run)

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

        loop = _running_loop()
        closing = {WRITER: close_writer, READER: close_background}
        for name, executor in list(self._executors.items()):
            await loop.run_in_executor(executor, closing[name])
            executor.shutdown(wait=True)
        self._executors.clear()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
