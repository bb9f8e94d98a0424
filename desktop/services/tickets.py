"""Tickets for the UI: read into the local store, one ticket with its thread, and writes."""

from __future__ import annotations

import asyncio
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.api.client import ApiClient
from desktop.api.errors import ServerUnreachable
from desktop.api.models import (
    Attachment,
    Availability,
    HelpRequest,
    Team,
    TeamPerson,
    Ticket,
    Trend,
    User,
)
from desktop.services.japanese_hours import next_japanese_opening
from desktop.services.outbox import Outbox
from desktop.services.ticket_search import ServiceMatches, search_service
from desktop.services.ticket_sync import Progress, TicketSync
from desktop.store.account import AccountStore
from desktop.store.snapshots import thread_key


def safe_filename(name: str) -> str:
    """A name any file system takes: no folders, no characters Windows refuses."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:200] or "attachment"


class TicketService:
    def __init__(
        self, client: ApiClient, account: AccountStore, cache_dir: Path | None = None
    ) -> None:
        self._client = client
        # Views read the store; the network only fills it (DESIGN: offline first).
        self.store = account.tickets
        self.drafts = account.drafts
        self.snapshots = account.snapshots
        # What the user sent goes out through the outbox, once, in order.
        self.outbox = Outbox(client, account.outbox, self)
        # A rebuilt store carries what was waiting (a send may have finished in the old file
        # meanwhile: the copy goes again, under its idempotency key, once): send it now.
        # (A rebuild at open is the start's own: the session's first flush sends it all.)
        account.database.on_rebuilt(lambda _carried: self.outbox.flush(), told_late=False)
        self._sync = TicketSync(client, account.tickets)
        # Opened attachments are downloaded here once (per account's server).
        self._cache_dir = cache_dir or Path(tempfile.gettempdir()) / "premium-support-desk"

    @property
    def user(self) -> User | None:
        return self._client.user

    @property
    def client(self) -> ApiClient:
        """For what sits beside tickets and talks to the service (help-article suggestions)."""
        return self._client

    def now(self) -> datetime:
        """The service's clock: response targets are counted on it."""
        return self._client.server_now()

    async def trend(self, weeks: int = 12) -> Trend:
        """The user's own tickets per week and category (R12's issue trends).

        As last seen when the service cannot be reached (ServerUnreachable if never).
        """
        try:
            document = await self._client.trend_document(weeks)
        except ServerUnreachable:
            cached = self.cached_trend(weeks)
            if cached is None:
                raise
            return cached
        await self.snapshots.save(trend_key(weeks), document)
        return Trend.from_json(document)

    def cached_trend(self, weeks: int = 12) -> Trend | None:
        """The issue trends as last seen, to show before (or without) the service."""
        document = self.snapshots.get(trend_key(weeks))
        return Trend.from_json(document) if document is not None else None

    async def ticket(self, ticket_id: str) -> Ticket:
        """Read from the service into the store (thread included) and return it."""
        return await self.keep(await self._client.ticket_document(ticket_id))

    async def keep(self, document: dict[str, Any]) -> Ticket:
        """A ticket as the service sent it: into the store, its thread as a snapshot."""
        ticket = Ticket.from_json(document)
        # The thread first: when the lists hear of the ticket, a search of its messages
        # (indexed with the snapshot, schema 9) already finds what it says now.
        await self.snapshots.save(thread_key(ticket.id), document)
        await self.store.save([ticket.summary])
        return ticket

    def cached_ticket(self, ticket_id: str) -> Ticket | None:
        """The ticket with its thread as last seen, to show before (or without) the service."""
        document = self.snapshots.get(thread_key(ticket_id))
        return Ticket.from_json(document) if document is not None else None

    async def sync(self, scope: str, progress: Progress | None = None) -> int:
        """Bring the store's copy of a list up to date; ``progress(n)`` after each page."""
        return await self._sync.sync("team" if scope == "team" else "mine", progress)

    async def kept_live(self, scope: str, until: datetime) -> None:
        """The event stream kept a list up to date until ``until`` (it ended then)."""
        await self._sync.kept_live("team" if scope == "team" else "mine", until)

    async def search(
        self, text: str, scopes: tuple[str, ...], filters: dict[str, str]
    ) -> ServiceMatches:
        """Issue 21: ``text`` in the subject or any message, searched by the service; the
        tickets found are kept in the store (desktop/services/ticket_search.py)."""
        return await search_service(
            self._client, self.store, text=text, scopes=scopes, filters=filters
        )

    async def refresh(self, ticket_id: str) -> Ticket | None:
        """A live event named this ticket: read it into the store (None if gone)."""
        return await self._sync.refresh(ticket_id)

    async def fetch_attachment(self, attachment: Attachment) -> Path:
        """The file on this computer, downloaded once into the cache."""
        target = self._cache_dir / attachment.id / safe_filename(attachment.filename)
        if not await asyncio.to_thread(target.exists):
            await self._client.download_attachment(attachment.id, target)
        return target

    async def save_attachment(self, attachment: Attachment, target: Path) -> None:
        await self._client.download_attachment(attachment.id, target)

    async def set_status(self, ticket_id: str, status: str) -> Ticket:
        return await self.keep(await self._client.set_status(ticket_id, status))

    async def end_chat(self, ticket_id: str) -> Ticket:
        return await self.keep(await self._client.end_chat(ticket_id))

    async def cancel_callback(self, ticket_id: str, *, keep_open: bool) -> Ticket:
        """R15: the call cancelled; the ticket kept open (a written request) or solved."""
        return await self.keep(await self._client.cancel_callback(ticket_id, keep_open=keep_open))

    async def rate(self, ticket_id: str, rating: str, comment: str | None = None) -> Ticket:
        """Issue 21: the rated ticket, kept like any other answer of a write."""
        return await self.keep(await self._client.rate_ticket(ticket_id, rating, comment))

    async def add_follower(self, ticket_id: str, user_id: str) -> Ticket:
        """Issue 21: the ticket with the teammate following, fetched and kept as any read."""
        await self._client.add_follower(ticket_id, user_id)
        return await self.ticket(ticket_id)

    async def remove_follower(self, ticket_id: str, user_id: str) -> Ticket:
        """Issue 21: the ticket without the follower, fetched and kept as any read."""
        await self._client.remove_follower(ticket_id, user_id)
        return await self.ticket(ticket_id)

    async def team_people(self) -> tuple[TeamPerson, ...]:
        """Issue 21: the team's admins and members to choose followers from."""
        return tuple(TeamPerson.from_json(p) for p in await self._client.team_member_documents())

    async def remember_team(self) -> None:
        """Keep the team (its products and add-ons) for a contact form opened offline."""
        await self.snapshots.save(TEAM_KEY, await self._client.team_document())

    async def contact_options(self) -> ContactOptions:
        """What a new ticket may be about, and when Japanese support is open (R4, R5, R14)."""
        # A national phone number is read in the account's country (phones.home_region).
        language = self.user.locale if self.user else ""
        try:
            team, availability = await asyncio.gather(
                self._client.team_document(), self._client.availability()
            )
        except ServerUnreachable:
            # Offline: the team as last seen; a written request waits in the outbox.
            cached = self.snapshots.get(TEAM_KEY)
            if cached is None:
                raise
            return ContactOptions(
                team=Team.from_json(cached),
                availability=(),
                offline=True,
                account_language=language,
                read_at=datetime.now(UTC),
            )
        await self.snapshots.save(TEAM_KEY, team)
        return ContactOptions(
            team=Team.from_json(team), availability=availability, account_language=language
        )

    async def ask_for_help(self, draft: HelpRequest, idempotency_key: str) -> Ticket:
        return await self.keep(
            await self._client.help_request(draft, idempotency_key=idempotency_key)
        )


TEAM_KEY = "team"


def trend_key(weeks: int) -> str:
    return f"trend:mine:{weeks}"


@dataclass(frozen=True)
class ContactOptions:
    team: Team
    availability: tuple[Availability, ...]
    # Read while the service could not be reached: chats and calls need it.
    offline: bool = False
    # The signed-in admin's own language (the user's ``locale``).
    account_language: str = ""
    # Offline: when the form was opened, to say by rule R4 when Japanese support opens.
    read_at: datetime | None = None

    def is_open(self, language: str, channel: str) -> bool:
        return next(
            (a.open for a in self.availability if (a.language, a.channel) == (language, channel)),
            True,
        )

    def next_open_at(self, language: str) -> datetime | None:
        if self.offline and not self.availability and language == "ja" and self.read_at:
            return next_japanese_opening(self.read_at)  # the service's rule, known here too
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
