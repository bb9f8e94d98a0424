"""A text field at least as wide as its hint (placeholder text), so the hint is read whole.

Qt cuts a hint that is wider than its field; in a form the field's width comes from its
label's (a Dutch label took the room, and "Geen (alleen die van het systeem)" showed as
"Geen (alleen die van het s…", a newcomer's report).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

# QLineEdit's size hint is this many "x" wide, plus its frame and margins.
_HINT_LETTERS = 17
# The text cursor's room past the last letter (Qt keeps one pixel for it).
_CURSOR = 1


def placeholder_width(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its hint whole: the hint, its frame and margins."""
    metrics = edit.fontMetrics()
    frame = edit.sizeHint().width() - _HINT_LETTERS * metrics.horizontalAdvance("x")
    return frame + metrics.horizontalAdvance(edit.placeholderText()) + _CURSOR


def keep_placeholder_whole(edit: QLineEdit) -> None:
    """Never narrower than its hint needs (call again when the hint or the font changes)."""
    edit.setMinimumWidth(placeholder_width(edit) if edit.placeholderText() else 0)
