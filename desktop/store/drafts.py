"""Drafts: what the user is writing, kept on disk as they type (synchronous=FULL)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.store.listeners import ListenedStore


def reply_key(ticket_id: str) -> str:
    return f"reply:{ticket_id}"


# The new-ticket form being filled in (there is one form, so one draft).
NEW_TICKET_KEY = "new-ticket"


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
    """Listeners hear of every save and discard (and of the outbox taking a draft)."""

    async def save(
        self,
        key: str,
        body: str,
        files: tuple[Path, ...] = (),
        ticket_id: str | None = None,
        based_on: str | None = None,
        fields: dict[str, Any] | None = None,
    ) -> None:
        """Keep the draft; an empty one (no text, no files) is removed instead."""
        if not body.strip() and not files and not any((fields or {}).values()):
            await self.discard(key)
            return
        row = (
            key,
            ticket_id,
            body,
            json.dumps([str(f) for f in files]),
            datetime.now(UTC).isoformat(),
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
        self.announce()

    async def rebase(self, key: str, based_on: str | None) -> None:
        """The user has seen the thread up to ``based_on``: no conflict before it."""
        await self._db.write(
            lambda c: c.execute("UPDATE draft SET based_on = ? WHERE key = ?", (based_on, key))
        )

    async def discard(self, key: str) -> None:
        removed = await self._db.write(
            lambda c: c.execute("DELETE FROM draft WHERE key = ?", (key,)).rowcount
        )
        if removed:
            self.announce()

    def get(self, key: str) -> Draft | None:
        row = (
            self._db.read().execute(f"SELECT {COLUMNS} FROM draft WHERE key = ?", (key,)).fetchone()
        )
        return _draft(row) if row else None

    def all(self) -> list[Draft]:
        rows = self._db.read().execute(f"SELECT {COLUMNS} FROM draft ORDER BY updated_at DESC")
        return [_draft(r) for r in rows.fetchall()]


COLUMNS = "key, ticket_id, body, files, updated_at, based_on, fields"


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
