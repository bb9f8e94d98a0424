"""Ticket links: what counts as one, and how a second start hands one to the running app."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from desktop.bootstrap.single_instance import InstanceListener, hand_over, server_name
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


def test_a_second_start_hands_its_link_to_the_listening_app(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    assert not hand_over(name, "premium-support-desk://ticket/1")  # nobody listens yet
    listener = InstanceListener(name)
    assert listener.listen()
    try:
        with qtbot.waitSignal(listener.message_received, timeout=5000) as received:
            assert hand_over(name, "premium-support-desk://ticket/1042")
        assert received.args == ["premium-support-desk://ticket/1042"]
    finally:
        listener.close()


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
