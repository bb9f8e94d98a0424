"""The real client process paints the cached tickets first, then resumes the session (issue 6).

A start shows what the account's store has before it imports asyncio, the HTTP
client, the keyring or the controller (bootstrap/app.py); the session is resumed
on the loop afterwards and shows the same rows, now bound to the service.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.credentials import SERVICE_NAME
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.conftest import MemoryKeyring
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.databases import sqlite_database
from tests.support.file_keyring import TOKEN_FILE_ENV
from tests.support.server import free_port, running_server
from tests.support.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "ava@northwind.example"


def _run_probe(tmp_path: Path, token_file: Path) -> list[dict[str, object]]:
    report = tmp_path / "start-report.jsonl"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PSD_DATA_DIR=str(tmp_path / "data"),
        PSD_SETTINGS_FILE=str(tmp_path / "settings.ini"),
        PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    env[TOKEN_FILE_ENV] = str(token_file)
    with (tmp_path / "client.log").open("wb") as log:
        subprocess.run(
            [sys.executable, "-m", "tests.support.first_paint_probe", str(report)],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=log,
            timeout=90,
            check=True,
        )
    return [json.loads(line) for line in report.read_text().splitlines()]


@asynccontextmanager
async def left_signed_in(qtbot: QtBot, tmp_path: Path) -> AsyncIterator[list[str]]:
    """Ava signed in on a real service, then quit: yields the subjects My tickets showed.

    The service keeps running inside, for the client process started there.
    """
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path, port=port):
            async with running_client(tmp_path, settings) as controller:
                await signed_in(controller, qtbot, EMAIL)
                page = controller.window.my_tickets
                # The whole list, not the sync's first page (a slow machine shows it first).
                await wait_until(lambda: not page.syncing, what="the sync")
                # An order of the user's own, kept for the next start (a user's restart
                # once refused every header click after it).
                page.table.horizontalHeader().setSortIndicator(
                    Column.STATUS, Qt.SortOrder.AscendingOrder
                )
                assert page.sort == ("status", False)
                model = page.model
                shown = [model.ticket_at(row).subject for row in range(model.rowCount())]
            yield shown


async def test_the_cached_tickets_are_painted_before_the_session_is_resumed(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    async with left_signed_in(qtbot, tmp_path) as cached:
        token = next(
            password
            for (service, account), password in memory_keyring.store.items()
            if service == SERVICE_NAME and EMAIL in account
        )
        token_file = tmp_path / "token"
        token_file.write_text(token)

        first, bound = _run_probe(tmp_path, token_file)

    assert first["step"] == "first paint"
    assert first["subjects"] == cached  # the store's rows, newest first
    assert first["imported"] == []  # nothing of the session's machinery yet, nor json
    # Nor PySide's Qt namespace: its ~90 enum types cost ~14 ms (desktop/ui/look/qt_values.py).
    assert first["qt_namespace_made"] is False
    assert first["qstyle_made"] is False  # nor QStyle's (the badges' full look comes next)
    assert first["qkeysequence_made"] is False  # no key reaches the window before the paint
    assert first["qicon_made"] is False  # nor an icon: none is drawn before it
    assert first["status_badges"] is False  # the statuses as plain text, as they look then
    # Nor PySide's watch on every import, which read each new module's source.
    assert first["feature_hook_active"] is False
    assert bound["step"] == "bound"
    assert bound["subjects"] == cached  # resumed on the same rows
    # A header clicked after a cached start sorts the list (once refused with a TypeError).
    assert bound["sort"] == ["number", False]
    # What the first paint went without came right after it: the badges and the keys.
    assert bound["status_badges"] is True
    assert bound["quit_keys"] == ["Ctrl+Q"]
    # And the icons, each where its room was kept.
    assert bound["icons"] == {
        "navigation": True,
        "go_menu": True,
        "refresh_action": True,
        "contact_support": True,
        "contact_support_room_kept": True,
    }


async def test_a_session_the_keyring_lost_hides_the_cached_tickets_and_asks_to_sign_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with left_signed_in(qtbot, tmp_path) as cached:
        token_file = tmp_path / "token"
        token_file.write_text("")  # the OS keyring no longer has the token

        first, ended = _run_probe(tmp_path, token_file)

    assert first["step"] == "first paint"  # what the store had: the user's own computer
    assert first["subjects"] == cached
    assert ended["step"] == "signed out"
    assert ended["subjects"] == []  # nothing of the account shown while signed out
