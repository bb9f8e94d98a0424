"""Drafts: what the user is writing, kept on disk as they type (synchronous=FULL)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.store.database import Database
from desktop.store.draft_journal import BURST_SECONDS, DraftJournal, Snapshot, entry, journal_path
from desktop.store.listeners import ListenedStore

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

# The form as it is now, or None when it holds no draft of that key any more.
SnapshotSource = Callable[[], Snapshot | None]


def reply_key(ticket_id: str) -> str:
    return f"reply:{ticket_id}"


# The new-ticket form being filled in (there is one form, so one draft).
NEW_TICKET_KEY = "new-ticket"

# A draft's field: when it stops being kept (ISO time, UTC). Only a question a help
# article answered has one (issue 21); every other draft is kept until sent or discarded.
KEEP_UNTIL = "keep_until"
ANSWERED_KEPT_DAYS = 7


def answered_draft_expiry(now: datetime | None = None) -> str:
    """A week from now: the question may come back after the article was tried."""
    return ((now or datetime.now(UTC)) + timedelta(days=ANSWERED_KEPT_DAYS)).isoformat()


def expired(draft: Draft, now: datetime | None = None) -> bool:
    until = draft.fields.get(KEEP_UNTIL)
    if not until:
        return False
    try:
        return datetime.fromisoformat(str(until)) <= (now or datetime.now(UTC))
    except ValueError:
        return False  # unreadable: kept rather than lost


@dataclass(frozen=True)
class Draft:
    key: str
    ticket_id: str | None
    body: str
    files: tuple[Path, ...]
    updated_at: datetime
    # The last message of the thread when the draft was begun: newer ones are a conflict.
    based_on: str | None = None
    # The new-ticket form's other fields (subject, product, channel…).
    fields: dict[str, Any] = field(default_factory=dict)


class DraftStore(ListenedStore):
    """Listeners hear of every save and discard (and of the outbox taking a draft).

    Between saves, :meth:`typing` keeps each burst of keystrokes in the journal
    (draft_journal.py): a crash loses nothing typed more than a moment before it.
    """

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self._journal = DraftJournal(journal_path(database.path))
        self._typed: dict[str, SnapshotSource] = {}
        self._burst: asyncio.TimerHandle | None = None
        self._thrown_away_listeners: list[Callable[[str], None]] = []

    # -- the journal: the keystrokes since the last save ------------------------------

    def typing(self, key: str, snapshot: SnapshotSource) -> None:
        """A key was pressed in the form of ``key``: journal it within ``BURST_SECONDS``.

        Called for every keystroke, so it only notes who typed: the text is read
        once per burst, and written on the store's writer thread.
        """
        self._typed[key] = snapshot
        if self._burst is None:
            import asyncio

            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # no loop (a test without one): the save alone keeps it
            self._burst = loop.call_later(BURST_SECONDS, self.write_journal)

    def write_journal(self) -> None:
        """The burst so far, to the journal now (the writer thread writes it)."""
        self._burst = None
        typed, self._typed = self._typed, {}
        now = datetime.now(UTC)
        entries = {}
        for key, source in typed.items():
            try:
                snapshot = source()
            except RuntimeError:  # the form is gone (deleted): it saved itself on closing
                continue
            if snapshot is not None:
                entries[key] = entry(snapshot, now)
        if entries and self.is_open:
            self._on_writer(lambda: self._journal.put(entries))

    def _settle(self, key: str, saved_at: datetime) -> None:
        """The store has ``key`` as of ``saved_at``: the journal need not keep it."""
        self._on_writer(lambda: self._journal.settle(key, saved_at))

    def _on_writer(self, job: Callable[[], None]) -> None:
        future = self._db.on_writer(job)
        future.add_done_callback(_log_failure)

    # -- saving ------------------------------------------------------------------------

    def save(
        self,
        key: str,
        body: str,
        files: tuple[Path, ...] = (),
        ticket_id: str | None = None,
        based_on: str | None = None,
        fields: dict[str, Any] | None = None,
    ) -> Coroutine[Any, Any, None]:
        """Keep the draft; an empty one (no text, no files) is removed instead.

        Its time is taken now, with the text: the journal's entries are ordered by it.
        """
        return self._save(key, body, files, ticket_id, based_on, fields, datetime.now(UTC))

    async def _save(
        self,
        key: str,
        body: str,
        files: tuple[Path, ...],
        ticket_id: str | None,
        based_on: str | None,
        fields: dict[str, Any] | None,
        now: datetime,
    ) -> None:
        if not body.strip() and not files and not any((fields or {}).values()):
            await self.discard(key, now)
            return
        row = (
            key,
            ticket_id,
            body,
            json.dumps([str(f) for f in files]),
            now.isoformat(),
            based_on,
            json.dumps(fields or {}),
        )
        await self._db.write(
            lambda c: c.execute(
                "INSERT INTO draft (key, ticket_id, body, files, updated_at, based_on, fields) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "ticket_id=excluded.ticket_id, body=excluded.body, files=excluded.files, "
                "updated_at=excluded.updated_at, fields=excluded.fields, "
                "based_on=coalesce(draft.based_on, excluded.based_on)",
                row,
            )
        )
        self._settle(key, now)
        self.announce()

    async def rebase(self, key: str, based_on: str | None) -> None:
        """The user has seen the thread up to ``based_on``: no conflict before it."""
        await self._db.write(
            lambda c: c.execute("UPDATE draft SET based_on = ? WHERE key = ?", (based_on, key))
        )

    async def discard(self, key: str, now: datetime | None = None) -> None:
        """Gone (sent, or thrown away): what the journal kept of it goes too."""
        now = now or datetime.now(UTC)
        removed = await self._db.write(
            lambda c: c.execute("DELETE FROM draft WHERE key = ?", (key,)).rowcount
        )
        self._settle(key, now)
        if removed:
            self.announce()

    def on_thrown_away(self, listener: Callable[[str], None]) -> None:
        """Be told of a draft the user discarded (a form holding it lets the text go)."""
        self._thrown_away_listeners.append(listener)

    async def throw_away(self, key: str) -> None:
        """The user discarded the draft: gone, and every form holding it is told."""
        self._typed.pop(key, None)
        await self.discard(key)
        for listener in list(self._thrown_away_listeners):
            listener(key)

    def taken(self, key: str) -> None:
        """The outbox took the draft (in its own transaction): the journal lets it go."""
        self._typed.pop(key, None)
        self._settle(key, datetime.now(UTC))

    def get(self, key: str) -> Draft | None:
        """None for an expired draft too: it is gone to the user (drop_expired deletes it)."""
        row = (
            self._db.read().execute(f"SELECT {COLUMNS} FROM draft WHERE key = ?", (key,)).fetchone()
        )
        draft = _draft(row) if row else None
        return None if draft is None or expired(draft) else draft

    def all(self) -> list[Draft]:
        rows = self._db.read().execute(f"SELECT {COLUMNS} FROM draft ORDER BY updated_at DESC")
        return [d for d in (_draft(r) for r in rows.fetchall()) if not expired(d)]

    async def drop_expired(self, now: datetime | None = None) -> int:
        """Delete the drafts past their keep-until time; how many."""
        rows = self._db.read().execute(f"SELECT {COLUMNS} FROM draft").fetchall()
        gone = [d.key for d in (_draft(r) for r in rows) if expired(d, now)]
        for key in gone:
            await self.discard(key, now)
        return len(gone)


COLUMNS = "key, ticket_id, body, files, updated_at, based_on, fields"


def _log_failure(future: asyncio.Future[None]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.warning("draft journal: %s", future.exception())


def _draft(row: tuple[Any, ...]) -> Draft:
    return Draft(
        key=row[0],
        ticket_id=row[1],
        body=row[2],
        files=tuple(Path(f) for f in json.loads(row[3])),
        updated_at=datetime.fromisoformat(row[4]),
        based_on=row[5],
        fields=json.loads(row[6] or "{}"),
    )
