"""Server-Sent Events parsed line by line, as the WHATWG event-stream format says."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class LiveEvent:
    """One event of ``GET /v1/events``: its id (for Last-Event-ID), type and data."""

    id: str | None
    type: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ticket_id(self) -> str | None:
        value = self.data.get("ticket_id")
        return str(value) if value else None


class SseParser:
    """Feed it lines (without their line break); it returns an event at each blank line.

    Comments (``: heartbeat``) and unknown fields are ignored; ``retry:`` is kept
    so the caller can honour the server's reconnection delay.
    """

    def __init__(self) -> None:
        self.retry_ms: int | None = None
        self._id: str | None = None
        self._type = ""
        self._data: list[str] = []

    @property
    def last_event_id(self) -> str | None:
        """The last ``id:`` read, with an event or alone (the service starts a stream with
        one: where it stands, to resume from)."""
        return self._id

    def feed(self, line: str) -> LiveEvent | None:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._type = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None

    def _dispatch(self) -> LiveEvent | None:
        data, kind = self._data, self._type
        self._data, self._type = [], ""
        if not data:
            return None
        try:
            payload = json.loads("\n".join(data))
        except ValueError:
            payload = {}
        if not isinstance(payload, dict):
            payload = {}
        kind = kind or str(payload.get("type", "message"))
        # The id persists between events, as in a browser's EventSource.
        return LiveEvent(id=self._id, type=kind, data=payload)
