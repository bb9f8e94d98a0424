"""The list filters' drop-downs can be narrower than their longest entry (issue 19: at
150 % text in Dutch they asked the window for ~1270 px): the shown entry elides, its
tooltip says it whole, and with room it is shown whole again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.eliding_combo import MIN_CHARACTERS, ElidingComboBox

LONG = "In afwachting van de klant, met een lange naam"


def test_a_narrow_drop_down_elides_its_entry_and_tells_it_whole(qtbot: QtBot) -> None:
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    combo.addItem(LONG)
    least = combo.minimumSizeHint().width()
    assert least < combo.sizeHint().width()  # it may be narrower than its entry
    assert least >= MIN_CHARACTERS * combo.fontMetrics().averageCharWidth()  # a few words
    combo.resize(least, combo.sizeHint().height())
    with qtbot.waitExposed(combo):
        combo.show()
    combo.repaint()
    QApplication.processEvents()
    assert combo.toolTip() == LONG  # elided: whole in the tooltip
    combo.resize(combo.sizeHint().width() + 20, combo.sizeHint().height())
    combo.repaint()
    QApplication.processEvents()
    assert combo.toolTip() == ""  # whole: nothing to add
