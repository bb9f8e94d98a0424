"""A warning looks like one wherever it is said: in a box of its own (the Billing page's
"not eligible" notice, a ticket's conflict bar, a form's error) as in a banner, with an
edge on its left in the theme's warning (or danger) colour beside its tint; a note's box
has none. The offline banner is a warning, not the demo workspace's grey note: being
offline changes what can be done. Its text reads at 4.5:1; light and dark, as painted.

The boxes had only a tint, a beige that passed for a note; the offline banner was the
same grey as the demo note (a screenshot review).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.billing.eligibility_notice import EligibilityNotice
from desktop.ui.look.theme import TextRole, contrast, style_boxed, text_colour
from desktop.ui.notices.connection_indicator import ConnectionIndicator
from desktop.ui.notices.local_banner import LocalModeBanner
from desktop.ui.notices.offline_banner import OfflineBanner
from desktop.ui.tickets.ticket.conflict_bar import ConflictBar
from tests.support.ink import in_window, strongest_ink


def not_eligible(_host: QWidget) -> QWidget:
    notice = EligibilityNotice()
    notice.show_reason("too_few_licences", licences=4)
    return notice


def conflict(_host: QWidget) -> QWidget:
    bar = ConflictBar()
    bar.show_answers(1)
    return bar


def form_error(_host: QWidget) -> QWidget:
    label = QLabel("Wrong e-mail address or password.")
    label.setObjectName("sign_in_error")
    style_boxed(label, "danger")
    return label


def offline(_host: QWidget) -> QWidget:
    banner = OfflineBanner(ConnectionIndicator())
    banner.show()
    return banner


WARNINGS: dict[str, tuple[Callable[[QWidget], QWidget], TextRole]] = {
    "not eligible": (not_eligible, TextRole.WARNING),
    "conflict": (conflict, TextRole.WARNING),
    "form error": (form_error, TextRole.DANGER),
    "offline": (offline, TextRole.WARNING),
}


def shown(qtbot: QtBot, make: Callable[[QWidget], QWidget]) -> tuple[QWidget, QWidget]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(16, 16, 16, 16)
    widget = make(window)
    layout.addWidget(widget)
    layout.addStretch(1)
    window.resize(900, 260)
    with qtbot.waitExposed(window):
        window.show()
    return window, widget


@pytest.mark.parametrize("what", list(WARNINGS))
def test_a_warning_has_its_tone_s_edge_and_text_that_reads(
    qtbot: QtBot, palette: QPalette, what: str
) -> None:
    make, role = WARNINGS[what]
    window, widget = shown(qtbot, make)
    image = window.grab().toImage()
    rect = in_window(widget, window)
    ground = image.pixelColor(rect.right() - 3, rect.center().y())  # clear of text
    # A tint, not the window's grey.
    assert ground.hsvSaturation() >= 40, (what, ground.name())
    # The left edge, 4 px in the role's colour, 3:1 from the tint beside it.
    wanted = text_colour(role, palette)
    for x in range(rect.left() + 1, rect.left() + 4):
        edge = image.pixelColor(x, rect.center().y())
        assert edge.name() == wanted.name(), (what, x - rect.left(), edge.name(), wanted.name())
    assert contrast(wanted, ground) >= 3.0, (what, wanted.name(), ground.name())
    # Its text at 4.5:1 on its tint.
    labels = [label for label in widget.findChildren(QLabel) if label.isVisible()] or [widget]
    for label in labels:
        area = in_window(label, window)
        if isinstance(widget, QLabel):
            area = area.adjusted(6, 1, -2, -1)  # inside its padding, clear of the edge
        ink = strongest_ink(image, area, ground)
        assert contrast(ink, ground) >= 4.5, (what, label.objectName(), ink.name())


def test_a_note_s_box_has_no_edge(qtbot: QtBot, palette: QPalette) -> None:
    def note(_host: QWidget) -> QWidget:
        box = QFrame()
        box.setObjectName("a_note")
        box.setMinimumHeight(40)
        style_boxed(box, "info")
        return box

    window, box = shown(qtbot, note)
    image = window.grab().toImage()
    rect = in_window(box, window)
    ground = image.pixelColor(rect.right() - 3, rect.center().y())
    inside_edge = image.pixelColor(rect.left() + 2, rect.center().y())
    assert contrast(inside_edge, ground) < 1.1, (inside_edge.name(), ground.name())


def test_offline_does_not_look_like_the_demo_note(qtbot: QtBot, palette: QPalette) -> None:
    def both(host: QWidget) -> QWidget:
        holder = QWidget(host)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        note = LocalModeBanner()
        note.set_user_name("Ava Jansen")
        column.addWidget(note)
        column.addWidget(offline(holder))
        return holder

    window, holder = shown(qtbot, both)
    image = window.grab().toImage()
    note, banner = holder.findChild(LocalModeBanner), holder.findChild(OfflineBanner)
    assert note is not None and banner is not None
    grounds = []
    for widget in (note, banner):
        rect = in_window(widget, window)
        grounds.append(image.pixelColor(rect.right() - 3, rect.center().y()))
    assert grounds[0].name() != grounds[1].name()
    assert banner.property("surface_tone") == "warning"
