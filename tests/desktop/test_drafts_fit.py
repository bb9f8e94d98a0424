"""Drafts and outbox fits its list's width in every language, at the usual window size and
a small laptop's: no sideways scrolling (drafts-outbox-ja scrolled sideways at 1100×720).
Each row's lines fit: what is cut ends in "…", and the whole is in the row's tooltip (a
draft's text was cut at 90 characters without one, and seemed cut short).

A real store file; the page reads it through a TicketService as the window binds it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.services.outbox import TICKET_CLOSED
from desktop.services.tickets import TicketService
from desktop.store.drafts import reply_key
from desktop.store.outbox import FAILED, REPLY
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.compose.drafts_page import DraftsPage
from tests.desktop.test_drafts_rows import service  # noqa: F401 - the fixture
from tests.support.waiting import wait_until

LONG = (
    "Thanks! I checked the team folder settings: 'Who can be invited' says 'Only team "
    "members', and the auditor's address is on the allow list since Monday, so I do not "
    "see why the invitation is refused every time we send it again."
)
# The list's room in a window of 1100×720 and of 1024×640, less the widest navigation.
PAGE_SIZES = ((840, 560), (764, 480))


def _lines(page: DraftsPage, row: int) -> tuple[str, str]:
    option = QStyleOptionViewItem()
    page.list.initViewItemOption(option)
    index = page.list.model().index(row, 0)
    option.rect = page.list.visualRect(index)
    return page.rows.shown_lines(option, index)


@pytest.mark.parametrize("size", PAGE_SIZES)
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_drafts_and_outbox_fit_without_sideways_scrolling(
    qtbot: QtBot,
    english: LanguageSwitcher,
    service: TicketService,  # noqa: F811 - the fixture
    language: str,
    size: tuple[int, int],
) -> None:
    await service.drafts.save(reply_key("tkt_1"), LONG, ticket_id="tkt_1")
    item = await service.outbox.store.add(kind=REPLY, body="Is there any news?", ticket_id="tkt_2")
    await service.outbox.store.set_state(
        item.key, FAILED, error_status=409, error_code=TICKET_CLOSED
    )
    english.apply(language)
    try:
        page = DraftsPage()
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        page.bind(service)
        await wait_until(lambda: page.list.count() == 2, what="the draft and the reply listed")
        await wait_until(lambda: page.list.isVisible(), what="the list shown")
        assert page.list.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
        viewport = page.list.viewport().width()
        metrics = QFontMetrics(page.list.font())
        for row in range(2):
            assert page.list.visualRect(page.list.model().index(row, 0)).right() < viewport
            for line in _lines(page, row):
                assert metrics.horizontalAdvance(line) <= viewport
        draft = next(r for r in range(2) if "Thanks!" in page.list.item(r).text())
        _heading, second = _lines(page, draft)
        assert second.startswith("Thanks! I checked")
        assert "…" in second  # cut, and it says so
        assert second.endswith(_saved(language)) or _saved(language) in second
        tooltip = page.list.item(draft).toolTip()
        assert "refused every time we send it again." in tooltip  # the whole text
    finally:
        english.apply("en")


def _saved(language: str) -> str:
    return {"en": "saved", "nl": "opgeslagen", "ja": "保存"}[language]
