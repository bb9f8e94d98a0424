"""Local mode: the bundled service on 127.0.0.1 over a SQLite file in the user's data folder."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

DEMO_EMAIL = "ava@northwind.example"
DEMO_PASSWORD = "demo-password"
DATABASE_FILE = "local-workspace.db"
LOG_FILE = "local-server.log"
MAX_RESTARTS = 3


class LocalServerFailed(Exception):
    """The bundled service did not start, or kept crashing."""

    def __init__(self, log_tail: str) -> None:
        super().__init__("the local service failed")
        self.log_tail = log_tail


# The frozen service's executable, beside the app's own (packaging/premium-support-desk.spec).
SERVICE_EXECUTABLE = "premium-support-desk-service"


def backend_command() -> list[str]:
    """How to run the bundled service: this interpreter, or the bundle's service executable."""
    if getattr(sys, "frozen", False):
        name = SERVICE_EXECUTABLE + (".exe" if sys.platform == "win32" else "")
        return [str(Path(sys.executable).with_name(name))]
    return [sys.executable, "-m", "backend"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LocalServer:
    """Starts, watches and stops the local service process.

    A crash restarts it on the same port (so the client's URL stays right),
    up to ``MAX_RESTARTS`` times; after that ``on_failure`` is told.
    """

    def __init__(self, data_dir: Path, *, on_failure: Callable[[LocalServerFailed], None]) -> None:
        self.data_dir = data_dir
        self._on_failure = on_failure
        self._port = _free_port()
        # Stable for this run, so access tokens survive a restart after a crash.
        self._secret = secrets.token_urlsafe(32)
        self._process: asyncio.subprocess.Process | None = None
        self._watcher: asyncio.Task[None] | None = None
        self._stopping = False
        self.restarts = 0
        # Answering and watched: a crash now is noticed and restarted (while it starts,
        # a crash is a failed start).
        self.serving = False
        # It gave up (on_failure was told): this one never serves again; a new one must.
        self.failed = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    async def start(self) -> str:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        await self._spawn()
        self._watcher = asyncio.create_task(self._watch(), name="local-server-watch")
        return self.url

    async def stop(self) -> None:
        self._stopping = True
        if self._watcher:
            self._watcher.cancel()
            try:
                await self._watcher
            except asyncio.CancelledError:
                pass
        process = self._process
        if process and process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), timeout=10)
            except TimeoutError:
                process.kill()
                await process.wait()

    async def _spawn(self) -> None:
        env = dict(os.environ)
        env.update(
            {
                "DATABASE_URL": f"sqlite:///{self.database_path}",
                "SECRET_KEY": self._secret,
                "ATTACHMENT_DIR": str(self.data_dir / "attachments"),
                # Its log's tail is shown to the user when it fails: plain lines read better.
                "LOG_FORMAT": "text",
            }
        )
        env.pop("SMTP_URL", None)  # a local demo sends no mail
        args = [
            *backend_command(),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self._port),
            "--migrate",
            "--seed-demo",
            "--demo-agent",  # so that chats, callbacks and requests come alive
            "--exit-with-parent",
            str(os.getpid()),
        ]
        with (self.data_dir / LOG_FILE).open("ab") as log_file:
            self._process = await asyncio.create_subprocess_exec(
                *args, env=env, stdout=log_file, stderr=asyncio.subprocess.STDOUT
            )
        await self._wait_healthy()

    async def _wait_healthy(self, timeout: float = 90.0) -> None:
        assert self._process is not None
        deadline = asyncio.get_running_loop().time() + timeout
        import httpx  # not at import: the client's start does not need it (api/client.py)

        async with httpx.AsyncClient(timeout=1.0) as http:
            while asyncio.get_running_loop().time() < deadline:
                if self._process.returncode is not None:
                    raise LocalServerFailed(self.log_tail())
                try:
                    response = await http.get(f"{self.url}/v1/health")
                    if response.status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.05)
        raise LocalServerFailed(self.log_tail())

    async def _watch(self) -> None:
        while not self._stopping:
            assert self._process is not None
            self.serving = True
            code = await self._process.wait()
            self.serving = False
            if self._stopping:
                return
            log.warning("local service exited with %s", code)
            if self.restarts >= MAX_RESTARTS:
                self._give_up(LocalServerFailed(self.log_tail()))
                return
            self.restarts += 1
            try:
                await self._spawn()
            except LocalServerFailed as failure:
                self._give_up(failure)
                return

    def _give_up(self, failure: LocalServerFailed) -> None:
        self.failed = True
        self._on_failure(failure)

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = (self.data_dir / LOG_FILE).read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])
