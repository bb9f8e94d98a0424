"""The thread tells the admin's messages from support's at a glance, with one time style."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.api.models import Message
from desktop.ui.look.theme import contrast
from desktop.ui.text.formatting import medium_date, message_time, short_time, thread_time
from desktop.ui.tickets.ticket.avatar import initials
from desktop.ui.tickets.ticket.message_card import READING_MEASURE
from desktop.ui.tickets.ticket.thread_view import ThreadView


def message(kind: str, name: str, minutes_ago: int, number: int) -> Message:
    return Message(
        id=f"m{number}",
        ticket_id="t1",
        author_kind=kind,
        author_name=name,
        body="A line of text that is long enough to wrap inside the card. " * 2,
        attachments=(),
        created_at=datetime.now(UTC) - timedelta(minutes=minutes_ago),  # now: not at import
    )


def test_own_messages_and_supports_stand_on_opposite_sides(qtbot: QtBot) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show_messages(
        (
            message("self", "Ava Jansen", 30, 1),
            message("agent", "Sam Agent", 20, 2),
            message("colleague", "Noah de Vries", 10, 3),
        )
    )
    with qtbot.waitExposed(view):
        view.show()
    mine, support, colleague = view.cards()
    assert mine.mine and not support.mine and not colleague.mine
    thread = view.widget()
    left = {c.message.author_kind: c.mapTo(thread, c.rect().topLeft()).x() for c in view.cards()}
    right = {c.message.author_kind: c.mapTo(thread, c.rect().topRight()).x() for c in view.cards()}
    assert left["self"] > left["agent"] + 30  # indented from the left
    assert right["agent"] < right["self"] - 30  # indented from the right
    # A teammate's message says "Colleague", in its circle too (R17).
    assert [c.avatar.text for c in view.cards()] == ["AJ", "SA", "C"]
    for card in view.cards():
        fill, text = card.avatar.colours()
        assert contrast(fill, text) >= 4.5, card.message.author_kind


def test_a_wide_thread_keeps_its_lines_readable_on_each_writers_side(qtbot: QtBot) -> None:
    # A full-page ticket in a wide window: cards ran ~1,000 px a line (a newcomer's report).
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(1600, 600)
    view.show_messages((message("self", "Ava Jansen", 30, 1), message("agent", "Sam", 20, 2)))
    with qtbot.waitExposed(view):
        view.show()
    thread = view.widget()
    mine, support = view.cards()
    measure = mine.fontMetrics().averageCharWidth() * READING_MEASURE
    qtbot.waitUntil(lambda: mine.width() == support.width() == measure)
    # Still each on its side: the admin's against the right edge, support's the left.
    edge = thread.contentsRect().right() - thread.layout().contentsMargins().right()
    assert mine.mapTo(thread, mine.rect().topRight()).x() == edge
    start = thread.contentsRect().left() + thread.layout().contentsMargins().left()
    assert support.mapTo(thread, support.rect().topLeft()).x() == start


def test_initials() -> None:
    assert initials("Sam Agent") == "SA"
    assert initials("Ava Jansen") == "AJ"
    assert initials("Noah de Vries") == "NV"
    assert initials("Mia") == "M"
    assert initials("山田 太郎") == "山"
    assert initials("") == "?"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Nov 14, 2026"), ("nl", "14 nov 2026"), ("ja", "2026/11/14")],
)
def test_older_times_are_written_out_in_the_language(language: str, expected: str) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        moment = datetime(2026, 11, 14, 12, 0, tzinfo=UTC)
        assert medium_date(moment) == expected  # never 11/14/26
        # Before today: the day alone, as the lists say it (the time is in the tooltip);
        # a thread's line adds its time, for lines of one day read in order.
        later = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
        assert thread_time(moment, later) == expected
        assert message_time(moment, later) == f"{expected}, {short_time(moment)}"
    finally:
        QLocale.setDefault(previous)


def test_today_is_how_long_ago_and_the_card_says_the_full_time_on_hover(qtbot: QtBot) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    # Still today: in the first minutes after midnight, 5 minutes ago was yesterday (a date).
    local = datetime.now().astimezone()
    ago = 5 if local.hour * 60 + local.minute >= 6 else 0
    view.show_messages((message("agent", "Sam Agent", ago, 1),))
    card = view.cards()[0]
    assert card.time.text() == ("5 min ago" if ago else "just now")
    assert str(card.message.created_at.astimezone().year) in card.time.toolTip()


def test_the_thread_opens_at_its_newest_line_and_stays_where_the_reader_scrolled(
    qtbot: QtBot,
) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(520, 260)  # short: the thread is much taller
    with qtbot.waitExposed(view):
        view.show()
    messages = tuple(
        message("agent" if n % 2 else "self", "Sam Agent", 60 - n, n) for n in range(12)
    )
    view.show_messages(messages)
    bar = view.verticalScrollBar()
    # Cards settle their wrapped heights in several steps: the end is followed through them.
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    bar.setValue(0)  # the admin scrolls up to read
    assert not view.at_newest
    view.show_messages((*messages, message("agent", "Sam Agent", 0, 99)))
    # The redrawn cards settle their heights first (on a busy machine, later than 50 ms).
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() < bar.maximum()  # left where they were reading


def test_the_ticket_header_says_a_time_of_today_without_its_date() -> None:
    from desktop.ui.text.formatting import moment_text, short_time

    now = datetime(2026, 12, 5, 12, 30, tzinfo=UTC)  # a local midday wherever CI runs
    earlier_today = now - timedelta(minutes=1)
    assert moment_text(earlier_today, now) == short_time(earlier_today)
    long_ago = now - timedelta(days=40)
    shown = moment_text(long_ago, now)
    assert medium_date(long_ago) in shown and short_time(long_ago) in shown
