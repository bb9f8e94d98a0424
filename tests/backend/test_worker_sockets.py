"""``serve --workers 2`` gives each worker its own listening socket (``SO_REUSEPORT``, Linux).

Connections opened together no longer all go to whichever worker woke first
(bench/README.md, issue 22): the kernel spreads them over the workers' sockets. A
worker that dies is replaced on its socket, and connections that arrive meanwhile wait
for it instead of being refused.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.support.databases import postgres_database
from tests.support.server import RunningServer, running_server

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or not hasattr(socket, "SO_REUSEPORT"),
        reason="a socket per worker needs Linux's SO_REUSEPORT",
    ),
]

CONNECTIONS = 32


def _workers(parent: int) -> list[int]:
    """The worker processes of a ``serve --workers N`` (multiprocessing's spawned children)."""
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [
        int(pid)
        for pid in children
        if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        and b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed meanwhile
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def _tcp_sockets(port: int, state: str) -> list[str]:
    """Inodes of the IPv4 sockets on local port ``port`` in ``state`` (01 established,
    0A listening), from the kernel's table."""
    found = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == state:
            found.append(fields[9])
    return found


def _wait_started(server: RunningServer, workers: int) -> None:
    """Until ``workers`` workers in all have started (the service answers after the first)."""
    deadline = time.monotonic() + 60
    while server.log().count("Application startup complete") < workers:
        assert time.monotonic() < deadline, server.log()
        time.sleep(0.1)


def _port(server: RunningServer) -> int:
    return int(server.url.rsplit(":", 1)[1])


async def _hold_connections(server: RunningServer) -> list[httpx.AsyncClient]:
    """``CONNECTIONS`` clients, each with one open connection that answered a request."""
    clients = [httpx.AsyncClient(base_url=server.url, timeout=30) for _ in range(CONNECTIONS)]
    answers = await asyncio.gather(*(c.get("/v1/health") for c in clients))
    assert [a.status_code for a in answers] == [200] * CONNECTIONS
    return clients


def _connections_per_worker(server: RunningServer) -> Counter[int]:
    established = set(_tcp_sockets(_port(server), "01"))
    per_worker: Counter[int] = Counter()
    for pid in _workers(server.process.pid):
        per_worker[pid] = len(_socket_inodes(pid) & established)
    return per_worker


async def _spread(server: RunningServer) -> Counter[int]:
    clients = await _hold_connections(server)
    try:
        return _connections_per_worker(server)
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))


def test_each_worker_listens_and_connections_reach_both(tmp_path: Path) -> None:
    with (
        postgres_database() as url,
        running_server(url, tmp_path, serve_args=("--workers", "2")) as server,
    ):
        _wait_started(server, 2)
        listening = set(_tcp_sockets(_port(server), "0A"))
        assert len(listening) == 2  # one per worker
        workers = _workers(server.process.pid)
        assert len(workers) == 2
        # Each worker has one of them, and not the other's.
        held = [_socket_inodes(pid) & listening for pid in workers]
        assert all(len(h) == 1 for h in held) and held[0] != held[1]

        spread = asyncio.run(_spread(server))
        # All 32 on one of two sockets by the kernel's hash: 1 chance in 2**31.
        assert sum(spread.values()) == CONNECTIONS
        assert all(count > 0 for count in spread.values()), spread


def test_a_dead_workers_connections_wait_for_its_replacement(tmp_path: Path) -> None:
    with (
        postgres_database() as url,
        running_server(url, tmp_path, serve_args=("--workers", "2")) as server,
    ):
        _wait_started(server, 2)
        listening = set(_tcp_sockets(_port(server), "0A"))
        first, _ = _workers(server.process.pid)
        its_socket = _socket_inodes(first) & listening
        os.kill(first, signal.SIGKILL)
        # At once, before it is replaced: about half of these go to its socket.
        clients = asyncio.run(_replaced_while_connecting(server))
        assert clients == CONNECTIONS
        _wait_started(server, 3)
        now = _workers(server.process.pid)
        assert len(now) == 2 and first not in now
        # The replacement serves the dead worker's socket (the parent kept it open).
        assert [bool(_socket_inodes(p) & its_socket) for p in now].count(True) == 1
        assert set(_tcp_sockets(_port(server), "0A")) == listening
        assert "Traceback" not in server.log()


async def _replaced_while_connecting(server: RunningServer) -> int:
    clients = await _hold_connections(server)
    await asyncio.gather(*(c.aclose() for c in clients))
    return len(clients)
