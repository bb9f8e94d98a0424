"""Tab through a ticket's page, against the real service: every stop is in view and shows
where the keyboard is (WCAG 2.4.7 focus visible). The newcomer's walk went through six
message cards with no ring while the thread scrolled, and past the followers' Remove
buttons with a sliver of one (en-28, en-29, h5c)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import WINDOW_SIZE, settle
from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.look.theme import (
    FOCUS_RING_WIDTH,
    focus_ring_colour,
    has_own_focus_ring,
    ring_colour_for,
)
from tests.desktop.test_focus_ring import near
from tests.e2e.test_ticket_room import _open
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _shown_part(widget: QWidget) -> QRect:
    """What of ``widget`` the window shows: cut by every scrolled area it is in."""
    shown = _in_window(widget)
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            shown = shown.intersected(_in_window(parent.viewport()))
        parent = parent.parentWidget()
    return shown


def _ring_pixels(image: QImage, rect: QRect, *, outside: bool) -> list[QColor]:
    """The middle of each side of the ring's band just outside ``rect`` (the application's
    ring) or just inside it (a style sheet's border)."""
    mid_x, mid_y = rect.center().x(), rect.center().y()
    points = []
    for depth in range(FOCUS_RING_WIDTH):
        step = depth + 1 if outside else -depth
        points += [
            (mid_x, rect.top() - step),
            (mid_x, rect.bottom() + step),
            (rect.left() - step, mid_y),
            (rect.right() + step, mid_y),
        ]
    return [QColor(image.pixel(x, y)) for x, y in points]


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}"


async def test_every_tab_stop_of_the_ticket_page_is_in_view_and_ringed(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, rings: FocusRings
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(*WINDOW_SIZE)
        service = controller.service
        assert service is not None
        page = await _open(window, "active", answered=True)
        window.activateWindow()
        await wait_until(lambda: QApplication.activeWindow() is window, what="the window")
        assert page.ticket is not None
        people = [p for p in await service.team_people() if p.id != page.ticket.submitter.id]
        for person in people[:2]:
            page.followers_box.show_for(await service.add_follower(page.ticket.id, person.id))
        await settle()
        box = page.followers_box
        box.toggle.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(box.toggle, Qt.Key.Key_Space)  # the list open: its Remove buttons too
        await settle()
        assert len(page.message_cards()) >= 2

        page.back_button.setFocus(Qt.FocusReason.TabFocusReason)
        await settle()
        reached: list[str] = []
        for _ in range(60):
            focus = QApplication.focusWidget()
            assert focus is not None
            if reached and (focus is page.back_button or not page.isAncestorOf(focus)):
                break  # round the page, or on to the window's navigation
            reached.append(_describe(focus))
            assert focus.isVisible(), reached
            shown = _shown_part(focus)
            assert shown == _in_window(focus), (reached, "not wholly in view")
            image = window.grab().toImage()
            if has_own_focus_ring(focus):
                # Drawn by its style sheet: its own edge.
                expected = focus_ring_colour(focus.palette())
                pixels = _ring_pixels(image, _in_window(focus), outside=False)
            else:
                expected = ring_colour_for(focus)
                ring = rings.ring
                assert ring is not None and ring.isVisible() and ring.widget() is focus, reached
                pixels = _ring_pixels(image, _in_window(focus), outside=True)
            assert all(near(p, expected, 24) for p in pixels), (
                reached[-1],
                expected.name(),
                [p.name() for p in pixels],
            )
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
            await settle()
        else:
            pytest.fail(f"Tab never left the page: {reached}")
        # The followers' Remove buttons are on the way; the thread is one stop.
        assert reached.count("QPushButton#follower_remove_button") == 2, reached
        assert reached.count("ThreadView#ticket_thread_scroll") == 1, reached
        assert not any("message_body" in r for r in reached), reached
