"""The support desk in the real window against a real service with the demo agent (R12–R17)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from backend.domain.hours import JST
from backend.domain.tickets import TEAM_TICKETS_CUTOFF
from desktop.store.drafts import reply_key
from desktop.ui.shell.navigation import NAV_DRAFTS
from desktop.ui.text.formatting import medium_date
from desktop.ui.tickets.list.ticket_list_page import TEAM_TICKETS_SINCE
from desktop.ui.tickets.list.ticket_table_model import Column
from desktop.ui.tickets.ticket.cancel_call_box import CancelCallBox
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.chat_flows import end_chat
from tests.support.client_flows import open_contact, opened_ticket, signed_in, signed_in_client
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.smtp_sink import SmtpSink, smtp_sink
from tests.support.tickets import create_ticket, read_ticket
from tests.support.waiting import wait_until


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, SmtpSink]]:
    directory = tmp_path_factory.mktemp("desk")
    with (
        smtp_sink() as sink,
        sqlite_database(directory) as url,
        running_server(url, directory, DEMO_AGENT="true", SMTP_URL=sink.url) as server,
    ):
        yield server, sink


async def test_open_a_request_and_see_the_agent_answer(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R13, R14, R15, R16
    server, sink = desk
    async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
        dialog = await open_contact(controller, qtbot)
        # Northwind's add-on covers Dropbox only: no product question, Dash explained (R14).
        assert not dialog.product_combo.isVisible() and dialog.product_fixed.text() == "Dropbox"
        assert "Dropbox Dash" in dialog.coverage_note.text()
        assert "within 1 hour" in dialog.promise.text()
        # Asked, not assumed: no category until Ava chooses one (R19 counts them).
        assert dialog.category is None and dialog.send_button.text() == "Send request"
        dialog.subject_edit.setText("Shared link asks for a password")
        dialog.body_edit.setPlainText("   ")  # only spaces: the service would say blank_text
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.marks.is_marked("category") and dialog.marks.is_marked("body")
        assert dialog.subject_edit.text() == "Shared link asks for a password"  # kept
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sharing"))
        dialog.body_edit.setPlainText("Links to the Board folder ask for a password since today.")
        assert not dialog.marks.is_marked("category") and not dialog.marks.is_marked("body")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        page = controller.window.ticket_page
        await wait_until(
            lambda: (
                page.ticket is not None and page.ticket.subject == "Shared link asks for a password"
            ),
            what="the new ticket",
        )
        assert controller.window.pages.currentWidget() is page
        assert page.ticket is not None
        stored = await read_ticket(server.url, page.ticket.id)
        assert stored["category"] == "sharing"  # what Ava chose, as the service keeps it
        # The demo agent answers within seconds: the open page shows it as it arrives.
        await wait_until(
            lambda: page.ticket is not None and page.ticket.first_responded_at is not None,
            timeout=40,
            what="the answer, live",
        )
        assert any(card.message.author_kind == "agent" for card in page.message_cards())


async def _create_elsewhere(server: RunningServer, subject: str, **extra: str) -> str:
    """A ticket Ava opens from somewhere else (another device, the web)."""
    return str((await create_ticket(server.url, subject=subject, **extra))["id"])


async def test_answers_arrive_live_marked_unread_with_a_notification(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R12, R16
    server, _sink = desk
    async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
        window = controller.window
        await wait_until(lambda: window.live_feed.connected, what="the event stream")
        # The list says how fresh it is: synced, with the event stream live, it is up to date.
        await wait_until(lambda: window.my_tickets.synced.text() == "Up to date", what="synced")
        notified: list[str] = []
        window.notifier.notified.connect(lambda _title, text: notified.append(text))
        model = window.my_tickets.model
        rows_before = model.rowCount()
        created = await _create_elsewhere(server, "Links expire too early")
        # The new ticket appears on top without reloading the list.
        await wait_until(lambda: model.row_of(created) is not None, what="the new row")
        assert model.row_of(created) == 0 and model.rowCount() == rows_before + 1
        assert "answer due in" in model.index(0, Column.RESPONSE).data()

        def answered() -> bool:
            row = model.row_of(created)
            return row is not None and model.ticket_at(row).first_responded_at is not None

        await wait_until(answered, timeout=40, what="the agent's answer in the row")
        await wait_until(lambda: created in window.unread, what="the unread mark")
        row = model.row_of(created)
        assert row is not None
        assert model.index(row, Column.RESPONSE).data().startswith("answered in")
        assert model.index(row, Column.SUBJECT).data().startswith("●")
        assert window.navigation.currentItem().text() == "My tickets (1 new)"
        assert window.windowTitle() == "(1 new) Premium Support Desk"
        await wait_until(lambda: notified, what="the notification")
        assert notified == [f"#{model.ticket_at(row).number} Links expire too early"]
        # Reading it clears the mark.
        window.open_ticket(created)
        await wait_until(lambda: created not in window.unread, what="read")
        assert window.navigation.currentItem().text() == "My tickets"
        assert window.windowTitle() == "Premium Support Desk"


async def test_reply_on_a_colleagues_ticket_notifies_the_submitter(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R17
    server, sink = desk
    async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
        window = controller.window
        window.show_team_tickets()
        team = window.team_tickets
        await wait_until(lambda: team.model.rowCount() > 0, what="team tickets")
        # R18's cut-off, written the way the locale writes a date.
        cutoff = medium_date(TEAM_TICKETS_SINCE)
        assert team.scope_note.isVisible() and cutoff in team.scope_note.text()
        assert TEAM_TICKETS_SINCE.date() == TEAM_TICKETS_CUTOFF.date()  # the service's rule
        rows = [team.model.ticket_at(r) for r in range(team.model.rowCount())]
        noahs = next(
            t for t in rows if t.submitter.name == "Noah de Vries" and t.status != "closed"
        )
        window.open_ticket(noahs.id)
        page = window.ticket_page
        await wait_until(lambda: page.ticket is not None and page.ticket.id == noahs.id)
        assert page.back_button.text() == "← Team tickets"
        composer = page.composer
        assert composer.colleague_note.isVisible()
        assert "Noah de Vries is notified" in composer.colleague_note.text()
        composer.editor.setPlainText(
            "I had the same thing last week; the fix was in the link settings."
        )
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: composer.editor.toPlainText() == "", what="queued")
        await wait_until(
            lambda: page.message_cards()[-1].message.body.startswith("I had the same thing"),
            what="delivered by the outbox",
        )
        assert not page.thread_scroll.pending_cards()
        assert page.message_cards()[-1].author.text() == "You"
        await wait_until(lambda: sink.to("noah@northwind.example"), what="Noah's mail")
        assert sink.to("noah@northwind.example")[0]["Subject"].startswith("Een collega")
        # Back goes to the list it came from.
        page.back_requested.emit()
        assert window.pages.currentWidget() is team


async def test_mark_solved_and_reopen(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:
    server, _sink = desk
    async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
        window = controller.window
        model = window.my_tickets.model
        pending = next(
            model.ticket_at(r)
            for r in range(model.rowCount())
            if model.ticket_at(r).status == "pending"
        )
        window.open_ticket(pending.id)
        page = window.ticket_page
        await wait_until(lambda: page.ticket is not None and page.ticket.id == pending.id)
        assert page.solve_button.isVisible() and not page.reopen_button.isVisible()
        qtbot.mouseClick(page.solve_button, Qt.MouseButton.LeftButton)
        # Said in the status bar: a filtered list may drop the ticket from view at once.
        await wait_until(
            lambda: (
                window.statusBar().currentMessage() == f"Ticket #{pending.number} is marked solved."
            ),
            what="the solving said",
        )
        assert page.ticket is not None and page.ticket.status == "solved"
        assert page.reopen_button.isVisible()
        qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
        # The live event may show the ticket open before the request itself has answered
        # (and said so): wait for the saying, not only for the status.
        await wait_until(
            lambda: (
                window.statusBar().currentMessage() == f"Ticket #{pending.number} is open again."
            ),
            what="the reopening said",
        )
        assert page.ticket is not None and page.ticket.status == "open"


async def test_callback_follows_the_call_to_completed(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    server, _sink = desk
    async with signed_in_client(server, qtbot, tmp_path, "noah@northwind.example") as controller:
        dialog = await open_contact(controller, qtbot)
        dialog.channel_buttons["callback"].setChecked(True)
        assert dialog.phone_edit.isVisible()
        dialog.phone_edit.setText("12")
        assert "not a number" in dialog.phone_hint.text()
        # Noah's own country (his account is Dutch): the national number is enough.
        dialog.phone_edit.setText("020 123 4567")
        assert dialog.phone_hint.text() == "We will call +31 20 123 4567."
        assert dialog.send_button.text() == "Request a call"
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sign_in"))
        dialog.subject_edit.setText("Everyone is locked out")
        dialog.body_edit.setPlainText("SSO fails for the whole office.")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        page = controller.window.ticket_page
        await wait_until(lambda: page.ticket is not None and page.ticket.callback is not None)
        assert "queue" in page.live_state.text()
        assert page.ticket is not None and page.ticket.callback is not None
        # Said where it stays, whatever the list shows.
        assert controller.window.statusBar().currentMessage() == (
            f"Call requested: ticket #{page.ticket.number}. Support will call you."
        )
        assert page.ticket.callback.phone == "+31201234567"  # stored in E.164 …
        assert "+31 20 123 4567" in page.live_state.text()  # … shown as it was read back
        await wait_until(
            lambda: (
                page.ticket is not None
                and page.ticket.callback is not None
                and page.ticket.callback.state == "completed"
            ),
            timeout=40,
            what="the call completed",
        )
        assert "completed" in page.live_state.text()


async def test_chat_until_the_agent_answers(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    server, _sink = desk
    async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
        dialog = await open_contact(controller, qtbot)
        dialog.channel_buttons["chat"].setChecked(True)
        assert dialog.send_button.text() == "Start chat"
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sync"))
        dialog.subject_edit.setText("Quick question about sync")
        dialog.body_edit.setPlainText("Is selective sync per device?")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        window = controller.window
        # The chat opens in its own window, waiting with a place in the queue.
        await wait_until(lambda: window.chat_windows, what="the chat window")
        chat = next(iter(window.chat_windows.values()))
        assert chat.isVisible() and "Quick question about sync" in chat.windowTitle()
        assert "queue" in chat.state.text() or chat.ticket.chat_state == "connected"
        await wait_until(
            lambda: chat.ticket.chat_state == "connected", timeout=30, what="the agent joined"
        )
        assert "agent is with you" in chat.state.text()
        chat.composer.editor.setPlainText("Thanks for joining!")
        chat.composer.send()
        await wait_until(lambda: chat.composer.editor.toPlainText() == "", what="line queued")
        await wait_until(
            lambda: any(m.body == "Thanks for joining!" for m in chat.ticket.messages),
            what="line delivered",
        )
        mine = next(m for m in chat.ticket.messages if m.body == "Thanks for joining!")

        def agent_answered() -> bool:
            return any(
                m.author_kind == "agent" and m.created_at >= mine.created_at
                for m in chat.ticket.messages
            )

        await wait_until(agent_answered, timeout=30, what="the agent's answer")
        # Closing the window keeps the chat; reopening shows it as it was, draft included.
        chat.composer.editor.setPlainText("One more thing")
        chat.close()
        assert not chat.isVisible()
        page = window.ticket_page
        assert page.ticket is not None and page.chat_window_button.isVisible()
        qtbot.mouseClick(page.chat_window_button, Qt.MouseButton.LeftButton)
        assert window.chat_windows[chat.ticket.id] is chat and chat.isVisible()
        assert chat.composer.editor.toPlainText() == "One more thing"
        assert any(card.message.body == "Thanks for joining!" for card in chat.transcript.cards())
        await end_chat(chat, chat.end_button, qtbot)
        await wait_until(lambda: chat.ticket.chat_state == "ended", what="the chat ended")
        assert "ended" in chat.state.text() and not chat.composer.isEnabled()


@pytest.fixture(scope="module")
def saturday(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("desk-saturday")
    start = datetime(2026, 11, 28, 11, 0, tzinfo=JST).isoformat()
    with (
        sqlite_database(directory) as url,
        running_server(url, directory, CLOCK_START=start) as server,
    ):
        yield server


async def test_japanese_chat_is_offered_only_in_hours(
    saturday: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R4
    async with signed_in_client(saturday, qtbot, tmp_path, "yuki@northwind.example") as controller:
        dialog = await open_contact(controller, qtbot)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
        assert not dialog.channel_buttons["chat"].isEnabled()
        assert not dialog.channel_buttons["callback"].isEnabled()
        assert dialog.hours_box.isVisible()
        assert "09:00–17:00" in dialog.hours_note.text()
        # The service's clock says Saturday: the promise names Monday's opening (R4).
        assert dialog.promise.text().startswith("Japanese support opens Monday")
        qtbot.mouseClick(dialog.english_button, Qt.MouseButton.LeftButton)
        assert dialog.language == "en" and dialog.channel_buttons["chat"].isEnabled()
        dialog.reject()


async def test_members_get_help_and_nothing_of_premium_support(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R6, R7
    server, _sink = desk
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=server.url)
    ) as controller:
        controller.start()
        await wait_until(
            lambda: controller.sign_in_dialog and controller.sign_in_dialog.isVisible()
        )
        dialog = controller.sign_in_dialog
        assert dialog is not None
        dialog.email_edit.setText("mia@northwind.example")
        dialog.password_edit.setText("demo-password")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        window = controller.window
        page = window.get_help
        await wait_until(lambda: window.pages.currentWidget() is page, what="Get help")
        visible = [
            window.navigation.item(i).text()
            for i in range(window.navigation.count())
            if not window.navigation.item(i).isHidden()
        ]
        assert visible == ["Get help", "Drafts and outbox"]  # drafts of replies to her own requests
        assert not window.menus.new_ticket_action.isVisible()
        assert "within 1 hour" in page.intro.text()  # Mia is an epic champion (R7)
        await wait_until(lambda: page.requests.model.rowCount() > 0, what="her requests")
        before = page.requests.model.rowCount()
        # Nothing is chosen for her: she picks the product and the category.
        page.product_combo.setCurrentIndex(page.product_combo.findData("dropbox"))
        page.category_combo.setCurrentIndex(page.category_combo.findData("sharing"))
        page.subject_edit.setText("Cannot open shared link")
        page.body_edit.setPlainText("The link from Finance says it has expired.")
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Sent as request" in page.status.text(), what="sent")
        await wait_until(lambda: page.requests.model.rowCount() == before + 1, what="listed")
        newest = page.requests.model.ticket_at(0)
        assert (newest.subject, newest.channel, newest.premium, newest.category) == (
            "Cannot open shared link",
            "email",
            False,
            "sharing",
        )
        assert page.subject_edit.text() == ""
        # The next request is a new one: nothing chosen for it either.
        assert page.product is None and page.category is None


async def test_filters_and_search_as_you_type(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R12
    server, _sink = desk
    async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
        page = controller.window.my_tickets
        model = page.model
        everything = model.rowCount()
        filters = page.filters
        filters.status.setCurrentIndex(filters.status.findData("closed"))
        await wait_until(
            lambda: page._state == "ready" and 0 < model.rowCount() < everything,  # noqa: SLF001
            what="closed only",
        )
        assert {model.ticket_at(r).status for r in range(model.rowCount())} == {"closed"}
        filters.status.setCurrentIndex(0)
        qtbot.keyClicks(filters.search, "conflicted")
        await wait_until(
            lambda: (
                page._state == "ready"
                and model.rowCount() >= 1  # noqa: SLF001
                and all(
                    "conflicted" in model.ticket_at(r).subject.lower()
                    for r in range(model.rowCount())
                )
            ),
            what="search results",
        )
        filters.search.setText("no such words anywhere")
        await wait_until(lambda: page._state == "ready" and model.rowCount() == 0)  # noqa: SLF001
        # Online, the service searches every message too: the list says so once it answered.
        await wait_until(
            lambda: page._placeholder.text().startswith("No tickets match"),  # noqa: SLF001
            what="the service's answer",
        )
        assert page._placeholder.text() == (  # noqa: SLF001
            "No tickets match these filters, in subjects or in any message."
        )


class OpenedFiles(QObject):
    """Stands in for the desktop's file opener (Qt's own hook for file: URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(Path(url.toLocalFile()))


