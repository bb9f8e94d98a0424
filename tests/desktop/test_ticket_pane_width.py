"""The ticket page reads well at the width it says it needs (TicketPage.readable_width),
the least a reading pane beside the list is given, in every language and at 150 % text:
a message's lines hold READABLE_LINE characters and its header is whole, the ticket's
actions stand on one line, the reply box's hint between Attach and Send takes three lines at
most (issue 19: beside a Dutch list at 150 % text "Schrijf een bericht om het te
versturen" took six)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.models import Message, Ticket
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.ticket.thread_view import ThreadView
from desktop.ui.tickets.ticket.ticket_page import READABLE_LINE, TicketPage
from tests.desktop.test_ticket_table_model import ticket

BODY = (
    "Some files a colleague saved on her Mac, like 'Offerte: Jansen BV.pdf' and 'Q3 "
    "results?.xlsx', don't appear on my Windows PC. The Dropbox icon says '2 files can't "
    "sync' and mentions characters that aren't allowed. Can you rename them automatically?"
)


def _ticket() -> Ticket:
    row = ticket(1)._replace(status="open", channel="chat")
    message = Message(
        id="m1",
        ticket_id=row.id,
        author_kind="agent",
        author_name="Sam Agent",
        body=BODY,
        attachments=(),
        created_at=datetime(2026, 11, 16, 12, 0, tzinfo=UTC),
    )
    return Ticket(*row, messages=(message,))  # a Ticket's first fields are the summary's


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_ticket_reads_well_at_the_width_it_says_it_needs(
    qtbot: QtBot, english: LanguageSwitcher, language: str, scale: float
) -> None:
    english.apply(language)
    try:
        page = TicketPage(TaskRunner(lambda _error: None))
        qtbot.addWidget(page)
        if scale != 1.0:
            larger = QFont(page.font())
            larger.setPointSizeF(page.font().pointSizeF() * scale)
            page.setFont(larger)
        page.set_embedded(True)  # beside the list: no Back
        page.show_ticket(_ticket())
        page.chat_window_button.show()  # the widest set of actions a ticket has
        page.resize(page.readable_width(), 900)
        with qtbot.waitExposed(page):
            page.show()
        QApplication.processEvents()
        least = page.readable_width()
        assert page.width() == least
        # A message's lines hold READABLE_LINE characters of the font.
        card = page.thread_scroll.cards()[0]
        qtbot.waitUntil(lambda: card.body.width() > 0)
        line = READABLE_LINE * page.fontMetrics().averageCharWidth()
        assert card.body.width() >= line, (language, scale, card.body.width(), line)
        # Its header (support's name, the date and time) too: the thread never scrolls
        # sideways (it did, by a few pixels, beside an English list at 1280 px).
        sideways = page.thread_scroll.horizontalScrollBar()
        assert not sideways.isVisible(), (language, scale, sideways.maximum())
        # The ticket's actions on one line, beside nothing (no Back in the pane).
        assert not page.title_row.wrapped, (language, scale)
        # The hint between Attach and Send in three lines at most.
        hint = page.composer.send_hint
        assert hint.isVisible()
        lines = hint.heightForWidth(hint.width()) // hint.fontMetrics().lineSpacing()
        assert lines <= 3, (language, scale, hint.text(), hint.width())
        assert page.composer.send_button.width() >= page.composer.send_button.sizeHint().width()
    finally:
        english.apply("en")


def test_a_narrow_message_puts_its_time_under_the_name(qtbot: QtBot) -> None:
    """Support's name and the date with its time did not fit a narrow pane's card: the
    thread scrolled sideways. The time takes a line of its own instead, and back."""
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_messages(_ticket().messages)
    view.resize(900, 400)
    with qtbot.waitExposed(view):
        view.show()
    card = view.cards()[0]
    one_line = card.header_width()
    assert not card.header_wrapped
    assert card.minimumSizeHint().width() < one_line  # it may be narrower than that
    view.resize(one_line, 400)  # the card less the thread's margins and scrollbar
    qtbot.waitUntil(lambda: card.header_wrapped)
    qtbot.waitUntil(lambda: card.time.y() > card.author.y() + card.author.height() // 2)
    assert card.time.isVisible()
    assert not view.horizontalScrollBar().isVisible()
    # What the thread takes around a card that fills it (a wide thread's card stops at its
    # reading measure, leaving the rest beside it).
    around = view.width() - card.width()
    view.resize(900, 400)
    qtbot.waitUntil(lambda: not card.header_wrapped)
    qtbot.waitUntil(lambda: card.time.y() < card.author.y() + card.author.height() // 2)
    # Just wide enough for one line: on one line, the name and the time whole.
    view.resize(around + one_line, 400)
    qtbot.waitUntil(lambda: card.width() == one_line)
    QApplication.processEvents()
    assert not card.header_wrapped
    for label in (card.author, card.time):
        assert label.width() >= label.sizeHint().width(), label.objectName()
