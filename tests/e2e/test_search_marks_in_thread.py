"""A ticket found by a list's search opens with the searched words marked in its thread,
beside the list (the reading pane) and over it (a narrow window); clearing the search
unmarks them (tests/desktop/test_thread_search_marks.py: how they are marked)."""

from __future__ import annotations

import asyncio
import os
import time
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import docked_my_tickets, signed_in
from tests.support.server import RunningServer
from tests.support.tickets import create_ticket
from tests.support.waiting import wait_until

WORD = "wombatpéché"


def _marked(page: TicketPage) -> list[str]:
    """The messages (their ids) with a word marked."""
    return [c.message.id for c in page.thread_scroll.cards() if "<span " in c.body.text()]


def _showing(page: TicketPage, ticket_id: str) -> bool:
    return (
        page.ticket is not None and page.ticket.id == ticket_id and bool(page.thread_scroll.cards())
    )


async def test_a_find_opens_with_the_searched_words_marked(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    found = str(
        (
            await create_ticket(
                server.url,
                subject="Uploads vanish at night",
                body=f"Every night the {WORD} folder empties itself.",
            )
        )["id"]
    )
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        page = await docked_my_tickets(window)
        await wait_until(lambda: not page.syncing and page.model.rowCount() > 1)
        ticket_page = window.ticket_page

        page.filters.search.setText("WOMBATPECHE")  # accents and case as the list ignores
        await wait_until(lambda: page.model.row_of(found) is not None, what="the find")
        page.table.selectRow(page.model.row_of(found) or 0)
        await wait_until(lambda: _showing(ticket_page, found), what="the find beside")
        await wait_until(lambda: len(_marked(ticket_page)) == 1, what="its word marked")

        page.filters.search.clear()
        await wait_until(lambda: page.search_text == "" and not _marked(ticket_page))

        # Over the list, in a narrow window: the same.
        window.resize(1100, 720)
        await wait_until(lambda: not page.docked, what="the pane given back")
        page.filters.search.setText(WORD)
        await wait_until(lambda: page.model.row_of(found) is not None, what="the find")
        window.open_ticket(found)
        assert window.pages.currentWidget() is ticket_page
        await wait_until(lambda: _showing(ticket_page, found), what="the find opened")
        await wait_until(lambda: len(_marked(ticket_page)) == 1, what="its word marked")


# Set to a folder to keep screenshots (en, ja, nl; light and dark; 1296 and 1024 px wide)
# of held late finds and of a find's marked words, for a person to look at.
SHOTS = os.environ.get("SEARCH_SHOTS", "")


@pytest.mark.skipif(not SHOTS, reason="SEARCH_SHOTS names a folder for screenshots")
async def test_screenshots_of_held_finds_and_marked_words(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:

    from desktop.bootstrap.shooting import dark_mode, settle
    from desktop.ui.tickets.list.online_search import SearchState

    out = Path(SHOTS)
    subjects = {"en": "Folder empties", "ja": "フォルダが空になる", "nl": "Map wordt leeg"}
    bodies = {
        "en": "Every night the quokkaplume folder empties itself. The quokkaplume share too.",
        "ja": "毎晩クオッカ印刷のフォルダが空になります。クオッカ印刷の共有も同じです。",
        "nl": "Elke nacht maakt de quokkaplume-map zichzelf leeg. De quokkaplume-share ook.",
    }
    words = {"en": "quokkaplume", "ja": "クオッカ", "nl": "QUOKKAPLUME"}
    found: dict[str, str] = {}
    for lang in ("en", "ja", "nl"):
        # In the subject too (found at once), and newer ones only in messages (found late).
        found[lang] = str(
            (
                await create_ticket(
                    server.url, subject=f"{subjects[lang]} {words[lang]}", body=bodies[lang]
                )
            )["id"]
        )
        for n in range(2):
            await create_ticket(
                server.url, subject=f"{subjects[lang]} ({n + 2})", body=bodies[lang]
            )
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        page = window.my_tickets
        for lang in ("en", "ja", "nl"):
            controller.languages.apply(lang)
            for dark in (False, True):
                for size in ((1296, 800), (1024, 640)):
                    tag = f"{size[0]}-{'dark' if dark else 'light'}-{lang}"
                    async with _maybe_dark(dark, dark_mode):
                        window.show_my_tickets()
                        window.resize(*size)
                        await wait_until(lambda: not page.syncing)
                        page.filters.search.clear()
                        await settle()
                        service = page._service  # noqa: SLF001 - the shot holds its answer
                        assert service is not None
                        release = asyncio.Event()
                        search = service.search

                        async def held(
                            text: str,
                            scopes: tuple[str, ...],
                            filters: dict[str, str],
                            search: Any = search,
                            release: asyncio.Event = release,
                        ) -> Any:
                            await release.wait()
                            return await search(text, scopes, filters)

                        service.search = held  # type: ignore[method-assign]
                        page.filters.search.setText(words[lang])
                        await wait_until(lambda: page.online_search.state == SearchState.RUNNING)
                        # The keyboard just moved through the rows: the finds wait.
                        page.table.keyed_at = time.monotonic()
                        release.set()
                        await wait_until(page.late_finds.isVisible, what=f"{tag} held")
                        service.search = search  # type: ignore[method-assign]
                        await settle()
                        window.grab().save(str(out / f"late-finds-{tag}.png"))
                        page.show_held_finds()
                        opened = found[lang]
                        window.open_ticket(opened)
                        shown = window.ticket_page
                        await wait_until(partial(_showing, shown, opened), what=f"{tag} opened")
                        await wait_until(partial(_marked, shown), what=f"{tag} marked")
                        await settle()
                        await asyncio.sleep(0.2)
                        await settle()
                        window.grab().save(str(out / f"marked-{tag}.png"))
                        window.show_my_tickets()
        controller.languages.apply("en")


class _maybe_dark:  # noqa: N801 - a context manager's name
    def __init__(self, dark: bool, make: object) -> None:
        self._context = make() if dark else None  # type: ignore[operator]

    async def __aenter__(self) -> None:
        if self._context is not None:
            await self._context.__aenter__()

    async def __aexit__(self, *exc: object) -> None:
        if self._context is not None:
            await self._context.__aexit__(*exc)
