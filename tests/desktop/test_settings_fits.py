"""The Settings dialog on a small screen: its wrapped notes whole, nothing drawn over
another (a newcomer at 1024×640 saw the server note over the address field, cut)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame, QWidget
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
        with qtbot.waitExposed(dialog):
            dialog.show()
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


def _text_room(edit: QLineEdit) -> int:
    """How wide the text area inside ``edit`` is: the style's contents rectangle, less the
    field's text margins and Qt's 2 px on each side (QLineEdit's horizontal margin)."""
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    option.rect = edit.rect()
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * 2


@pytest.mark.parametrize("screen", [None, (1024, 640)], ids=["default", "1024x640"])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_every_field_s_hint_is_shown_whole(
    qtbot: QtBot, english: LanguageSwitcher, language: str, screen: tuple[int, int] | None
) -> None:
    """A newcomer read the Dutch certificate field's hint cut: "Geen (alleen die van het s…"."""
    english.apply(language)
    try:
        dialog = SettingsDialog(language=language, notify_answers=True, server_url="")
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        if screen is not None:
            width, height = screen
            assert dialog.width() <= width, dialog.size()
            dialog.resize(dialog.width(), min(dialog.height(), height * 2 // 3))
            qtbot.wait(10)
        edits = [e for e in dialog.findChildren(QLineEdit) if e.placeholderText()]
        assert dialog.network_box.ca_edit in edits
        for edit in edits:
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            assert hint <= _text_room(edit), (edit.objectName(), edit.placeholderText())
        # Not at their labels' cost: each one-line label as wide as its text.
        labels = [la for la in dialog.findChildren(QLabel) if la.isVisible() and not la.wordWrap()]
        for label in labels:
            assert label.width() >= label.minimumSizeHint().width(), label.text()
    finally:
        english.apply("en")
