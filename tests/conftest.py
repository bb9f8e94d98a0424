"""Shared test setup: offscreen Qt, one qasync loop for all async tests, a memory keyring."""

from __future__ import annotations

import asyncio
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Subprocesses (the service, the client) never touch the user's keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

from desktop.bootstrap.qt_import import load_qt  # noqa: E402
from desktop.services.credentials import SERVICE_NAME, account_name  # noqa: E402

load_qt()  # Qt as the app loads it (desktop/__main__.py): no PySide watch on imports

from collections.abc import Callable, Iterator  # noqa: E402
from typing import Any  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
import pytestqt.plugin  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.support.databases import sqlite_database  # noqa: E402
from tests.support.server import RunningServer, running_server  # noqa: E402


def _process_events_but_not_sockets() -> None:
    """pytest-qt's processing between tests, without qasync's socket notifiers.

    Outside a running loop, a notifier for a socket httpx has just closed can be
    dispatched to qasync and crash the interpreter (seen in the client's tests
    as a SIGSEGV in pytest-qt's processEvents). Posted events (deleteLater,
    layouts) are still processed; sockets wait for the next test's loop.
    """
    app = QApplication.instance()
    if app is not None:
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers)


pytestqt.plugin._process_events = _process_events_but_not_sockets  # type: ignore[attr-defined]


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring: tests must never read or write the user's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)

    def kept_token(self, server_url: str, email: str) -> str | None:
        """The refresh token the app keeps for this account, if any."""
        return self.store.get((SERVICE_NAME, account_name(server_url, email)))


@pytest.fixture(autouse=True, scope="session")
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def pytest_asyncio_loop_factories(config: Any, item: Any) -> dict[str, Callable[[], Any]]:
    # The service's tests run on a plain asyncio loop: no Qt is involved, and
    # pytest-qt's processEvents between tests must not dispatch qasync's socket
    # notifiers outside a running loop (seen to crash with many sockets).
    if item.nodeid.startswith("tests/backend/"):
        return {"asyncio": asyncio.new_event_loop}

    # The client's async tests run on one loop over the QApplication, the app's
    # own (qasync's, woken from threads by a socket); pytest-asyncio closes it at
    # the end of the session.
    def make() -> Any:
        from PySide6.QtWidgets import QApplication

        from desktop.bootstrap.event_loop import AppEventLoop
        from tests.support.no_cycle_collection import leave_cycles_to_the_end

        app = QApplication.instance() or QApplication([])
        leave_cycles_to_the_end()  # no Qt object dies in a collection (see there)
        loop = AppEventLoop(app)
        nudge_every_second(loop)
        return loop

    return {"qasync": make}


def nudge_every_second(loop: Any) -> None:
    """Wake the loop from a thread once a second while it is open.

    A clean-clone CI run hung in an e2e test (test_hung_service's offline one) with the
    loop idle: Qt waiting in poll, the test's task waiting, and no Python frame busy, as
    if a timer's wake-up had been lost (the test had hung so before, 1 run in 2, for
    another reason: see its _laid_out). The app's own loop is woken four times a second
    by its collector's timer (desktop/bootstrap/main_thread_gc.py); the tests' loop has
    no such timer. A wake-up through the loop's socket (AppEventLoop.call_soon_threadsafe,
    no Qt call from the thread) makes Qt look at its timers again; a test that waits for
    something that never comes still fails on its own timeout.
    """
    import threading
    import time

    def nudge() -> None:
        while not loop.is_closed():
            time.sleep(1.0)
            loop.call_soon_threadsafe(_nothing)

    threading.Thread(target=nudge, name="loop-nudge", daemon=True).start()


def _nothing() -> None:
    pass


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A real service process (SQLite, demo world) for the client tests.

    tests/backend overrides it with one per database kind.
    """
    directory = tmp_path_factory.mktemp("client-server")
    with sqlite_database(directory) as url, running_server(url, directory) as running:
        yield running


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A service of the demo world as seeded, for a module's tests that measure what it
    shows (the session's ``server`` holds what earlier tests made: in a whole run Dutch at
    150 % text then needed 1,054 px, twice, issue 19 — the cause not found yet)."""
    directory = tmp_path_factory.mktemp("fresh-server")
    with sqlite_database(directory) as url, running_server(url, directory) as running:
        yield running


@pytest.fixture(scope="session")
def english() -> Any:
    """English plurals come from the en catalog, as in the app (client tests use it)."""
    from tests.support.app import english_catalog

    return english_catalog()


@pytest.fixture
def rings() -> Iterator[Any]:
    """The app's keyboard focus rings on every control, as after its first paint."""
    from desktop.ui.look.focus_ring import install_focus_rings, remove_focus_rings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield install_focus_rings(app)
    remove_focus_rings(app)


# Parametrize a fixture or test over both databases: params=DATABASE_KINDS.
DATABASE_KINDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
