"""Tickets for the UI: read into the local store, one ticket with its thread, and writes."""

from __future__ import annotations

import asyncio
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from desktop.api.client import ApiClient
from desktop.api.models import (
    Attachment,
    Availability,
    HelpRequest,
    NewTicket,
    Team,
    Ticket,
    Trend,
    User,
)
from desktop.services.ticket_sync import TicketSync
from desktop.store.drafts import DraftStore
from desktop.store.tickets import TicketStore


def safe_filename(name: str) -> str:
    """A name any file system takes: no folders, no characters Windows refuses."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:200] or "attachment"


class TicketService:
    def __init__(
        self,
        client: ApiClient,
        store: TicketStore,
        cache_dir: Path | None = None,
        drafts: DraftStore | None = None,
    ) -> None:
        self._client = client
        self.drafts = drafts
        # Lists read the store; the network only fills it (DESIGN: offline first).
        self.store = store
        self._sync = TicketSync(client, store)
        # Opened attachments are downloaded here once (per account's server).
        self._cache_dir = cache_dir or Path(tempfile.gettempdir()) / "premium-support-desk"
        # (idempotency key, file) → uploaded attachment id: a retried send reuses the
        # uploads, so its body (and key) stay the same and it cannot post twice.
        self._uploaded: dict[tuple[str, Path], str] = {}

    @property
    def user(self) -> User | None:
        return self._client.user

    def now(self) -> datetime:
        """The service's clock: response targets are counted on it."""
        return self._client.server_now()

    async def trend(self, weeks: int = 12) -> Trend:
        """The user's own tickets per week and category (R12's issue trends)."""
        return await self._client.trend(weeks)

    async def ticket(self, ticket_id: str) -> Ticket:
        return await self._keep(await self._client.ticket(ticket_id))

    async def sync(self, scope: str) -> int:
        """Bring the store's copy of a list up to date with the service."""
        return await self._sync.sync("team" if scope == "team" else "mine")

    async def refresh(self, ticket_id: str) -> Ticket | None:
        """A live event named this ticket: read it into the store (None if gone)."""
        return await self._sync.refresh(ticket_id)

    async def _keep(self, ticket: Ticket) -> Ticket:
        await self.store.save([ticket])
        return ticket

    async def reply(
        self, ticket: Ticket, body: str, idempotency_key: str, files: Sequence[Path] = ()
    ) -> Ticket:
        """R16, R17: send a reply (a chat line in a live chat) and read the thread again.

        The caller keeps ``idempotency_key`` until this succeeds, so a retry after
        a dropped connection cannot post the reply twice. Files are uploaded first.
        """
        live_chat = ticket.channel == "chat" and ticket.chat_state != "ended"
        attachment_ids = await self._upload(idempotency_key, files)
        await self._client.reply(
            ticket.id,
            body,
            idempotency_key=idempotency_key,
            chat=live_chat,
            attachment_ids=attachment_ids,
        )
        self._forget_uploads(idempotency_key)
        return await self.ticket(ticket.id)

    async def _upload(self, idempotency_key: str, files: Sequence[Path]) -> tuple[str, ...]:
        ids = []
        for path in files:
            known = self._uploaded.get((idempotency_key, path))
            if known is None:
                known = (await self._client.upload_attachment(path)).id
                self._uploaded[(idempotency_key, path)] = known
            ids.append(known)
        return tuple(ids)

    def _forget_uploads(self, idempotency_key: str) -> None:
        for key in [k for k in self._uploaded if k[0] == idempotency_key]:
            del self._uploaded[key]

    async def fetch_attachment(self, attachment: Attachment) -> Path:
        """The file on this computer, downloaded once into the cache."""
        target = self._cache_dir / attachment.id / safe_filename(attachment.filename)
        if not await asyncio.to_thread(target.exists):
            await self._client.download_attachment(attachment.id, target)
        return target

    async def save_attachment(self, attachment: Attachment, target: Path) -> None:
        await self._client.download_attachment(attachment.id, target)

    async def set_status(self, ticket_id: str, status: str) -> Ticket:
        return await self._keep(await self._client.set_status(ticket_id, status))

    async def end_chat(self, ticket_id: str) -> Ticket:
        return await self._keep(await self._client.end_chat(ticket_id))

    async def cancel_callback(self, ticket_id: str) -> Ticket:
        return await self._keep(await self._client.cancel_callback(ticket_id))

    async def contact_options(self) -> ContactOptions:
        """What a new ticket may be about, and when Japanese support is open (R4, R5, R14)."""
        team, availability = await asyncio.gather(self._client.team(), self._client.availability())
        return ContactOptions(team=team, availability=availability)

    async def create(
        self, draft: NewTicket, idempotency_key: str, files: Sequence[Path] = ()
    ) -> Ticket:
        attachment_ids = await self._upload(idempotency_key, files)
        ticket = await self._client.create_ticket(
            replace(draft, attachment_ids=attachment_ids), idempotency_key=idempotency_key
        )
        self._forget_uploads(idempotency_key)
        return await self._keep(ticket)

    async def ask_for_help(self, draft: HelpRequest, idempotency_key: str) -> Ticket:
        return await self._keep(
            await self._client.help_request(draft, idempotency_key=idempotency_key)
        )


@dataclass(frozen=True)
class ContactOptions:
    team: Team
    availability: tuple[Availability, ...]

    def is_open(self, language: str, channel: str) -> bool:
        return next(
            (a.open for a in self.availability if (a.language, a.channel) == (language, channel)),
            True,
        )

    def next_open_at(self, language: str) -> datetime | None:
        return next(
            (
                a.next_open_at
                for a in self.availability
                if a.language == language and a.next_open_at
            ),
            None,
        )


# R7: champions' own response targets.
CHAMPION_TARGET_MINUTES = {"great": 240, "epic": 60}


def promised_minutes(options: ContactOptions, product: str, champion: str | None) -> int | None:
    """The response target a new ticket about ``product`` will get (R3, R5, R7)."""
    addon = next((a for a in options.team.covered_products() if a.product == product), None)
    if addon is None:
        return None
    targets = [addon.response_target_minutes]
    if champion in CHAMPION_TARGET_MINUTES:
        targets.append(CHAMPION_TARGET_MINUTES[champion])
    return min(targets)


# R6: members' e-mail requests get the standard target, or their champion's (R7).
STANDARD_TARGET_MINUTES = 24 * 60


def help_target_minutes(champion: str | None) -> int:
    return min(
        STANDARD_TARGET_MINUTES,
        CHAMPION_TARGET_MINUTES.get(champion or "", STANDARD_TARGET_MINUTES),
    )
