"""Issue 21 at a small laptop's 1024×640, against the real service: the conversation has
the room on the ticket page (a compact reply box that grows while written in, followers
and the rating on one line each), and Contact support's suggested articles are in view
while the subject is typed. Issue 19: after a follower is removed the keyboard stays in
the followers section."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AsyncExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import SMALL_WINDOW_SIZE, WINDOW_SIZE, large_font, settle
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.navigation import MAX_WINDOW_SHARE
from desktop.ui.tickets.ticket.editor_growth import MAX_LINES
from desktop.ui.tickets.ticket.followers_box import FollowersBox
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.client_flows import ask_a_suggested_question, contact_on_screen, signed_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, free_port, running_server
from tests.support.tickets import read_ticket
from tests.support.waiting import wait_until

# The share of the ticket page the thread's visible part has at least, in every language.
THREAD_SHARE = 0.45


async def _open(window: MainWindow, status: str, answered: bool = False) -> TicketPage:
    """``status`` "active": open or pending."""
    wanted = ("open", "pending") if status == "active" else (status,)
    model = window.my_tickets.model
    rows = [model.ticket_at(r) for r in range(model.rowCount())]
    ticket = next(t for t in rows if t.status in wanted and (t.first_responded_at or not answered))
    window.open_ticket(ticket.id)
    page = window.ticket_page
    await wait_until(
        lambda: page.ticket is not None and page.ticket.id == ticket.id and not page._loading_id,
        what=f"the {status} ticket",
    )
    await settle()
    return page


def _share(page: TicketPage) -> float:
    return page.thread_scroll.viewport().height() / page.height()


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_the_conversation_has_the_room_at_1024_by_640(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        await wait_until(lambda: window.my_tickets.model.rowCount() > 0, what="tickets")
        for size in (SMALL_WINDOW_SIZE, WINDOW_SIZE):
            window.resize(*size)
            # An answered ticket, and a solved one (its rating line shows as well).
            for status in ("active", "solved"):
                page = await _open(window, status, answered=status == "active")
                assert page.satisfaction_box.isVisible() == (status == "solved")
                share = _share(page)
                assert share >= THREAD_SHARE, (size, status, round(share, 2))

        # The reply box: two lines at rest; it grows as it is written in, up to a limit.
        window.resize(*SMALL_WINDOW_SIZE)
        page = await _open(window, "active", answered=True)
        editor = page.composer.editor
        line = editor.fontMetrics().lineSpacing()
        at_rest = editor.height()
        assert at_rest < 3 * line + 20
        window.activateWindow()
        await wait_until(lambda: QApplication.activeWindow() is window, what="the window")
        editor.setFocus()
        await wait_until(editor.hasFocus, what="the reply box focused")
        await settle()
        focused = editor.height()
        assert focused > at_rest
        lines = [f"Line {n} of what happened." for n in range(1, 15)]
        for number, line_text in enumerate(lines):
            if number:
                # A new line in a reply and in a live chat alike (neither sends on it).
                qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyClicks(editor, line_text)
        text = "\n".join(lines)
        await settle()
        assert editor.height() > focused
        assert editor.height() <= MAX_LINES * line + 20  # then it scrolls
        assert _share(page) > 0.25  # the thread is never squeezed out
        # Focus elsewhere: the box keeps the height of its text; nothing typed is lost.
        page.thread_scroll.setFocus()
        await settle()
        assert editor.height() > at_rest
        assert editor.toPlainText() == text
        editor.clear()
        await settle()
        assert editor.height() == at_rest
        saving = page.save_draft()  # the emptied draft goes
        if saving is not None:
            await saving


def _inside(widget: QWidget, area: QWidget) -> bool:
    """Is all of ``widget`` shown inside ``area`` (a scroll area's viewport)?"""
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_suggested_articles_are_in_view_while_the_subject_is_typed(
    server: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    # A 1024×640 screen: the dialog is never taller than it leaves room for.
    screen = QRect(0, 0, *SMALL_WINDOW_SIZE)
    async with contact_on_screen(
        server, qtbot, tmp_path, monkeypatch, language=language, screen=SMALL_WINDOW_SIZE
    ) as dialog:
        suggestions = dialog.suggestions
        assert not suggestions.isVisible()
        await ask_a_suggested_question(dialog, qtbot)
        viewport = dialog.form_scroll.viewport()
        assert dialog.frameGeometry().height() <= screen.height()
        assert suggestions.isVisible()
        assert _inside(suggestions, viewport), suggestions.mapTo(viewport, QPoint(0, 0))
        assert _inside(dialog.subject_edit, viewport)  # the field typed in stays in view too
        # Each article at most two lines high: its title (wrapped) and its button.
        for row in suggestions.rows:
            two_lines = 2 * row.link.fontMetrics().lineSpacing() + 4
            assert row.height() <= max(row.answered_button.sizeHint().height(), two_lines)
            assert row.link.toolTip().startswith(row.link_text)


def _rows_left(box: FollowersBox, count: int) -> Callable[[], bool]:
    return lambda: len(box.rows) == count


async def test_followers_are_one_line_until_opened_and_a_removal_is_safe_and_undone(
    qtbot: QtBot, tmp_path: Path
) -> None:  # issue 19
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path, port=port) as server:
        async with running_client(tmp_path, settings) as controller:
            await signed_in(controller, qtbot, "ava@northwind.example")
            window = controller.window
            window.resize(*SMALL_WINDOW_SIZE)
            service = controller.service
            assert service is not None
            page = await _open(window, "active")
            window.activateWindow()
            await wait_until(lambda: QApplication.activeWindow() is window, what="the window")
            assert page.ticket is not None
            ticket_id = page.ticket.id
            people = [p for p in await service.team_people() if p.id != page.ticket.submitter.id]
            for person in people[:3]:
                page.followers_box.show_for(await service.add_follower(ticket_id, person.id))
            box = page.followers_box
            names = [p.name for p in people[:3]]
            await settle()

            # One line: the toggle with the count, their names, Add follower….
            assert box.toggle.isVisible() and box.toggle.text() == "Followers (3)"
            assert box.toggle.accessibleName() == "Followers (3), list hidden"
            assert not box.list.isVisible()
            assert box.summary.full_text() == QLocale().createSeparatedList(names)
            assert box.height() <= box.add_button.sizeHint().height() + 8

            # Opened by keyboard: the list with a Remove each; the state is in the name.
            box.toggle.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(box.toggle, Qt.Key.Key_Space)
            await settle()
            assert box.list.isVisible() and box.toggle.isChecked()
            assert box.toggle.accessibleName() == "Followers (3), list shown"
            assert [r.follower.name for r in box.rows] == names

            # Tab from the toggle reaches each Remove in reading order, then Add follower….
            reached = []
            for _ in range(4):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                reached.append(QApplication.focusWidget())
            assert reached == [*(r.remove_button for r in box.rows), box.add_button], reached
            box.toggle.setFocus(Qt.FocusReason.TabFocusReason)

            # Remove the first by keyboard: the keyboard waits on the toggle, never on the
            # next follower's Remove (one more Enter would remove them too); Undo is offered.
            first = box.rows[0]
            first.remove_button.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(first.remove_button, Qt.Key.Key_Space)
            await wait_until(lambda: len(box.rows) == 2, what="the first removed")
            await settle()
            assert QApplication.focusWidget() is box.toggle, QApplication.focusWidget()
            undo = box.removed_line.undo_button
            assert box.removed_line.isVisible() and undo.isVisible()
            assert box.removed_line.label.text() == f"{names[0]} was removed from the followers."
            assert undo.accessibleName() == f"Undo: add {names[0]} back to the followers"
            # Undo by keyboard, reached with Tab after the Remove buttons.
            qtbot.keyClick(box.toggle, Qt.Key.Key_Tab)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is undo
            qtbot.keyClick(undo, Qt.Key.Key_Space)
            await wait_until(lambda: len(box.rows) == 3, what="the first back")
            await settle()
            assert sorted(r.follower.name for r in box.rows) == sorted(names)
            assert not box.removed_line.isVisible()
            assert QApplication.focusWidget() is box.toggle
            served = (await read_ticket(server.url, ticket_id))["followers"]
            assert sorted(f["name"] for f in served) == sorted(names)

            # Removed again: its time up while the keyboard is on Undo, the line stays (and
            # the Tab order with it); once the keyboard is elsewhere, it goes, the keyboard
            # left where it is.
            box.rows[0].remove_button.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(box.rows[0].remove_button, Qt.Key.Key_Space)
            await wait_until(lambda: len(box.rows) == 2, what="removed again")
            await settle()
            undo.setFocus(Qt.FocusReason.TabFocusReason)
            box.removed_line.timer.timeout.emit()  # its time up, without waiting it out
            assert box.removed_line.isVisible() and box.removed_line.timer.isActive()
            assert QApplication.focusWidget() is undo
            page.thread_scroll.setFocus(Qt.FocusReason.TabFocusReason)
            box.removed_line.timer.timeout.emit()
            assert not box.removed_line.isVisible()
            assert QApplication.focusWidget() is page.thread_scroll

            # The rest by keyboard: each time the toggle; none left: Add follower….
            while box.rows:
                count = len(box.rows)
                box.rows[-1].remove_button.setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.keyClick(box.rows[-1].remove_button, Qt.Key.Key_Space)
                await wait_until(_rows_left(box, count - 1), what="one removed")
                await settle()
                expected = box.toggle if box.rows else box.add_button
                assert QApplication.focusWidget() is expected, QApplication.focusWidget()
            assert box.heading.isVisible() and box.empty.isVisible()
            assert not box.toggle.isVisible()
            served = (await read_ticket(server.url, ticket_id))["followers"]
            assert served == []


@pytest.mark.parametrize("timing", ["at the start", "while running"])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_at_150_percent_text_the_ticket_page_shows_every_line_whole(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str, timing: str
) -> None:  # issue 19: "the layout holds at 150% font size"
    settings = make_settings(tmp_path, server_url=server.url)
    async with AsyncExitStack() as larger_text:
        if timing == "at the start":
            await larger_text.enter_async_context(large_font())
        async with running_client(tmp_path, settings, language=language) as controller:
            await sign_in(controller, qtbot, "ava@northwind.example")
            window = controller.window
            window.resize(*WINDOW_SIZE)
            await wait_until(lambda: window.my_tickets.model.rowCount() > 0, what="tickets")
            page = await _open(window, "active", answered=True)
            if timing == "while running":  # the page already built and shown
                await larger_text.enter_async_context(large_font())
            await settle()
            # The longest Back there is ("← Tickets van het team"), beside the actions.
            page.set_back_target("team")
            await settle()
            # The default window holds it: it is not made wider, and could be no narrower.
            assert window.width() == WINDOW_SIZE[0], language
            assert window.minimumSizeHint().width() <= WINDOW_SIZE[0], language
            # The navigation takes what its longest entry needs, up to a third.
            assert window.navigation.width() <= WINDOW_SIZE[0] * MAX_WINDOW_SHARE
            _every_line_whole(window, page)
            # Back and the actions share a line when they fit, else the actions take the
            # next line (each button whole, none past the page's edge).
            row = page.title_row
            assert row.wrapped == (row.width() < row.one_line_width()), language
            buttons = [b for b in row.findChildren(QPushButton) if b.isVisible()]
            assert page.solve_button in buttons or page.reopen_button in buttons
            for button in buttons:
                assert button.width() >= button.sizeHint().width(), button.text()
                right = button.mapTo(page, QPoint(button.width(), 0)).x()
                assert right <= page.width(), button.text()


def _every_line_whole(window: MainWindow, page: TicketPage) -> None:
    """Every label above and below the thread shows all its lines, none runs into the
    thread, none is cut sideways; the thread never scrolls sideways."""
    thread_top = page.thread_scroll.mapTo(page, QPoint(0, 0)).y()
    for label in page.findChildren(QLabel):
        shown = label.isVisible() and label.text() and label.window() is window
        if not shown or page.thread_scroll.isAncestorOf(label):
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.height() >= label.minimumSizeHint().height(), label.text()
            assert label.width() >= label.minimumSizeHint().width(), label.text()
        top = label.mapTo(page, QPoint(0, 0)).y()
        if top < thread_top:  # above the thread: never running into it
            assert top + label.height() <= thread_top, label.text()
    assert page.thread_scroll.horizontalScrollBar().maximum() == 0
