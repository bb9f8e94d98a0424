"""Tab through a thread in reading order: from the thread to its messages, then on.

Qt's focus chain follows the order widgets were made in. A thread's cards are made when
the ticket arrives, long after the reply box below it, so Tab went thread → reply box →
attach → and only then the messages' text and their attachments' buttons. Each time the
thread gains widgets, their places in the chain are moved to just after the thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def chain_after(anchor: QWidget, inside: QWidget) -> None:
    """Chain ``inside``'s shown focusable widgets, in the order they were made (the thread's
    reading order), to right after ``anchor``.

    Read from ``inside``'s own children, not by walking the window's focus chain: that walk
    handed Python every widget of the window, among them cards already marked for deletion,
    and PySide then took a live scroll bar for a deleted one.
    """
    previous = anchor
    for widget in inside.findChildren(QWidget):
        if takes_tab(widget) and not widget.isHidden() and widget.isVisibleTo(inside):
            QWidget.setTabOrder(previous, widget)
            previous = widget


class ThreadTabOrder(QObject):
    """Keeps ``area``'s content in the chain right after ``area`` as the content grows."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        # One pass after a thread is drawn, not one per card.
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.apply)
        content = area.widget()
        if content is not None:
            content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ChildAdded:
            self._again.start()
        return False

    def apply(self) -> None:
        content = self._area.widget()
        if content is not None:
            chain_after(self._area, content)
