"""The outbox: replies and new tickets the user sent that the service has not confirmed yet.

Each item carries the key the client made for it (a UUID), sent as
``Idempotency-Key``: however often an item is tried, the service stores it
once. Items live in the store's file (``synchronous=FULL``), so a crash or a
restart does not lose them, and they go out in the order they were sent.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.store.database import Database
from desktop.store.drafts import DraftStore
from desktop.store.listeners import ListenedStore

QUEUED = "queued"
SENDING = "sending"
FAILED = "failed"
REPLY = "reply"
NEW_TICKET = "ticket"

COLUMNS = (
    "key, seq, kind, ticket_id, body, fields, files, uploads, state, "
    "error_status, error_code, error_detail, created_at, updated_at"
)


@dataclass(frozen=True)
class OutboxItem:
    key: str  # made here; the service's Idempotency-Key
    seq: int  # the order items were sent in
    kind: str  # REPLY | NEW_TICKET
    ticket_id: str | None  # the ticket a reply is for
    body: str
    fields: Mapping[str, Any]  # a new ticket's fields; a reply's {"chat": bool}
    files: tuple[Path, ...]
    uploads: Mapping[str, str]  # file path → attachment id already on the service
    state: str  # QUEUED | SENDING | FAILED
    error_status: int | None = None
    error_code: str = ""
    error_detail: str = ""
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def failed(self) -> bool:
        return self.state == FAILED

    @property
    def order_group(self) -> str:
        """Items of one group go out in order: a ticket's replies, or each new ticket."""
        return self.ticket_id or self.key


class OutboxStore(ListenedStore):
    """Listeners hear of every item added, changed or removed."""

    def __init__(self, database: Database, drafts: DraftStore) -> None:
        super().__init__(database)
        # Adding an item removes its draft, taking one back makes it: the draft list hears.
        self._drafts = drafts

    async def add(
        self,
        *,
        kind: str,
        body: str,
        ticket_id: str | None = None,
        fields: Mapping[str, Any] | None = None,
        files: tuple[Path, ...] = (),
        draft_key: str | None = None,
        key: str | None = None,
    ) -> OutboxItem:
        """Queue an item; the draft it came from is removed in the same transaction.

        So the text is always in exactly one place: the draft or the outbox.
        """
        now = datetime.now(UTC)
        key = key or str(uuid.uuid4())
        fields_json = json.dumps(dict(fields or {}))
        files_json = json.dumps([str(f) for f in files])

        def change(c: sqlite3.Connection) -> int:
            seq = int(c.execute("SELECT coalesce(max(seq), 0) + 1 FROM outbox").fetchone()[0])
            c.execute(
                "INSERT OR IGNORE INTO outbox (key, seq, kind, ticket_id, body, fields, files, "
                "state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    seq,
                    kind,
                    ticket_id,
                    body,
                    fields_json,
                    files_json,
                    QUEUED,
                    now.isoformat(),
                    now.isoformat(),
                ),
            )
            if draft_key is not None:
                c.execute("DELETE FROM draft WHERE key = ?", (draft_key,))
            return seq

        seq = await self._db.write(change)
        self.announce()
        if draft_key is not None:
            self._drafts.taken(draft_key)
            self._drafts.announce()
        return OutboxItem(
            key=key,
            seq=seq,
            kind=kind,
            ticket_id=ticket_id,
            body=body,
            fields=dict(fields or {}),
            files=files,
            uploads={},
            state=QUEUED,
            created_at=now,
        )

    async def set_state(
        self,
        key: str,
        state: str,
        *,
        error_status: int | None = None,
        error_code: str = "",
        error_detail: str = "",
    ) -> None:
        await self._db.write(
            lambda c: c.execute(
                "UPDATE outbox SET state = ?, error_status = ?, error_code = ?, "
                "error_detail = ?, updated_at = ? WHERE key = ?",
                (state, error_status, error_code, error_detail, datetime.now(UTC).isoformat(), key),
            )
        )
        self.announce()

    async def record_upload(self, key: str, path: Path, attachment_id: str) -> None:
        """A file of the item is on the service: a retry sends the same attachment id."""

        def change(c: sqlite3.Connection) -> None:
            row = c.execute("SELECT uploads FROM outbox WHERE key = ?", (key,)).fetchone()
            if row is None:
                return
            uploads = json.loads(row[0])
            uploads[str(path)] = attachment_id
            c.execute("UPDATE outbox SET uploads = ? WHERE key = ?", (json.dumps(uploads), key))

        await self._db.write(change)

    async def remove(self, key: str) -> None:
        """The service has it (or the user discarded it)."""
        removed = await self._db.write(
            lambda c: c.execute("DELETE FROM outbox WHERE key = ?", (key,)).rowcount
        )
        if removed:
            self.announce()

    async def take_back(self, key: str, draft_key: str) -> OutboxItem | None:
        """Edit: the item becomes the draft again (one transaction), unless it is being sent."""

        def change(c: sqlite3.Connection) -> OutboxItem | None:
            row = c.execute(f"SELECT {COLUMNS} FROM outbox WHERE key = ?", (key,)).fetchone()
            if row is None or row[8] == SENDING:
                return None
            item = _item(row)
            c.execute("DELETE FROM outbox WHERE key = ?", (key,))
            # A reply's text joins one being written; a new ticket's form comes back whole.
            fields = row[5] if item.kind == NEW_TICKET else "{}"
            c.execute(
                "INSERT INTO draft (key, ticket_id, body, files, updated_at, fields) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET body = excluded.body || char(10) || draft.body, "
                "files = excluded.files, updated_at = excluded.updated_at, "
                "fields = excluded.fields",
                (
                    draft_key,
                    item.ticket_id,
                    item.body,
                    row[6],
                    datetime.now(UTC).isoformat(),
                    fields,
                ),
            )
            return item

        item = await self._db.write(change)
        if item is not None:
            self.announce()
            self._drafts.announce()
        return item

    async def requeue_interrupted(self) -> None:
        """Items left "sending" by a crash go again (their key makes that safe)."""
        changed = await self._db.write(
            lambda c: (
                c.execute("UPDATE outbox SET state = ? WHERE state = ?", (QUEUED, SENDING)).rowcount
            )
        )
        if changed:
            self.announce()

    def items(self, ticket_id: str | None = None) -> list[OutboxItem]:
        """Everything not yet confirmed, oldest first (one ticket's, if given)."""
        sql = f"SELECT {COLUMNS} FROM outbox"
        params: tuple[Any, ...] = ()
        if ticket_id is not None:
            sql += " WHERE ticket_id = ?"
            params = (ticket_id,)
        rows = self._db.read().execute(sql + " ORDER BY seq", params).fetchall()
        return [_item(r) for r in rows]

    def get(self, key: str) -> OutboxItem | None:
        row = (
            self._db.read()
            .execute(f"SELECT {COLUMNS} FROM outbox WHERE key = ?", (key,))
            .fetchone()
        )
        return _item(row) if row else None


def _item(row: tuple[Any, ...]) -> OutboxItem:
    return OutboxItem(
        key=row[0],
        seq=row[1],
        kind=row[2],
        ticket_id=row[3],
        body=row[4],
        fields=json.loads(row[5]),
        files=tuple(Path(f) for f in json.loads(row[6])),
        uploads=json.loads(row[7]),
        state=row[8],
        error_status=row[9],
        error_code=row[10],
        error_detail=row[11],
        created_at=datetime.fromisoformat(row[12]),
    )
