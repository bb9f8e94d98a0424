"""The data folder's lock: while an app holds it, no other start opens the folder's store or
starts its local service.

QtCore's ``QLockFile`` writes the holder's process id and program name into the file. A
lock left by an app that crashed or was killed is taken over at once (its process is gone,
or its id now names another program), so it never blocks the next start; and there is no
age limit, because a running app holds it for days. Only QtCore: this runs before the
window's first paint.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)

LOCK_FILE = "premium-support-desk.lock"


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE


def claim(data_dir: Path) -> QLockFile | None:
    """The folder's lock for this process; None while another live process holds it.

    A folder where no lock can be written at all (permissions, a full disk) is not taken for
    another app's: the start goes on, and the store says what is wrong when it opens.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)  # never by age: only a holder that is gone makes it stale
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning("cannot lock %s (%s): starting without it", lock_path(data_dir), lock.error())
    return lock


def holder(data_dir: Path) -> int | None:
    """The process id of the app that holds the folder's lock, as its file says."""
    pid, _host, _program = QLockFile(str(lock_path(data_dir))).getLockInfo()
    return int(pid) if pid > 0 else None  # 0: no lock file, or one that cannot be read
