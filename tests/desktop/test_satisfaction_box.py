"""The rating box's states (issue 21): hidden, to rate, rated, read-only once closed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.api.models import PersonRef, Satisfaction, Ticket
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.formatting import date_and_time, long_datetime
from desktop.ui.tickets.ticket.satisfaction_box import SatisfactionBox

NOW = datetime(2026, 12, 5, 14, 30, tzinfo=UTC)
SOLVED = Ticket(
    id="tkt_1",
    number=42,
    subject="Sync",
    status="solved",
    product="dropbox",
    channel="request",
    premium=True,
    category="sync",
    language="en",
    submitter=PersonRef(id="usr_ava", name="Ava"),
    created_at=NOW,
    updated_at=NOW,
    first_response_due_at=NOW,
    first_responded_at=NOW,
    sla_state="met",
    solved_at=NOW,
)


def _box(qtbot: QtBot) -> SatisfactionBox:
    box = SatisfactionBox(TaskRunner(lambda _error: None), lambda: None)
    qtbot.addWidget(box)
    return box


def test_only_a_solved_or_a_closed_and_rated_ticket_shows_it(qtbot: QtBot) -> None:
    box = _box(qtbot)
    for status in ("new", "open", "pending", "closed"):
        box.show_for(replace(SOLVED, status=status))
        assert box.isHidden(), status
    box.show_for(SOLVED)
    assert not box.isHidden()
    box.show_for(None)
    assert box.isHidden()


def test_a_choice_enables_send_and_a_rating_turns_it_into_change(qtbot: QtBot) -> None:
    box = _box(qtbot)
    box.show_for(SOLVED)
    assert not box.send_button.isEnabled()
    assert box.send_button.text() == "Send rating"
    box.good_button.click()
    assert box.send_button.isEnabled()

    box.show_for(replace(SOLVED, satisfaction=Satisfaction("good", "Quick", NOW)))
    assert box.good_button.isChecked() and box.comment.text() == "Quick"
    assert box.send_button.text() == "Change rating"
    assert not box.send_button.isEnabled()  # the same rating again says nothing new
    box.comment.setText("Quick and right")
    box.comment.textEdited.emit(box.comment.text())
    assert box.send_button.isEnabled()


def test_a_closed_ticket_shows_its_rating_read_only(qtbot: QtBot) -> None:
    box = _box(qtbot)
    box.show_for(replace(SOLVED, status="closed", satisfaction=Satisfaction("bad", None, NOW)))
    assert not box.isHidden()
    assert box.send_button.isHidden()
    assert box.bad_button.isChecked() and not box.bad_button.isEnabled()
    assert not box.bad_button.isHidden() and box.good_button.isHidden()
    assert box.comment.isHidden()  # no comment was given
    assert box.status.text().startswith("Rated bad on ")


def test_the_chosen_rating_stays_told_apart_once_the_focus_leaves(qtbot: QtBot) -> None:
    box = _box(qtbot)
    other = QLineEdit()
    qtbot.addWidget(other)
    box.show_for(SOLVED)
    box.show()
    other.show()
    box.good_button.click()
    other.setFocus()
    good, bad = box.good_button, box.bad_button
    assert good.isChecked() and not bad.isChecked()
    # Told apart by more than the style's pressed look (and never by colour alone).
    assert good.text() != "Good" and "Good" in good.text() and bad.text() == "Bad"
    assert good.font().bold() and not bad.font().bold()
    state = QAccessible.queryAccessibleInterface(good).state()
    assert state.checked and not QAccessible.queryAccessibleInterface(bad).state().checked
    # The accessible name stays the words, without the mark.
    assert good.accessibleName() == "Rate the answer good"
    box.bad_button.click()
    assert bad.text() != "Bad" and good.text() == "Good" and not good.font().bold()


def test_the_rating_says_its_day_in_the_apps_style_and_repeats_the_comment(
    qtbot: QtBot,
) -> None:
    box = _box(qtbot)
    long = "Slow <b>answer</b> " + "and more words " * 20
    box.show_for(replace(SOLVED, satisfaction=Satisfaction("bad", long, NOW)))
    text = box.status.text()
    assert text.startswith(f"Rated bad on {date_and_time(NOW)}.")
    assert long_datetime(NOW) not in text  # the long date is the tooltip's
    assert "\u201cSlow <b>answer</b> and more" in text and text.endswith("\u2026\u201d")
    assert len(text) < len(long)
    assert box.status.textFormat() == Qt.TextFormat.PlainText
    tip = box.status.toolTip()
    assert long_datetime(NOW) in tip and "&lt;b&gt;" in tip and "<b>" not in tip

    box.show_for(replace(SOLVED, satisfaction=Satisfaction("good", "Quick", NOW)))
    assert box.status.text().endswith("\u201cQuick\u201d")
