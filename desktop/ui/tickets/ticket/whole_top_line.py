"""The thread kept at its newest line never shows a quiet line cut in half at its top.

A thread taller than its view shows its foot (the newest); its top edge then falls
wherever the heights put it. Through a card that reads as scrolled; through a quiet
system line ("Sam Agent joined the chat", one short italic line) it read as a glitch: the
lower half of a line of text (screenshot reading-pane-nl). Such a line is moved wholly
out of view above instead, by a little room under the newest line (at most the line's
height): the view's top then falls in the gap above the next item, which shows whole.
Moving it wholly into view would cut the newest line at the foot instead, and that is
the one being read.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect


def room_below(lines: Iterable[QRect], top_at_newest: int) -> int:
    """The room to add under the newest line so that the view's top, ``top_at_newest``
    (inner coordinates, without that room) cuts none of the quiet ``lines``; 0 when it
    cuts none."""
    for line in lines:
        if line.top() < top_at_newest <= line.bottom():
            # Just under the line: the gap between the thread's items stays above the next.
            return line.bottom() + 1 - top_at_newest
    return 0
