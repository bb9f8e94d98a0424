"""Tell a screen reader what just changed where a sighted user sees it change."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Speak ``text`` (politely: after what is being read) on behalf of ``widget``.

    A label whose text changes is not read unless it has the focus; an announcement is
    (Qt 6.8's, for AT-SPI, UIA and VoiceOver). Without an active screen reader: nothing.
    """
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
