"""Where a save dialog opens: the documents folder, never wherever the app was started.

A file dialog given a bare name opens in the working folder (the program's own, started
from a menu or an installer's shortcut): a newcomer's export went looking for it there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def save_folder() -> Path:
    """The user's documents folder, or their home folder where there is none (a fresh
    Linux account: a folder that is not there made the dialog fall back to the working one)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def in_save_folder(name: str) -> str:
    """``name`` in :func:`save_folder`, as a save dialog's suggestion."""
    return str(save_folder() / name)
