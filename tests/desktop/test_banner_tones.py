"""A warning looks like a warning, and a note like a note: the local demo workspace's
banner and "Nothing can be saved on this computer" stacked in one window are told apart
by their surfaces (a neutral note, a warning's tint with an edge in the theme's warning
colour), and the text on each reads at 4.5:1; light and dark, as painted.

Both were the same beige: two different messages looked alike (a screenshot review).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.look.theme import TextRole, contrast, text_colour
from desktop.ui.notices.local_banner import LocalModeBanner
from desktop.ui.notices.store_notices import UnwritableBanner
from tests.support.ink import in_window, strongest_ink


def background(image: QImage, banner: QRect) -> QColor:
    """The banner's surface: in its right margin, clear of text, button and rules."""
    return image.pixelColor(banner.right() - 5, banner.center().y())


def test_the_demo_note_and_the_unwritable_warning_look_different(
    qtbot: QtBot, palette: QPalette
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    note = LocalModeBanner()
    note.set_user_name("Ava Jansen")
    warning = UnwritableBanner()
    layout.addWidget(note)
    layout.addWidget(warning)
    layout.addStretch(1)
    window.resize(900, 220)
    with qtbot.waitExposed(window):
        window.show()
    image = window.grab().toImage()
    note_rect, warning_rect = in_window(note, window), in_window(warning, window)
    note_ground, warning_ground = background(image, note_rect), background(image, warning_rect)

    # Different surfaces, as painted and as the theme's roles: a note's neutral one, a
    # warning's tint.
    assert note_ground.hsvSaturation() < 20, note_ground.name()
    assert warning_ground.hsvSaturation() >= 40, warning_ground.name()
    assert note.property("surface_tone") == "info"
    assert warning.property("surface_tone") == "warning"
    # And the warning's edge in the theme's warning colour, 3:1 from its surface.
    edge = image.pixelColor(warning_rect.left() + 1, warning_rect.center().y())
    assert edge.name() == text_colour(TextRole.WARNING, palette).name()
    assert contrast(edge, warning_ground) >= 3.0, (edge.name(), warning_ground.name())
    note_edge = image.pixelColor(note_rect.left() + 1, note_rect.center().y())
    assert contrast(note_edge, note_ground) < 1.1, note_edge.name()  # a note has none

    # The text on each reads at 4.5:1, the demo note's link too.
    for label, ground in (
        (note.text, note_ground),
        (note.link, note_ground),
        (warning.text, warning_ground),
    ):
        ink = strongest_ink(image, in_window(label, window), ground)
        assert contrast(ink, ground) >= 4.5, (label.objectName(), ink.name(), ground.name())
