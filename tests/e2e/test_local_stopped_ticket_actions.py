"""A ticket's actions, Billing's and a live chat's while the local demo workspace is stopped.

The real local service process is killed with SIGKILL until it gives up; nothing brings
it back but "Start it again". Mark solved, Add follower, Send rating, End chat and
Billing's Add, Change tier and Remove were offered then, and each failed only after the
click (an error box, or "followers can be changed once the service answers again", which
it never would by itself). Now they are off and say "Start it again"; a reply is kept in the
outbox as offline, says it goes once started again, and goes then, once. A list exported
then is named with the day of its last sync and says that moment in each row.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.store.tickets import synced_at_key
from desktop.ui.billing.billing_page import BillingPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.e2e.test_local_service_recovers import _crash_until_it_gives_up
from tests.support.billing import open_billing
from tests.support.client_flows import opened_ticket
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until

CHAT_LINE = "Typed in the chat while the local workspace was stopped."
REPLY = "Written while the local workspace was stopped: the folder is still not shared."


async def _given_up(controller: AppController) -> None:
    await _crash_until_it_gives_up(controller)
    assert controller.errors.last_box is None  # the banner says it, no box over the window
    await wait_until(controller.window.local_stopped_banner.isVisible, what="not running")


async def _started_again(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.local_stopped_banner.retry_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: not window.local_stopped, timeout=90, what="started again")


async def _open_by_subject(window: MainWindow, words: str) -> TicketPage:
    model = window.my_tickets.model
    rows = [model.ticket_at(row) for row in range(model.rowCount())]
    ticket = next(t for t in rows if words in t.subject)
    page = await opened_ticket(window, ticket.id)
    await wait_until(lambda: page._loading_id is None, what="its conversation")
    return page


def _shown_buttons(page: BillingPage) -> list[QPushButton]:
    return [
        button
        for row in page.rows.values()
        for button in (row.add_button, row.change_button, row.remove_button)
        if button.isVisible()
    ]


def _bodies(page: TicketPage) -> list[str]:
    return [card.message.body for card in page.message_cards()]


async def test_a_ticket_offers_only_what_can_succeed_and_keeps_a_reply(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        # Open, asked in writing, read while the service ran: the page stays on it.
        page = await _open_by_subject(window, "conflicted copy")
        assert page.solve_button.isVisible() and page.solve_button.isEnabled()
        box = page.followers_box
        await wait_until(box.isVisible, what="the followers")
        assert box.add_button.isEnabled()
        await _given_up(controller)

        assert page.solve_button.isVisible() and not page.solve_button.isEnabled()
        assert "“Start it again”" in page.solve_button.toolTip()
        assert not box.add_button.isEnabled()
        said = box.reason.text()
        assert "“Start it again”" in said and "answers again" not in said
        # A reply is kept, as offline, and says what sends it.
        page.composer.editor.setPlainText(REPLY)
        qtbot.mouseClick(page.composer.send_button, Qt.MouseButton.LeftButton)
        cards = page.thread_scroll.pending_cards
        await wait_until(lambda: len(cards()) == 1, what="the reply in the outbox")
        assert cards()[0].body.text() == REPLY
        assert "“Start it again”" in cards()[0].state.text()
        assert page.composer.editor.toPlainText() == ""
        # Drafts and outbox lists it the same.
        rows = window.drafts.list

        def outbox() -> list[str]:
            texts = [rows.item(i).text() for i in range(rows.count())]
            return [text for text in texts if REPLY in text]

        await wait_until(lambda: len(outbox()) == 1, what=lambda: f"listed: {outbox()}")
        assert "“Start it again”" in outbox()[0]

        await _started_again(window, qtbot)
        # Sent once started again, and once; the actions are offered again.
        await wait_until(
            lambda: page.ticket is not None and REPLY in _bodies(page),
            timeout=90,
            what="the reply sent",
        )
        assert _bodies(page).count(REPLY) == 1
        await wait_until(lambda: cards() == [], what="out of the outbox")
        assert _bodies(page).count(REPLY) == 1
        await wait_until(page.solve_button.isEnabled, what="Mark solved again")
        assert "Start it again" not in page.solve_button.toolTip()
        assert page.followers_box.add_button.isEnabled()


async def test_a_rating_is_not_sent_while_stopped(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        page = await _open_by_subject(window, "40 GB video uploads")  # solved, not rated
        rating = page.satisfaction_box
        await wait_until(rating.isVisible, what="the rating")
        await _given_up(controller)

        # Good can be chosen (nothing is asked of the service), Send cannot.
        qtbot.mouseClick(rating.good_button, Qt.MouseButton.LeftButton)
        assert rating.good_button.isChecked() and rating.send_button.isVisible()
        assert not rating.send_button.isEnabled()
        assert "“Start it again”" in rating.send_button.toolTip()

        await _started_again(window, qtbot)
        await wait_until(
            lambda: page.satisfaction_box.isVisible() and page.ticket is not None,
            timeout=90,
            what="the rating again",
        )
        qtbot.mouseClick(page.satisfaction_box.good_button, Qt.MouseButton.LeftButton)
        assert page.satisfaction_box.send_button.isEnabled()
        assert page.satisfaction_box.send_button.toolTip() == ""


async def test_a_live_chat_cannot_be_ended_while_stopped(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        page = await _open_by_subject(window, "Year-end audit")  # a chat still going on
        assert page.end_chat_button.isVisible() and page.end_chat_button.isEnabled()
        await _given_up(controller)

        assert not page.end_chat_button.isEnabled()
        assert "“Start it again”" in page.end_chat_button.toolTip()
        # Its window, opened while stopped, says the same.
        qtbot.mouseClick(page.chat_window_button, Qt.MouseButton.LeftButton)
        chat = window.chat_windows[page.ticket.id if page.ticket else ""]
        await wait_until(chat.isVisible, what="the chat window")
        assert chat.end_button.isVisible() and not chat.end_button.isEnabled()
        assert "“Start it again”" in chat.end_button.toolTip()
        # A line typed there waits in the outbox, saying for what.
        chat.composer.editor.setPlainText(CHAT_LINE)
        qtbot.mouseClick(chat.composer.send_button, Qt.MouseButton.LeftButton)
        lines = chat.transcript.pending_cards
        await wait_until(lambda: len(lines()) == 1, what="the line in the outbox")
        assert "“Start it again”" in lines()[0].state.text()

        await _started_again(window, qtbot)
        await wait_until(
            lambda: page.end_chat_button.isVisible() and page.end_chat_button.isEnabled(),
            timeout=90,
            what="End chat again",
        )
        assert page.end_chat_button.toolTip() == "End this live chat with support"
        # The line went once started again, and once.
        await wait_until(lambda: CHAT_LINE in _bodies(page), timeout=90, what="the line sent")
        assert _bodies(page).count(CHAT_LINE) == 1


async def test_billing_changes_are_not_offered_while_stopped(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        page = await open_billing(controller)
        buttons = _shown_buttons(page)
        assert len(buttons) >= 2 and all(b.isEnabled() for b in buttons)  # Add, Change, Remove
        await _given_up(controller)

        for button in buttons:
            assert not button.isEnabled(), button.objectName()
            assert "“Start it again”" in button.toolTip()
        for tier, choose in page.compare.choose_buttons.items():
            assert not choose.isEnabled(), tier
        assert page.offline_note.isVisible()
        assert "“Start it again”" in page.offline_note.text()
        assert "connection returns" not in page.offline_note.text()

        await _started_again(window, qtbot)
        await wait_until(
            lambda: bool(page.rows) and all(b.isEnabled() for b in _shown_buttons(page)),
            timeout=90,
            what="Billing's buttons again",
        )
        assert not page.offline_note.isVisible()


async def test_a_list_exported_while_stopped_says_it_is_as_last_synced(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        await _given_up(controller)
        service = controller.service
        assert service is not None
        saved = service.store.state(synced_at_key("mine"))
        assert saved
        synced = datetime.fromisoformat(saved)  # what "Last synced …" says
        page = window.my_tickets
        page.export()
        exporter = page._exporter
        assert exporter is not None and exporter.save_dialog is not None
        chosen = Path(exporter.save_dialog.selectedFiles()[0]).name
        assert chosen == f"My tickets {synced.astimezone().date().isoformat()}.csv"
        target = tmp_path / chosen
        done: list[int] = []
        exporter.exported.connect(lambda _where, count: done.append(count))
        exporter.save_dialog.fileSelected.emit(str(target))
        await wait_until(lambda: done, what="the export")
        with target.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.reader(file))
        assert rows[0][-1].startswith("As of (")
        stamp = synced.astimezone().strftime("%Y-%m-%d %H:%M")
        assert len(rows) == done[0] + 1 and {r[-1] for r in rows[1:]} == {stamp}
