"""What a newcomer met while the local demo workspace was stopped (newcomer 29, items 1,
3 and 5).

A chat whose conversation was never downloaded showed an empty framed thread and no
chat buttons, with nothing saying why; a live chat's box looked ready to reach the agent
(its line waits in the outbox, as a reply does, and now the box says so before Send);
Get help's Refresh, Billing's Book a time… and the booking dialog's Book were offered
and could only fail. The real local service process, killed with SIGKILL until it gives
up; "Start it again" brings each back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.billing.billing_page import BillingPage
from tests.e2e.test_local_stopped_ticket_actions import _given_up, _open_by_subject, _started_again
from tests.support.billing import open_billing
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until

CHAT_NOT_SHOWN = (
    "This chat was not downloaded before the local demo workspace stopped, so it cannot be "
    "shown or written in until you choose “Start it again”."
)


def _book_buttons(page: BillingPage) -> list[QPushButton]:
    """Each add-on's Book a time… (its consultation not booked yet)."""
    return [
        box.book_button
        for box in page.entitlements.boxes.values()
        if not box.book_button.isHidden()
    ]


async def test_a_chat_says_what_it_cannot_show_and_that_a_line_waits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        service = controller.service
        assert service is not None
        page = await _open_by_subject(window, "Year-end audit")  # a chat still going on
        assert page.composer.isVisible() and not page.composer.waits_note.isVisible()
        await _given_up(controller)
        model = window.my_tickets.model
        rows = [model.ticket_at(row) for row in range(model.rowCount())]
        never_read = next(
            t.id for t in rows if t.channel == "chat" and service.cached_ticket(t.id) is None
        )

        # The chat's box: a line sent now waits in the outbox (as a reply does), said first.
        note = page.composer.waits_note
        assert page.composer.isVisible() and note.isVisible()
        assert "outbox" in note.text() and "reaches the chat" in note.text()
        assert "“Start it again”" in note.text()
        # Its thread as last synced: not "Offline", which would come back by itself.
        assert page.status_line.text() == (
            "The local demo workspace is not running: the conversation as last synced."
        )

        # A chat never downloaded: said plainly, no empty frame where its thread would be.
        window.open_ticket(never_read)
        await wait_until(
            lambda: page.shown_id == never_read and page._loading_id is None,
            what=lambda: f"the row shown: {page.status_line.text()!r}",
        )
        assert page.status_line.isVisible() and page.status_line.text() == CHAT_NOT_SHOWN
        assert not page.thread_scroll.isVisible()
        assert not page.composer.isVisible()
        assert not page.retry_button.isEnabled()

        # Get help, built while stopped: its requests' Refresh is not offered either.
        refresh = window.get_help.requests.refresh_button
        assert not refresh.isEnabled() and "Start it again" in refresh.toolTip()

        await _started_again(window, qtbot)
        await wait_until(
            lambda: page.message_cards() and page.shown_id == never_read,
            timeout=90,
            what=lambda: f"the chat loaded: {page.status_line.text()!r}",
        )
        assert page.thread_scroll.isVisible() and not page.status_line.isVisible()
        assert not page.composer.waits_note.isVisible()
        await wait_until(refresh.isEnabled, what="Get help's Refresh again")


async def test_get_help_refresh_and_booking_are_not_offered_while_stopped(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        refresh = window.get_help.requests.refresh_button  # Get help built while it runs
        send = window.get_help.send_button  # a member's request waits in no outbox
        assert refresh.isEnabled() and send.isEnabled()
        page = await open_billing(controller)
        books = _book_buttons(page)
        assert books and all(book.isEnabled() for book in books)
        # The booking dialog, open with a time chosen when the service goes.
        qtbot.mouseClick(books[0], Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: page.consultation_dialog is not None and page.consultation_dialog.isVisible(),
            what="the free times",
        )
        dialog = page.consultation_dialog
        assert dialog is not None
        dialog.slot_list.setCurrentRow(0)
        assert dialog.book_button.isEnabled()
        await _given_up(controller)

        assert not dialog.book_button.isEnabled()
        assert "“Start it again”" in dialog.book_button.toolTip()
        dialog.reject()
        assert not refresh.isEnabled() and "Start it again" in refresh.toolTip()
        assert not send.isEnabled() and "Start it again" in send.toolTip()  # newcomer 30
        for book in _book_buttons(page):
            assert not book.isEnabled(), book.objectName()
            assert "“Start it again”" in book.toolTip()
        # A webinar's calendar file is written from what was read: still offered.
        assert page.entitlements.webinar_actions.save_button.isEnabled()

        await _started_again(window, qtbot)
        await wait_until(refresh.isEnabled, timeout=90, what="Get help's Refresh again")
        assert "Start it again" not in refresh.toolTip()
        assert send.isEnabled() and "Start it again" not in send.toolTip()
        window.show_billing()
        await wait_until(
            lambda: bool(_book_buttons(page)) and all(b.isEnabled() for b in _book_buttons(page)),
            timeout=90,
            what="Book a time… again",
        )
        assert all(book.toolTip() == "" for book in _book_buttons(page))
