"""Many open event streams on raw sockets, cheaply (one coroutine each, no HTTP library).

Run in a loop of its own (``asyncio.run`` on a worker thread): a thousand
sockets are more than the tests' Qt-driven loop should watch.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
from dataclasses import dataclass, field


def allow_open_files(wanted: int) -> None:
    """Raise this process's soft open-file limit to ``wanted`` (within the hard limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


@dataclass
class OpenStream:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    status: int
    headers: dict[str, str] = field(default_factory=dict)

    async def next_data(self, timeout: float) -> str:
        """The next ``data:`` line of the stream (chunk-size lines are skipped)."""
        async with asyncio.timeout(timeout):
            while True:
                line = await self.reader.readline()
                if not line:
                    raise ConnectionError("the stream ended")
                if line.startswith(b"data: "):
                    return line[6:].decode().strip()

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError):
            await self.writer.wait_closed()


async def open_stream(host: str, port: int, token: str, timeout: float = 30) -> OpenStream:
    """Open ``GET /v1/events``; for a 200, return once the body has begun."""
    async with asyncio.timeout(timeout):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(
            (
                f"GET /v1/events HTTP/1.1\r\nHost: {host}:{port}\r\n"
                f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
            ).encode()
        )
        status = int((await reader.readline()).split()[1])
        headers: dict[str, str] = {}
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            headers[name.strip().lower()] = value.strip()
        stream = OpenStream(reader, writer, status, headers)
        if status == 200:
            while not (await reader.readline()).startswith(b"retry:"):
                pass
        return stream
