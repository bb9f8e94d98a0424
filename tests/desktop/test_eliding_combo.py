"""The list filters' drop-downs can be narrower than their longest entry (issue 19: at
150 % text in Dutch they asked the window for ~1270 px): the shown entry elides, its
tooltip says it whole, and with room it is shown whole again."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.eliding_combo import (
    FRAME_AND_ARROW,
    MIN_CHARACTERS,
    ElidingComboBox,
)

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


def frame_beside(combo: ElidingComboBox) -> int:
    """What width_for adds to a text's advance: the frame and the arrow, never the entries."""
    return combo.width_for("x") - combo.fontMetrics().horizontalAdvance("x")


def measured(qtbot: QtBot, entries: list[str], font: QFont | None = None) -> ElidingComboBox:
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    if font is not None:
        combo.setFont(font)
    combo.addItems(entries)
    return combo


def plain_frame(combo: ElidingComboBox) -> int:
    """What a plain drop-down with the same entries and font takes beside its widest entry."""
    plain = QComboBox()
    plain.setFont(combo.font())
    entries = [combo.itemText(i) for i in range(combo.count())]
    plain.addItems(entries)
    # As QComboBox measures its entries: their drawn extent (boundingRect), not advance.
    widest = max(combo.fontMetrics().boundingRect(entry).width() for entry in entries)
    return plain.minimumSizeHint().width() - widest


def few_words(combo: ElidingComboBox) -> int:
    """The least a drop-down with a long entry asks for: its frame and a few words."""
    return plain_frame(combo) + MIN_CHARACTERS * combo.fontMetrics().averageCharWidth()


def test_its_measures_are_its_own_entries_and_font_s(qtbot: QtBot) -> None:
    # The widest entry is remembered (layouts ask again and again), by entries and font:
    # other entries, or a larger font, are measured anew. (QComboBox's own least size is
    # measured once, so drop-downs are made anew here rather than changed.)
    own = QFont(QApplication.font())
    own.setPointSizeF(own.pointSizeF() + 1.25)  # a size no other test measures in
    short = measured(qtbot, ["All", "Open"], own)
    assert frame_beside(short) == max(plain_frame(short) + 2, FRAME_AND_ARROW)
    long = measured(qtbot, ["All", LONG], own)
    assert frame_beside(long) == max(plain_frame(long) + 2, FRAME_AND_ARROW)
    assert long.minimumSizeHint().width() == few_words(long)
    larger = QFont(long.font())
    larger.setPointSizeF(larger.pointSizeF() * 1.5)
    large = measured(qtbot, ["All", LONG], larger)  # the same entries, 150 % text
    assert large.minimumSizeHint().width() == few_words(large)
    assert few_words(large) > few_words(long)


def test_entries_renamed_keep_its_measures_their_own(qtbot: QtBot) -> None:
    # The filters' entries are renamed when the language changes; QComboBox keeps the
    # least width it measured for the old names, and the frame beside the widest entry
    # came out as the two languages' difference (Dutch after English: negative).
    english = ["All statuses", "Open", "Pending"]
    dutch = ["Alle statussen", "Open", LONG]
    renamed = measured(qtbot, english)
    renamed.minimumSizeHint()  # measured in English first, as the window does
    for index, text in enumerate(dutch):
        renamed.setItemText(index, text)
    fresh = measured(qtbot, dutch)
    assert renamed.minimumSizeHint() == fresh.minimumSizeHint()
    assert frame_beside(renamed) == frame_beside(fresh)
    # Back in English: the least width of English entries again.
    for index, text in enumerate(english):
        renamed.setItemText(index, text)
    assert renamed.minimumSizeHint() == measured(qtbot, english).minimumSizeHint()
