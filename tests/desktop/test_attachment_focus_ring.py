"""Issue 19: an attachment's button in a thread (its name and the "▾" of Save as…) shows the
theme's focus ring, however it is reached: by Tab, by a click on its "▾" (the ring stays
on it once the menu closes), and its menu opens from the keyboard too."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.models import Attachment, Message
from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.look.theme import contrast, focus_ring_colour
from desktop.ui.tickets.ticket.message_card import AttachmentButton
from desktop.ui.tickets.ticket.thread_view import ThreadView
from tests.desktop.test_focus_ring import PALETTES, near, ring_band

# A menu grabs the keyboard on a desktop; the offscreen platform says it cannot.
NO_KEYBOARD_GRAB = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

ATTACHMENT = Attachment(id="att_1", filename="sync-log.txt", size=2048, content_type="text/plain")


def thread_with_a_file(
    qtbot: QtBot, palette: QPalette
) -> tuple[QWidget, QLineEdit, AttachmentButton]:
    """A field above a thread (as in the app: its style sheet, the card's tint) whose one
    message carries a file."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(palette)
    layout = QVBoxLayout(window)
    elsewhere = QLineEdit()
    thread = ThreadView()
    layout.addWidget(elsewhere)
    layout.addWidget(thread)
    message = Message(
        id="msg_1",
        ticket_id="tkt_1",
        author_kind="agent",
        author_name="Sam Agent",
        body="The log is attached.",
        attachments=(ATTACHMENT,),
        created_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
    )
    thread.show_messages((message,))
    window.resize(520, 300)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    (card,) = thread.cards()
    (button,) = card.attachment_buttons
    return window, elsewhere, button


def unfocused(qtbot: QtBot, name: str) -> tuple[QWidget, AttachmentButton, list[QColor]]:
    """thread_with_a_file in palette ``name``, the keyboard in the field above the thread,
    and the band around the file's button as painted so (no ring)."""
    window, elsewhere, button = thread_with_a_file(qtbot, PALETTES[name]())
    elsewhere.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(elsewhere.hasFocus)
    return window, button, ring_band(window.grab().toImage(), button)


def assert_ring_on(
    window: QWidget, button: AttachmentButton, before: list[QColor], name: str
) -> None:
    expected = focus_ring_colour(button.palette())
    after = ring_band(window.grab().toImage(), button)
    for was, now in zip(before, after, strict=True):
        # Every side, the "▾"'s (right) one too: the ring's colour, 3:1 from what was there.
        assert near(now, expected), (name, now.name(), expected.name())
        assert contrast(now, was) >= 3.0, (name, was.name(), now.name())


def close_menu_when_shown(button: AttachmentButton, opened: list[bool]) -> None:
    """The menu runs a loop of its own: closed from inside it, as Escape would."""
    menu = button.menu()
    assert menu is not None

    def shown() -> None:
        opened.append(True)
        QTimer.singleShot(0, menu.close)

    menu.aboutToShow.connect(shown)


def back_from_the_menu(qtbot: QtBot, window: QWidget) -> None:
    """The window active again once the menu has closed, as a desktop keeps it (offscreen
    Qt leaves no window active after a popup): the focus is back where the window had it."""
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    with qtbot.waitActive(window):
        window.activateWindow()


@pytest.mark.parametrize("name", PALETTES)
def test_an_attachment_button_reached_by_tab_shows_the_ring(
    qtbot: QtBot, rings: FocusRings, name: str
) -> None:
    window, button, before = unfocused(qtbot, name)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert rings.ring is not None and rings.ring.widget() is button and rings.ring.isVisible()
    assert_ring_on(window, button, before, name)


@NO_KEYBOARD_GRAB
@pytest.mark.parametrize("name", PALETTES)
def test_a_click_on_the_arrow_leaves_the_ring_on_the_button(
    qtbot: QtBot, rings: FocusRings, name: str
) -> None:
    window, button, before = unfocused(qtbot, name)
    opened: list[bool] = []
    close_menu_when_shown(button, opened)
    arrow = QPoint(button.width() - 4, button.height() // 2)  # the "▾"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, arrow)
    qtbot.waitUntil(lambda: bool(opened))
    back_from_the_menu(qtbot, window)
    qtbot.waitUntil(button.hasFocus)  # once the menu has closed, the button has the focus
    qtbot.waitUntil(lambda: rings.ring is not None and rings.ring.widget() is button)
    assert rings.ring is not None and rings.ring.isVisible()
    assert_ring_on(window, button, before, name)


@NO_KEYBOARD_GRAB
@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_the_arrow_menu_opens_from_the_keyboard(
    qtbot: QtBot, rings: FocusRings, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    window, _elsewhere, button = thread_with_a_file(qtbot, PALETTES["light"]())
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    opened: list[bool] = []
    close_menu_when_shown(button, opened)
    QTest.keyClick(button, key, modifier)
    qtbot.waitUntil(lambda: bool(opened))
    back_from_the_menu(qtbot, window)
    qtbot.waitUntil(button.hasFocus)
    assert rings.ring is not None and rings.ring.widget() is button
    assert button.accessibleDescription() == "Enter opens it; Alt+Down shows Save as…"
