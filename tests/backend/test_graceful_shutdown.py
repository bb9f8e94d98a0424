"""SIGTERM: stop accepting, finish what is in flight, end event streams with a retry hint."""

from __future__ import annotations

import asyncio
import json
import signal
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.support.databases import database
from tests.support.server import RunningServer, running_server

TICKET = {
    "product": "dropbox",
    "channel": "request",
    "category": "sync",
    "language": "en",
    "subject": "Sent while the service stopped",
    "body": "The upload was half-way when the service was told to stop.",
}


async def _refused(host: str, port: int, timeout: float = 5.0) -> bool:
    """True once a new connection is refused (the listening socket is closed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            _, writer = await asyncio.open_connection(host, port)
        except ConnectionRefusedError:
            return True
        writer.close()
        await asyncio.sleep(0.05)
    return False


async def _read_stream_to_end(lines: object) -> list[str]:
    return [line async for line in lines]  # type: ignore[attr-defined]


async def _shutdown_while_busy(server: RunningServer) -> None:
    host, port = urlsplit(server.url).hostname or "", urlsplit(server.url).port or 0
    async with httpx.AsyncClient(base_url=f"{server.url}/v1", timeout=30) as api:
        signed = await api.post(
            "/auth/token", json={"email": "ava@northwind.example", "password": "demo-password"}
        )
        token = signed.json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        async with api.stream("GET", "/events", headers=auth) as stream:
            lines = stream.aiter_lines()
            assert await anext(lines) == "retry: 3000"

            # A request in flight: headers and half its body sent, the rest to follow.
            body = json.dumps(TICKET).encode()
            reader, writer = await asyncio.open_connection(host, port)
            writer.write(
                b"POST /v1/tickets HTTP/1.1\r\n"
                + f"Host: {host}:{port}\r\nAuthorization: Bearer {token}\r\n".encode()
                + b"Content-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body[: len(body) // 2]
            )
            await writer.drain()
            await asyncio.sleep(0.3)  # the service has started on it

            server.process.send_signal(signal.SIGTERM)

            # The stream ends by itself with a hint when to come back.
            rest = await asyncio.wait_for(_read_stream_to_end(lines), timeout=5)
            hints = [
                int(line.removeprefix("retry: ")) for line in rest if line.startswith("retry:")
            ]
            assert len(hints) == 1 and 1000 <= hints[0] <= 5000, rest

        # No new connections...
        assert await _refused(host, port)
        # ...but the request in flight is served to its end.
        await asyncio.sleep(1)
        writer.write(body[len(body) // 2 :])
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), timeout=10)  # until the server closes
        writer.close()
        status_line, _, rest_of_answer = answer.partition(b"\r\n")
        assert status_line == b"HTTP/1.1 201 Created", answer[:500]
        _, _, created = rest_of_answer.partition(b"\r\n\r\n")
        assert json.loads(created)["subject"] == TICKET["subject"]


@pytest.mark.parametrize(
    ("kind", "workers"),
    [
        ("sqlite", 1),
        pytest.param("postgres", 1, marks=pytest.mark.postgres),
        pytest.param("postgres", 2, marks=pytest.mark.postgres),
    ],
)
def test_sigterm_finishes_requests_and_ends_streams(
    kind: str, workers: int, tmp_path: Path
) -> None:
    serve_args = ("--workers", str(workers))
    with (
        database(kind, tmp_path) as url,
        running_server(url, tmp_path, serve_args=serve_args) as server,
    ):
        asyncio.run(_shutdown_while_busy(server))
        server.process.wait(timeout=15)
        log = server.log()
        assert "Traceback" not in log
        assert "timeout graceful shutdown exceeded" not in log
