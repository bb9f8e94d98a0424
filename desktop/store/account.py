"""The store of one account on one server: its parts, opening and closing it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.store.database import Database
from desktop.store.drafts import DraftStore
from desktop.store.outbox import OutboxStore
from desktop.store.snapshots import SnapshotStore
from desktop.store.tickets import TicketStore


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
        return cls.of(database)

    @classmethod
    def of(cls, database: Database) -> AccountStore:
        """The stores of an open database (one opened for reading at start, say)."""
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
