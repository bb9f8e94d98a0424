"""The window a start paints before the session machinery is imported (bootstrap/app.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.app import open_window
from desktop.bootstrap.store_location import store_path
from desktop.ui.connection_indicator import ConnectionState
from tests.support.app import make_settings


def _placeholder(window: QWidget) -> str:
    label = window.findChild(QLabel, "my_tickets_page_placeholder")
    assert isinstance(label, QLabel)
    return label.text()


def test_a_local_start_says_the_workspace_is_starting(qtbot: QtBot, tmp_path: Path) -> None:
    window, cached = open_window(make_settings(tmp_path), tmp_path / "data")  # no server
    qtbot.addWidget(window)

    assert cached is None
    assert window.isVisible()
    assert _placeholder(window) == "Starting the local demo workspace…"  # not "Not signed in."
    assert window.connection.state is ConnectionState.CONNECTING
    # Nobody is signed in yet: the banner names no one.
    assert window.banner.isVisible()
    assert "signed in as" not in window.banner.text.text()


def test_a_server_start_without_a_cache_says_it_is_connecting(qtbot: QtBot, tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path, server_url="http://127.0.0.1:9", last_email="ava@northwind.example"
    )
    window, cached = open_window(settings, tmp_path / "data")
    qtbot.addWidget(window)

    assert cached is None  # nothing stored for this account yet
    assert window.connection.state is ConnectionState.CONNECTING
    assert "127.0.0.1:9" in window.connection.text()
    assert window.my_tickets.model.rowCount() == 0


def test_a_damaged_store_is_left_for_the_controller_to_rebuild(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(
        tmp_path, server_url="http://127.0.0.1:9", last_email="ava@northwind.example"
    )
    path = store_path(tmp_path / "data", settings.server_url, settings.last_email)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database, whatever it was" * 100)

    window, cached = open_window(settings, tmp_path / "data")
    qtbot.addWidget(window)

    assert cached is None  # nothing shown from it; the controller's open rebuilds it
    assert window.isVisible()
    assert path.read_bytes().startswith(
        b"not a database"
    )  # untouched: the rebuild saves what it can
