"""The suggested articles' "Answered" buttons (a newcomer's report): every one has the same
label, so each is named after its article for a screen reader, and the ring Tab shows on
one stands out 4.5:1 from what is next to it (it looked faint), light and dark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from desktop.ui.look.focus_ring import FocusRings
from tests.desktop.test_composer_and_contact_form import options
from tests.desktop.test_contact_form_steady import ARTICLES, settled
from tests.desktop.test_contact_support_asks import dialog_for
from tests.support.focus_rings import assert_ring_stands_out

# What the newcomer asked for: as clear as text (WCAG 1.4.3), not only 3:1.
AT_LEAST = 4.5


def test_each_answered_button_is_named_after_its_article(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.suggestions._show(ARTICLES)
    rows = dialog.suggestions.rows
    labels = {row.answered_button.text() for row in rows}
    assert len(labels) == 1  # the same words on each: the name tells them apart
    names = [row.answered_button.accessibleName() for row in rows]
    assert len(set(names)) == len(rows)
    for row, name in zip(rows, names, strict=True):
        assert row.article.title in name


def test_an_answered_button_s_ring_stands_out_4_5_to_1(
    qtbot: QtBot,
    rings: FocusRings,
    palette: QPalette,  # noqa: F811 - the fixture
) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.subject_edit.setFocus()
    qtbot.keyClicks(dialog.subject_edit, "Files do not")
    dialog.suggestions._show(ARTICLES)
    settled(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    for row in dialog.suggestions.rows:
        button = row.answered_button
        dialog.subject_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        settled(dialog)
        unfocused = dialog.grab().toImage()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        assert rings.ring is not None and rings.ring.widget() is button
        focused = dialog.grab().toImage()
        assert_ring_stands_out(unfocused, focused, button, AT_LEAST, row.article.key)
