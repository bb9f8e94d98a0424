"""Drafts: what the user is writing, kept on disk as they type (synchronous=FULL)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.store.database import Database


def reply_key(ticket_id: str) -> str:
    return f"reply:{ticket_id}"


@dataclass(frozen=True)
class Draft:
    key: str
    ticket_id: str | None
    body: str
    files: tuple[Path, ...]
    updated_at: datetime


class DraftStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, listener: Callable[[], None]) -> None:
        """Be told (on the event loop's thread) after a draft was saved or discarded."""
        self._listeners.append(listener)

    def _announce(self) -> None:
        for listener in list(self._listeners):
            listener()

    @property
    def is_open(self) -> bool:
        return self._db.reader is not None

    async def save(
        self, key: str, body: str, files: tuple[Path, ...] = (), ticket_id: str | None = None
    ) -> None:
        """Keep the draft; an empty one (no text, no files) is removed instead."""
        if not body.strip() and not files:
            await self.discard(key)
            return
        row = (
            key,
            ticket_id,
            body,
            json.dumps([str(f) for f in files]),
            datetime.now(UTC).isoformat(),
        )
        await self._db.write(
            lambda c: c.execute(
                "INSERT INTO draft (key, ticket_id, body, files, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "ticket_id=excluded.ticket_id, body=excluded.body, files=excluded.files, "
                "updated_at=excluded.updated_at",
                row,
            )
        )
        self._announce()

    async def discard(self, key: str) -> None:
        removed = await self._db.write(
            lambda c: c.execute("DELETE FROM draft WHERE key = ?", (key,)).rowcount
        )
        if removed:
            self._announce()

    def get(self, key: str) -> Draft | None:
        row = (
            self._db.read()
            .execute(
                "SELECT key, ticket_id, body, files, updated_at FROM draft WHERE key = ?", (key,)
            )
            .fetchone()
        )
        return _draft(row) if row else None

    def all(self) -> list[Draft]:
        rows = self._db.read().execute(
            "SELECT key, ticket_id, body, files, updated_at FROM draft ORDER BY updated_at DESC"
        )
        return [_draft(r) for r in rows.fetchall()]


def _draft(row: tuple[str, str | None, str, str, str]) -> Draft:
    return Draft(
        key=row[0],
        ticket_id=row[1],
        body=row[2],
        files=tuple(Path(f) for f in json.loads(row[3])),
        updated_at=datetime.fromisoformat(row[4]),
    )
