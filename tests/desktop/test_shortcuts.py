"""Every action has a shortcut, and Help → Keyboard shortcuts lists them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher


def native(sequence: QKeySequence) -> str:
    """As the list writes it: the platform's notation, Return as keyboards label it."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText).replace("Return", "Enter")


def cell(dialog: ShortcutsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_shortcut_list_names_every_window_shortcut(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    window.menus.shortcuts_action.trigger()
    dialog = window.menus.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    listed = dict(dialog.rows())
    assert all(listed.values()), listed  # no action without its keys
    table = [(cell(dialog, r, 0), cell(dialog, r, 1)) for r in range(dialog.table.rowCount())]
    assert table == dialog.rows()
    shown = set(listed.values())
    for action in (
        window.menus.new_ticket_action,
        window.menus.settings_action,
        window.menus.quit_action,
        window.menus.shortcuts_action,
    ):
        assert native(action.shortcut()) in shown, action.objectName()
    for keys in ("Ctrl+F", "F5", "R", "Ctrl+Return"):
        assert native(QKeySequence(keys)) in shown
    assert "Ctrl+Enter" in shown  # as the chat's hint says it, not "Ctrl+Return"


def test_the_page_shortcuts_go_as_far_as_the_navigation_does(qtbot: QtBot) -> None:
    shown = [6]
    dialog = ShortcutsDialog(pages=lambda: shown[0])
    qtbot.addWidget(dialog)
    keys = [keys for _action, keys in dialog.rows()]
    assert "Ctrl+1 … Ctrl+6" in keys and not any("Ctrl+7" in k for k in keys)
    shown[0] = 7  # a member's navigation has Get help too
    dialog.show()
    texts = [cell(dialog, row, 1) for row in range(dialog.table.rowCount())]
    assert "Ctrl+1 … Ctrl+7" in texts


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_list_fits_a_small_screen_without_a_scrollbar(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = ShortcutsDialog()
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        # On a 1024×640 screen, with room for the title bar and a panel.
        assert dialog.width() <= 1024 and dialog.height() <= 640 - 80, dialog.size()
        table = dialog.table
        assert not table.verticalScrollBar().isVisible()
        assert not table.horizontalScrollBar().isVisible()
        # Every row whole, on one line: its text as wide as its column at most.
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            for column in (0, 1):
                item = table.item(row, column)
                assert item is not None
                text = item.text()
                assert metrics.horizontalAdvance(text) < table.columnWidth(column), text
        last = table.visualRect(table.model().index(table.rowCount() - 1, 0))
        assert last.bottom() <= table.viewport().height()
    finally:
        english.apply("en")


def test_the_list_takes_the_focus_and_esc_closes_it(qtbot: QtBot, tmp_path: Path) -> None:
    """F1 from the window: the keys go to the list, not to the window behind it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.menus.shortcuts_action.trigger()
    dialog = window.menus.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    for _time in range(2):  # and again, when the window behind was clicked in the meantime
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        focused = QApplication.focusWidget()
        assert focused is dialog.table, focused
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.menus.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = QApplication.focusWidget()
    assert focused is dialog.table, focused
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_keys_end_well_before_the_table_s_edge(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    """A newcomer saw Dutch "Esc / Alt+Pijl links" touch the table's edge: the key column
    was as wide as its text and no more."""
    english.apply(language)
    try:
        dialog = ShortcutsDialog()
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        table = dialog.table
        metrics = table.fontMetrics()
        margin = metrics.horizontalAdvance("M")  # a letter's room after the text, at least
        edge = table.viewport().width()
        # Where a cell's text starts in it: the style's margin (the focus frame's and 1).
        inset = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        for row in range(table.rowCount()):
            for column in (0, 1):
                item = table.item(row, column)
                assert item is not None
                box = table.visualRect(table.model().index(row, column))
                end = box.left() + inset + 1 + metrics.horizontalAdvance(item.text())
                assert end + margin <= min(box.right(), edge), (item.text(), end, box, edge)
    finally:
        english.apply("en")
