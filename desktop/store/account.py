"""The store of one account on one server: where its file lives, opening and closing it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from desktop.store.database import Database
from desktop.store.drafts import DraftStore
from desktop.store.outbox import OutboxStore
from desktop.store.snapshots import SnapshotStore
from desktop.store.tickets import TicketStore

STORES_DIR = "stores"


def store_path(data_dir: Path, server_url: str, email: str) -> Path:
    """One file per account and server; the name says neither (the folder may be shared)."""
    digest = hashlib.sha256(f"{server_url}\n{email.casefold()}".encode()).hexdigest()[:20]
    return data_dir / STORES_DIR / f"{digest}.sqlite3"


@dataclass
class AccountStore:
    database: Database
    tickets: TicketStore
    drafts: DraftStore
    outbox: OutboxStore
    snapshots: SnapshotStore

    @classmethod
    async def open(cls, path: Path) -> AccountStore:
        database = Database(path)
        await database.open()
        drafts = DraftStore(database)
        return cls(
            database=database,
            tickets=TicketStore(database),
            drafts=drafts,
            outbox=OutboxStore(database, drafts),
            snapshots=SnapshotStore(database),
        )

    async def close(self) -> None:
        await self.database.close()
