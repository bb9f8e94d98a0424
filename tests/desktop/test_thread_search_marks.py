"""A ticket opened from a searched list shows where the search matched: the words marked
in its messages (a marker's background from the theme, its text at 4.5:1 or more, light
and dark), found as the list's search finds them (case, accents, Japanese substrings),
and the thread scrolled to the first message holding them; a cleared search unmarks them
(a newcomer opened a find and could not see why it was one)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.models import Message, Ticket
from desktop.ui.look.theme import contrast
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.ticket.message_card import MessageCard
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.desktop.test_ticket_table_model import ticket
from tests.support.palettes import dark_palette, light_palette

FILLER = "A line of text that is long enough to wrap inside the card, and then some more. " * 3
BODIES = {
    3: "Wij hebben twee Ideeën voor de map: eerst de sync stoppen.",
    5: "毎晩クオッカ印刷のフォルダが空になります。",
    9: "More ideeen later: the IDEEËN folder again.",
}
SPAN = re.compile(
    r'<span style="background-color:(#[0-9a-f]{6}); color:(#[0-9a-f]{6})">([^<]*)</span>'
)


def _ticket() -> Ticket:
    row = ticket(1)._replace(status="open")
    start = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
    messages = tuple(
        Message(
            id=f"m{n}",
            ticket_id=row.id,
            author_kind="agent" if n % 2 else "self",
            author_name="Sam Agent",
            body=BODIES.get(n, FILLER),
            attachments=(),
            created_at=start + timedelta(minutes=n),
        )
        for n in range(12)
    )
    return Ticket(*row, messages=messages)


@pytest.fixture
def app_palette() -> Iterator[Callable[[QPalette], None]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.palette()
    yield app.setPalette
    app.setPalette(previous)


def _page(qtbot: QtBot) -> TicketPage:
    page = TicketPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.set_embedded(True)
    page.resize(700, 520)  # the thread much taller than its view
    with qtbot.waitExposed(page):
        page.show()
    return page


def _marks(card: MessageCard) -> list[tuple[str, str, str]]:
    return SPAN.findall(card.body.text())


def _in_view(page: TicketPage, card: MessageCard) -> bool:
    view = page.thread_scroll
    top = card.mapTo(view.viewport(), card.rect().topLeft()).y()
    return 0 <= top < view.viewport().height()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_searched_words_are_marked_and_the_first_message_holding_them_shown(
    qtbot: QtBot, app_palette: Callable[[QPalette], None], name: str
) -> None:
    app_palette(light_palette() if name == "light" else dark_palette())
    page = _page(qtbot)
    page.set_search("  IDEEEN ")  # as typed in the list: case and accents do not count
    page.show_ticket(_ticket())
    cards = page.thread_scroll.cards()
    marked = {n for n, card in enumerate(cards) if _marks(card)}
    assert marked == {3, 9}
    assert [m[2] for m in _marks(cards[3])] == ["Ideeën"]
    assert [m[2] for m in _marks(cards[9])] == ["ideeen", "IDEEËN"]
    for fill, ink, _word in _marks(cards[3]) + _marks(cards[9]):
        assert contrast(QColor(ink), QColor(fill)) >= 4.5, (name, fill, ink)
        # The marker stands apart from the card it is on.
        assert QColor(fill) != cards[3].palette().color(QPalette.ColorRole.Window)
    # Scrolled to the first of them (not the newest message, where a thread opens).
    qtbot.waitUntil(lambda: _in_view(page, cards[3]))
    bar = page.thread_scroll.verticalScrollBar()
    assert bar.value() < bar.maximum()

    page.set_search("")  # the list's search cleared
    assert not any(_marks(card) for card in cards)


def test_japanese_is_found_as_the_list_finds_it(qtbot: QtBot) -> None:
    page = _page(qtbot)
    page.show_ticket(_ticket())
    page.set_search("クオッカ")  # searched while the ticket is shown beside the list
    cards = page.thread_scroll.cards()
    assert [n for n, card in enumerate(cards) if _marks(card)] == [5]
    assert [m[2] for m in _marks(cards[5])] == ["クオッカ"]
    qtbot.waitUntil(lambda: _in_view(page, cards[5]))


def test_a_link_holding_the_word_stays_a_link(qtbot: QtBot) -> None:
    from desktop.ui.tickets.ticket.message_markup import to_html

    body = "See https://example.com/wombat/help for the wombat steps."
    start = body.index("wombat")
    second = body.index("wombat", start + 1)
    made = to_html(body, ((start, start + 6), (second, second + 6)), ("#fde293", "#000000"))
    assert 'href="https://example.com/wombat/help"' in made  # the address untouched
    assert made.count("<span ") == 2 and made.count("</span>") == 2
