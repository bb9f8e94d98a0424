"""Contact support on a small screen, in every language, against the real service.

A new admin's report: at 1024×640 the form ran below the screen (Send at y≈615 of 640),
Japanese cut 添付ファイル in half, Dutch article titles all ended in "…", and a Japanese
title ran into its button. Here the screen is 1024×640 (or 1280×800): the dialog fits,
its buttons are in view, labels are whole and a title never meets its button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import save
from tests.e2e.conftest import OpenContact
from tests.support.client_flows import (
    area_in,
    ask_a_suggested_question,
    in_every_language,
    on_screens,
)


@on_screens((1024, 640), (1280, 800))
@in_every_language()
async def test_contact_support_fits_the_screen_whole(
    contact_form: OpenContact,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    screen: tuple[int, int],
) -> None:
    available = QRect(0, 0, *screen)
    async with contact_form(language=language, screen=screen) as dialog:
        await ask_a_suggested_question(dialog, qtbot)
        suggestions = dialog.suggestions
        save(dialog, tmp_path, f"contact-support-{screen[0]}x{screen[1]}", language)

        # Never taller than the screen; the buttons in view, the form scrolls inside.
        assert dialog.frameGeometry().height() <= available.height()
        assert available.contains(dialog.frameGeometry()), dialog.frameGeometry()
        send = dialog.send_button
        assert send.isVisible()
        assert dialog.rect().contains(area_in(send, dialog))

        # The form is never wider than its viewport: nothing cut at the right edge.
        viewport = dialog.form_scroll.viewport()
        page = dialog.form_scroll.widget()
        assert page is not None and page.width() <= viewport.width()
        # Every label whole: as wide and tall as its text asks.
        for label in page.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            if label.wordWrap():
                # Whole, and no taller than its lines: no empty gap under a note.
                needed = label.heightForWidth(label.width())
                assert needed <= label.height() < needed + label.fontMetrics().height()
            else:
                hint = label.minimumSizeHint()
                assert label.width() >= hint.width(), label.text()
                assert label.height() >= hint.height(), label.text()

        # Each title wraps (whole, never "…") beside its button and never meets it.
        for row in suggestions.rows:
            title, button = area_in(row.link, row), area_in(row.answered_button, row)
            assert not title.intersects(button), (row.link_text, title, button)
            assert row.link.height() >= row.link.heightForWidth(row.link.width())
            assert row.link_text in row.link.text()
            assert row.link.toolTip().startswith(row.link_text)
