"""Text copied out of the app is the text, without the marks that hold its lines together
(issue 19): Japanese is drawn with a WORD JOINER (U+2060) inside every phrase and a word
held whole with a non-breaking hyphen (U+2011); a copy carried them, and the pasted text
then matched nothing it was searched for. Real copies through Qt's own code: Ctrl+C on a
message box, the Copy of a message box label's context menu, Ctrl+C on a selected label.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.text.line_breaks import NON_BREAKING_HYPHEN, WORD_JOINER
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.text.wrapped_message_box import WrappedMessageBox

TEXT = "保存されたデータが破損しています。3 件の下書きを読み込めませんでした。"
INFORMATIVE = "もう一度お試しいただくか、サポートにお問い合わせください。"


def japanese_box(qtbot: QtBot, parent: QWidget) -> WrappedMessageBox:
    qtbot.addWidget(parent)
    box = WrappedMessageBox(parent)
    box.setWindowTitle("Premium Support Desk")
    box.setText(TEXT)
    box.setInformativeText(INFORMATIVE)
    box.addButton(QMessageBox.StandardButton.Ok)
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and WORD_JOINER in label.text()  # drawn with its joiners
    with qtbot.waitExposed(box):
        box.show()
    return box


def test_ctrl_c_on_a_message_box_copies_its_text_without_joiners(qtbot: QtBot) -> None:
    parent = QWidget()  # kept while the box is used
    box = japanese_box(qtbot, parent)
    QGuiApplication.clipboard().clear()
    QTest.keySequence(box, QKeySequence.StandardKey.Copy)
    copied = QGuiApplication.clipboard().text()
    assert TEXT in copied and INFORMATIVE in copied, repr(copied)
    assert WORD_JOINER not in copied
    assert "Premium Support Desk" in copied and "OK" in copied  # as Qt copies a box


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a popup
def test_a_selection_copied_from_a_message_box_label_has_no_joiners(qtbot: QtBot) -> None:
    parent = QWidget()  # kept while the box is used
    box = japanese_box(qtbot, parent)
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    label.setSelection(0, len(label.text()))  # as a drag across it selects
    QGuiApplication.clipboard().clear()
    # Qt's own context menu of the label (it pops up, and stays up): its Copy, as a click.
    middle = label.rect().center()
    QApplication.sendEvent(
        label,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, middle, label.mapToGlobal(middle)),
    )
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "no context menu"
    copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    assert copy.isEnabled()
    copy.trigger()
    menu.close()
    assert QGuiApplication.clipboard().text() == TEXT


def test_ctrl_c_on_a_selected_label_copies_the_text_as_set(qtbot: QtBot) -> None:
    label = WrappedLabel(whole_hyphenated=True)
    qtbot.addWidget(label)
    text = "e-mail でお知らせします。3 件の回答が届きました。"
    label.setText(text)
    assert WORD_JOINER in label.shown_text() and NON_BREAKING_HYPHEN in label.shown_text()
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    with qtbot.waitExposed(label):
        label.show()
    label.activateWindow()
    label.setFocus()
    label.setSelection(0, len(label.shown_text()))
    QGuiApplication.clipboard().clear()
    QTest.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == text


def test_an_english_message_box_copies_as_before(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = WrappedMessageBox(parent)
    box.setWindowTitle("Premium Support Desk")
    box.setText("Discard this draft?")
    box.addButton(QMessageBox.StandardButton.Ok)
    with qtbot.waitExposed(box):
        box.show()
    QGuiApplication.clipboard().clear()
    QTest.keySequence(box, QKeySequence.StandardKey.Copy)
    separator = "---------------------------\n"
    assert QGuiApplication.clipboard().text() == (
        f"{separator}Premium Support Desk\n{separator}Discard this draft?\n{separator}"
        f"OK   \n{separator}"
    )
