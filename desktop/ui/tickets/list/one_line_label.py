"""A label of a list's status line: always one line, as tall whatever it says (issue 19).

The line under a list's title says how fresh the list is, how many it holds and what a
search looked through. Its words change while the admin points at the rows ("Up to date"
becomes "Last synced 5 minutes ago", a search's note comes and goes): a label that
wrapped, or grew taller for a Japanese text, moved every row down. This one keeps one
line of a height that does not depend on its text, and ends in "…" when the room is
short; the whole text is then in its tooltip (before its own tip, if it has one).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

# Measured for the line's height whatever the text: Latin with ascenders and descenders,
# and a kanji (a Japanese text comes from a taller fallback font).
HEIGHT_SAMPLE = "Ágy日本"


class OneLineLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As wide as its text when there is room, down to nothing when there is not (it
        # elides): it never widens the window nor wraps.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setWordWrap(False)

    def _line_height(self) -> int:
        metrics = QFontMetrics(self.font())
        return max(metrics.height(), metrics.boundingRect(HEIGHT_SAMPLE).height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        # Fractions of a pixel rounded up, and one to spare: "Actueel" measured 67 at
        # 150 % text was painted "Actu…" in 67.
        advance = QFontMetricsF(self.font()).horizontalAdvance(self.text())
        width = math.ceil(advance) + 1 if self.text() else 0
        height = self._line_height() + margins.top() + margins.bottom()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, self.sizeHint().height())

    def is_elided(self) -> bool:
        """Is the text wider than the room (then painted short, ending in "…")?"""
        text = self.text()
        room = self.contentsRect().width()
        return bool(text) and QFontMetricsF(self.font()).horizontalAdvance(text) > room

    def shown_text(self) -> str:
        """What is painted: the text, or its start and "…" when the room is short."""
        if not self.is_elided():
            return self.text()
        from PySide6.QtCore import Qt  # not before the first paint (qt_values.py)

        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.is_elided():
            # Whole: as any label paints it (naming Qt's enums here cost the first paint).
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(flags), self.shown_text())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.is_elided():
            assert isinstance(event, QHelpEvent)
            own = self.toolTip()
            tip = self.text() if not own or own == self.text() else f"{self.text()}\n{own}"
            QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)
