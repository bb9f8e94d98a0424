"""Holding the service's event stream open: resumed with Last-Event-ID, retried with back-off
(never sooner than the service's Retry-After)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Protocol

from desktop.api.client import ApiClient
from desktop.api.errors import ApiError, ServerUnreachable, SessionExpired
from desktop.api.sse import LiveEvent, SseParser
from desktop.services.backoff import Backoff

log = logging.getLogger(__name__)

# The service sends a heartbeat every 15 s: three missed ones mean a dead connection.
READ_TIMEOUT_SECONDS = 45.0
RESET_EVENT = "stream.reset"
# Answers whose Retry-After is honoured: too many streams open (429), service busy (503).
WAIT_STATUSES = frozenset({429, 503})
# A Retry-After longer than this is a server's mistake: live updates would be gone for hours.
MAX_RETRY_AFTER_SECONDS = 600.0


class LiveListener(Protocol):
    def live_event(self, event: LiveEvent) -> None: ...

    def live_connection(self, connected: bool) -> None: ...

    def live_reset(self) -> None:
        """The service no longer has the events we missed: read everything again."""


class LiveEvents:
    """Reads ``GET /v1/events`` until cancelled, reconnecting after any failure.

    Each reconnection sends the id of the last event seen, so nothing that
    happened while the connection was down is missed (the service keeps a day
    of events; beyond that it says ``stream.reset``). Ends only when the
    session expired, which the caller handles by asking for the password.
    """

    def __init__(
        self,
        client: ApiClient,
        listener: LiveListener,
        *,
        backoff: Backoff | None = None,
        read_timeout: float = READ_TIMEOUT_SECONDS,
        last_event_id: str | None = None,
        handled: Callable[[str], None] | None = None,
        alive: Callable[[], None] | None = None,
    ) -> None:
        """``last_event_id``: where an earlier session's stream stopped (resumed from
        there); ``handled``: told each event's id once the listener has handled it;
        ``alive``: told of each line read (a heartbeat too): the service answers."""
        self._client = client
        self._listener = listener
        self._backoff = backoff or Backoff()
        self._read_timeout = read_timeout
        self.last_event_id = last_event_id
        self._handled = handled
        self._alive = alive
        # None until the first try: its failure says "offline" too.
        self.connected: bool | None = None
        self._wake = asyncio.Event()

    async def run(self) -> None:
        import httpx  # with the first request, not at start (api/client.py)

        while True:
            retry_ms = 0
            told = 0.0  # how long the service asked us to stay away
            try:
                retry_ms = await self._read_once()
            except SessionExpired:
                self._set_connected(False)
                raise
            except ApiError as error:
                log.info("event stream refused: %s", error)
                told = _retry_after(error)
            except (ServerUnreachable, httpx.HTTPError) as error:
                log.info("event stream interrupted: %s", error)
            self._set_connected(False)
            # Never sooner than our own back-off, nor than the service asked.
            delay = max(self._backoff.next_delay(at_least=retry_ms / 1000), told)
            await self._pause(delay, at_least=told)

    def wake(self) -> None:
        """Try again now (the network is back, or the user asked), not after the back-off."""
        self._backoff.reset()
        self._wake.set()

    async def _pause(self, seconds: float, *, at_least: float = 0.0) -> None:
        """Wait ``seconds``, or less if woken, but never less than ``at_least``.

        ``at_least`` is the service's Retry-After: waking ("the network is back")
        does not make a full service take us sooner.
        """
        loop = asyncio.get_running_loop()
        start = loop.time()
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), seconds)
        except TimeoutError:
            pass
        rest = at_least - (loop.time() - start)
        if rest > 0:
            await asyncio.sleep(rest)

    async def _read_once(self) -> int:
        """One connection, read until it ends; returns the server's retry hint in ms."""
        response = await self._client.open_events(self.last_event_id, self._read_timeout)
        parser = SseParser()
        try:
            self._set_connected(True)
            self._backoff.reset()
            async for line in response.aiter_lines():
                if self._alive is not None:
                    self._alive()
                event = parser.feed(line)
                if event is None:
                    if line == "" and parser.last_event_id not in (None, self.last_event_id):
                        self._moved(parser.last_event_id)  # an id alone: where it starts
                    continue
                if event.id:
                    self.last_event_id = event.id
                if event.type == RESET_EVENT:
                    self._listener.live_reset()
                else:
                    self._listener.live_event(event)
                if event.id:
                    self._moved(event.id)
        finally:
            await response.aclose()
        return parser.retry_ms or 0

    def _moved(self, event_id: str | None) -> None:
        """Resumed after ``event_id`` from now on (its event, if any, handled)."""
        if event_id is None:
            return
        self.last_event_id = event_id
        if self._handled is not None:
            self._handled(event_id)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._listener.live_connection(connected)


def _retry_after(error: ApiError) -> float:
    """Seconds the service asked us to wait before the next try (0: it did not ask)."""
    if error.status not in WAIT_STATUSES or error.retry_after is None:
        return 0.0
    return min(float(error.retry_after), MAX_RETRY_AFTER_SECONDS)
