"""The outbox against a real service: exactly once, in order, offline and back (issue 6)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.store.drafts import reply_key
from desktop.ui.tickets.ticket.outbox_card import state_text
from tests.support.app import make_settings, running_client
from tests.support.client_flows import open_contact, signed_in, signed_in_client
from tests.support.databases import sqlite_database
from tests.support.server import free_port, run_cli, running_server
from tests.support.tcp_proxy import lossy_proxy
from tests.support.tickets import agent_reply, list_tickets, read_ticket
from tests.support.waiting import wait_until


async def open_first_ticket(controller: AppController, *, status: str | None = None) -> str:
    """Open one of Ava's tickets (not closed, unless asked for one); its id."""
    window = controller.window
    model = window.my_tickets.model
    rows = [model.ticket_at(row) for row in range(model.rowCount())]
    ticket = next(
        t for t in rows if (t.status == status if status else t.status not in ("closed",))
    )
    window.open_ticket(ticket.id)
    page = window.ticket_page
    await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket.id)
    return ticket.id


def _closed(dialog: object) -> bool:
    try:
        return not dialog.isVisible()  # type: ignore[attr-defined]
    except RuntimeError:
        return True  # already deleted: closed


def bodies(ticket: dict[str, object]) -> list[str]:
    return [str(m["body"]) for m in ticket["messages"]]  # type: ignore[index, union-attr]


async def test_a_reply_whose_answer_was_lost_is_stored_once_and_shows_as_sent(
    qtbot: QtBot, tmp_path: Path
) -> None:
    text = "Exactly once, please: the answer to this one gets lost."
    with (
        sqlite_database(tmp_path) as url,
        running_server(url, tmp_path) as server,
        lossy_proxy(int(server.url.rsplit(":", 1)[1]), tmp_path / "proxy") as proxy,
    ):
        settings = make_settings(tmp_path, server_url=proxy.url)
        async with running_client(tmp_path, settings) as controller:
            await signed_in(controller, qtbot, "ava@northwind.example")
            ticket_id = await open_first_ticket(controller)
            page = controller.window.ticket_page
            # The service stores the reply, then the connection drops before its answer.
            proxy.drop_answers_to(b"/messages")
            page.composer.editor.setPlainText(text)
            page.composer.send()
            await wait_until(lambda: proxy.dropped >= 1, what="the answer dropped")
            await wait_until(
                lambda: [c.item.state for c in page.thread_scroll.pending_cards()] == ["queued"],
                what="the reply waiting to be sent again",
            )
            proxy.drop_answers_to(None)
            controller.reconnect_now()
            await wait_until(
                lambda: (
                    not page.thread_scroll.pending_cards()
                    and page.message_cards()[-1].message.body == text
                ),
                what="shown as sent",
            )
        # Sent twice with one Idempotency-Key: stored once.
        assert bodies(await read_ticket(server.url, ticket_id)).count(text) == 1


class _Offline(NamedTuple):
    controller: AppController
    ticket_id: str  # one of Ava's tickets, its thread stored
    database_url: str  # the service's, to start it again on
    port: int  # the service's, likewise


@asynccontextmanager
async def _offline_with_a_stored_thread(qtbot: QtBot, tmp_path: Path) -> AsyncIterator[_Offline]:
    """Ava's client started again on its store with the service gone, saying it is
    offline, after a session that stored one of her tickets' thread."""
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path, port=port):
            async with running_client(tmp_path, settings) as controller:
                await signed_in(controller, qtbot, "ava@northwind.example")
                ticket_id = await open_first_ticket(controller)  # its thread is now stored
        # The service is gone: the app starts on its store and says it is offline.
        async with running_client(tmp_path, settings) as controller:
            controller.start()
            window = controller.window
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            yield _Offline(controller, ticket_id, url, port)


