"""A thread shown at its newest line never cuts a quiet system line in half at its top
(screenshot reading-pane-nl: "Sam Agent joined the chat" showed its lower half)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.api.models import Message, TicketEvent
from desktop.ui.tickets.ticket.thread_view import ThreadView

WIDTH = 460


def _chat() -> tuple[tuple[Message, ...], tuple[TicketEvent, ...]]:
    """The admin's question, the agent joining, then answers back and forth (ticket #1048)."""
    now = datetime.now(UTC)
    body = "That message comes from a sharing policy. Is the folder inside a team folder? "

    def message(number: int, kind: str, minutes_ago: int) -> Message:
        name = "Ava Jansen" if kind == "self" else "Sam Agent"
        return Message(
            f"m{number}", "t1", kind, name, body, (), now - timedelta(minutes=minutes_ago)
        )

    joined = TicketEvent(
        "e1", "chat_joined", None, "agent", "Sam Agent", now - timedelta(minutes=35)
    )
    messages = (message(0, "self", 40),) + tuple(
        message(n, "agent" if n % 2 else "self", 30 - n) for n in range(1, 6)
    )
    return messages, (joined,)


def _in_viewport(view: ThreadView, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(view.viewport(), QPoint(0, 0)), widget.size())


def test_the_newest_shown_cuts_no_quiet_line_at_the_top(qtbot: QtBot) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    # Its width the same with the thread long or short: the lines wrap the same.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.resize(WIDTH, 3000)
    view.show_messages(*_chat())
    with qtbot.waitExposed(view):
        view.show()
    (line,) = view.event_lines()
    assert line.geometry().top() > 0  # a message above it: it can be cut at the top
    inner = view.widget()
    layout = inner.layout() if inner is not None else None
    assert layout is not None
    foot = layout.itemAt(layout.count() - 2)  # the newest message's row (the stretch last)
    assert foot is not None
    last = foot.geometry()
    height = last.bottom() + 1 + layout.contentsMargins().bottom()
    # A view whose top edge, at the newest line, falls in the middle of the quiet line.
    top = line.geometry().top() + line.height() // 2
    view.resize(WIDTH, height - top + 2 * view.frameWidth())
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    qtbot.wait(50)  # laid out at the new size

    assert view.at_newest and bar.value() == bar.maximum()
    shown = _in_viewport(view, line)
    viewport = view.viewport().rect()
    # Wholly out of view above, or wholly in it: never half.
    assert shown.bottom() < 0 or viewport.contains(shown), (shown, viewport)
    newest = view.cards()[-1]
    assert viewport.contains(_in_viewport(view, newest))  # the newest line stays whole
    # And from the thread's start, the quiet line reads whole.
    bar.setValue(0)
    assert viewport.contains(_in_viewport(view, line))
