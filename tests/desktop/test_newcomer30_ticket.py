"""A newcomer's frictions in the reading pane of a 1296 × 810 window (newcomer30): the
rating's confirmation and the reply box's refusal take the box's width instead of a narrow
column (widening the pane or squeezing the thread), and with no ticket the pane says why
instead of showing a blank box."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.api.models import Satisfaction
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.desktop.test_satisfaction_box import SOLVED
from tests.desktop.test_thread_layout import message

RATED_AT = datetime(2026, 12, 7, 23, 37, tzinfo=UTC)
# The reading pane's width in the newcomer's window (its least, TicketPage.readable_width).
PANE = 420


def _lines(label: QLabel) -> int:
    """How many lines ``label`` takes at its width (not the room a layout gives it)."""
    return max(1, round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()))


def test_the_rating_said_takes_the_rows_room_and_never_widens_the_pane(qtbot: QtBot) -> None:
    page = TicketPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.set_embedded(True)
    solved = replace(SOLVED, messages=(message("agent", "Sam Agent", 20, 1),))
    page.show_ticket(solved)
    box = page.satisfaction_box
    least_before = box.minimumSizeHint().width()
    page.show_ticket(replace(solved, satisfaction=Satisfaction("good", None, RATED_AT)))
    assert box.status.text().startswith("Rated good on ")
    # Its least width is the buttons', not theirs and a wrapped sentence's.
    assert box.minimumSizeHint().width() <= least_before
    page.resize(PANE, 700)
    with qtbot.waitExposed(page):
        page.show()
    status = box.status
    lines = _lines(status)
    assert lines <= 2, f"{status.text()!r} in {lines} lines at {status.width()} px"


def test_a_refused_file_is_said_across_the_box_and_can_be_put_away(
    qtbot: QtBot, tmp_path: Path
) -> None:
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.resize(PANE, 200)
    with qtbot.waitExposed(composer):
        composer.show()
    script = tmp_path / "cleanup.sh"
    script.write_text("#!/bin/sh\nrm -rf /tmp/cache\n")
    composer.attachments.add_files([script])
    status = composer.status
    assert "cleanup.sh is a program or script" in status.text()
    QApplication.processEvents()
    # The box's whole width (less Dismiss), not the room between Attach and the hint.
    assert status.width() >= composer.width() - composer.dismiss_button.width() - 40
    lines = _lines(status)
    assert lines <= 4, f"{lines} lines at {status.width()} px"
    assert composer.dismiss_button.isVisible()
    composer.dismiss_button.click()
    assert not status.isVisible() and status.text() == ""
    assert composer.editor.hasFocus() or QApplication.focusWidget() is None


def test_with_no_ticket_the_pane_says_why_instead_of_a_blank_box(qtbot: QtBot) -> None:
    page = TicketPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.set_embedded(True)
    page.resize(PANE, 600)
    with qtbot.waitExposed(page):
        page.show()
    assert not page.thread_scroll.isVisible()
    assert page.empty_note.isVisible()
    assert page.empty_note.text().startswith("No ticket to show.")
    page.show_ticket(replace(SOLVED, messages=(message("agent", "Sam Agent", 20, 1),)))
    assert page.thread_scroll.isVisible() and not page.empty_note.isVisible()
