"""The real client as a process of its own, in local mode (it starts the bundled service)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.waiting import poll_until


def client_env(tmp_path: Path) -> dict[str, str]:
    """A client of its own: its data folder and settings under ``tmp_path``, offscreen."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PSD_DATA_DIR=str(tmp_path / "data"),
        PSD_SETTINGS_FILE=str(tmp_path / "settings.ini"),
    )


def service_log(tmp_path: Path) -> Path:
    """The local service's log: its access lines say what the client asked for."""
    return tmp_path / "data" / "local-workspace" / "local-server.log"


def service_asked(tmp_path: Path, line: str) -> bool:
    log = service_log(tmp_path)
    return log.exists() and line in log.read_text(errors="replace")


def start_local_client(tmp_path: Path, *args: str) -> subprocess.Popen[bytes]:
    """The client started with ``args``, once it is signed in and has listed the tickets."""
    log = (tmp_path / "client.log").open("ab")
    client = subprocess.Popen(
        [sys.executable, "-m", "desktop", *args], env=client_env(tmp_path), stdout=log, stderr=log
    )
    signed_in = poll_until(
        lambda: (
            service_asked(tmp_path, "POST /v1/auth/token 200")  # the access line
            and service_asked(tmp_path, "GET /v1/tickets")
        ),
        timeout=120,
    )
    assert signed_in, client_log(tmp_path)
    return client


def client_log(tmp_path: Path) -> str:
    return (tmp_path / "client.log").read_text(errors="replace")[-3000:]
