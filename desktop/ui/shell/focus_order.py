"""Tab follows reading order where widgets are made out of it.

Qt's tab order is the order widgets were made in. A banner across the top of the window
(the local workspace's, the offline one) is made when it is first needed, long after the
sidebar and the pages, so Tab reached its link last, after the page's table: from the
bottom of the window back to its top. Its controls are moved to where it is read.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(root: QWidget) -> list[QWidget]:
    """The controls inside ``root`` that Tab stops at, in the order they were made."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None  # a scroll area's viewport passes the focus on
    ]


def put_before(roots: Iterable[QWidget], anchor: QWidget) -> None:
    """Move the tab stops of ``roots`` (in their order) to just before ``anchor``."""
    stops = [stop for root in roots for stop in tab_stops(root)]
    if not stops:
        return
    previous = anchor.previousInFocusChain()
    while previous is not None and previous in stops:  # placed before: start ahead of them
        previous = previous.previousInFocusChain()
    if previous is None:
        return  # not in a window's chain yet
    # What comes before the anchor is a container (the splitter): Qt orders nothing after
    # a widget that takes no focus, so it takes some while the stops are placed.
    policy = previous.focusPolicy()
    previous.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        after = previous
        for stop in stops:
            QWidget.setTabOrder(after, stop)
            after = stop
    finally:
        previous.setFocusPolicy(policy)
