"""A damaged store: telling damage from other errors, setting the file aside, saving what
only the user has.

A disk error, the OS crashing mid-write or a sync tool copying the file while it is
written can leave pages of the store unreadable. The cache can be downloaded again;
drafts and the outbox cannot, so they are carried into the new file row by row: a
damaged page loses the rows on it, not the whole table.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

# Tables the user wrote and the service does not have yet: carried into a rebuilt store.
KEPT_TABLES: tuple[str, ...] = ("draft", "outbox")
SUFFIXES = ("", "-wal", "-shm")
# Damaged files kept for support to look at; older ones are deleted (they can be large).
KEPT_ASIDE = 3
# Probing row ids one by one stops here (a store has far fewer drafts than this).
MAX_PROBED_ROWS = 2_000_000

_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_DAMAGE_WORDS = ("malformed", "corrupt", "not a database")
_UNWRITABLE_CODES = {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
}
_UNWRITABLE_WORDS = ("readonly database", "disk is full", "unable to open database")


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None  # the primary code


def is_damage(error: BaseException) -> bool:
    """SQLite says the file's pages cannot be read as a database."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = _code(error)
    if code is not None:
        return code in _DAMAGE_CODES
    return any(word in str(error).lower() for word in _DAMAGE_WORDS)


def is_unwritable(error: BaseException) -> bool:
    """The disk is full, or the store's file or folder cannot be written."""
    if isinstance(error, PermissionError):
        return True
    if isinstance(error, OSError) and error.errno is not None:
        import errno

        return error.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM)
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = _code(error)
    if code is not None:
        return code in _UNWRITABLE_CODES
    return any(word in str(error).lower() for word in _UNWRITABLE_WORDS)


def quick_check(connection: sqlite3.Connection) -> list[str]:
    """What SQLite finds wrong with the file's structure (empty: nothing).

    ``quick_check`` reads every page but skips comparing indexes with their tables:
    a fraction of ``integrity_check``'s time, and it finds what breaks queries.
    """
    rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check(20)")]
    return [] if rows == ["ok"] else rows


def set_aside(path: Path) -> Path:
    """Move the store (and its WAL and shared memory) to ``<name>.unusable-<time>``."""
    aside = path.with_name(f"{path.name}.unusable-{time.time_ns()}")
    for suffix in SUFFIXES:
        old = Path(str(path) + suffix)
        if old.exists():
            old.replace(Path(str(aside) + suffix))
    _forget_old_asides(path)
    return aside


def _forget_old_asides(path: Path) -> None:
    asides = sorted(
        p for p in path.parent.glob(f"{path.name}.unusable-*") if p.name.split("-")[-1].isdigit()
    )
    for old in asides[:-KEPT_ASIDE]:
        for suffix in SUFFIXES:
            Path(str(old) + suffix).unlink(missing_ok=True)


class Carried(NamedTuple):
    """What was carried from a damaged store into its new file."""

    drafts: int
    outbox: int
    # Some of it could not be read (a damaged page, or the file not at all).
    lost: bool
    # Where the damaged file was kept.
    aside: Path | None = None
    # Not damaged: written by a newer version of the app, which this one cannot read.
    newer: bool = False


def carry_over(connection: sqlite3.Connection, old: Path) -> Carried:
    """Copy the drafts and outbox items that can still be read from ``old``.

    Read through a connection of its own: an error SQLite met reading the damaged
    file must not touch the transaction that writes the new one.
    """
    try:
        source = sqlite3.connect(old)
    except sqlite3.DatabaseError as error:
        log.warning("the damaged store %s cannot be opened (%s): nothing carried", old, error)
        return Carried(0, 0, lost=True, aside=old)
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        source.close()
        log.warning("the damaged store %s cannot be read (%s): nothing carried", old, error)
        return Carried(0, 0, lost=True, aside=old)
    counts: dict[str, int] = {}
    lost = False
    try:
        for table in KEPT_TABLES:
            counts[table], table_lost = _copy_rows(source, connection, table)
            lost = lost or table_lost
    finally:
        source.close()
    return Carried(counts["draft"], counts["outbox"], lost=lost, aside=old)


def _copy_rows(
    source: sqlite3.Connection, connection: sqlite3.Connection, table: str
) -> tuple[int, bool]:
    """Rows copied, and whether some could not be read."""
    try:
        old_columns = {r[1] for r in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        return 0, True
    if not old_columns:
        return 0, False  # a store from before the table existed
    # By column name: the damaged file may be of an older schema version.
    names = [r[1] for r in connection.execute(f"PRAGMA main.table_info({table})")]
    shared = [c for c in names if c in old_columns]
    select = f"SELECT {', '.join(shared)} FROM {table}"
    try:
        rows, lost = source.execute(select).fetchall(), False
    except sqlite3.DatabaseError:
        # A damaged page: read the rows one at a time, skipping those on it.
        rows, lost = _read_row_by_row(source, table, select), True
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.executemany(
            f"INSERT OR IGNORE INTO main.{table} ({', '.join(shared)}) "
            f"VALUES ({', '.join('?' * len(shared))})",
            rows,
        )
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    return len(rows), lost


def _read_row_by_row(source: sqlite3.Connection, table: str, select: str) -> list[Any]:
    readable: list[int] = []
    try:
        for (rowid,) in source.execute(f"SELECT rowid FROM {table} ORDER BY rowid"):
            readable.append(int(rowid))
    except sqlite3.DatabaseError:
        pass  # the scan stops at the damaged page; the ids after it are probed below
    try:
        top = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    last = max([int(top or 0), *readable], default=0)
    rows: list[Any] = []
    for rowid in range(1, min(last, MAX_PROBED_ROWS) + 1):
        try:
            row = source.execute(select + " WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            rows.append(row)
    return rows
