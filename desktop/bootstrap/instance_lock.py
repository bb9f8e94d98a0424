"""The data folder's lock: while an app holds it, no other start opens the folder's store or
starts its local service.

Whether the holder is alive is the system's to say, never a guess from the file: on Linux
and macOS the lock is ``flock``'s on the open file, which the kernel lets go of when the
process ends, however it ends (a crash, a kill), so a lock left behind never blocks the
next start, and a process id used again by another program holds nothing. The file only
carries the holder's process id, for the message a start shows when the holder is hung.
Nothing is synced to disk: QtCore's ``QLockFile`` does so (``fdatasync``: 2.5 to 5 ms a
start, up to 15, on a busy machine here; this one 0.15 ms), and this runs before the
window's first paint. On Windows, where ``flock`` does not exist, ``QLockFile`` is used
(the holder's process and program are checked there, also without any age limit).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_FILE = "premium-support-desk.lock"
PID_WIDTH = 20  # every process id fits: the file always has the same length


class FolderLock:
    """Held from ``claim`` until ``release`` (or the process's end)."""

    def __init__(self, release: Callable[[], None] | None) -> None:
        self._release = release  # None: started without a lock (none could be made)

    def release(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE


def claim(data_dir: Path) -> FolderLock | None:
    """The folder's lock for this process; None while another live process holds it.

    A folder where no lock can be made at all (permissions, a full disk) is not taken for
    another app's: the start goes on, and the store says what is wrong when it opens.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        return _claim_with_qt(lock_path(data_dir))
    import fcntl

    try:
        fd = os.open(lock_path(data_dir), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        log.warning("cannot lock %s (%s): starting without it", lock_path(data_dir), error)
        return FolderLock(None)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as error:  # a file system without locks
        os.close(fd)
        log.warning("cannot lock %s (%s): starting without it", lock_path(data_dir), error)
        return FolderLock(None)
    # Over the last holder's id, never truncated first: ext4 flushes a file truncated to
    # nothing and written again to disk on close (auto_da_alloc), which cost ~2 ms a start.
    os.pwrite(fd, f"{os.getpid():<{PID_WIDTH}}\n".encode(), 0)

    def release() -> None:
        os.close(fd)  # the lock goes with the file's last descriptor; the file stays

    return FolderLock(release)


def holder(data_dir: Path) -> int | None:
    """The process id of the app that holds the folder's lock, as its file says."""
    if sys.platform == "win32":
        from PySide6.QtCore import QLockFile

        pid, _host, _program = QLockFile(str(lock_path(data_dir))).getLockInfo()
        return int(pid) if pid > 0 else None  # 0: no lock file, or one that cannot be read
    try:
        text = lock_path(data_dir).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _claim_with_qt(path: Path) -> FolderLock | None:
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # never by age: only a holder that is gone makes it stale
    if lock.tryLock(0):
        return FolderLock(lock.unlock)
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning("cannot lock %s (%s): starting without it", path, lock.error())
    return FolderLock(None)
