"""A column's least width: what its rows say, whole, as they change without a refit.

Fitting measures the rows as they are now, in their font now; a cell then changes on its
own: a row turns bold when an answer arrives, and a countdown grows ("overdue by 59 min"
→ "overdue by 1 h 1 min"). Both were cut until the list was fitted again. So a column
keeps room for its measured rows' texts in bold; Response for the longest a waiting
ticket's countdown can say: due, up to its whole response window, then overdue within
ten days or so (the column was as wide as the time of day it was fitted at made "answer
due in 17 h 59 min": at 18:40 UTC it held a 1,024 px window at 1,054 px, Dutch at 150 %);
and Updated for the longest "… ago" of the current language (fitted on rows that said a
date or "zojuist", Dutch cut a drill-down's "22 min geleden" to "22 min geled…", issue 19).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from desktop.api.list_models import TicketSummary
from desktop.ui.text.durations import DAY, HOUR, MINUTE
from desktop.ui.tickets.ticket.sla_badge import due_text, overdue_text

# The overdue spans whose texts are the widest ten days or so bring: the first minute
# ("under 1 min"), two-digit hours and minutes, and days with hours.
OVERDUE_SPANS = (MINUTE - 1, DAY - MINUTE, 10 * DAY - HOUR)
# A text cell's margins, both sides: the style's focus margin (2 px in Fusion) and a
# pixel, each side, and 2 px to spare. A constant, not asked of the style: fitting may
# run before the first paint, when naming Qt's enums costs it (first_paint.py).
CELL_MARGIN = 8


def response_window(ticket: TicketSummary) -> int:
    """The longest a ticket waits for its first response while still in time, in seconds:
    its target (R3, R5, R7; a member's e-mail 24 h), or more when it counts from later
    than its creation (R4: Japanese support's opening hours). The due time says both,
    and an older service's summaries (no target) too."""
    window = ticket.first_response_due_at - ticket.created_at
    return max(int(window.total_seconds()), ticket.response_target_minutes * MINUTE)


def widest_spans(window: int) -> set[int]:
    """The spans up to ``window`` seconds whose texts are the widest of their kind (each
    of span_text's forms with as many digits as it gets): the window itself, "under 1 min",
    "59 min", the last minute of the hours below it ("3 h 59 min" for a 4 h target), "23 h
    59 min", and the last hour of the days below it. A countdown's text then shows no
    wider than these, digits being as wide as one another (tabular, as in the app's fonts),
    whatever the time the list was fitted at."""
    candidates = (
        window,
        MINUTE - 1,
        HOUR - MINUTE,
        window // HOUR * HOUR - MINUTE,
        DAY - MINUTE,
        window // DAY * DAY - HOUR,
    )
    return {span for span in candidates if 0 < span <= window}


def countdown_texts(tickets: Iterable[TicketSummary]) -> set[str]:
    """What the tickets still waiting for their first response may come to say as the
    clock runs: "answer due in …" up to each one's response window, then "overdue by …"."""
    spans: set[int] = set()
    waiting = False
    for ticket in tickets:
        if ticket.first_responded_at is None and ticket.status not in ("solved", "closed"):
            waiting = True
            spans |= widest_spans(response_window(ticket))
    if not waiting:
        return set()
    return {due_text(span) for span in spans} | {overdue_text(span) for span in OVERDUE_SPANS}


def ago_texts() -> set[str]:
    """What an Updated cell says as the clock runs through a day, at its widest: two-digit
    minutes and hours (the date that follows is measured with the rows)."""
    return {
        QCoreApplication.translate("Durations", "just now"),
        QCoreApplication.translate("Durations", "{minutes} min ago").format(minutes=59),
        QCoreApplication.translate("Durations", "{hours} h ago").format(hours=23),
    }


def widest_cell(table: QTableView, texts: Iterable[str]) -> int:
    """The widest of ``texts`` in the table's font made bold, with the cell's margins
    (0 for none)."""
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    widths = [metrics.horizontalAdvance(text) for text in texts if text]
    return max(widths) + CELL_MARGIN if widths else 0
