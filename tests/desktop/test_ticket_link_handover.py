"""Ticket links: what counts as one, and how a second start hands one (or, without a link,
its wish for the window) to the running app, which answers that it took it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from desktop.bootstrap.single_instance import (
    RAISE_REQUEST,
    Answer,
    InstanceListener,
    LinkReceiver,
    hand_over,
    server_name,
)
from desktop.ui.tickets.links.link_format import is_link, parse_ticket_link, ticket_link


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("premium-support-desk://ticket/1042", 1042),
        ("PREMIUM-SUPPORT-DESK://ticket/1042/", 1042),
        ("premium-support-desk://ticket/#7", 7),
        ("  premium-support-desk://ticket/1001\n", 1001),
        ("premium-support-desk://ticket/0", None),
        ("premium-support-desk://ticket/", None),
        ("premium-support-desk://ticket/12a", None),
        ("premium-support-desk://ticket/1042?delete=1", None),
        ("premium-support-desk://ticket/../../etc/passwd", None),
        ("premium-support-desk://billing/1042", None),
        ("https://ticket/1042", None),
        ("premium-support-desk://ticket/1234567890", None),  # no number is that long
    ],
)
def test_only_a_ticket_link_names_a_number(text: str, number: int | None) -> None:
    assert parse_ticket_link(text) == number


def test_the_link_written_reads_back() -> None:
    assert parse_ticket_link(ticket_link(1042)) == 1042
    assert is_link(ticket_link(1)) and not is_link("--language")


def test_each_account_folder_has_its_own_name(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


ROOT = Path(__file__).resolve().parents[2]
# A second start's hand-over, in a process of its own as a start makes it: blocking (and
# holding Python's lock all the while), beside this one's event loop, which the listening
# app needs to read and answer.
SECOND_START = """
import sys
from PySide6.QtCore import QCoreApplication
from desktop.bootstrap.single_instance import hand_over
app = QCoreApplication([])
print(hand_over(sys.argv[1], sys.argv[2], 10000).value)
"""


def _second_start(name: str, message: str) -> subprocess.Popen[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_START, name, message],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def _answer(qtbot: QtBot, start: subprocess.Popen[str]) -> Answer:
    qtbot.waitUntil(lambda: start.poll() is not None, timeout=30000)
    out, _ = start.communicate()
    return Answer(out.strip())


def test_a_second_start_hands_its_link_to_the_listening_app(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    assert hand_over(name, "premium-support-desk://ticket/1") is Answer.NOBODY  # none yet
    listener = InstanceListener(name)
    assert listener.listen()
    try:
        with qtbot.waitSignal(listener.message_received, timeout=30000) as received:
            start = _second_start(name, "premium-support-desk://ticket/1042")
        assert received.args == ["premium-support-desk://ticket/1042"]
        assert _answer(qtbot, start) is Answer.TAKEN  # the app said it read it: the start ends
    finally:
        listener.close()


def test_a_start_without_a_link_brings_the_running_app_forward(
    qtbot: QtBot, tmp_path: Path
) -> None:
    name = server_name(tmp_path)
    links: list[str] = []
    raised: list[bool] = []
    receiver = LinkReceiver(name, links.append, lambda: raised.append(True))
    try:
        assert _answer(qtbot, _second_start(name, RAISE_REQUEST)) is Answer.TAKEN
        assert raised == [True]
        assert links == []  # not a link that "does not name a ticket"
    finally:
        receiver.close()


def test_an_app_that_takes_no_request_is_told_from_none(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    # A hung app: its socket listens (the system queues the connection and the line), but
    # its event loop never reads them; this thread's does not run during the hand-over.
    hung = InstanceListener(name)
    assert hung.listen()
    try:
        assert hand_over(name, RAISE_REQUEST, answer_ms=300) is Answer.SILENT
    finally:
        hung.close()
    assert hand_over(name, RAISE_REQUEST) is Answer.NOBODY


def test_a_socket_left_by_a_killed_app_does_not_stop_the_next(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    # What a killed app leaves behind: the socket file, with nobody answering on it.
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(path)
    dead.close()
    assert Path(path).exists()
    listener = InstanceListener(name)
    try:
        assert listener.listen()
    finally:
        listener.close()