async def test_offline_start_replies_and_a_new_ticket_arrive_once_in_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with _offline_with_a_stored_thread(qtbot, tmp_path) as offline:
        controller, ticket_id, url, port = offline
        window = controller.window
        assert "replies will be sent when the connection returns" in (
            window.offline_banner.text.text()
        )
        assert window.my_tickets.model.rowCount() > 0  # the cached list
        page = window.ticket_page
        window.open_ticket(ticket_id)
        await wait_until(lambda: page.ticket is not None, what="the stored thread")
        for text in ("First reply, written offline.", "Second reply, written offline."):
            page.composer.editor.setPlainText(text)
            page.composer.send()
            await wait_until(lambda: page.composer.editor.toPlainText() == "")
        await wait_until(lambda: len(page.thread_scroll.pending_cards()) == 2)
        window.show_my_tickets()
        dialog = await open_contact(controller, qtbot)
        assert dialog.offline_note.isVisible()
        assert not dialog.channel_buttons["chat"].isEnabled()
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sharing"))
        dialog.subject_edit.setText("Written on a plane")
        dialog.body_edit.setPlainText("Shared links open a blank page since this morning.")
        attached = tmp_path / "browser-console.txt"
        attached.write_text("GET /s/abc123 200, then a blank page")
        dialog.attachments.add_files([attached])  # uploaded first, once back online
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: _closed(dialog), what="the form closed")
        service = controller.service
        assert service is not None
        assert [i.kind for i in service.outbox.store.items()] == ["reply", "reply", "ticket"]
        # The service comes back; "Try again now" (or the OS) wakes the client.
        with running_server(url, tmp_path, port=port, seed=False) as server:
            qtbot.mouseClick(window.offline_banner.retry_button, Qt.MouseButton.LeftButton)
            await wait_until(
                lambda: not service.outbox.store.items(),
                timeout=45,
                what=lambda: f"outbox empty: {service.outbox.store.items()}",
            )
            await wait_until(lambda: not window.offline_banner.isVisible(), timeout=30)
            thread = bodies(await read_ticket(server.url, ticket_id))
            assert thread[-2:] == [
                "First reply, written offline.",
                "Second reply, written offline.",
            ]
            assert thread.count("First reply, written offline.") == 1
            made = [
                t for t in await list_tickets(server.url) if t["subject"] == "Written on a plane"
            ]
            assert len(made) == 1
            first = (await read_ticket(server.url, made[0]["id"]))["messages"][0]
            assert [a["filename"] for a in first["attachments"]] == ["browser-console.txt"]


async def test_a_refused_reply_says_why_and_can_be_edited_or_discarded(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            ticket_id = await open_first_ticket(controller, status="closed")
            page = controller.window.ticket_page
            service = controller.service
            assert service is not None and page.ticket is not None
            assert not page.composer.isVisible()  # closed: no reply box
            # Queued as if it had been written before the ticket closed.
            await service.outbox.send_reply(page.ticket, "Is this still being looked at?")
            await wait_until(
                lambda: [c.item.state for c in page.thread_scroll.pending_cards()] == ["failed"],
                what="refused",
            )
            card = page.thread_scroll.pending_cards()[0]
            assert "closed" in card.state.text()
            # No Retry that can never succeed: a new request carries it instead (issue 20).
            assert not card.retry_button.isVisible() and card.new_request_button.isVisible()
            qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: not page.thread_scroll.pending_cards(), what="taken back")
            await wait_until(
                lambda: page.composer.editor.toPlainText() == "Is this still being looked at?"
            )
            assert page.composer.isVisible() and not page.composer.send_button.isEnabled()
            assert "closed while you were writing" in page.read_only_note.text()
            assert service.drafts.get(reply_key(ticket_id)) is not None  # kept as a draft
            # Queued again and discarded: asked first, then gone.
            await service.outbox.send_reply(page.ticket, "Never mind.")
            await wait_until(lambda: len(page.thread_scroll.pending_cards()) == 1)
            await wait_until(lambda: page.thread_scroll.pending_cards()[0].item.state == "failed")
            card = page.thread_scroll.pending_cards()[0]
            qtbot.mouseClick(card.discard_button, Qt.MouseButton.LeftButton)
            box = page.findChild(QMessageBox, "discard_outbox_box")
            assert box is not None
            box.button(QMessageBox.StandardButton.Discard).click()
            await wait_until(lambda: not service.outbox.store.items(), what="discarded")
        assert "Never mind." not in bodies(await read_ticket(server.url, ticket_id))


