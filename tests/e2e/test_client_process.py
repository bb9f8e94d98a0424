"""The real client process in local mode: it starts the bundled service, and the service
never outlives it — closed gracefully or killed."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

from tests.support.client_process import start_local_client
from tests.support.waiting import poll_until


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


def _start_client(tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    client = start_local_client(tmp_path)
    service = _service_of(client.pid)
    assert service is not None
    return client, service


def test_killed_client_takes_the_local_service_with_it(tmp_path: Path) -> None:
    client, service = _start_client(tmp_path)
    client.send_signal(signal.SIGKILL)
    client.wait(timeout=10)
    assert poll_until(lambda: _gone(service), timeout=15), (
        "the local service outlived a killed client"
    )


def test_terminated_client_shuts_down_cleanly(tmp_path: Path) -> None:
    client, service = _start_client(tmp_path)
    client.send_signal(signal.SIGTERM)
    assert client.wait(timeout=30) == 0  # a clean exit, not death by signal
    assert poll_until(lambda: _gone(service), timeout=15)
    # The database the next start reopens is intact.
    assert (tmp_path / "data" / "local-workspace" / "local-workspace.db").stat().st_size > 0
