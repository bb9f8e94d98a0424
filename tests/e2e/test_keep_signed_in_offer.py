"""A newcomer's report: "Keep me signed in" was offered where no system keyring exists, and
after signing in the status bar said it could not keep it. It is offered only where a
keyring can keep the token; with none, a quiet note says so in its place.

No keyring is keyring's own fail backend (what it picks when it finds none, as in a
headless Linux session), set as the keyring: the real library, not a stand-in."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring
from tests.support.app import make_settings, running_client
from tests.support.server import RunningServer
from tests.support.sign_in import AVA, sign_in_form, submit_sign_in
from tests.support.waiting import wait_until


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> Iterator[None]:
    keyring.set_keyring(FailKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(memory_keyring)


@pytest.mark.usefixtures("no_keyring")
async def test_keep_me_signed_in_is_not_offered_without_a_keyring(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        dialog = await sign_in_form(controller)
        await wait_until(dialog.no_keyring_note.isVisible, what="the no-keyring note")
        assert not dialog.remember_check.isVisible()
        assert "keyring" in dialog.no_keyring_note.text()

        await submit_sign_in(controller, qtbot, AVA, start=False)
        await wait_until(lambda: controller.window.user is not None, what="signed in")
        assert controller.signed_in is not None and not controller.signed_in.remembered
        assert not controller.settings.keep_signed_in


async def test_keep_me_signed_in_is_offered_with_a_keyring(
    server: RunningServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        dialog = await sign_in_form(controller)
        assert await controller.credentials.usable()  # as the form was told
        for _ in range(3):
            await asyncio.sleep(0.01)  # the form's own question answered too
        assert dialog.remember_check.isVisible() and dialog.remember_check.isEnabled()
        assert not dialog.no_keyring_note.isVisible()
