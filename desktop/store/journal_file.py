"""Where a store's journal of keystroke bursts lives (desktop/store/draft_journal.py).

Apart from the journal's module: a start looks for the file before its first paint and
imports the module only when there is one to fold (after a crash).
"""

from __future__ import annotations

from pathlib import Path


def journal_path(store: Path) -> Path:
    """Beside the store (not ``-journal``: that name is SQLite's own)."""
    return store.with_name(store.name + ".drafts-journal")
