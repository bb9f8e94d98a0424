"""The response target of one ticket as a short, live badge (R3): due, overdue, answered."""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
from datetime import datetime
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop.api.list_models import TicketSummary
from desktop.ui.text.durations import MINUTE, span_text


class Tone(Enum):
    NONE = "none"
    MET = "met"  # answered in time
    DUE = "due"  # waiting, still in time
    LATE = "late"  # overdue, or answered late


# Records read before the first paint are NamedTuples: a frozen dataclass costs ~1 ms
# to define (it compiles six methods), a NamedTuple a tenth of that.
class SlaBadge(NamedTuple):
    text: str
    tone: Tone
    # Sorting: the most urgent first when ascending — overdue longest, then due soonest.
    urgency: float


def sla_badge(ticket: TicketSummary, now: datetime, *, whole: bool = False) -> SlaBadge:
    """As a list's Response cell says it; ``whole``: a countdown as a whole sentence (the
    cell's tooltip), where the cell leaves out what the column's title says."""
    due = ticket.first_response_due_at
    answered = ticket.first_responded_at
    if answered is not None:
        took = (answered - ticket.created_at).total_seconds()
        text = QCoreApplication.translate("SlaBadge", "answered in {span}").format(
            span=span_text(took)
        )
        return SlaBadge(text, Tone.MET if answered <= due else Tone.LATE, 1e12 + took)
    if ticket.status in ("solved", "closed"):
        return SlaBadge("", Tone.NONE, 2e12)
    left = (due - now).total_seconds()
    if left > 0:
        return SlaBadge(due_sentence(left) if whole else due_text(left), Tone.DUE, left)
    return SlaBadge(overdue_text(-left), Tone.LATE, left)


def due_text(left: float) -> str:
    """A waiting ticket's countdown, ``left`` seconds before its first response is due, as
    its Response cell says it: under that title, a language may leave the answer out
    (Dutch "antwoord binnen 23 u 59 min" held a 1,024 px window at 1,079 px at 150 % text:
    the column keeps room for the longest countdown, cell_width.py), and say its last
    minute its own way (Dutch "binnen 1 min", where "binnen minder dan 1 min" was the
    longest of all)."""
    if left < MINUTE:
        return QCoreApplication.translate(
            "SlaBadge",
            "answer due in under 1 min",
            "a ticket list's Response cell, under that title: as short as it can be",
        )
    return QCoreApplication.translate(
        "SlaBadge",
        "answer due in {span}",
        "a ticket list's Response cell, under that title: as short as it can be",
    ).format(span=span_text(left))


def due_sentence(left: float) -> str:
    """The same countdown whole, where no title says what is due."""
    return QCoreApplication.translate("SlaBadge", "answer due in {span}").format(
        span=span_text(left)
    )


def overdue_text(late: float) -> str:
    """A waiting ticket's countdown, ``late`` seconds after its first response was due (its
    first minute said its own way, as the due one's last: Dutch "net te laat", where
    "minder dan 1 min te laat" was longer than any other)."""
    if late < MINUTE:
        return QCoreApplication.translate(
            "SlaBadge",
            "overdue by under 1 min",
            "a ticket list's Response cell, under that title: as short as it can be",
        )
    return QCoreApplication.translate("SlaBadge", "overdue by {span}").format(span=span_text(late))
