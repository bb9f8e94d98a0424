"""A row of the Drafts and outbox page: its second line joins only the parts it has, so
a draft with no text yet (a new ticket with only a subject) never starts with a lone "·".

A real store file; the page reads it through a TicketService as the window binds it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.api.list_models import User
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.store.drafts import NEW_TICKET_KEY, reply_key
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.compose.drafts_page import DraftsPage
from tests.support.waiting import wait_active, wait_until

# "saved {when}": Dutch puts the moment first ("zojuist opgeslagen").
SAVED = {"en": "saved ", "nl": " opgeslagen", "ja": "保存"}
CONTACT_SUPPORT = {
    "en": "Contact support…",
    "nl": "Contact opnemen met Support…",
    "ja": "サポートに問い合わせる…",
}
ADMIN = User("usr_ava", "Ava Jansen", "ava@northwind.example", "admin", "team_1", None, "en")


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[TicketService]:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    client = ApiClient("http://127.0.0.1:9")  # never asked: the page reads the store
    try:
        yield TicketService(client, store)
    finally:
        await client.aclose()
        await store.close()


@pytest.mark.parametrize("language", ["en", "nl", "ja"])
async def test_a_draft_without_text_has_no_lone_dot(
    qtbot: QtBot,
    english: LanguageSwitcher,
    service: TicketService,
    language: str,
) -> None:
    await service.drafts.save(NEW_TICKET_KEY, "", fields={"subject": "Sync stopped"})
    await service.drafts.save(reply_key("tkt_1"), "Half a thought", ticket_id="tkt_1")
    english.apply(language)
    try:
        page = DraftsPage()
        qtbot.addWidget(page)
        page.bind(service)
        await wait_until(lambda: page.list.count() == 2, what="both drafts listed")
        lines = [page.list.item(row).text().split("\n")[1] for row in range(2)]
        bare = next(line for line in lines if "Half a thought" not in line)
        assert SAVED[language] in bare, bare
        assert "·" not in bare  # not "· saved …"
        worded = next(line for line in lines if "Half a thought" in line)
        assert worded.startswith("Half a thought  ·  "), worded
        assert SAVED[language] in worded.partition("  ·  ")[2], worded
    finally:
        english.apply("en")


@pytest.mark.parametrize("language", ["en", "nl", "ja"])
async def test_an_empty_page_offers_contact_support_to_an_admin(  # R13
    qtbot: QtBot,
    english: LanguageSwitcher,
    service: TicketService,
    language: str,
) -> None:
    """Nothing waiting is no dead end: the next thing to do is write to support."""
    service.client.resume_offline("refresh", ADMIN)
    english.apply(language)
    try:
        page = DraftsPage()
        qtbot.addWidget(page)
        page.bind(service)
        page.show()
        action = page.empty_state.action
        assert page.empty_state.isVisible() and action.isVisible()
        assert action.text() == CONTACT_SUPPORT[language]
        asked: list[bool] = []
        page.new_ticket_requested.connect(lambda: asked.append(True))
        action.click()
        await wait_until(lambda: asked, timeout=5, what="the new-ticket form asked for")
    finally:
        english.apply("en")


async def test_an_empty_page_offers_a_member_no_form_they_cannot_use(  # R13
    qtbot: QtBot, service: TicketService
) -> None:
    service.client.resume_offline("refresh", ADMIN._replace(role="member"))
    page = DraftsPage()
    qtbot.addWidget(page)
    page.bind(service)
    page.show()
    assert page.empty_state.isVisible()
    assert not page.empty_state.action.isVisible()


async def test_the_focused_list_shows_one_ring(qtbot: QtBot, service: TicketService) -> None:
    """Flush with the page, the application's ring around the list was clipped away and
    Qt's dotted frame inside the current row was all there was: a frame in a frame."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.look.theme import focus_ring_colour, selected_row_colours

    await service.drafts.save(reply_key("tkt_1"), "Half a thought", ticket_id="tkt_1")
    page = DraftsPage()
    qtbot.addWidget(page)
    page.bind(service)
    await wait_until(lambda: page.list.count() == 1, what="the draft listed")
    page.resize(700, 300)
    page.show()
    page.activateWindow()
    await wait_active(page)
    page.list.setFocus()
    await wait_until(page.list.hasFocus, what="the list focused")
    ring = focus_ring_colour(QApplication.palette(page.list)).name()
    fill = selected_row_colours(QApplication.palette(page.list))[0].name()
    image = page.list.grab().toImage()
    assert image.pixelColor(0, image.height() // 2).name() == ring
    row = page.list.visualItemRect(page.list.item(0)).translated(page.list.viewport().pos())
    across = {image.pixelColor(x, row.center().y()).name() for x in range(0, 40)}
    assert across <= {ring, fill}, across  # the ring, then the row's fill: nothing between


async def test_press_enter_is_said_only_with_a_draft_to_continue(
    qtbot: QtBot, service: TicketService
) -> None:
    """An empty page said "Press Enter to continue one." with nothing to continue."""
    hint = "Press Enter to continue one."
    page = DraftsPage()
    qtbot.addWidget(page)
    page.bind(service)
    page.show()
    assert page.empty_state.isVisible()
    assert page.note.text().endswith("what waits to be sent.") and hint not in page.note.text()
    await service.drafts.save(reply_key("tkt_1"), "Half a thought", ticket_id="tkt_1")
    await wait_until(lambda: hint in page.note.text(), what="the hint with a draft")
    await service.drafts.discard(reply_key("tkt_1"))
    await wait_until(lambda: hint not in page.note.text(), what="no hint without one")
