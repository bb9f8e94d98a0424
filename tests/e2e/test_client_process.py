"""The real client process in local mode: it starts the bundled service, and the service
never outlives it — closed gracefully or killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def _service_of(client_pid: int) -> int | None:
    """The local service started by this client (its command line names the parent)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"--exit-with-parent" in args and str(client_pid).encode() in args:
            return int(entry.name)
    return None


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "zombie" in status


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def _start_client(tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PSD_DATA_DIR=str(tmp_path / "data"),
        PSD_SETTINGS_FILE=str(tmp_path / "settings.ini"),
    )
    log = (tmp_path / "client.log").open("wb")
    client = subprocess.Popen([sys.executable, "-m", "desktop"], env=env, stdout=log, stderr=log)
    service_log = tmp_path / "data" / "local-workspace" / "local-server.log"
    signed_in = _wait(
        lambda: (
            service_log.exists()
            and "POST /v1/auth/token 200" in service_log.read_text()  # the access line
            and "GET /v1/tickets" in service_log.read_text()
        ),
        timeout=120,
    )
    assert signed_in, (tmp_path / "client.log").read_text(errors="replace")[-3000:]
    service = _service_of(client.pid)
    assert service is not None
    return client, service


def test_killed_client_takes_the_local_service_with_it(tmp_path: Path) -> None:
    client, service = _start_client(tmp_path)
    client.send_signal(signal.SIGKILL)
    client.wait(timeout=10)
    assert _wait(lambda: _gone(service), timeout=15), "the local service outlived a killed client"


def test_terminated_client_shuts_down_cleanly(tmp_path: Path) -> None:
    client, service = _start_client(tmp_path)
    client.send_signal(signal.SIGTERM)
    assert client.wait(timeout=30) == 0  # a clean exit, not death by signal
    assert _wait(lambda: _gone(service), timeout=15)
    # The database the next start reopens is intact.
    assert (tmp_path / "data" / "local-workspace" / "local-workspace.db").stat().st_size > 0