async def test_reply_with_an_attachment_then_open_and_save_it(
    desk: tuple[RunningServer, SmtpSink], qtbot: QtBot, tmp_path: Path
) -> None:  # R16
    server, _sink = desk
    log = tmp_path / "sync-log.txt"
    log.write_text("2026-11-25 09:12 sync stopped: 0x80070005\n" * 200)
    opened = OpenedFiles()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            window = controller.window
            ticket_id = await _create_elsewhere(server, "Sync stops at night")
            page = await opened_ticket(window, ticket_id)
            page.composer.editor.setPlainText("The log from last night is attached.")
            page.composer.attachments.add_files([log])
            page.composer.send()
            await wait_until(
                lambda: any(c.attachment_buttons for c in page.message_cards()),
                what="the reply with its attachment",
            )
            card = next(c for c in page.message_cards() if c.attachment_buttons)
            button = card.attachment_buttons[0]
            assert "sync-log.txt" in button.text()
            assert page.composer.attachments.files == []
            # Open: downloaded once into the data folder, handed to the system.
            button.open_action.trigger()
            await wait_until(lambda: opened.paths, what="the file opened")
            assert opened.paths[0].read_bytes() == log.read_bytes()
            assert str(opened.paths[0]).startswith(str(tmp_path))
            # Save as: the dialog picks the place.
            button.save_action.trigger()
            dialog = page.attachments.save_dialog
            assert dialog is not None and dialog.isVisible()
            target = tmp_path / "saved" / "copy.txt"
            target.parent.mkdir()
            saved: list[Path] = []
            page.attachments.saved.connect(saved.append)
            dialog.selectFile(str(target))
            dialog.accept()
            await wait_until(lambda: saved, what="the file saved")
            assert target.read_bytes() == log.read_bytes()
    finally:
        QDesktopServices.unsetUrlHandler("file")


