"""``serve --workers 2``: a burst of connections is shared between the workers (issue 22).

With asyncio's own accepting, the worker that woke first took every waiting connection:
wrk's 32 went 27/5, 28/4, 31/1 (ten bursts: the larger share 19-31, 23.6 on average) and
one worker served them nearly alone while the other idled.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support.databases import postgres_database
from tests.support.server import running_server

CONNECTIONS = 32
BURSTS = 10


async def _burst(host: str, port: int) -> list[asyncio.StreamWriter]:
    """Open every connection at once, each answered once (so its worker has accepted it)."""

    async def one() -> asyncio.StreamWriter:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(b"GET /v1/health HTTP/1.1\r\nHost: bench\r\n\r\n")
        await writer.drain()
        await reader.readuntil(b"\r\n\r\n")
        return writer

    return await asyncio.gather(*(one() for _ in range(CONNECTIONS)))


def _workers(parent: int) -> list[int]:
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [
        int(pid)
        for pid in children
        if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        and b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


def _established(port: int) -> set[int]:
    """Socket inodes of the connections established to ``port`` on this machine."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port = int(fields[1].rsplit(":", 1)[1], 16)
        if local_port == port and fields[3] == "01":  # 01: ESTABLISHED
            inodes.add(int(fields[9]))
    return inodes


def _held_by(pid: int, inodes: set[int]) -> int:
    held = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed meanwhile
        found = re.fullmatch(r"socket:\[(\d+)\]", target)
        held += bool(found and int(found.group(1)) in inodes)
    return held


@pytest.mark.postgres
def test_a_burst_of_connections_is_shared_between_workers(tmp_path: Path) -> None:
    with (
        postgres_database() as url,
        running_server(url, tmp_path, serve_args=("--workers", "2")) as server,
    ):
        host, port = urlsplit(server.url).hostname or "", urlsplit(server.url).port or 0
        workers = _workers(server.process.pid)
        assert len(workers) == 2
        larger_shares = []
        for _ in range(BURSTS):

            async def burst() -> list[int]:
                writers = await _burst(host, port)
                inodes = _established(port)
                shares = [_held_by(pid, inodes) for pid in workers]
                for writer in writers:
                    writer.close()
                return shares

            shares = asyncio.run(burst())
            assert sum(shares) == CONNECTIONS, shares
            larger_shares.append(max(shares))
            time.sleep(0.2)  # the closed connections gone before the next burst
        # Shared out by load, the larger share stays near half (16-18 in most bursts on a
        # busy machine); on average well under the 23.6 that first-come accepting gave.
        assert sum(larger_shares) / BURSTS <= 20, larger_shares
