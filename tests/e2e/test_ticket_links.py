"""``premium-support-desk://ticket/<number>`` opens that ticket: in the app that runs, or in
one it starts (issue 21's deep links). The real client processes in local mode; what they
open is read off the bundled service's access log."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.support.client_process import (
    client_env,
    client_log,
    service_asked,
    start_local_client,
)
from tests.support.waiting import poll_until


def _teammates_ticket(tmp_path: Path) -> tuple[str, int]:
    """A ticket of Noah's the local session (Ava, an admin) may see but has not opened."""
    database = tmp_path / "data" / "local-workspace" / "local-workspace.db"
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT t.id, t.number FROM ticket t JOIN user_account u ON u.id = t.submitter_id"
            " WHERE u.email = 'noah@northwind.example' AND t.created_at >= '2025-01-01'"
            " ORDER BY t.number LIMIT 1"
        ).fetchone()
    assert row is not None
    return row[0], row[1]


def _stop(client: subprocess.Popen[bytes]) -> None:
    client.send_signal(signal.SIGTERM)
    client.wait(timeout=30)


def test_a_link_opened_while_the_app_runs_opens_the_ticket_there(tmp_path: Path) -> None:
    client = start_local_client(tmp_path)
    try:
        ticket_id, number = _teammates_ticket(tmp_path)
        assert not service_asked(tmp_path, f"GET /v1/tickets/{ticket_id} ")
        second = subprocess.run(
            [sys.executable, "-m", "desktop", f"premium-support-desk://ticket/{number}"],
            env=client_env(tmp_path),
            capture_output=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr.decode(errors="replace")[-2000:]
        # The running app read it, not a second one: no second sign-in.
        assert poll_until(lambda: service_asked(tmp_path, f"GET /v1/tickets/{ticket_id} "), 30), (
            client_log(tmp_path)
        )
        log = (tmp_path / "data" / "local-workspace" / "local-server.log").read_text()
        assert log.count("POST /v1/auth/token 200") == 1
        assert client.poll() is None
    finally:
        _stop(client)


def test_a_link_starts_the_app_and_opens_its_ticket_once_signed_in(tmp_path: Path) -> None:
    # A first run makes the local workspace (and its demo world) to take a number from.
    _stop(start_local_client(tmp_path))
    ticket_id, number = _teammates_ticket(tmp_path)
    client = start_local_client(tmp_path, f"premium-support-desk://ticket/{number}")
    try:
        assert poll_until(lambda: service_asked(tmp_path, f"GET /v1/tickets/{ticket_id} "), 60), (
            client_log(tmp_path)
        )
    finally:
        _stop(client)