async def test_an_answer_that_arrives_while_writing_is_seen_before_sending(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            ticket_id = await open_first_ticket(controller)
            page = controller.window.ticket_page
            page.composer.editor.setPlainText("I think it is the proxy, but")
            await agent_reply(server.url, ticket_id, "Could you send us the sync log?")
            await wait_until(lambda: page.conflict_bar.isVisible(), what="the conflict shown")
            assert "Support answered while you were writing" in page.conflict_bar.text.text()
            page.composer.send()
            assert page.composer.editor.toPlainText() == "I think it is the proxy, but"
            assert "answered meanwhile" in page.composer.status.text()
            qtbot.mouseClick(page.conflict_bar.send_anyway_button, Qt.MouseButton.LeftButton)
            await wait_until(
                lambda: page.message_cards()[-1].message.body == "I think it is the proxy, but",
                what="sent anyway",
            )
            assert not page.conflict_bar.isVisible()


# Only spaces, the ideographic one (U+3000, a Japanese keyboard's) among them.
BLANK_REPLY = "\u3000 \u3000\n\t\u3000"
BLANK_TEXT_EN = "Not sent: The text was empty or only spaces. Write a message to send it."
BLANK_TEXT_JA = "テキストが空か、空白だけでした。送信するにはメッセージを入力してください。"
# The service's access log line (JSON): "message": "POST /v1/tickets/…/messages 422"
REFUSED_REPLY = '/messages 422"'


async def test_a_blank_reply_queued_offline_is_kept_as_failed_with_the_reason(
    qtbot: QtBot, tmp_path: Path, english: Any
) -> None:
    async with _offline_with_a_stored_thread(qtbot, tmp_path) as offline:
        controller, ticket_id, url, port = offline
        window = controller.window
        page = window.ticket_page
        window.open_ticket(ticket_id)
        await wait_until(lambda: page.ticket is not None, what="the stored thread")
        service = controller.service
        assert service is not None and page.ticket is not None
        # The reply box refuses blank text now; an older client queued it anyway.
        await service.outbox.send_reply(page.ticket, BLANK_REPLY)
        await wait_until(
            lambda: [c.item.state for c in page.thread_scroll.pending_cards()] == ["queued"],
            what="queued while offline",
        )
        with running_server(url, tmp_path, port=port, seed=False) as server:
            controller.reconnect_now()
            await wait_until(
                lambda: [c.item.state for c in page.thread_scroll.pending_cards()] == ["failed"],
                timeout=45,
                what=lambda: f"refused: {service.outbox.store.items()}",
            )
            [item] = service.outbox.store.items()
            assert (item.error_status, item.error_code) == (422, "blank_text")
            assert item.body == BLANK_REPLY  # kept: the user decides
            card = page.thread_scroll.pending_cards()[0]
            assert card.state.text() == BLANK_TEXT_EN == state_text(item)
            assert card.retry_button.isVisible() and card.edit_button.isVisible()
            # Not tried again by itself, even when the client is told to try now.
            assert server.log().count(REFUSED_REPLY) == 1
            controller.reconnect_now()
            await asyncio.sleep(1)
            await service.outbox.wait_idle()
            assert server.log().count(REFUSED_REPLY) == 1
            assert [i.state for i in service.outbox.store.items()] == ["failed"]
            # The reason follows the language.
            try:
                english.apply("ja")
                await wait_until(
                    # Read without the joiners that hold Japanese words whole.
                    lambda: BLANK_TEXT_JA in card.state.text(),
                    what="in ja",
                )
            finally:
                english.apply("en")
            thread = bodies(await read_ticket(server.url, ticket_id))
            assert BLANK_REPLY not in thread


async def test_a_reply_refused_because_its_ticket_closed_meanwhile_goes_as_a_new_request(
    qtbot: QtBot, tmp_path: Path
) -> None:
    text = "Written offline: the shared folder is still missing for Noah."
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path, port=port):
            async with running_client(tmp_path, settings) as controller:
                await signed_in(controller, qtbot, "ava@northwind.example")
                ticket_id = await open_first_ticket(controller, status="solved")
        # Offline: the reply (with a file) waits in the outbox.
        async with running_client(tmp_path, settings) as controller:
            controller.start()
            window = controller.window
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            page = window.ticket_page
            window.open_ticket(ticket_id)
            await wait_until(lambda: page.ticket is not None, what="the stored thread")
            service = controller.service
            assert service is not None
            attached = tmp_path / "sharing-log.txt"
            attached.write_text("share sf_118: 403 for noah@northwind.example")
            page.composer.editor.setPlainText(text)
            page.composer.attachments.add_files([attached])
            page.composer.send()
            await wait_until(
                lambda: [c.item.state for c in page.thread_scroll.pending_cards()] == ["queued"],
                what="queued while offline",
            )
            # Meanwhile on the service a quiet week passes: the solved ticket closes.
            later = (datetime.now(UTC) + timedelta(days=8)).isoformat()
            assert run_cli(url, "maintain", CLOCK_START=later).returncode == 0
            with running_server(url, tmp_path, port=port, seed=False) as server:
                controller.reconnect_now()
                await wait_until(
                    lambda: (
                        [c.item.state for c in page.thread_scroll.pending_cards()] == ["failed"]
                    ),
                    timeout=45,
                    what=lambda: f"refused: {service.outbox.store.items()}",
                )
                [refused] = service.outbox.store.items()
                assert refused.error_code == "ticket_closed"
                card = page.thread_scroll.pending_cards()[0]
                assert not card.retry_button.isVisible()
                # Drafts and outbox offers the same in its context menu.
                window.show_drafts()
                drafts = window.drafts
                [entry] = [drafts.list.item(row) for row in range(drafts.list.count())]
                menu = drafts.menu_for(entry)
                assert menu is not None
                assert "Send as a new request" in [a.text() for a in menu.actions()]
                window.open_ticket(ticket_id)
                await wait_until(lambda: bool(page.thread_scroll.pending_cards()))
                card = page.thread_scroll.pending_cards()[0]
                qtbot.mouseClick(card.new_request_button, Qt.MouseButton.LeftButton)
                await wait_until(
                    lambda: window.contact_dialog is not None and window.contact_dialog.isVisible(),
                    what="the contact form",
                )
                dialog = window.contact_dialog
                assert dialog is not None
                assert dialog.body_edit.toPlainText() == text
                assert dialog.subject_edit.text().startswith("Follow-up to #")
                assert [f.name for f in dialog.attachments.files] == ["sharing-log.txt"]
                assert dialog.channel == "request"
                # Not sent yet: the reply stays in the outbox (the text is never lost).
                assert [i.key for i in service.outbox.store.items()] == [refused.key]
                if dialog.category is None:
                    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sharing"))
                qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
                await wait_until(lambda: _closed(dialog), what="the form closed")
                await wait_until(lambda: not service.outbox.store.items(), what="outbox empty")
                made = [
                    t
                    for t in await list_tickets(server.url)
                    if str(t["subject"]).startswith("Follow-up to #")
                ]
                assert len(made) == 1
                first = (await read_ticket(server.url, made[0]["id"]))["messages"][0]
                assert first["body"] == text
                assert [a["filename"] for a in first["attachments"]] == ["sharing-log.txt"]
                assert text not in bodies(await read_ticket(server.url, ticket_id))
