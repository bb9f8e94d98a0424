"""Local mode's bundled service: starts seeded, survives a crash, stops with the app."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import httpx
import pytest

from desktop.services.local_server import LocalServer, LocalServerFailed, backend_command
from tests.support.waiting import wait_until


async def test_starts_restarts_after_a_crash_and_stops(tmp_path: Path) -> None:
    failures: list[LocalServerFailed] = []
    server = LocalServer(tmp_path / "local", on_failure=failures.append)
    url = await server.start()
    try:
        assert server.database_path.exists()
        async with httpx.AsyncClient() as http:
            response = await http.post(
                f"{url}/v1/auth/token",
                json={"email": "ava@northwind.example", "password": "demo-password"},
            )
            assert response.status_code == 200
            first_pid = server.pid
            assert first_pid is not None
            os.kill(first_pid, signal.SIGKILL)
            await wait_until(
                lambda: server.restarts == 1 and server.pid != first_pid, what="restart"
            )
            await wait_until(lambda: _healthy(url), timeout=60, what="healthy again")
            # Same URL, same data: the client does not notice beyond a retry.
            assert (await http.get(f"{url}/v1/health")).status_code == 200
    finally:
        pid = server.pid
        await server.stop()
    assert failures == []
    assert pid is not None and not _alive(pid)


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=0.5).status_code == 200
    except httpx.TransportError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is gone for our purposes once reaped.
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text()


def test_a_frozen_app_starts_the_service_executable_beside_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As PyInstaller's bootloader sets them; the bundle itself is tested in tests/packaging.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "premium-support-desk"))
    suffix = ".exe" if sys.platform == "win32" else ""
    assert backend_command() == [str(tmp_path / f"premium-support-desk-service{suffix}")]
    monkeypatch.delattr(sys, "frozen")
    assert backend_command()[1:] == ["-m", "backend"]  # from source: this interpreter
