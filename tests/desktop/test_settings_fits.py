"""The Settings dialog on a small screen: its wrapped notes whole, nothing drawn over
another (a newcomer at 1024×640 saw the server note over the address field, cut)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.text.i18n import LanguageSwitcher

# Qt opens a new window at most two thirds of the screen high: 426 px of a 640 px screen.
SMALL_SCREEN_HEIGHT = 640 * 2 // 3


def _on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_a_short_window_still_shows_every_note_whole(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = SettingsDialog(language=language, notify_answers=True, server_url="")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.width(), SMALL_SCREEN_HEIGHT)
        qtbot.wait(10)  # the resize's layout
        layout = dialog.layout()
        assert layout is not None
        assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
        notes = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
        assert notes
        for note in (n for n in notes if n.isVisible() and n.text()):
            # Tall enough for its lines at its width (not cut), and over no other control.
            assert note.height() >= note.heightForWidth(note.width()), note.text()
            box = _on_window(note)
            for other in dialog.findChildren(QWidget):
                if other is note or not other.isVisible() or other.isAncestorOf(note):
                    continue
                if other.isWindow() or note.isAncestorOf(other):
                    continue
                if other.focusPolicy() != other.focusPolicy().NoFocus:
                    assert not box.intersects(_on_window(other)), (note.text(), other)
    finally:
        english.apply("en")
