"""Contact support keeps the focused field in view (a newcomer's report, 1024×640 in
Japanese): the form is taller than the window and scrolls, and a field reached by its
mnemonic (Alt+D) or by a failed send was left below the fold: typed into blind, its
missing mark off-screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.compose import form_scroll
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.desktop.test_composer_and_contact_form import options


@pytest.fixture
def small_japanese_screen(
    english: LanguageSwitcher, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The app in Japanese on a 1024×640 screen."""
    available = QRect(0, 0, 1024, 640)
    monkeypatch.setattr(form_scroll, "available_geometry", lambda _window: available)
    english.apply("ja")
    try:
        yield
    finally:
        english.apply("en")


def in_view(widget: QWidget, dialog: ContactSupportDialog) -> bool:
    """Whole inside the scroll area's viewport."""
    viewport = dialog.form_scroll.viewport()
    place = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(place)


def tall_form(qtbot: QtBot) -> ContactSupportDialog:
    """Out of Japanese hours (the hours notice shown), with the help articles' place kept
    (as the app asks for them): the form scrolls, shown at its top."""
    dialog = ContactSupportDialog(options(both_covered=True, japanese_open=False), champion=None)
    qtbot.addWidget(dialog)
    dialog.suggestion_slot.reserve()  # as use_article_finder does
    dialog.show()
    # Active, as a dialog the admin opened is: focus and shortcuts follow the active window.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: dialog.hours_note.isVisible())
    bar = dialog.form_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    dialog.category_combo.setFocus(Qt.FocusReason.OtherFocusReason)
    bar.setValue(0)
    assert not in_view(dialog.body_edit, dialog)  # below the fold
    return dialog


@pytest.mark.usefixtures("small_japanese_screen")
def test_a_field_reached_by_its_mnemonic_is_scrolled_into_view(qtbot: QtBot) -> None:
    dialog = tall_form(qtbot)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.body_edit.hasFocus()
    qtbot.waitUntil(lambda: in_view(dialog.body_edit, dialog))


@pytest.mark.usefixtures("small_japanese_screen")
def test_a_failed_send_shows_the_first_missing_field_and_its_mark(qtbot: QtBot) -> None:
    dialog = tall_form(qtbot)
    # Scrolled to the bottom, where Send's neighbours are; the product is missing at the top.
    bar = dialog.form_scroll.verticalScrollBar()
    dialog.attachments.setFocus(Qt.FocusReason.OtherFocusReason)
    bar.setValue(bar.maximum())
    assert not in_view(dialog.product_combo, dialog)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.product_combo.hasFocus()
    mark = dialog.marks.message("product")
    qtbot.waitUntil(lambda: mark.isVisible())
    qtbot.waitUntil(lambda: in_view(dialog.product_combo, dialog) and in_view(mark, dialog))


@pytest.mark.usefixtures("small_japanese_screen")
def test_a_missing_description_focused_by_send_shows_its_mark_under_it(qtbot: QtBot) -> None:
    dialog = tall_form(qtbot)
    # Everything above the description filled: it is the first field missing.
    for combo in (dialog.product_combo, dialog.category_combo):
        combo.setCurrentIndex(1)
    dialog.subject_edit.setText("同期が止まりました")
    dialog.category_combo.setFocus(Qt.FocusReason.OtherFocusReason)
    dialog.form_scroll.verticalScrollBar().setValue(0)
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.body_edit.hasFocus()
    mark = dialog.marks.message("body")
    qtbot.waitUntil(lambda: mark.isVisible())
    qtbot.waitUntil(lambda: in_view(dialog.body_edit, dialog) and in_view(mark, dialog))
