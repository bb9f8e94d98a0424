"""Recommendations (R19) in the real window against a real service with the demo world."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backend.seed.catalogue import CATALOGUE
from desktop.api.models import NewTicket
from desktop.bootstrap.controller import AppController
from desktop.ui.recommendations.recommendations_page import RecommendationsPage
from desktop.ui.shell.navigation import NAV_RECOMMENDATIONS
from desktop.ui.text.durations import span_text
from desktop.ui.text.labels import category_label
from tests.support.app import make_settings, running_client
from tests.support.billing import nav_texts, sign_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_until


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A service of its own: these tests submit tickets and give verdicts."""
    directory = tmp_path_factory.mktemp("recommendations")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def service_recommendations(server: RunningServer, email: str) -> Any:
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        token = (
            await api.post("/auth/token", json={"email": email, "password": "demo-password"})
        ).json()["access_token"]
        response = await api.get("/recommendations", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        return response.json()


async def open_recommendations(controller: AppController) -> RecommendationsPage:
    assert controller.window.navigation.item_for(NAV_RECOMMENDATIONS).text() in nav_texts(
        controller
    )
    controller.window.show_recommendations()
    page = controller.window.recommendations
    await wait_until(lambda: page.shown is not None and not page._loading, what="recommendations")
    return page


class OpenedUrls(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


async def test_cards_follow_the_teams_tickets_and_open_in_the_browser(
    library: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R19
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("https", opened, "open")
    try:
        settings = make_settings(tmp_path, server_url=library.url)
        async with running_client(tmp_path, settings) as controller:
            await sign_in(controller, qtbot, "ava@northwind.example")
            page = await open_recommendations(controller)
            expected = await service_recommendations(library, "ava@northwind.example")
            assert expected["basis"] == "history"
            assert "your team's tickets" in page.basis_note.text()
            assert [c.title.text() for c in page.cards] == [i["title"] for i in expected["items"]]
            assert any(i["minutes"] for i in expected["items"])  # durations are shown below
            for card, item in zip(page.cards, expected["items"], strict=True):
                assert card.summary.text() == item["summary"]
                # How long a video or course takes, as the service says; nothing for articles.
                if item["minutes"]:
                    assert card.kind.text().endswith(f" · {span_text(item['minutes'] * 60)}")
                else:
                    assert item["kind"] == "article" and "min" not in card.kind.text()
                if item["reason_category"]:
                    n, issue = item["reason_tickets"], category_label(item["reason_category"])
                    noun = "ticket" if n == 1 else "tickets"
                    assert card.reason.text() == f"Because of {n} {noun} about {issue}."
                else:
                    assert card.reason.text() == "Popular with teams like yours."

            # Filter by kind: only videos, all of them.
            page.kind_filter.setCurrentIndex(page.kind_filter.findData("video"))
            videos = [i["title"] for i in expected["items"] if i["kind"] == "video"]
            assert [c.title.text() for c in page.cards] == videos
            page.kind_filter.setCurrentIndex(0)

            first = page.cards[0]
            first.open_button.click()
            assert opened.urls == [expected["items"][0]["url"]]

            # Done: remembered by the service, the next one moves up; Undo brings it back.
            first.done_button.click()
            await wait_until(lambda: page._last_verdict is not None)
            assert expected["items"][0]["title"] not in [c.title.text() for c in page.cards]
            after = await service_recommendations(library, "ava@northwind.example")
            assert expected["items"][0]["key"] not in [i["key"] for i in after["items"]]
            assert "marked as done" in page.status.text() and page.undo_button.isVisible()
            page.undo_button.click()
            await wait_until(lambda: page._last_verdict is None)
            assert [c.title.text() for c in page.cards] == [i["title"] for i in expected["items"]]

            # R19: a ticket submitted through the outbox refreshes the cards.
            before = {c.item.key: c.item.reason_tickets for c in page.cards}
            category = expected["items"][0]["reason_category"]
            assert controller.service is not None
            await controller.service.outbox.send_ticket(
                NewTicket("dropbox", "request", category, "en", "More of the same", "Again.")
            )
            top = expected["items"][0]["key"]
            await wait_until(
                lambda: any(
                    c.item.key == top and c.item.reason_tickets == before[top] + 1
                    for c in page.cards
                ),
                what="recommendations read again after the ticket was sent",
            )
    finally:
        QDesktopServices.unsetUrlHandler("https")


async def test_a_team_without_tickets_sees_popular_ones_said_so(
    library: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R19
    settings = make_settings(tmp_path, server_url=library.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "ivan@invoice.example")
        page = await open_recommendations(controller)
        expected = await service_recommendations(library, "ivan@invoice.example")
        assert expected["basis"] == "popular"
        assert "most popular" in page.basis_note.text()
        assert [c.title.text() for c in page.cards] == [i["title"] for i in expected["items"]]
        assert all(c.reason.text() == "Popular with teams like yours." for c in page.cards)


async def test_in_the_admins_language_and_offline_as_last_synced(
    qtbot: QtBot, tmp_path: Path
) -> None:  # R19
    (tmp_path / "db").mkdir()
    with ExitStack() as stack:
        url = stack.enter_context(sqlite_database(tmp_path / "db"))
        service = stack.enter_context(running_server(url, tmp_path / "db"))
        settings = make_settings(tmp_path, server_url=service.url)
        async with running_client(tmp_path, settings, language="ja") as controller:
            await sign_in(controller, qtbot, "yuki@northwind.example")
            page = await open_recommendations(controller)
            expected = await service_recommendations(service, "yuki@northwind.example")
            titles = [i["title"] for i in expected["items"]]
            assert [c.title.text() for c in page.cards] == titles
            assert any("\u3040" <= ch <= "\u30ff" for ch in titles[0])  # kana: Japanese text
            stack.close()  # the service goes away
            page.reload()
            await wait_until(lambda: not page._loading, what="the stored recommendations")
            assert page.shown is not None and page.shown.stored_at is not None
            status = page.status.text()  # as set, not as drawn (issue 19)
            assert page.status.isVisible() and status.startswith("オフライン")
            assert [c.title.text() for c in page.cards] == titles


async def test_in_the_apps_language_whatever_the_accounts(
    library: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R19: Ava's account is English; the app speaks Dutch
    settings = make_settings(tmp_path, server_url=library.url)
    async with running_client(tmp_path, settings, language="nl") as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        page = await open_recommendations(controller)
        assert page.shown is not None and page.shown.value.language == "nl"
        by_key = {i.key: i for i in CATALOGUE}
        assert [c.summary.text() for c in page.cards] == [
            by_key[c.item.key].summary.nl for c in page.cards
        ]
        assert not page.language_note.isVisible()
        assert page.cards[0].reason.text().startswith("Vanwege ")


async def test_members_see_no_recommendations(
    library: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R19: the service answers admins only
    settings = make_settings(tmp_path, server_url=library.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "liam@northwind.example")
        assert "Recommendations" not in nav_texts(controller)


async def test_a_verdict_moves_no_card_and_keeps_the_keyboard_on_the_cards(
    library: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R19
    """A newcomer's "Mark as done": the line saying so came above the cards and pushed them
    all down, and the keyboard went to the window's first link (a banner's "Settings →
    Server…", which the next Enter would open)."""
    settings = make_settings(tmp_path, server_url=library.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "noah@northwind.example")
        page = await open_recommendations(controller)
        controller.window.activateWindow()
        assert len(page.cards) >= 3
        first_top = page.cards[0].mapTo(page, page.cards[0].rect().topLeft()).y()
        second = page.cards[1].item.key
        page.cards[0].done_button.setFocus()
        await wait_until(lambda: page.cards[0].done_button.hasFocus(), what="the button focused")
        done = page.cards[0].item.key
        qtbot.keyClick(page.cards[0].done_button, Qt.Key.Key_Return)  # pressed from the keyboard
        await wait_until(lambda: page._last_verdict is not None, what="the verdict")
        await wait_until(lambda: page.cards[0].isVisible(), what="the cards shown again")
        # The next card took the place of the one marked done, where it was.
        assert page.cards[0].item.key == second
        assert page.cards[0].mapTo(page, page.cards[0].rect().topLeft()).y() == first_top
        assert page.status.isVisible() and page.undo_button.isVisible()
        # The keyboard is on the next card's Open (named with its title), not its Mark as
        # done: a second Enter (newcomer 108) opens it and gives it no verdict.
        next_open = page.cards[0].open_button
        assert QApplication.focusWidget() is next_open
        assert page.cards[0].item.title in next_open.accessibleName()
        opened = OpenedUrls()
        QDesktopServices.setUrlHandler("https", opened, "open")
        try:
            qtbot.keyClick(next_open, Qt.Key.Key_Return)
            await wait_until(lambda: opened.urls == [page.cards[0].item.url], what="opened")
        finally:
            QDesktopServices.unsetUrlHandler("https")
        assert page._last_verdict is not None and page._last_verdict[0].key == done
        left = await service_recommendations(library, "noah@northwind.example")
        assert second in [i["key"] for i in left["items"]]

        # Undo from the keyboard: the card comes back, and the keyboard with it.
        page.undo_button.setFocus()
        await wait_until(lambda: page.undo_button.hasFocus(), what="Undo focused")
        qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
        await wait_until(lambda: page._last_verdict is None, what="the undo")
        assert page.cards[0].item.key == done
        assert QApplication.focusWidget() is page.cards[0].done_button
