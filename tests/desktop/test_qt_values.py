"""The plain ints the first paint uses instead of the ``Qt`` namespace are Qt's values."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.look import qt_values


def test_the_roles_are_qts() -> None:
    assert qt_values.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert qt_values.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert qt_values.FONT_ROLE == Qt.ItemDataRole.FontRole.value
    assert qt_values.TEXT_ALIGNMENT_ROLE == Qt.ItemDataRole.TextAlignmentRole.value
    assert qt_values.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value
    assert qt_values.USER_ROLE == Qt.ItemDataRole.UserRole.value


def test_the_alignments_are_qts() -> None:
    assert qt_values.ALIGN_RIGHT == Qt.AlignmentFlag.AlignRight.value
    assert qt_values.ALIGN_V_CENTER == Qt.AlignmentFlag.AlignVCenter.value
    assert qt_values.ALIGN_CENTER == Qt.AlignmentFlag.AlignCenter.value
