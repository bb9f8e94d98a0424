"""Signed out, the sign-in form opens over the window (a newcomer's report): the
signed-out page's centred sentence peeked out beside the form ("t tickets."), and the
navigation still marked My tickets as the page open."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from tests.support.app import make_settings, running_client
from tests.support.server import RunningServer
from tests.support.sign_in import sign_in_form, signed_out_again
from tests.support.waiting import wait_until


def nothing_marked_current(controller: AppController) -> bool:
    navigation = controller.window.navigation
    menu = navigation.go_menu
    return (
        navigation.currentItem() is None
        and not navigation.selectedItems()
        and not any(a.isChecked() for a in menu.actions())
    )


async def test_the_form_covers_the_signed_out_page_and_gives_it_back(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        dialog = await sign_in_form(controller)  # no session kept: the form at the start
        window = controller.window
        page = window.signed_out_page
        assert window.pages.currentWidget() is page
        # Nothing of the page beside the form: its sentence and button wait behind it.
        assert not page.label.isVisible() and not page.action.isVisible()
        assert nothing_marked_current(controller)
        dialog.reject()  # closed without signing in: the page says what to do
        await wait_until(lambda: page.label.isVisible(), what="the sentence back")
        assert page.action.isVisible()
        assert "not signed in" in page.label.text()
        # The window's focus on Sign in… again (it goes there when the window is active).
        assert window.focusWidget() is page.action
        assert nothing_marked_current(controller)
        # Opened again from the page's button: covered again.
        page.action.click()
        await wait_until(lambda: dialog.isVisible(), what="the form again")
        assert not page.label.isVisible() and not page.action.isVisible()


async def test_signed_out_again_the_navigation_marks_no_page(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    async with signed_out_again(server, qtbot, tmp_path) as (controller, dialog):
        assert dialog.isVisible()
        page = controller.window.signed_out_page
        assert controller.window.pages.currentWidget() is page
        assert not page.label.isVisible()
        assert nothing_marked_current(controller)
        dialog.reject()
        await wait_until(lambda: page.label.isVisible(), what="the sentence back")
        assert nothing_marked_current(controller)