@pytest.fixture(scope="module")
def quiet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """No demo agent: a callback stays queued until the admin cancels it."""
    directory = tmp_path_factory.mktemp("desk-quiet")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def test_cancel_a_queued_callback(
    quiet: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    ticket_id = await _create_elsewhere(
        quiet, "Call me about the locked account", channel="callback", phone="+31201234567"
    )
    async with signed_in_client(quiet, qtbot, tmp_path, "ava@northwind.example") as controller:
        window = controller.window
        page = await opened_ticket(window, ticket_id)
        assert page.cancel_call_button.isVisible() and "queue" in page.live_state.text()
        box = await _cancel_box(page, qtbot)
        qtbot.mouseClick(box.solve_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: page.ticket is not None and page.ticket.status == "solved", what="cancelled"
        )
        assert "cancelled" in page.live_state.text()
        assert not page.cancel_call_button.isVisible() and page.reopen_button.isVisible()
        # Support never answered: nothing to rate, and no answer is awaited any more.
        assert not page.satisfaction_box.isVisible()
        assert page.sla.text() == "Solved without a response from support."
        row = window.my_tickets.model.row_of(ticket_id)
        await wait_until(
            lambda: window.my_tickets.model.ticket_at(row).status == "solved",  # type: ignore[arg-type]
            what="the row updated",
        )


async def _cancel_box(page: TicketPage, qtbot: QtBot) -> CancelCallBox:
    """Cancel callback pressed: the question it asks first (R15)."""
    qtbot.mouseClick(page.cancel_call_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: page.findChild(CancelCallBox), what="the question")
    box = page.findChild(CancelCallBox)
    assert isinstance(box, CancelCallBox) and box.isVisible()
    return box


async def test_cancel_callback_asks_first_and_can_keep_the_ticket_open(
    quiet: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    """R15 lets a queued call be cancelled and says nothing of the ticket: asked first,
    keeping the call the default; the ticket kept open is a written request."""
    ticket_id = await _create_elsewhere(
        quiet, "Call me about the sharing links", channel="callback", phone="+31201234568"
    )
    async with signed_in_client(quiet, qtbot, tmp_path, "ava@northwind.example") as controller:
        window = controller.window
        page = await opened_ticket(window, ticket_id)
        box = await _cancel_box(page, qtbot)
        assert "+31 20 123 4568" in box.text() or "+31201234568" in box.text()
        # The safe choice is the default: Enter keeps the call.
        assert box.defaultButton() is box.keep_call_button
        assert box.escapeButton() is box.keep_call_button
        qtbot.keyClick(box, Qt.Key.Key_Return)
        await wait_until(lambda: not box.isVisible(), what="the question answered")
        assert (await read_ticket(quiet.url, ticket_id))["callback"]["state"] == "queued"
        box = await _cancel_box(page, qtbot)
        qtbot.mouseClick(box.keep_open_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: (
                page.ticket is not None
                and page.ticket.callback is not None
                and page.ticket.callback.state == "cancelled"
            ),
            what="cancelled",
        )
        served = await read_ticket(quiet.url, ticket_id)
        assert (served["status"], served["callback"]["state"]) == ("new", "cancelled")
        assert "in writing" in page.live_state.text()
        assert page.sla.text().startswith("Waiting for the first response")  # still so
        assert page.solve_button.isVisible() and not page.satisfaction_box.isVisible()
        assert not page.cancel_call_button.isVisible()


async def test_a_reply_being_written_is_kept_across_restarts(
    quiet: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    ticket_id = await _create_elsewhere(quiet, "Draft kept")
    settings = make_settings(tmp_path, server_url=quiet.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        page = controller.window.ticket_page
        controller.window.open_ticket(ticket_id)
        await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
        page.composer.editor.setPlainText("Half-written: the sync stops at")
        drafts = controller.store.drafts if controller.store else None
        assert drafts is not None
        await wait_until(
            lambda: drafts.get(reply_key(ticket_id)) is not None, what="saved while typing"
        )
        # The draft list shows it, and the navigation counts it.
        window = controller.window
        await wait_until(lambda: window.drafts.list.count() == 1, what="the draft listed")
        assert "Draft kept" in window.drafts.list.item(0).text()
        assert "Half-written" in window.drafts.list.item(0).text()
        assert window.navigation.item_for(NAV_DRAFTS).text() == "Drafts and outbox (1)"
    # A new start of the app (signed in again from the keyring, or by hand).
    async with running_client(tmp_path, settings) as controller:
        controller.start()
        await wait_until(
            lambda: (
                controller.signed_in is not None
                or (controller.sign_in_dialog is not None and controller.sign_in_dialog.isVisible())
            )
        )
        if controller.signed_in is None:
            await signed_in(controller, qtbot, "ava@northwind.example", start=False)
        await wait_until(lambda: controller.window.my_tickets.model.rowCount() > 0)
        page = controller.window.ticket_page
        window = controller.window
        window.show_drafts()  # continued from the draft list
        await wait_until(lambda: window.drafts.list.count() == 1, what="the draft listed")
        window.drafts.list.itemActivated.emit(window.drafts.list.item(0))
        await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
        assert page.back_button.text() == "← Drafts"
        assert page.composer.editor.toPlainText() == "Half-written: the sync stops at"
        page.composer.editor.setPlainText("The sync stops at 02:00 every night.")
        page.composer.send()
        await wait_until(lambda: page.composer.editor.toPlainText() == "", what="sent")
        drafts = controller.store.drafts if controller.store else None
        assert drafts is not None
        await wait_until(lambda: drafts.get(reply_key(ticket_id)) is None, what="draft gone")
        await wait_until(lambda: window.drafts.list.count() == 0, what="the list emptied")
