"""The journal of keystroke bursts: what was typed since the last draft save, kept at once.

A draft is saved to the store a while after the typing stops (a save is a
transaction with an fsync). What was typed in between would die with the
process; so every burst of typing (at most ``BURST_SECONDS`` long) is also put
here, on the store's writer thread: a small file next to the store, replaced
whole (write, then rename) so a kill mid-write leaves the previous one. The
kernel has the file as soon as ``write`` returns, so ``kill -9`` cannot take it
(a power cut can: that is the store's fsync'd save, a moment later).

When the store opens, the journal is folded into the drafts: an entry newer
than its draft replaces it; then the file goes. Entries are snapshots of the
whole draft, not keystrokes: folding one needs no base to be exactly right.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
import logging
import os
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from desktop.store.journal_file import journal_path as journal_path

log = logging.getLogger(__name__)

# What was typed is on its way to the journal this long after the burst's first key.
BURST_SECONDS = 0.2


# Read-only, so one empty mapping can be every snapshot's default.
_NO_FIELDS: Mapping[str, Any] = MappingProxyType({})


# A NamedTuple, not a dataclass, and json imported where it is used: this module is read
# before the cached start's first paint, which goes without both (tests/e2e/test_first_paint.py).
class Snapshot(NamedTuple):
    """A draft as the form shows it now (taken on the GUI thread: cheap, no JSON)."""

    body: str
    files: tuple[Path, ...] = ()
    ticket_id: str | None = None
    fields: Mapping[str, Any] = _NO_FIELDS


def entry(snapshot: Snapshot, at: datetime) -> dict[str, Any]:
    return {
        "ticket_id": snapshot.ticket_id,
        "body": snapshot.body,
        "files": [str(f) for f in snapshot.files],
        "fields": dict(snapshot.fields),
        "at": at.isoformat(),
    }


def _empty(item: dict[str, Any]) -> bool:
    return (
        not str(item.get("body", "")).strip()
        and not item.get("files")
        and not any((item.get("fields") or {}).values())
    )


class DraftJournal:
    """The writer thread's side: every method runs there, one at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict[str, Any]] | None = None
        self._failing = False  # said once, not for every burst

    def _loaded(self) -> dict[str, dict[str, Any]]:
        # What a fold could not take yet (it failed, or has not run) is kept, not overwritten.
        if self._entries is None:
            self._entries = read(self.path)
        return self._entries

    def put(self, entries: dict[str, dict[str, Any]]) -> None:
        self._loaded().update(entries)
        self._write()

    def settle(self, key: str, saved_at: datetime) -> None:
        """The store has the draft as of ``saved_at`` (or removed it): older entries go."""
        entries = self._loaded()
        kept = entries.get(key)
        if kept is not None and datetime.fromisoformat(kept["at"]) <= saved_at:
            del entries[key]
            self._write()

    def _write(self) -> None:
        entries = self._loaded()
        try:
            if not entries:
                self.path.unlink(missing_ok=True)
                return
            import json

            partial = self.path.with_name(self.path.name + ".new")
            with partial.open("w", encoding="utf-8") as out:
                json.dump(entries, out, ensure_ascii=False)
            os.replace(partial, self.path)
            self._failing = False
        except OSError as error:
            # A disk that cannot be written: the store says so; the draft is in memory.
            if not self._failing:
                log.warning("draft journal %s not written: %s", self.path, error)
            self._failing = True


def read(path: Path) -> dict[str, dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}  # the usual case: nothing typed since the last save (and no json import)
    except OSError as error:
        log.warning("draft journal %s cannot be read (%s): left as it is", path, error)
        return {}
    import json

    try:
        loaded = json.loads(text)
    except ValueError as error:
        log.warning("draft journal %s cannot be read (%s): left as it is", path, error)
        return {}
    return loaded if isinstance(loaded, dict) else {}


def fold(connection: sqlite3.Connection, store: Path) -> int:
    """Entries newer than their drafts go into the store; the file then goes. How many did.

    Run as the store opens, before anything reads a draft. Folding twice is harmless:
    an entry as old as its draft is left alone.
    """
    path = journal_path(store)
    if not path.is_file():
        return 0
    import json

    entries = read(path)
    taken = 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        for key, item in entries.items():
            at = datetime.fromisoformat(item["at"])
            row = connection.execute("SELECT updated_at FROM draft WHERE key = ?", (key,))
            saved = row.fetchone()
            if saved is not None and datetime.fromisoformat(saved[0]) >= at:
                continue
            taken += 1
            if _empty(item):  # everything was deleted after the last save
                connection.execute("DELETE FROM draft WHERE key = ?", (key,))
                continue
            connection.execute(
                "INSERT INTO draft (key, ticket_id, body, files, updated_at, fields) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "ticket_id=excluded.ticket_id, body=excluded.body, files=excluded.files, "
                "updated_at=excluded.updated_at, fields=excluded.fields",
                (
                    key,
                    item.get("ticket_id"),
                    str(item.get("body", "")),
                    json.dumps(item.get("files") or []),
                    at.isoformat(),
                    json.dumps(item.get("fields") or {}),
                ),
            )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    try:
        path.unlink(missing_ok=True)
    except OSError as error:  # folded again next time: harmless
        log.warning("draft journal %s not removed: %s", path, error)
    if taken:
        log.info("draft journal: %d draft(s) brought up to the last keystrokes", taken)
    return taken
