"""A word typed is never lost: the real client process, real keystrokes, ``kill -9`` (issue 6).

The client runs on a virtual X screen (Xvfb) and ``xdotool`` types into it as
a person would; the text must be in the account's store after SIGKILL, and
come back into the reply box when the client starts again. Issue 20: killed a
moment after the last key (before the draft's save, which waits for a pause),
nothing is lost either: the journal of keystrokes has it.
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
from typing import Any

import pytest

from tests.support.waiting import poll_until


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
    assert poll_until(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10), "Xvfb did not start"
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
    listed = poll_until(
        lambda: service_log.exists() and service_log.read_text().count("GET /v1/tickets") > marker,
        timeout=120,
    )
    assert listed, (tmp_path / "client.log").read_text(errors="replace")[-3000:]
    time.sleep(1.0)  # the list is painted and has the focus
    return client


def _focus(display: str, title: str) -> None:
    """Give the window named ``title`` the keyboard (no window manager on the screen)."""
    window = _xdotool(display, "search", "--sync", "--onlyvisible", "--name", title)
    _xdotool(display, "windowfocus", window.splitlines()[0])
    time.sleep(0.5)


def _type(display: str, keys: tuple[str, ...], text: str, *, reply_key: bool = True) -> None:
    """Focus the main window, press ``keys`` (to open a ticket), R (``reply_key``: from
    the conversation to the reply box), and type ``text``."""
    _focus(display, WINDOW_TITLE)
    _xdotool(display, "key", *keys)
    time.sleep(1.5)
    if reply_key:
        _xdotool(display, "key", "r")  # R: to the reply box
        time.sleep(0.3)
    _xdotool(display, "type", "--delay", "30", text)


def _rows(data_dir: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """Every draft in the account's store: key, text, the form's other fields."""
    import json

    rows = []
    for path in (data_dir / "stores").glob("*.sqlite3"):
        with sqlite3.connect(path) as connection:
            for key, body, fields in connection.execute("SELECT key, body, fields FROM draft"):
                rows.append((key, body, json.loads(fields or "{}")))
    return rows


def _kill(client: subprocess.Popen[bytes]) -> None:
    client.send_signal(signal.SIGKILL)
    client.wait(timeout=10)


# Killed this long after the last key: well inside the draft save's pause (800 ms).
KILL_AFTER = 0.25
# The main window's title, with the count of new answers it may carry ("(1 new) …"): the
# demo agent answers the demo world's queued call as the app starts.
WINDOW_TITLE = r"^(\([0-9]+ [^)]*\) )?Premium Support Desk$"


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
        assert poll_until(lambda: "Typed before the crash" in _drafts(tmp_path / "data"), 10), (
            _drafts(tmp_path / "data")
        )
    finally:
        client.send_signal(signal.SIGKILL)
        client.wait(timeout=10)
    assert _drafts(tmp_path / "data") == ["Typed before the crash"]

    # Started again, the draft (Drafts: Ctrl+3, Enter) opens its ticket with the text in
    # the reply box and the keyboard at its end (issue 19): typed at once, with no R (the
    # box would take it as text: "crashr"), what is saved is the whole sentence.
    client = _start(tmp_path, screen)
    try:
        _type(screen, ("ctrl+3", "Return"), ", and after it.", reply_key=False)
        assert poll_until(
            lambda: _drafts(tmp_path / "data") == ["Typed before the crash, and after it."], 10
        ), _drafts(tmp_path / "data")
    finally:
        client.send_signal(signal.SIGKILL)
        client.wait(timeout=10)


def test_the_last_keys_before_kill_9_are_kept_in_the_reply_and_the_contact_form(
    tmp_path: Path, screen: str
) -> None:
    reply = "Every key counts, even the last ones typed"
    client = _start(tmp_path, screen)
    try:
        _type(screen, ("Down", "Return"), reply)
        time.sleep(KILL_AFTER)
    finally:
        _kill(client)
    # Started again: the store opened with the journal folded in, every character there.
    client = _start(tmp_path, screen)
    try:
        assert [r[1] for r in _rows(tmp_path / "data")] == [reply]
        # And the contact form (Ctrl+N), its description (Alt+D) and subject (Alt+S).
        _focus(screen, WINDOW_TITLE)
        _xdotool(screen, "key", "ctrl+n")
        _focus(screen, "^Contact support$")
        _xdotool(screen, "key", "alt+s")
        _xdotool(screen, "type", "--delay", "30", "Killed mid-sentence")
        _xdotool(screen, "key", "alt+d")
        _xdotool(screen, "type", "--delay", "30", "The very last word: zebra")
        time.sleep(KILL_AFTER)
    finally:
        _kill(client)
    client = _start(tmp_path, screen)
    try:
        rows = {key: (body, fields) for key, body, fields in _rows(tmp_path / "data")}
        body, fields = rows["new-ticket"]
        assert (body, fields.get("subject")) == ("The very last word: zebra", "Killed mid-sentence")
        assert rows[next(k for k in rows if k.startswith("reply:"))][0] == reply
    finally:
        _kill(client)
