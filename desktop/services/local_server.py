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

from desktop.services.local_server_log import error_lines

log = logging.getLogger(__name__)

DEMO_EMAIL = "ava@northwind.example"
DEMO_PASSWORD = "demo-password"
DATABASE_FILE = "local-workspace.db"
LOG_FILE = "local-server.log"
MAX_RESTARTS = 3


class LocalServerFailed(Exception):
    """The bundled service did not start, or kept crashing: what ended it, and where to read
    why (local_server_log.py picks its error lines out of the access log's)."""

    def __init__(
        self,
        *,
        exit_code: int | None,
        started: bool,
        log_path: Path,
        error_lines: str,
    ) -> None:
        """``exit_code``: the last process's (negative: the signal that ended it), None when
        it was still running but did not answer in time; ``started``: the workspace had
        been running (it stopped, and did not stay up when restarted), or never had."""
        super().__init__(f"the local service failed (exit code {exit_code})")
        self.exit_code = exit_code
        self.started = started
        self.log_path = log_path
        self.error_lines = error_lines


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

    def __init__(
        self,
        data_dir: Path,
        *,
        on_failure: Callable[[LocalServerFailed], None],
        on_restarting: Callable[[bool], None] = lambda _restarting: None,
    ) -> None:
        """``on_restarting``: told True when a crash is being restarted, False once that
        restart serves (or gave up): the window says "Restarting", not "Offline"."""
        self.data_dir = data_dir
        self._on_failure = on_failure
        self._on_restarting = on_restarting
        self._port = _free_port()
        # Stable for this run, so access tokens survive a restart after a crash.
        self._secret = secrets.token_urlsafe(32)
        self._process: asyncio.subprocess.Process | None = None
        self._watcher: asyncio.Task[None] | None = None
        # Where the running process's lines begin in the log (earlier runs' come before).
        self._log_start = 0
        self._stopping = False
        self.restarts = 0
        # Answering and watched: a crash now is noticed and restarted (while it starts,
        # a crash is a failed start).
        self.serving = False
        # It gave up (on_failure was told): this one never serves again; a new one must.
        self.failed = False
        # It answered once: a failure now is a stop (restarts that did not last), not a start.
        self._served = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / LOG_FILE

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
        with self.log_path.open("ab") as log_file:
            self._log_start = log_file.tell()
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
                    raise await self._failure(self._process.returncode)
                try:
                    response = await http.get(f"{self.url}/v1/health")
                    if response.status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.05)
        raise await self._failure(None)

    async def _watch(self) -> None:
        while not self._stopping:
            assert self._process is not None
            self.serving = self._served = True
            code = await self._process.wait()
            self.serving = False
            if self._stopping:
                return
            log.warning("local service exited with %s", code)
            if self.restarts >= MAX_RESTARTS:
                self._give_up(await self._failure(code))
                return
            self.restarts += 1
            self._on_restarting(True)
            try:
                await self._spawn()
            except LocalServerFailed as failure:
                self._on_restarting(False)
                self._give_up(failure)
                return
            except BaseException:  # stopped while it restarted: no "Restarting" left behind
                self._on_restarting(False)
                raise
            self._on_restarting(False)

    def _give_up(self, failure: LocalServerFailed) -> None:
        self.failed = True
        self._on_failure(failure)

    async def _failure(self, exit_code: int | None) -> LocalServerFailed:
        # The log is read off the GUI thread: it grows over every run (up to 512 KiB read).
        errors = await asyncio.to_thread(error_lines, self.log_path, self._log_start)
        return LocalServerFailed(
            exit_code=exit_code, started=self._served, log_path=self.log_path, error_lines=errors
        )
