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
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.store.guarded_reader import GuardedReader
from desktop.store.journal_file import journal_path
from desktop.store.schema import ADDED_COLUMNS, FOLDING_STEP, MIGRATIONS, SCHEMA_VERSION

# Imported with the first write: a start that only reads must not wait for them. The
# damage checks and the journal's fold too: a start that only reads has no use for them
# before its first paint (their records are NamedTuples, ~0.8 M instructions a class).
if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from desktop.store.damage import Carried

log = logging.getLogger(__name__)

T = TypeVar("T")
WRITER = "store-writer"
READER = "store-reader"


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
    script = _missing_columns(connection, version) + MIGRATIONS[version]
    if version == FOLDING_STEP:
        _folding_step(connection)
    try:
        connection.executescript(
            "BEGIN IMMEDIATE;" + script + f";PRAGMA user_version={version + 1};COMMIT;"
        )
    except sqlite3.OperationalError:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if _version(connection) == version:
            raise  # nobody else took the step: this store cannot be migrated


def _folding_step(connection: sqlite3.Connection) -> None:
    """What migration 10 needs: ``search_fold`` on this connection (what is cached already
    is folded by the step)."""
    import textfold as folding  # only when a store takes this step

    connection.create_function("search_fold", 1, folding.fold, deterministic=True)


def _missing_columns(connection: sqlite3.Connection, version: int) -> str:
    """The ALTER TABLEs for the columns the step from ``version`` adds, where missing."""
    added = []
    for table, column, declaration in ADDED_COLUMNS.get(version, ()):
        names = {row[1] for row in connection.execute(f"PRAGMA table_xinfo({table})")}
        if column not in names:
            added.append(f"ALTER TABLE {table} ADD COLUMN {column} {declaration};")
    return "".join(added)


class StoreUnusable(Exception):
    """Corrupt, or written by a newer version of the app: rebuilt from the service."""


def _fold_journal(connection: sqlite3.Connection, path: Path) -> None:
    """The last keystrokes before a crash join their drafts (only then is there a journal)."""
    if journal_path(path).is_file():
        from desktop.store.draft_journal import fold

        fold(connection, path)


def open_connection(path: Path) -> tuple[sqlite3.Connection, Carried | None]:
    """Open (creating or migrating) the store; a store that cannot be used is rebuilt.

    With the connection comes what a rebuild carried over (None: nothing was rebuilt).
    A disk that cannot be written is not damage: that error is raised, the file kept.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = _connect(path)
        try:
            _migrate(connection)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _fold_journal(connection, path)
        except BaseException:
            connection.close()
            raise
        return connection, None
    except (sqlite3.DatabaseError, StoreUnusable) as error:
        from desktop.store.damage import is_unwritable

        if is_unwritable(error):
            raise
        log.warning("local store %s cannot be used (%s): rebuilding it", path, error)
        # A newer version's store is not damaged: the admin is told which it was.
        return rebuild(path, newer=isinstance(error, StoreUnusable))


def rebuild(path: Path, *, newer: bool = False) -> tuple[sqlite3.Connection, Carried]:
    """Set the file aside, start a new one, and carry over what only the user has.

    ``newer``: the file was written by a newer version of the app (not damaged)."""
    from desktop.store.damage import carry_over, set_aside

    aside = set_aside(path)
    connection = _connect(path)
    _migrate(connection)
    carried = carry_over(connection, aside)._replace(newer=newer)
    log.warning("local store rebuilt; carried %s", carried)
    return connection, carried


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
        # Before the first paint reads a draft (only after a crash is there anything to do).
        _fold_journal(connection, path)
        return connection
    except sqlite3.DatabaseError as error:
        log.info("local store %s not read at start (%s): opened in full later", path, error)
        if connection is not None:
            connection.close()
        return None


def _empty_store() -> sqlite3.Connection:
    """An empty store of this schema in memory: what a damaged page reads as."""
    connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _migrate(connection)
    return connection


def _memory_copy(path: Path, writer: sqlite3.Connection | None) -> sqlite3.Connection:
    """The store in memory, as much of it as the file gives (a new one if it gives nothing)."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    sources: list[Callable[[], sqlite3.Connection]] = []
    if writer is not None:
        sources.append(lambda: writer)
    if path.is_file():
        uri = path.resolve().as_uri()
        # Read-only: a full disk or a read-only folder still lets the file be read;
        # "immutable" also reads it where the WAL's shared memory cannot be made.
        sources.append(lambda: sqlite3.connect(f"{uri}?mode=ro", uri=True))
        sources.append(lambda: sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True))
    for source in sources:
        try:
            connection = source()
            try:
                connection.backup(memory)
            finally:
                if connection is not writer:
                    connection.close()
            _migrate(memory)
            return memory
        except (sqlite3.DatabaseError, StoreUnusable) as error:
            log.info("the store could not be copied into memory this way (%s)", error)
            memory.close()
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _migrate(memory)
    return memory


