"""Starting the app again while it runs (issue 19): the running app's window comes forward
and the new start ends, without a second local service or store on the same data folder;
an app that runs but is hung is said to be, and still no second one starts. Real client
processes in local mode; what their services did is read off the service's own log."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.support.client_process import (
    client_env,
    client_log,
    service_log,
    start_local_client,
)
from tests.support.waiting import poll_until

SERVICE_STARTED = "Started server process"  # uvicorn's line as each service starts
BROUGHT_FORWARD = "another start asked for this app's window: brought forward"
NOT_ANSWERING = "did not answer"


def _services_started(tmp_path: Path) -> int:
    return service_log(tmp_path).read_text(errors="replace").count(SERVICE_STARTED)


def _second_start(tmp_path: Path) -> subprocess.Popen[bytes]:
    log = (tmp_path / "second.log").open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "desktop"], env=client_env(tmp_path), stdout=log, stderr=log
    )


def _second_log(tmp_path: Path) -> str:
    return (tmp_path / "second.log").read_text(errors="replace")[-3000:]


def _stop(client: subprocess.Popen[bytes]) -> None:
    client.send_signal(signal.SIGTERM)
    try:
        client.wait(timeout=30)
    except subprocess.TimeoutExpired:
        client.kill()
        client.wait(timeout=30)


def test_a_second_start_brings_the_running_window_forward_and_ends(tmp_path: Path) -> None:
    client = start_local_client(tmp_path)
    try:
        assert _services_started(tmp_path) == 1
        second = _second_start(tmp_path)
        try:
            # A hang guard, not a timing: a second app would run until it is closed.
            returncode = second.wait(timeout=60)
        except subprocess.TimeoutExpired:
            _stop(second)  # it closes as a user would close it, and stops its service
            raise AssertionError(
                f"the second start kept running:\n{_second_log(tmp_path)}"
            ) from None
        assert returncode == 0, _second_log(tmp_path)
        assert poll_until(lambda: BROUGHT_FORWARD in client_log(tmp_path), 30), client_log(tmp_path)
        assert _services_started(tmp_path) == 1  # no second service on the folder
        assert client.poll() is None
    finally:
        _stop(client)


def test_a_hung_app_is_said_to_be_and_no_second_one_starts(tmp_path: Path) -> None:
    client = start_local_client(tmp_path)
    second: subprocess.Popen[bytes] | None = None
    client.send_signal(signal.SIGSTOP)  # hung: it holds the folder, reads nothing
    try:
        second = _second_start(tmp_path)
        assert poll_until(lambda: NOT_ANSWERING in _second_log(tmp_path), 60), _second_log(tmp_path)
        # It tells the user (a box waits for them) instead of starting anything.
        assert second.poll() is None
        assert _services_started(tmp_path) == 1
        assert "HTTP Request" not in _second_log(tmp_path)  # nor signed in anywhere
    finally:
        if second is not None:
            second.kill()
            second.wait(timeout=30)
        client.send_signal(signal.SIGCONT)
        _stop(client)
