"""An event-stream client that reconnects with Last-Event-ID, as the desktop client does."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class Follower:
    """Follows ``GET /v1/events`` at ``base_url`` from event ``last`` on, for ever.

    Every ending of the stream (a killed instance, a 502 or 503 from the
    balancer) is followed by a reconnection that names the last event received.
    """

    base_url: str
    token: str
    last: int
    ids: list[int] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    connections: int = 0
    connected: asyncio.Event = field(default_factory=asyncio.Event)

    async def run(self) -> None:
        timeout = httpx.Timeout(10, read=60)
        async with httpx.AsyncClient(timeout=timeout) as client:
            while True:
                try:
                    await self._follow(client)
                except (httpx.TransportError, ValueError):
                    pass  # the stream broke off: come back with Last-Event-ID
                await asyncio.sleep(0.2)

    async def _follow(self, client: httpx.AsyncClient) -> None:
        headers = {"Authorization": f"Bearer {self.token}", "Last-Event-ID": str(self.last)}
        async with client.stream("GET", f"{self.base_url}/v1/events", headers=headers) as stream:
            if stream.status_code != 200:
                return  # e.g. 503 while the balancer has no instance: try again
            self.connections += 1
            self.connected.set()
            event_id: int | None = None
            data: dict[str, Any] = {}
            async for line in stream.aiter_lines():
                if line.startswith("id: "):
                    event_id = int(line.removeprefix("id: "))
                elif line.startswith("data: "):
                    data = json.loads(line.removeprefix("data: "))
                elif line == "" and event_id is not None:
                    # The blank line ends the event: only now is it received whole. An id
                    # with no data is no event (the stream's first block says where it
                    # starts): only the place to resume from.
                    if data:
                        self.ids.append(event_id)
                        self.events.append(data | {"id": event_id})
                    self.last = event_id
                    event_id, data = None, {}
