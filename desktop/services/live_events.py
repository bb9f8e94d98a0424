"""Holding the service's event stream open: resumed with Last-Event-ID, retried with back-off."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from desktop.api.client import ApiClient
from desktop.api.errors import ApiError, ServerUnreachable, SessionExpired
from desktop.api.sse import LiveEvent, SseParser
from desktop.services.backoff import Backoff

log = logging.getLogger(__name__)

# The service sends a heartbeat every 15 s: three missed ones mean a dead connection.
READ_TIMEOUT_SECONDS = 45.0
RESET_EVENT = "stream.reset"


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
    ) -> None:
        self._client = client
        self._listener = listener
        self._backoff = backoff or Backoff()
        self._read_timeout = read_timeout
        self.last_event_id: str | None = None
        # None until the first try: its failure says "offline" too.
        self.connected: bool | None = None
        self._wake = asyncio.Event()

    async def run(self) -> None:
        import httpx  # with the first request, not at start (api/client.py)

        while True:
            retry_ms = 0
            try:
                retry_ms = await self._read_once()
            except SessionExpired:
                self._set_connected(False)
                raise
            except (ServerUnreachable, ApiError, httpx.HTTPError) as error:
                log.info("event stream interrupted: %s", error)
            self._set_connected(False)
            await self._pause(self._backoff.next_delay(at_least=retry_ms / 1000))

    def wake(self) -> None:
        """Try again now (the network is back, or the user asked), not after the back-off."""
        self._backoff.reset()
        self._wake.set()

    async def _pause(self, seconds: float) -> None:
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), seconds)
        except TimeoutError:
            pass

    async def _read_once(self) -> int:
        """One connection, read until it ends; returns the server's retry hint in ms."""
        response = await self._client.open_events(self.last_event_id, self._read_timeout)
        parser = SseParser()
        try:
            self._set_connected(True)
            self._backoff.reset()
            async for line in response.aiter_lines():
                event = parser.feed(line)
                if event is None:
                    continue
                if event.id:
                    self.last_event_id = event.id
                if event.type == RESET_EVENT:
                    self._listener.live_reset()
                else:
                    self._listener.live_event(event)
        finally:
            await response.aclose()
        return parser.retry_ms or 0

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._listener.live_connection(connected)
