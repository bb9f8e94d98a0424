"""A label of a list's status line: always one line, as tall whatever it says (issue 19).

The line under a list's title says how fresh the list is, how many it holds and what a
search looked through. Its words change while the admin points at the rows ("Up to date"
becomes "Last synced 5 minutes ago", a search's note comes and goes): a label that
wrapped, or grew taller for a Japanese text, moved every row down. This one keeps one
line of a height that does not depend on its text, and ends in "…" when the room is
short; the whole text is then in its tooltip (before its own tip, if it has one).

It is made before the start's first paint: Qt's classes it needs only later (the painter,
the tooltip, the help event) are named where they are used, and its tooltip is watched
once the window has painted. Named at import, with an override of ``event`` that sent the
label's every event through Python, they cost the cold start ~3 M instructions
(bench/README.md, session 22).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.ui.shell.first_paint import after_the_first_paint

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

# Measured for the line's height whatever the text: Latin with ascenders and descenders,
# and a kanji (a Japanese text comes from a taller fallback font).
HEIGHT_SAMPLE = "Ágy日本"
# Beside the text's advance (whole pixels): "Actueel", 66.6 px at 150 % text, was painted
# "Actu…" in 67.
SPARE = 2
# A font's line height, by QFont.key(): measuring the sample shapes it with a fallback
# font each time, and each label of a status line asks before the first paint.
_LINE_HEIGHTS: dict[str, int] = {}

_tooltips: list[QObject] = []  # one filter for every label, made when first needed


def _whole_in_tooltip(label: QLabel) -> None:
    if not _tooltips:
        _tooltips.append(_make_tooltip_filter())
    label.installEventFilter(_tooltips[0])


def _make_tooltip_filter() -> QObject:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    class WholeInTooltip(QObject):
        """Shows an elided label's whole text in its tooltip (before its own tip)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if (
                event.type() == QEvent.Type.ToolTip
                and isinstance(watched, OneLineLabel)
                and watched.is_elided()
            ):
                assert isinstance(event, QHelpEvent)
                own, text = watched.toolTip(), watched.text()
                tip = text if not own or own == text else f"{text}\n{own}"
                QToolTip.showText(event.globalPos(), tip, watched)
                return True
            return False

    return WholeInTooltip()


class OneLineLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As wide as its text when there is room, down to nothing when there is not (it
        # elides): it never widens the window nor wraps.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setWordWrap(False)
        # No tooltip is asked for before the first paint.
        after_the_first_paint(lambda: _whole_in_tooltip(self))

    def _line_height(self) -> int:
        font = self.font()
        key = font.key()
        height = _LINE_HEIGHTS.get(key)
        if height is None:
            metrics = QFontMetrics(font)
            height = max(metrics.height(), metrics.boundingRect(HEIGHT_SAMPLE).height())
            _LINE_HEIGHTS[key] = height
        return height

    def _advance(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        width = self._advance() + SPARE if self.text() else 0
        height = self._line_height() + margins.top() + margins.bottom()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, self.sizeHint().height())

    def is_elided(self) -> bool:
        """Is the text wider than the room (then painted short, ending in "…")?"""
        text = self.text()
        return bool(text) and self._advance() + SPARE > self.contentsRect().width()

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
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(flags), self.shown_text())
