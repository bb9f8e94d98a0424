"""A drop-down that can be narrower than its longest entry: the shown text elides.

A plain QComboBox asks for its longest entry's width at least, and when it gets less the
text is cut mid-letter. The filters' names are long in Dutch, and longer still with the
text at 150 %: they made the window wider than 1100 px (issue 19). This one asks for a
few words at least, elides the shown entry when it must (its tooltip then says it
whole), and its list still opens as wide as the entries.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox

# The least the shown entry keeps, in average characters of the font: "Alle statussen"
# whole, "Alle categorie…" nearly so (ten left "Alle st…").
MIN_CHARACTERS = 14
# Room the drop-down's frame and arrow take beside the shown text, at most, in the styles
# the app runs with: an entry that fits beside it is painted by QComboBox as is.
FRAME_AND_ARROW = 40
# The widest entry's width by font and entries (ElidingComboBox._widest).
_WIDEST: dict[tuple[str, int, tuple[str, ...]], int] = {}
_WIDEST_KEPT = 64


class ElidingComboBox(QComboBox):
    _frame_width: int | None = None  # beside the widest entry (_frame); None: not known

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        frame, widest = self._frame(), self._widest()
        least = frame + MIN_CHARACTERS * self.fontMetrics().averageCharWidth()
        return QSize(min(frame + widest, least), hint.height())

    def _frame(self) -> int:
        """What QComboBox's least width adds to its widest entry: the frame and arrow.

        Measured from its least width once, while that is its entries' own: QComboBox
        measures it once and keeps it when an entry is renamed (the filters in another
        language), so taken from it afterwards, the frame came out the difference of two
        languages' widest entries (negative in Dutch after English) and the least width
        with it. Measured again when the font or the style change (QComboBox then does)."""
        if self._frame_width is None:
            self._frame_width = super().minimumSizeHint().width() - self._widest()
        return self._frame_width

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._frame_width = None  # QComboBox measures its least size anew too
        super().changeEvent(event)

    def _widest(self) -> int:
        """The widest entry's width in the current font, as QComboBox measures it (its
        drawn extent, not its advance: what is beside it is then the same whatever the
        entries, _frame). Remembered for the font, the
        screen's dots per inch and the entries: layouts ask for the least size again and
        again (48 times before the cold start's first paint, each measuring every entry:
        ~400 text measures, ~6 M instructions)."""
        texts = tuple(self.itemText(i) for i in range(self.count()))
        key = (self.font().key(), self.logicalDpiX(), texts)
        widest = _WIDEST.get(key)
        if widest is None:
            metrics = self.fontMetrics()
            widest = max((metrics.boundingRect(text).width() for text in texts), default=0)
            if len(_WIDEST) >= _WIDEST_KEPT:
                _WIDEST.clear()  # a few languages and fonts: never more than a handful
            _WIDEST[key] = widest
        return widest

    def width_for(self, text: str) -> int:
        """The width that shows ``text`` whole (beside the frame and the arrow)."""
        metrics = self.fontMetrics()
        # At least what paintEvent paints unelided; elided, the field keeps 2 px spare.
        return max(self._frame() + 2, FRAME_AND_ARROW) + metrics.horizontalAdvance(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.fontMetrics().horizontalAdvance(self.currentText()) + FRAME_AND_ARROW <= (
            self.width()
        ):
            # It fits: QComboBox's own painting. (Also what the first paint needs: naming
            # QStyle and Qt's enums, below, costs the cold start ~10 ms each.)
            if self.toolTip():
                self.setToolTip("")
            super().paintEvent(event)
            return
        from desktop.ui.shell.first_paint import after_the_first_paint, first_paint_pending

        if first_paint_pending():
            # Cut, not elided, for the first frame (eliding names Qt's and QStyle's enums,
            # ~25 ms before the cached rows show); elided right after it.
            super().paintEvent(event)
            after_the_first_paint(self.update)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        # QComboBox's own painting, with the shown text elided to its field.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        whole = option.currentText
        option.currentText = self.fontMetrics().elidedText(
            whole, Qt.TextElideMode.ElideRight, field.width() - 2
        )
        tip = whole if option.currentText != whole else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)  # the whole entry, where the field shows part of it
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
