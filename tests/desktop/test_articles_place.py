"""The help articles' kept place in Contact support, while no article is shown, reads as
a place for them: its line in the middle of a quiet outline. A line at its top over blank
room read as a gap in the form (a newcomer's report). The place itself stays as tall, so
nothing under it moves as articles come and go (tests/e2e/test_contact_choices_stay.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.ui.text.i18n import LanguageSwitcher
from tests.desktop.test_composer_and_contact_form import options
from tests.desktop.test_contact_form_steady import ARTICLES, settled
from tests.desktop.test_contact_support_asks import dialog_for

# Colour channels further apart than this are something drawn, not the background.
DRAWN = 40
# Where the outline may be: within this many pixels of the place's side.
SIDE = 5


def _drawn(image: QImage, x: int, y: int, background: QColor) -> bool:
    colour = image.pixelColor(x, y)
    return (
        max(
            abs(colour.red() - background.red()),
            abs(colour.green() - background.green()),
            abs(colour.blue() - background.blue()),
        )
        > DRAWN
    )


def _drawn_rows(image: QImage, background: QColor) -> list[int]:
    """The rows where something is drawn inside the outline's band: the text's."""
    return [
        y
        for y in range(SIDE, image.height() - SIDE)
        if any(_drawn(image, x, y, background) for x in range(SIDE, image.width() - SIDE))
    ]


def _outlined_left(image: QImage, background: QColor) -> bool:
    middle = image.height() // 2
    return any(
        _drawn(image, x, y, background) for x in range(SIDE) for y in range(middle - 8, middle + 8)
    )


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_empty_place_is_outlined_with_its_line_in_the_middle(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
        slot = dialog.suggestion_slot
        slot.reserve()  # articles are asked for: their place is kept
        settled(dialog)
        assert slot.isVisible() and slot.height() >= slot.reserved_height()
        image = slot.grab().toImage()
        background = image.pixelColor(0, 0)  # outside the outline's round corner
        rows = _drawn_rows(image, background)
        assert rows, "the place says what comes there"
        above, below = rows[0], image.height() - 1 - rows[-1]
        # In the middle, not a line at the top over blank room.
        assert abs(above - below) <= 4, (above, below, image.height())
        assert _outlined_left(image, background), "the place is outlined"
        # Articles shown: they are the place's content, in the same height.
        height = slot.height()
        dialog.suggestions._show(ARTICLES)
        settled(dialog)
        assert slot.height() == height
        assert not slot.placeholder.isVisible() and not slot.outlined()
    finally:
        english.apply("en")
