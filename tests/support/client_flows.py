"""What many end-to-end tests do first, done as an admin would: sign in through the dialog,
open Contact support from My tickets, and open it on a small screen with articles suggested."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import settle
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.tickets.compose import form_scroll
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.server import RunningServer
from tests.support.sign_in import sign_in, submit_sign_in
from tests.support.waiting import wait_until

# A question the demo's help articles match, in every language.
SUGGESTED_QUESTION = "SSO sign-in fails"

# The app's languages, and the screens a newcomer tried the forms on.
LANGUAGES = ["en", "ja", "nl"]
SCREENS = [(1024, 640), (1280, 800), (1440, 900)]


def in_every_language() -> pytest.MarkDecorator:
    """A test's ``language`` parameter: each of the app's languages."""
    return pytest.mark.parametrize("language", LANGUAGES)


def on_screens(*screens: tuple[int, int]) -> pytest.MarkDecorator:
    """A test's ``screen`` parameter: ``screens`` (every one of SCREENS if none), named
    as "1024x640"."""
    chosen = list(screens) or SCREENS
    return pytest.mark.parametrize("screen", chosen, ids=[f"{w}x{h}" for w, h in chosen])


def area_in(widget: QWidget, top: QWidget) -> QRect:
    """Where ``widget`` is in ``top`` (one of its ancestors)."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def where(widget: QWidget, dialog: QWidget) -> QRect:
    """The widget's place on the screen (the dialog's, plus where it is in it)."""
    return area_in(widget, dialog).translated(dialog.geometry().topLeft())


def fixed_places(dialog: ContactSupportDialog) -> dict[str, QRect]:
    """Where Contact support and the controls that must never move under the pointer are."""
    dialog.layout().activate()  # type: ignore[union-attr]
    return {
        "dialog": dialog.frameGeometry(),
        "send": where(dialog.send_button, dialog),
        "description": where(dialog.body_edit, dialog),
        "attachments": where(dialog.attachments, dialog),
        "subject": where(dialog.subject_edit, dialog),
        "category": where(dialog.category_combo, dialog),
    }


async def signed_in(
    controller: AppController, qtbot: QtBot, email: str, *, start: bool = True
) -> None:
    """Signed in through the dialog, My tickets filled."""
    await submit_sign_in(controller, qtbot, email, start=start)
    await wait_until(lambda: controller.window.my_tickets.model.rowCount() > 0, what="tickets")


@asynccontextmanager
async def signed_in_client(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, email: str, *, language: str = "en"
) -> AsyncIterator[AppController]:
    """The client in ``language`` against ``server`` with ``email`` signed in through the
    dialog, My tickets filled."""
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=server.url), language=language
    ) as controller:
        await signed_in(controller, qtbot, email)
        yield controller


async def window_active(window: MainWindow) -> None:
    """The window active, as a person's is: its shortcuts and key filters follow the focus
    only there."""
    window.activateWindow()
    await wait_until(window.isActiveWindow, what="the window active")


async def docked_my_tickets(window: MainWindow) -> TicketListPage:
    """My tickets in a window wide enough for the reading pane beside the list."""
    page = window.my_tickets
    window.resize(1500, 900)
    await wait_until(lambda: page.docked, what="the reading pane beside the list")
    return page


async def opened_ticket(window: MainWindow, ticket_id: str) -> TicketPage:
    """``ticket_id`` opened, once the ticket's page shows it."""
    window.open_ticket(ticket_id)
    page = window.ticket_page
    await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
    return page


async def open_contact(controller: AppController, qtbot: QtBot) -> ContactSupportDialog:
    """Contact support, opened with My tickets' button."""
    window = controller.window
    assert window.my_tickets.new_ticket_button.isVisible()
    qtbot.mouseClick(window.my_tickets.new_ticket_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: window.contact_dialog and window.contact_dialog.isVisible(), what="form"
    )
    assert window.contact_dialog is not None
    return window.contact_dialog


@asynccontextmanager
async def contact_on_screen(
    server: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    language: str,
    screen: tuple[int, int],
    window_size: tuple[int, int] | None = None,
) -> AsyncIterator[ContactSupportDialog]:
    """Ava's Contact support open on a screen of ``screen``'s size (her window that size
    too, or ``window_size``), against ``server``; rejected after."""
    available = QRect(0, 0, *screen)
    monkeypatch.setattr(form_scroll, "available_geometry", lambda _window: available)
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(*(window_size or screen))
        await wait_until(lambda: window.my_tickets.model.rowCount() > 0, what="tickets")
        dialog = await open_contact(controller, qtbot)
        await settle()
        yield dialog
        dialog.reject()


async def ask_a_suggested_question(dialog: ContactSupportDialog, qtbot: QtBot) -> None:
    """Type a subject the help articles match, as the keyboard would; wait for them."""
    dialog.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form")
    dialog.subject_edit.setFocus()
    qtbot.keyClicks(dialog.subject_edit, SUGGESTED_QUESTION)
    await wait_until(lambda: bool(dialog.suggestions.rows), what="articles suggested")
    await settle()
