"""The real service as a process on 127.0.0.1, for tests that talk to it over a socket."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass(frozen=True)
class RunningServer:
    url: str  # base URL, without /v1
    database_url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def backend_env(database_url: str, **extra: str | None) -> dict[str, str]:
    """The service's environment; an ``extra`` of None leaves that variable unset."""
    env = dict(os.environ)
    env.update({"DATABASE_URL": database_url, "SECRET_KEY": "test-secret-key-for-tests-only"})
    for name, value in extra.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_cli(database_url: str, *args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backend", *args],
        env=backend_env(database_url, **env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@contextmanager
def running_server(
    database_url: str,
    log_dir: Path,
    *,
    seed: bool = True,
    serve_args: tuple[str, ...] = (),
    port: int | None = None,
    **env: str | None,
) -> Iterator[RunningServer]:
    """Start ``python -m backend serve`` (migrating and seeding) and wait for /v1/health.

    ``port``: to bring a stopped service back where its clients expect it.
    """
    port = port or free_port()
    log_path = log_dir / f"server-{port}.log"
    args = [sys.executable, "-m", "backend", "serve", "--host", "127.0.0.1", "--port", str(port)]
    args += ["--migrate"] + (["--seed-demo"] if seed else []) + list(serve_args)
    env.setdefault("ATTACHMENT_DIR", str(log_dir / f"attachments-{port}"))
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            args, env=backend_env(database_url, **env), stdout=log, stderr=subprocess.STDOUT
        )
    server = RunningServer(f"http://127.0.0.1:{port}", database_url, process, log_path)
    try:
        _wait_healthy(server)
        if seed and env.get("DEMO_AGENT") == "true":
            _wait_demo_calls_made(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_demo_calls_made(server: RunningServer, timeout: float = 60.0) -> None:
    """The demo agent calls the queue in its order (R15), the demo world's queued call
    first: its answer comes a few seconds after the start. Tests begin once it has, so it
    is no answer (an unread mark, a notification) in the middle of theirs."""
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=f"{server.url}/v1", timeout=10) as api:
        signed = api.post(
            "/auth/token", json={"email": "ava@northwind.example", "password": "demo-password"}
        )
        headers = {"Authorization": f"Bearer {signed.json()['access_token']}"}
        mine = api.get("/tickets", params={"limit": 200}, headers=headers).json()["items"]
        calls = [t["id"] for t in mine if t["channel"] == "callback"]
        while True:
            states = {
                api.get(f"/tickets/{i}", headers=headers).json()["callback"]["state"] for i in calls
            }
            if not states & {"queued", "calling"}:
                return
            assert time.monotonic() < deadline, "the demo agent made no call"
            time.sleep(0.5)


def _wait_healthy(server: RunningServer, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}:\n{server.log()}")
        try:
            if httpx.get(f"{server.url}/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"server not healthy within {timeout} s:\n{server.log()}")
