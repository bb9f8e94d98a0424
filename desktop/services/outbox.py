"""Sending the outbox: each item once, in order per ticket, whenever the service answers.

An item is tried until the service confirms it. A lost connection leaves it
queued (tried again when the connection returns, or after a back-off); a
refusal the service explains (the ticket closed, a file too large, signed out)
marks it failed with the reason, and the user decides: Retry, Edit or Discard
(a reply to a ticket closed meanwhile: Send as a new request, never Retry).
The same ``Idempotency-Key`` goes with every try, so a reply whose answer was
lost on the way is not stored twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from desktop.api.client import ApiClient
from desktop.api.errors import ApiError, ServerUnreachable, SessionExpired
from desktop.api.models import NewTicket, Ticket
from desktop.services.backoff import Backoff
from desktop.store.drafts import NEW_TICKET_KEY, reply_key
from desktop.store.outbox import FAILED, NEW_TICKET, QUEUED, REPLY, SENDING, OutboxItem, OutboxStore

log = logging.getLogger(__name__)

# Failure codes made here (the service's own codes come from its problem+json).
SIGNED_OUT = "signed_out"
FILE_MISSING = "file_missing"
# The service's code for a reply to a closed ticket: it can only go as a new request.
TICKET_CLOSED = "ticket_closed"
# A new ticket's field naming the refused item it replaces (not sent to the service).
REPLACES = "replaces"
# Server errors worth trying again by themselves, like a lost connection.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})

SentListener = Callable[[OutboxItem, Ticket], None]


class TicketKeeper(Protocol):
    """Where a ticket the outbox reached is kept (the ticket service and its store)."""

    async def ticket(self, ticket_id: str) -> Ticket: ...

    async def keep(self, document: dict[str, Any]) -> Ticket: ...


@dataclass(frozen=True)
class Outcome:
    """What the first try of an item came to."""

    state: str  # "sent" | FAILED | QUEUED (not through yet: sent when the service answers)
    ticket: Ticket | None = None
    error: ApiError | SessionExpired | None = None


class Outbox:
    def __init__(
        self,
        client: ApiClient,
        store: OutboxStore,
        tickets: TicketKeeper,
        *,
        backoff: Backoff | None = None,
    ) -> None:
        self._client = client
        self.store = store
        # Keeps a ticket in the local store once an item reached it.
        self._tickets = tickets
        self._backoff = backoff or Backoff(first=2.0, cap=60.0)
        self._flushing: asyncio.Task[None] | None = None
        self._again = False
        self._retry: asyncio.TimerHandle | None = None
        self._sent_listeners: list[SentListener] = []
        self._closed = False
        self._waiters: dict[str, asyncio.Future[Outcome]] = {}
        # Discarded with an Undo still offered: not sent meanwhile (in memory: after a
        # restart the item is back, never lost).
        self._held: set[str] = set()

    def on_sent(self, listener: SentListener) -> None:
        """Be told when the service confirmed an item (with the ticket as it is now)."""
        self._sent_listeners.append(listener)

    # -- adding ------------------------------------------------------------------------

    async def send_reply(
        self, ticket: Ticket, body: str, files: tuple[Path, ...] = (), *, chat: bool = False
    ) -> OutboxItem:
        """Queue a reply (its draft goes in the same step) and start sending."""
        item = await self.store.add(
            kind=REPLY,
            body=body,
            ticket_id=ticket.id,
            fields={"chat": chat},
            files=files,
            draft_key=reply_key(ticket.id),
        )
        self.flush()
        return item

    async def send_ticket(
        self,
        draft: NewTicket,
        files: tuple[Path, ...] = (),
        *,
        draft_key: str | None = None,
        key: str | None = None,
        replaces: str | None = None,
    ) -> OutboxItem:
        """Queue a new ticket; ``replaces``: a refused item it carries on (a reply to a
        closed ticket), removed only once the service has the new ticket."""
        fields = draft.to_json()
        if replaces is not None:
            fields[REPLACES] = replaces
        item = await self.store.add(
            kind=NEW_TICKET,
            body=draft.body,
            fields=fields,
            files=files,
            draft_key=draft_key,
            key=key,
        )
        self.flush()
        return item

    async def first_outcome(self, key: str, timeout: float) -> Outcome:
        """Wait for the next try of ``key`` (a form waits to open the ticket it made)."""
        future = self._waiters.setdefault(key, asyncio.get_running_loop().create_future())
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError:
            return Outcome(QUEUED)
        finally:
            self._waiters.pop(key, None)

    def _settle(self, key: str, outcome: Outcome) -> None:
        future = self._waiters.get(key)
        if future is not None and not future.done():
            future.set_result(outcome)

    # -- the user's choices on a failed item ------------------------------------------

    async def retry(self, key: str) -> None:
        await self.store.set_state(key, QUEUED)
        self.flush()

    async def discard(self, key: str) -> None:
        await self.store.remove(key)
        self._held.discard(key)
        self.flush()  # later items of the ticket were waiting behind it

    def hold(self, key: str) -> None:
        """Not sent until :meth:`release` or :meth:`discard` (an Undo is on offer)."""
        self._held.add(key)

    def release(self, key: str) -> None:
        self._held.discard(key)
        self.flush()

    async def edit(self, key: str) -> OutboxItem | None:
        """Back into its draft (a reply merged with one being written), out of the outbox."""
        item = self.store.get(key)
        if item is None:
            return None
        draft_key = reply_key(item.ticket_id) if item.ticket_id else NEW_TICKET_KEY
        taken = await self.store.take_back(key, draft_key)
        self.flush()
        return taken

    async def session_restored(self) -> None:
        """Signed in again: what failed for being signed out goes now; so does the rest."""
        await self.store.requeue_interrupted()
        for item in self.store.items():
            if item.failed and item.error_code == SIGNED_OUT:
                await self.store.set_state(item.key, QUEUED)
        self.flush()

    # -- sending ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Send what is queued, now (once at a time; a call during a flush runs it again)."""
        if self._closed:
            return
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        if self._flushing is not None and not self._flushing.done():
            self._again = True
            return
        self._flushing = asyncio.get_running_loop().create_task(self._flush_all())

    async def wait_idle(self) -> None:
        while self._flushing is not None and not self._flushing.done():
            await asyncio.shield(self._flushing)

    async def close(self) -> None:
        self._closed = True
        if self._retry is not None:
            self._retry.cancel()
        task = self._flushing
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _flush_all(self) -> None:
        while True:
            self._again = False
            try:
                await self._flush_once()
            except Exception:  # never let one bad item stop the outbox for good
                log.exception("outbox flush failed")
                self._schedule_retry()
            if not self._again:
                return

    async def _flush_once(self) -> None:
        blocked: set[str] = set()  # groups with an earlier failed item: order first
        for item in self.store.items():
            if item.order_group in blocked:
                continue
            if item.state == FAILED or item.key in self._held:
                blocked.add(item.order_group)
                continue
            outcome = await self._deliver(item)
            if outcome == "unreachable":
                self._schedule_retry()
                return  # the rest would not get through either
            if outcome == "failed":
                blocked.add(item.order_group)
        self._backoff.reset()

    async def _deliver(self, item: OutboxItem) -> str:
        await self.store.set_state(item.key, SENDING)
        try:
            ticket = await self._post(item)
        except ServerUnreachable as error:
            log.info("outbox: %s not sent yet: %s", item.key, error)
            await self.store.set_state(item.key, QUEUED)
            self._settle(item.key, Outcome(QUEUED))
            return "unreachable"
        except SessionExpired as error:
            await self.store.set_state(item.key, FAILED, error_status=401, error_code=SIGNED_OUT)
            self._settle(item.key, Outcome(FAILED, error=error))
            return "failed"
        except FileNotFoundError as error:
            await self.store.set_state(
                item.key, FAILED, error_code=FILE_MISSING, error_detail=str(error.filename or "")
            )
            self._settle(item.key, Outcome(FAILED))
            return "failed"
        except ApiError as error:
            if error.status in TRANSIENT_STATUSES:
                await self.store.set_state(item.key, QUEUED)
                self._settle(item.key, Outcome(QUEUED))
                return "unreachable"
            await self.store.set_state(
                item.key,
                FAILED,
                error_status=error.status,
                error_code=error.code,
                error_detail=error.detail or error.title,
            )
            self._settle(item.key, Outcome(FAILED, error=error))
            return "failed"
        await self.store.remove(item.key)
        replaced = item.fields.get(REPLACES)
        if replaced:
            await self.store.remove(str(replaced))  # its text is in the new ticket now
        self._settle(item.key, Outcome("sent", ticket=ticket))
        for listener in list(self._sent_listeners):
            listener(item, ticket)
        return "sent"

    async def _post(self, item: OutboxItem) -> Ticket:
        attachment_ids = await self._upload(item)
        if item.kind == NEW_TICKET:
            draft = NewTicket.from_json(dict(item.fields))  # "replaces" stays here
            created = await self._client.create_ticket(
                replace(draft, attachment_ids=attachment_ids),
                idempotency_key=item.key,
            )
            return await self._tickets.keep(created)
        assert item.ticket_id is not None
        await self._client.reply(
            item.ticket_id,
            item.body,
            idempotency_key=item.key,
            chat=bool(item.fields.get("chat")),
            attachment_ids=attachment_ids,
        )
        # A reply's answer is the message alone: the thread is read again to keep it. If
        # that read fails the item is tried again, which its key makes harmless.
        return await self._tickets.ticket(item.ticket_id)

    async def _upload(self, item: OutboxItem) -> tuple[str, ...]:
        ids = []
        for path in item.files:
            known = item.uploads.get(str(path))
            if known is None:
                known = (await self._client.upload_attachment(path)).id
                await self.store.record_upload(item.key, path, known)
            ids.append(known)
        return tuple(ids)

    def _schedule_retry(self) -> None:
        if self._closed:
            return
        delay = self._backoff.next_delay()
        self._retry = asyncio.get_running_loop().call_later(delay, self.flush)
