"""A TCP proxy between the client and the service that can lose answers on the way back.

It runs as a process of its own (``python -m tests.support.tcp_proxy``) and
forwards bytes both ways. While its control file ``drop`` holds some bytes, a
connection whose request contains them is cut as soon as the service starts to
answer: the service has done the work (and committed it), the client never
hears so. That is the worst moment for a reply to be lost, and the one the
outbox's idempotency key is for. Each cut adds a line to ``dropped``.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.server import free_port


class LossyProxy:
    def __init__(self, port: int, control: Path) -> None:
        self.port = port
        self._control = control

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def drop_answers_to(self, pattern: bytes | None) -> None:
        drop = self._control / "drop"
        if pattern is None:
            drop.unlink(missing_ok=True)
        else:
            drop.write_bytes(pattern)

    @property
    def dropped(self) -> int:
        path = self._control / "dropped"
        return len(path.read_text().splitlines()) if path.exists() else 0


@contextmanager
def lossy_proxy(target_port: int, control: Path) -> Iterator[LossyProxy]:
    control.mkdir(parents=True, exist_ok=True)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.tcp_proxy", str(port), str(target_port), str(control)]
    )
    try:
        deadline = time.monotonic() + 10
        while not (control / "ready").exists():
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the proxy did not start")
            time.sleep(0.05)
        yield LossyProxy(port, control)
    finally:
        process.terminate()
        process.wait(timeout=10)


async def _serve(port: int, target_port: int, control: Path) -> None:
    async def connection(
        client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        marked = asyncio.Event()  # this connection carried a request whose answer is lost

        async def upstream() -> None:
            while data := await client_reader.read(65536):
                drop = control / "drop"
                if drop.exists() and drop.read_bytes() in data:
                    marked.set()
                server_writer.write(data)
                await server_writer.drain()

        async def downstream() -> None:
            while data := await server_reader.read(65536):
                if marked.is_set():
                    with (control / "dropped").open("a") as log:
                        log.write("dropped\n")
                    return  # the service answered; the client will never know
                client_writer.write(data)
                await client_writer.drain()

        tasks = [asyncio.ensure_future(upstream()), asyncio.ensure_future(downstream())]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            for writer in (client_writer, server_writer):
                writer.close()

    server = await asyncio.start_server(connection, "127.0.0.1", port)
    (control / "ready").write_text("ready")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_serve(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])))
