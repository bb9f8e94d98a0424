"""A word typed is never lost: the real client process, real keystrokes, ``kill -9`` (issue 6).

The client runs on a virtual X screen (Xvfb) and ``xdotool`` types into it as
a person would; the text must be in the account's store after SIGKILL, and
come back into the reply box when the client starts again.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def screen() -> Iterator[str]:
    """A virtual X screen of its own; its DISPLAY."""
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is missing: scripts/setup.sh installs it"
    for number in range(90, 140):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    display = f":{number}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10), "Xvfb did not start"
    try:
        yield display
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def _start(tmp_path: Path, display: str) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PSD_DATA_DIR=str(tmp_path / "data"),
        PSD_SETTINGS_FILE=str(tmp_path / "settings.ini"),
    )
    log = (tmp_path / "client.log").open("ab")
    client = subprocess.Popen([sys.executable, "-m", "desktop"], env=env, stdout=log, stderr=log)
    service_log = tmp_path / "data" / "local-workspace" / "local-server.log"
    marker = service_log.read_text().count("GET /v1/tickets") if service_log.exists() else 0
    listed = _wait(
        lambda: service_log.exists() and service_log.read_text().count("GET /v1/tickets") > marker,
        timeout=120,
    )
    assert listed, (tmp_path / "client.log").read_text(errors="replace")[-3000:]
    time.sleep(1.0)  # the list is painted and has the focus
    return client


def _type(display: str, keys: tuple[str, ...], text: str) -> None:
    """Focus the main window, press ``keys`` (to open a ticket), R, and type ``text``."""
    window = _xdotool(
        display, "search", "--sync", "--onlyvisible", "--name", "^Premium Support Desk$"
    )
    window = window.splitlines()[0]
    # No window manager on the virtual screen: give the window the keyboard directly.
    _xdotool(display, "windowfocus", window)
    time.sleep(0.5)
    _xdotool(display, "key", *keys)
    time.sleep(1.5)
    _xdotool(display, "key", "r")  # R: to the reply box
    time.sleep(0.3)
    _xdotool(display, "type", "--delay", "30", text)


def _drafts(data_dir: Path) -> list[str]:
    bodies = []
    for path in (data_dir / "stores").glob("*.sqlite3"):
        with sqlite3.connect(path) as connection:
            bodies += [row[0] for row in connection.execute("SELECT body FROM draft")]
    return bodies


def test_a_reply_typed_into_the_real_client_survives_kill_9(tmp_path: Path, screen: str) -> None:
    client = _start(tmp_path, screen)
    try:
        _type(screen, ("Down", "Return"), "Typed before the crash")  # the newest ticket
        # Saved about a second after the last keystroke: then the process dies hard.
        assert _wait(lambda: "Typed before the crash" in _drafts(tmp_path / "data"), 10), _drafts(
            tmp_path / "data"
        )
    finally:
        client.send_signal(signal.SIGKILL)
        client.wait(timeout=10)
    assert _drafts(tmp_path / "data") == ["Typed before the crash"]

    # Started again, the draft (Drafts: Ctrl+3, Enter) opens its ticket with the text in
    # the reply box: typing goes on at its end, and what is saved is the whole sentence.
    client = _start(tmp_path, screen)
    try:
        _type(screen, ("ctrl+3", "Return"), ", and after it.")
        assert _wait(
            lambda: _drafts(tmp_path / "data") == ["Typed before the crash, and after it."], 10
        ), _drafts(tmp_path / "data")
    finally:
        client.send_signal(signal.SIGKILL)
        client.wait(timeout=10)
