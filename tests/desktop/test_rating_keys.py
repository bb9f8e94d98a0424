"""After Good or Bad the keyboard is in the comment, and the page's letter shortcut (R,
write a reply) fires only from the thread: a comment typed after a rating never lands
in the reply box (newcomer report, en-39/en-40)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.models import Satisfaction
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.desktop.test_satisfaction_box import NOW, SOLVED
from tests.desktop.test_thread_layout import message

RATED = replace(
    SOLVED,
    satisfaction=Satisfaction("good", "Quick and clear, thanks", NOW),
    messages=(message("agent", "Sam Agent", 20, 1), message("self", "Ava", 10, 2)),
)


def _page(qtbot: QtBot) -> TicketPage:
    page = TicketPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show_ticket(RATED)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def test_good_or_bad_by_keyboard_puts_the_keyboard_in_the_comment(qtbot: QtBot) -> None:
    page = _page(qtbot)
    box = page.satisfaction_box
    box.bad_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(box.bad_button, Qt.Key.Key_Space)
    assert box.bad_button.isChecked()
    assert QApplication.focusWidget() is box.comment
    # The other rating's comment is not shown under this one (it would contradict it).
    assert box.comment.text() == ""
    qtbot.keyClicks(QApplication.focusWidget(), "really slow")
    assert box.comment.text() == "really slow"
    assert page.composer.editor.toPlainText() == ""  # no "r" taken as Write a reply
    assert box.bad_button.isChecked()  # no Space pressed the button again


def test_good_or_bad_by_mouse_puts_the_keyboard_in_the_comment(qtbot: QtBot) -> None:
    page = _page(qtbot)
    box = page.satisfaction_box
    qtbot.mouseClick(box.bad_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is box.comment
    assert box.comment.text() == ""  # Bad's own comment: none yet
    qtbot.keyClicks(box.comment, "Too slow")
    # Back to the rating it was written for: kept as it is, the cursor at its end.
    qtbot.mouseClick(box.good_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is box.comment
    assert box.comment.selectedText() == ""
    assert box.comment.cursorPosition() == len("Quick and clear, thanks")
    qtbot.keyClicks(box.comment, "!")
    assert box.comment.text() == "Quick and clear, thanks!"
    # And Bad's comment back with Bad.
    qtbot.mouseClick(box.bad_button, Qt.MouseButton.LeftButton)
    assert box.comment.text() == "Too slow"


def test_r_writes_a_reply_from_the_thread_only(qtbot: QtBot) -> None:
    page = _page(qtbot)
    box = page.satisfaction_box
    editor = page.composer.editor
    # From buttons (the rating's, Back) R does nothing: the focus stays where it was.
    for button in (box.good_button, page.back_button):
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(button, Qt.Key.Key_R)
        assert QApplication.focusWidget() is button, button.objectName()
    # In a text field R is a letter.
    qtbot.mouseClick(box.good_button, Qt.MouseButton.LeftButton)  # opens the comment
    box.comment.clear()
    qtbot.keyClicks(box.comment, "r")
    assert box.comment.text() == "r" and QApplication.focusWidget() is box.comment
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(editor, "r")
    assert editor.toPlainText() == "r" and QApplication.focusWidget() is editor
    editor.clear()
    # On the thread (or a message's text in it), R goes to the reply box.
    for reading in (page.thread_scroll, page.message_cards()[0].body):
        reading.setFocus(Qt.FocusReason.TabFocusReason)
        assert QApplication.focusWidget() is reading
        qtbot.keyClick(reading, Qt.Key.Key_R)
        assert QApplication.focusWidget() is editor
        assert editor.toPlainText() == ""


def test_the_comment_opened_shows_its_whole_focus_ring(qtbot: QtBot) -> None:
    from desktop.ui.look.focus_ring import install_focus_rings, remove_focus_rings
    from desktop.ui.look.theme import ring_colour_for
    from tests.desktop.test_focus_ring import near, ring_band

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    rings = install_focus_rings(app)
    try:
        page = _page(qtbot)
        box = page.satisfaction_box
        qtbot.mouseClick(box.bad_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(box.comment.hasFocus)
        assert rings.ring is not None and rings.ring.widget() is box.comment
        image = page.grab().toImage()
        # On the box's tint (style_boxed): the ring stands out from that surface too.
        expected = ring_colour_for(box.comment)
        for pixel in ring_band(image, box.comment):  # all four sides, both pixels deep
            assert near(pixel, expected), pixel.name()
    finally:
        remove_focus_rings(app)
