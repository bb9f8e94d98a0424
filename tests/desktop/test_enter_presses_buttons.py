"""Enter presses the focused button in the window's pages, as Space does and as in dialogs
(issue 19); Enter in a field, the reply box and a dialog does what it did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
from tests.support.app import make_settings


def window_in(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    # The focus a person gives: in the active window (the filter follows the focus).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def counted(button: QPushButton) -> list[bool]:
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    return clicks


def test_enter_presses_the_focused_button_of_a_page(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_in(qtbot, tmp_path)
    button = window.my_tickets.new_ticket_button
    button.show()
    clicks = counted(button)
    button.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QTest.keyClick(button, key)
        qtbot.waitUntil(lambda: len(clicks) == 1)
        clicks.clear()
    # Ctrl+Enter is the window's key (send), never a press of the button with the focus.
    QTest.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(button, Qt.Key.Key_Space)  # Space, as before
    qtbot.waitUntil(lambda: len(clicks) == 1)
    button.setEnabled(False)
    QTest.keyClick(button, Qt.Key.Key_Return)
    assert clicks == [True]


def test_enter_in_a_field_or_the_reply_box_is_theirs(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_in(qtbot, tmp_path)
    button = window.my_tickets.new_ticket_button
    button.show()
    clicks = counted(button)
    search = window.my_tickets.filters.search
    returned: list[bool] = []
    search.returnPressed.connect(lambda: returned.append(True))
    search.setFocus()
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert returned == [True]

    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.configure(chat=False, colleague_name="")
    composer.show()
    sent: list[str] = []
    composer.send_requested.connect(lambda text, _files: sent.append(text))
    composer.editor.setFocus()
    QTest.keyClicks(composer.editor, "First line")
    QTest.keyClick(composer.editor, Qt.Key.Key_Return)
    QTest.keyClicks(composer.editor, "second")
    assert composer.editor.toPlainText() == "First line\nsecond" and sent == []
    # Its Send button (a default button) sends once on Enter, as it did.
    composer.send_button.setFocus()
    QTest.keyClick(composer.send_button, Qt.Key.Key_Return)
    assert sent == ["First line\nsecond"]
    QTest.qWait(0)
    assert clicks == []


def test_a_dialogs_default_button_and_its_others_are_as_before(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window_in(qtbot, tmp_path)  # the window's way with Enter is in place
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit()
    default, other = QPushButton("Save"), QPushButton("Other")
    default.setDefault(True)
    layout = QVBoxLayout(dialog)
    for widget in (field, default, other):
        layout.addWidget(widget)
    saved, others = counted(default), counted(other)
    with qtbot.waitExposed(dialog):
        dialog.show()
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Return)  # the default button
    assert saved == [True] and others == []
    other.setFocus()
    QTest.keyClick(other, Qt.Key.Key_Return)  # the focused one, once
    assert saved == [True] and others == [True]
