"""The list's Status cell as a badge: a rounded tint by status, its icon and its name.

Its widths, here; the delegate that draws it, in status_badge_delegate.py: a start's
first paint draws the statuses as plain text, and the delegate is set on the column
right after it (PySide makes the item delegate's and its style options' 9 enum types,
~5 M instructions, when the classes are first named).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.text.labels import status_label

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

PADDING = 6
GAP = 4
# The cell's room around the badge: 2 px each side of it, and as much again to spare.
CELL_MARGIN = 8
# Each status's icon (Font Awesome's name, desktop/ui/look/icons.py), beside its name.
ICONS = {
    "new": "circle-plus",
    "open": "circle-dot",
    "pending": "hourglass-half",
    "solved": "circle-check",
    "closed": "box-archive",
}


def badge_width(metrics: QFontMetrics, status: str, text: str) -> int:
    """The whole badge: its icon, the name and the padding (narrower cells elide it)."""
    mark = metrics.ascent() + GAP if status in ICONS else 0
    return mark + metrics.horizontalAdvance(text) + 2 * PADDING


def widest_badge_cell(metrics: QFontMetrics) -> int:
    """A Status column that shows every status whole in the current language, whichever
    rows are on screen ("In afwachting" is wider than any English name)."""
    return max(badge_width(metrics, s, status_label(s)) for s in ICONS) + CELL_MARGIN
