"""A column's least width: what its rows say, whole, as they change without a refit.

Fitting measures the rows as they are now, in their font now; a cell then changes on its
own: a row turns bold when an answer arrives, and a countdown grows ("overdue by 59 min"
→ "overdue by 1 h 1 min"). Both were cut until the list was fitted again. So a column
keeps room for its measured rows' texts in bold, Response for the longest an
overdue countdown says within a day or so, and Updated for the longest "… ago" of the
current language (fitted on rows that said a date or "zojuist", Dutch cut a drill-down's
"22 min geleden" to "22 min geled…", issue 19).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from desktop.api.list_models import TicketSummary
from desktop.ui.text.durations import DAY, HOUR, MINUTE, span_text

# The overdue spans whose texts are the widest a day or so brings: two-digit hours and
# minutes, and days with hours. (A countdown still due only shrinks until it is overdue.)
OVERDUE_SPANS = (23 * HOUR + 59 * MINUTE, 9 * DAY + 23 * HOUR)
# A text cell's margins, both sides: the style's focus margin (2 px in Fusion) and a
# pixel, each side, and 2 px to spare. A constant, not asked of the style: fitting may
# run before the first paint, when naming Qt's enums costs it (first_paint.py).
CELL_MARGIN = 8


def countdown_texts(ticket: TicketSummary) -> set[str]:
    """What a ticket still waiting for its first response may come to say as the clock
    runs: "answer due in …" only shrinks, then "overdue by …" grows."""
    if ticket.first_responded_at is not None or ticket.status in ("solved", "closed"):
        return set()
    overdue = QCoreApplication.translate("SlaBadge", "overdue by {span}")
    return {overdue.format(span=span_text(span)) for span in OVERDUE_SPANS}


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