class Database:
    """One file: a reading connection for the caller, a writer thread for changes.

    Damage (``malformed``, found by the check at open or by any query) sets the file
    aside and rebuilds it, keeping drafts and the outbox; listeners hear what was kept.
    A disk that cannot be written (full, read-only) moves the store into memory: the
    app goes on, nothing is lost while it runs, and listeners hear that nothing can be
    saved until :meth:`save_to_disk_again` succeeds.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._executors: dict[str, ThreadPoolExecutor] = {}
        self._background_local = threading.local()
        self.reader: GuardedReader | None = None
        # Bumped by every rebuild: an error from before it is not a reason for another.
        self.generation = 0
        self._damage_seen = False
        self._recovery: asyncio.Task[None] | None = None
        self._rebuilt_at_open: Carried | None = None
        self._unannounced: list[Carried] = []
        self._rebuilt_listeners: list[Callable[[Carried], None]] = []
        # In memory while the disk cannot be written; its lock: one connection, all threads.
        self._memory: sqlite3.Connection | None = None
        self._memory_lock = threading.RLock()
        self._moving_to_memory: asyncio.Task[None] | None = None
        self._unwritable_listeners: list[Callable[[bool], None]] = []

    def _guard(self, connection: sqlite3.Connection) -> GuardedReader:
        return GuardedReader(connection, self._damaged_page_read, _empty_store)

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
        database.reader = database._guard(reader)
        return database

    def close_unused(self) -> None:
        """Close a store opened with :meth:`open_current` and then not used after all."""
        assert not self._executors, "written to: close() it"
        if self.reader is not None:
            self.reader.close()
            self.reader = None

    async def open(self) -> None:
        await self.write(lambda _connection: None)  # opens, migrates or rebuilds first
        if self.reader is None:
            # The file exists and is current now: opening a reader is a millisecond.
            if self._memory is not None:
                self.reader = self._guard(self._memory)
                self.reader.attach(self._memory, self._memory_lock)
            else:
                self.reader = self._guard(_connect(self.path))

    @property
    def unwritable(self) -> bool:
        """The disk cannot be written: the store lives in memory for now."""
        return self._memory is not None

    # -- listeners ------------------------------------------------------------------

    def on_rebuilt(self, listener: Callable[[Carried], None], *, told_late: bool = True) -> None:
        """Be told (on the loop's thread) each time the store was rebuilt, and what was kept.

        A rebuild before the first listener (at open) is told to it at once, unless
        ``told_late`` is False: then it stays for the next listener (the one that tells the
        admin), and this one hears only of rebuilds from now on.
        """
        self._rebuilt_listeners.append(listener)
        if not told_late:
            return
        unannounced, self._unannounced = self._unannounced, []
        for carried in unannounced:
            listener(carried)

    def on_unwritable(self, listener: Callable[[bool], None]) -> None:
        """Be told when saving stops working (True) and works again (False)."""
        self._unwritable_listeners.append(listener)
        if self._memory is not None:
            listener(True)

    def _announce_rebuilt(self, carried: Carried) -> None:
        if not self._rebuilt_listeners:
            self._unannounced.append(carried)
        for listener in list(self._rebuilt_listeners):
            listener(carried)

    def _announce_unwritable(self, unwritable: bool) -> None:
        for listener in list(self._unwritable_listeners):
            listener(unwritable)

    # -- threads --------------------------------------------------------------------

    def _executor(self, name: str) -> ThreadPoolExecutor:
        """The writer ("store-writer"), or the reader of slow queries ("store-reader")."""
        executor = self._executors.get(name)
        if executor is None:
            from concurrent.futures import ThreadPoolExecutor

            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
            self._executors[name] = executor
        return executor

    def _writer(self) -> sqlite3.Connection:
        if self._memory is not None:
            return self._memory
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection, self._rebuilt_at_open = open_connection(self.path)
            self._local.connection = connection
        return connection

    def _transaction(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """On the writer thread: ``change`` in one transaction, rolled back if it fails."""
        connection = self._writer()
        lock = self._memory_lock if connection is self._memory else nullcontext()
        with lock:
            try:
                connection.execute("BEGIN IMMEDIATE")
                result = change(connection)
                connection.execute("COMMIT")  # a full disk may fail here, not before
            except BaseException:
                if connection.in_transaction:
                    try:
                        connection.execute("ROLLBACK")
                    except sqlite3.DatabaseError:
                        log.warning("rollback failed", exc_info=True)
                raise
            return result

    async def write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``change`` in one transaction on the writer thread.

        Damage rebuilds the store, a disk that cannot be written moves it into memory;
        either way ``change`` is then made once more, where it can be.
        """
        loop = _running_loop()
        writer = self._executor(WRITER)
        generation = self.generation
        try:
            result = await loop.run_in_executor(writer, self._transaction, change)
        except Exception as error:
            from desktop.store.damage import is_damage, is_unwritable

            if is_damage(error):
                await self._recover(generation)
            elif is_unwritable(error) and self._memory is None:
                await self._move_to_memory(error)
            else:
                raise
            result = await loop.run_in_executor(writer, self._transaction, change)
        if self._rebuilt_at_open is not None:
            carried, self._rebuilt_at_open = self._rebuilt_at_open, None
            self.generation += 1
            self._announce_rebuilt(carried)
        return result

    def on_writer(self, job: Callable[[], T]) -> asyncio.Future[T]:
        """``job`` on the writer thread, after every write asked for before it (no transaction)."""
        return _running_loop().run_in_executor(self._executor(WRITER), job)

    async def read_in_background(self, query: Callable[[sqlite3.Connection], T]) -> T:
        """``query`` on the reading thread: slower reads (counting thousands of matches)."""

        def run() -> T:
            if self._memory is not None:
                with self._memory_lock:
                    return query(self._memory)
            connection = getattr(self._background_local, "connection", None)
            if connection is None:
                connection = _connect(self.path)
                self._background_local.connection = connection
            return query(connection)

        import asyncio

        # A rebuild closes this thread's connection and then moves the file: a read begun
        # in between would open the old file again and go on reading it (and, open while
        # the file is moved, keep the rebuild from reading the drafts it must carry).
        while self._recovery is not None:
            await asyncio.shield(self._recovery)
        loop = _running_loop()
        generation = self.generation
        try:
            return await loop.run_in_executor(self._executor(READER), run)
        except sqlite3.DatabaseError as error:
            from desktop.store.damage import is_damage

            if not is_damage(error):
                raise
            await self._recover(generation)
            return await loop.run_in_executor(self._executor(READER), run)

    def read(self) -> GuardedReader:
        if self.reader is None:
            raise RuntimeError("the store is not open")
        return self.reader

    # -- damage -----------------------------------------------------------------------

    async def check(self) -> None:
        """Read every page once (off the GUI thread); rebuild the store if some are damaged.

        Run after the window shows what the store has: a damaged store can look fine
        until a query meets the bad page.
        """
        if self._memory is not None or self.reader is None:
            return
        from desktop.store.damage import quick_check

        generation = self.generation
        problems = await self.read_in_background(quick_check)
        if generation != self.generation:
            return  # rebuilt meanwhile: the problems were the old file's
        if problems or self._damage_seen:
            log.warning("local store %s is damaged: %s", self.path, "; ".join(problems))
            await self._recover(generation)

    def _damaged_page_read(self, error: sqlite3.DatabaseError) -> None:
        """A view's query met a damaged page: rebuild now if the loop runs, else at check()."""
        log.warning("local store %s: %s", self.path, error)
        self._damage_seen = True
        try:
            loop = _running_loop()
        except RuntimeError:
            return  # before the loop started (the first paint): check() rebuilds it
        generation = self.generation
        loop.call_soon(lambda: loop.create_task(self._recover(generation)))

    async def _recover(self, generation: int) -> None:
        """Rebuild once, however many queries met the damage before it was done."""
        import asyncio

        if generation != self.generation or self.reader is None:
            return  # rebuilt since that error was met, or closed
        if self._recovery is None:
            self._recovery = asyncio.get_running_loop().create_task(self._rebuild())
            self._recovery.add_done_callback(lambda _task: setattr(self, "_recovery", None))
        await asyncio.shield(self._recovery)

    async def _rebuild(self) -> None:
        loop = _running_loop()
        # Every connection closes first: Windows cannot move a file that is open.
        if self.reader is not None:
            old = self.reader.attach(None)  # views read an empty store meanwhile
            if old is not None:
                old.close()
        if READER in self._executors:
            await loop.run_in_executor(self._executors[READER], self._close_background)

        def rebuild_on_writer() -> Carried:
            self._close_writer()
            connection, carried = rebuild(self.path)
            self._local.connection = connection
            return carried

        carried = await loop.run_in_executor(self._executor(WRITER), rebuild_on_writer)
        self.generation += 1
        self._damage_seen = False
        if self.reader is not None:
            self.reader.attach(_connect(self.path))
        self._announce_rebuilt(carried)

    # -- a disk that cannot be written --------------------------------------------------

    async def _move_to_memory(self, error: BaseException) -> None:
        import asyncio

        if self._moving_to_memory is None:
            log.warning("local store %s cannot be written (%s): kept in memory", self.path, error)
            self._moving_to_memory = asyncio.get_running_loop().create_task(self._to_memory())
        await asyncio.shield(self._moving_to_memory)

    async def _to_memory(self) -> None:
        loop = _running_loop()

        def copy_on_writer() -> sqlite3.Connection:
            writer = getattr(self._local, "connection", None)
            memory = _memory_copy(self.path, writer)
            self._close_writer()
            return memory

        memory = await loop.run_in_executor(self._executor(WRITER), copy_on_writer)
        self._memory = memory
        if self.reader is not None:
            old = self.reader.attach(memory, self._memory_lock)
            if old is not None:
                old.close()
        if READER in self._executors:
            await loop.run_in_executor(self._executors[READER], self._close_background)
        self._moving_to_memory = None
        self._announce_unwritable(True)

    async def save_to_disk_again(self) -> bool:
        """Write the store kept in memory to its file; True once it is on disk again."""
        memory = self._memory
        if memory is None:
            return True

        def write_on_writer() -> sqlite3.Connection | None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                target = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                try:
                    with self._memory_lock:
                        memory.backup(target)
                finally:
                    target.close()
                return open_connection(self.path)[0]
            except (OSError, sqlite3.DatabaseError) as error:
                log.warning("the store still cannot be written (%s)", error)
                return None

        loop = _running_loop()
        connection = await loop.run_in_executor(self._executor(WRITER), write_on_writer)
        if connection is None:
            return False

        def use_file() -> None:
            self._local.connection = connection
            self._memory = None

        await loop.run_in_executor(self._executor(WRITER), use_file)
        if self.reader is not None:
            self.reader.attach(_connect(self.path))
        memory.close()
        self._announce_unwritable(False)
        return True

    # -- closing ------------------------------------------------------------------------

    def _close_writer(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    def _close_background(self) -> None:
        connection = getattr(self._background_local, "connection", None)
        if connection is not None:
            connection.close()
            self._background_local.connection = None

    async def close(self) -> None:
        loop = _running_loop()
        closing = {WRITER: self._close_writer, READER: self._close_background}
        for name, executor in list(self._executors.items()):
            await loop.run_in_executor(executor, closing[name])
            executor.shutdown(wait=True)
        self._executors.clear()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        if self._memory is not None:
            self._memory.close()
