"""The window a start paints before the session machinery is imported (bootstrap/app.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.list_models import User
from desktop.bootstrap.app import open_window
from desktop.bootstrap.cached_start import ME_KEY, find_cached_session
from desktop.bootstrap.store_location import store_path
from desktop.store.account import AccountStore
from desktop.store.database import Database
from desktop.store.tickets import TicketStore
from desktop.ui.notices.connection_indicator import ConnectionState
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import FIRST_SCREEN_ROWS, TicketListPage
from tests.desktop.test_local_store import AVA, ticket
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


async def _kept_session(tmp_path: Path, me: dict[str, object]) -> AppSettings:
    settings = make_settings(
        tmp_path,
        server_url="http://127.0.0.1:9",
        last_email="ava@northwind.example",
        keep_signed_in=True,
    )
    store = await AccountStore.open(
        store_path(tmp_path / "data", settings.server_url, settings.last_email)
    )
    await store.snapshots.save(ME_KEY, me)
    await store.close()
    return settings


async def test_a_kept_session_starts_with_the_user_last_seen(tmp_path: Path) -> None:
    me = User("usr_ava", "Ava Jansen", "ava@northwind.example", "admin", "team_1", None, "nl")
    settings = await _kept_session(tmp_path, me.to_json())

    cached = find_cached_session(settings, tmp_path / "data")

    assert cached is not None and cached.user == me
    assert cached.matches("http://127.0.0.1:9", "ava@northwind.example")
    cached.database.close_unused()
    settings.keep_signed_in = False  # signed out with "keep me signed in" off: nothing kept
    assert find_cached_session(settings, tmp_path / "data") is None


async def test_a_kept_user_without_an_email_starts_as_usual(tmp_path: Path) -> None:
    me = User("usr_ava", "Ava Jansen", "ava@northwind.example", "admin", "team_1", None, "nl")
    settings = await _kept_session(tmp_path, me.to_json() | {"email": None})

    assert find_cached_session(settings, tmp_path / "data") is None  # signs in instead


async def test_a_start_reads_a_screenful_of_the_newest_cached_tickets(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    await store.tickets.save([ticket(n, minutes_ago=n) for n in range(1, FIRST_SCREEN_ROWS + 51)])
    await store.close()
    database = Database.open_current(path)  # as the start reads it: no loop, no thread
    assert database is not None
    page = TicketListPage(TaskRunner(lambda error: None), "mine")
    qtbot.addWidget(page)

    page.show_cached(TicketStore(database), AVA.id)

    # Every row read is parsed before the first paint: no more than a screen shows.
    shown = [page.model.ticket_at(row).number for row in range(page.model.rowCount())]
    assert shown == list(range(1, FIRST_SCREEN_ROWS + 1))
    database.close_unused()
