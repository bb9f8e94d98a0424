"""A thread of many images asks only for the thumbnails in view (issue 21): the rest are
downloaded and decoded when scrolled to, so a long thread opens without a stall."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop.api.models import Attachment, Message
from desktop.ui.tickets.attachments.image_thumbnail import ThumbnailButton
from desktop.ui.tickets.ticket.thread_view import ThreadView

COUNT = 30


def image_message(number: int) -> Message:
    return Message(
        id=f"m{number}",
        ticket_id="t1",
        author_kind="agent" if number % 2 else "self",
        author_name="Sam Agent",
        body=f"Screenshot {number}",
        attachments=(
            Attachment(f"a{number}", f"shot-{number}.png", 120_000, "image/png"),
            Attachment(f"b{number}", f"log-{number}.txt", 1_000, "text/plain"),
        ),
        created_at=datetime.now(UTC) - timedelta(minutes=COUNT - number),
    )


def test_only_thumbnails_in_view_are_asked_for(qtbot: QtBot) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    asked: list[ThumbnailButton] = []
    view.thumbnail_requested.connect(asked.append)
    view.show_messages(tuple(image_message(n) for n in range(COUNT)))
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: len(asked) > 0)
    qtbot.wait(50)  # the layout settles; nothing more is asked for without scrolling
    # Kept at the newest: the last few, not all thirty (one per message, files no pictures).
    first = [b.attachment.id for b in asked]
    assert 0 < len(first) < 6, first
    assert f"a{COUNT - 1}" in first and "a0" not in first
    assert all(card.thumbnails[0].attachment.id.startswith("a") for card in view.cards())
    assert all(len(card.thumbnails) == 1 for card in view.cards())
    # Scrolled to the top: the first ones now, each asked for once.
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: "a0" in [b.attachment.id for b in asked])
    ids = [b.attachment.id for b in asked]
    assert len(ids) == len(set(ids)) < COUNT
