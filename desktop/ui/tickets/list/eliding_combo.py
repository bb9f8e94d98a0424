"""A drop-down that can be narrower than its longest entry: the shown text elides.

A plain QComboBox asks for its longest entry's width at least, and when it gets less the
text is cut mid-letter. The filters' names are long in Dutch, and longer still with the
text at 150 %: they made the window wider than 1100 px (issue 19). This one asks for a
few words at least, elides the shown entry when it must (its tooltip then says it
whole), and its list still opens as wide as the entries.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

# The least the shown entry keeps, in average characters of the font: "Alle statussen"
# whole, "Alle categorie…" nearly so (ten left "Alle st…").
MIN_CHARACTERS = 14


class ElidingComboBox(QComboBox):
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        least = hint.width() - widest + MIN_CHARACTERS * metrics.averageCharWidth()
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
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
