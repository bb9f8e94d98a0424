"""Contact support keeps what is under the pointer in place when a choice is made or
errors appear (a new admin's report: "Request a phone call" moved the radio buttons at
1024x640; Send with missing fields pushed Send 58 px down in Dutch, and at 1024x640 the
whole form moved up). Against the real service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import settle
from tests.e2e.conftest import OpenContact
from tests.support.client_flows import in_every_language, on_screens, where
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server

# A Tuesday, 10:00 in Tokyo, whenever the tests run: a Japanese phone call can be chosen,
# so the Japanese form is the one tried (its rows moved only in Japan's office hours).
IN_JAPANESE_HOURS = "2026-12-08T01:00:00+00:00"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("japanese-hours")
    with (
        sqlite_database(directory) as url,
        running_server(url, directory, CLOCK_START=IN_JAPANESE_HOURS) as running,
    ):
        yield running


@on_screens()
@in_every_language()
async def test_the_channel_buttons_stay_put_when_a_phone_call_is_chosen(
    contact_form: OpenContact, qtbot: QtBot, language: str, screen: tuple[int, int]
) -> None:
    async with contact_form(language=language, screen=screen) as dialog:
        callback = dialog.channel_buttons["callback"]
        assert callback.isEnabled(), (dialog.language, dialog._options.availability)
        buttons = [*dialog.channel_buttons.values(), dialog.send_button]
        before = [where(b, dialog) for b in buttons]
        # On its circle: a radio button is pressed on its circle and words only.
        qtbot.mouseClick(callback, Qt.MouseButton.LeftButton, pos=QPoint(8, callback.height() // 2))
        await settle()
        assert dialog.channel == "callback" and dialog.phone_edit.isVisible()
        assert [where(b, dialog) for b in buttons] == before


@on_screens((1024, 640))
@in_every_language()
async def test_the_channel_buttons_stay_put_when_the_phone_call_is_given_up(
    contact_form: OpenContact, qtbot: QtBot, language: str, screen: tuple[int, int]
) -> None:
    """Scrolled to the form's end with a phone call chosen, then a request chosen: the
    number's row goes, and the page's end must not pull the choices down (17 px in
    Japanese: a newcomer's next click landed between two of them)."""
    async with contact_form(language=language, screen=screen) as dialog:
        callback, request = dialog.channel_buttons["callback"], dialog.channel_buttons["request"]
        qtbot.mouseClick(callback, Qt.MouseButton.LeftButton, pos=QPoint(8, callback.height() // 2))
        await settle()
        bar = dialog.form_scroll.verticalScrollBar()
        assert bar.maximum() > 0, "the form scrolls on this screen"
        bar.setValue(bar.maximum())
        await settle()
        buttons = [*dialog.channel_buttons.values(), dialog.send_button]
        before = [where(b, dialog) for b in buttons]
        qtbot.mouseClick(request, Qt.MouseButton.LeftButton, pos=QPoint(8, request.height() // 2))
        await settle()
        assert dialog.channel == "request" and not dialog.phone_edit.isVisible()
        assert [where(b, dialog) for b in buttons] == before


@on_screens()
@in_every_language()
async def test_send_stays_put_when_missing_fields_are_marked(
    contact_form: OpenContact, qtbot: QtBot, language: str, screen: tuple[int, int]
) -> None:
    async with contact_form(language=language, screen=screen) as dialog:
        before = where(dialog.send_button, dialog), dialog.frameGeometry()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await settle()
        assert dialog.marks.is_marked("category") and dialog.isVisible()
        assert (where(dialog.send_button, dialog), dialog.frameGeometry()) == before
        # The first missing field is in view, to be filled in.
        first = dialog.category_combo
        assert first.visibleRegion().boundingRect().height() == first.height()
