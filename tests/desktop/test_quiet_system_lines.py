"""System lines (a chat that ended, who solved a ticket) are quiet notes, not links: the
secondary tone, never the link's blue or bold, and still 4.5:1 on the window."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.api.models import TicketEvent
from desktop.ui.look.theme import TextRole, text_role
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.ticket.status_event_line import StatusEventLine
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.desktop.test_satisfaction_box import NOW, SOLVED
from tests.desktop.test_text_contrast import PALETTES, applied

CHAT = replace(SOLVED, channel="chat", status="open", chat_state="ended")


@pytest.mark.parametrize("name", PALETTES)
def test_chat_ended_is_a_quiet_note_not_a_link(name: str, qtbot: QtBot) -> None:
    page = TicketPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.setPalette(PALETTES[name]())
    page.show_ticket(CHAT)
    page.retranslate_ui()
    page.show()
    label = page.live_state
    assert label.text() == "Chat ended." and label.isVisible()
    assert text_role(label) is TextRole.SECONDARY
    assert not label.font().bold()
    ratio, what = applied(label)
    assert ratio >= 4.5, what

    # A chat under way stands out, in the text's colour: nothing here is a link.
    page.show_ticket(replace(CHAT, chat_state="connected"))
    page.retranslate_ui()
    assert text_role(label) is TextRole.PRIMARY and label.font().bold()


@pytest.mark.parametrize("name", PALETTES)
def test_the_threads_event_lines_are_secondary_and_read(name: str, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(PALETTES[name]())
    event = TicketEvent("evt_1", "chat_ended", None, "agent", "Sam Agent", NOW)
    line = StatusEventLine(event, window)
    window.show()
    assert text_role(line) is TextRole.SECONDARY
    ratio, what = applied(line)
    assert ratio >= 4.5, what
