"""The thread reads in a dark window: card colours come from the palette, none of their own."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.models import Message
from desktop.ui.look.theme import contrast
from desktop.ui.tickets.ticket.message_card import MessageCard
from desktop.ui.tickets.ticket.thread_view import ThreadView
from tests.support.palettes import PALETTES, dark_palette

Role = QPalette.ColorRole
THREAD_WIDGETS = ("message_card.py", "thread_view.py", "outbox_card.py")
TICKETS_UI = Path(__file__).resolve().parents[2] / "desktop" / "ui" / "tickets" / "ticket"


def message(kind: str) -> Message:
    return Message(
        id=f"m-{kind}",
        ticket_id="t-1",
        author_kind=kind,
        author_name="Noah",
        body="The export to the shared folder stops at 99 %. " * 3,
        attachments=(),
        created_at=datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
    )


def rendered_background(card: MessageCard) -> QColor:
    """The colour most of the painted card has: its background."""
    image = card.grab().toImage()
    pixels = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    )
    return QColor.fromRgb(pixels.most_common(1)[0][0])


@pytest.mark.parametrize("kind", ["agent", "self", "colleague", "submitter"])
def test_a_card_reads_in_a_dark_window(kind: str, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(dark_palette())
    card = MessageCard(message(kind), window)
    card.resize(420, 140)
    window.show()

    background = rendered_background(card)
    assert background.lightness() < 128, background.name()  # dark, like the window
    for label in (card.author, card.body):
        text = label.palette().color(label.foregroundRole())
        assert contrast(text, background) >= 4.5, (label.objectName(), text.name())


def test_a_card_follows_a_switch_from_light_to_dark(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    card = MessageCard(message("agent"), window)
    card.resize(420, 140)
    window.show()
    assert rendered_background(card).lightness() >= 128  # the default light palette

    window.setPalette(dark_palette())
    background = rendered_background(card)
    text = card.body.palette().color(card.body.foregroundRole())
    assert background.lightness() < 128
    assert contrast(text, background) >= 4.5


@pytest.mark.parametrize("name", THREAD_WIDGETS)
def test_no_thread_widget_keeps_a_colour_of_its_own(name: str) -> None:
    source = (TICKETS_UI / name).read_text(encoding="utf-8")
    fixed = re.findall(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|QColor\(|Qt\.GlobalColor\.", source)
    assert fixed == [], f"{name}: colours belong in desktop/ui/look/theme.py"


def test_a_colleague_is_colleague_in_the_circle_too(qtbot: QtBot) -> None:  # R17
    """The name says "Colleague": initials of the teammate ("NV") would say who after all."""
    window = QWidget()
    qtbot.addWidget(window)
    colleague = replace(message("colleague"), author_name="Noah de Vries")
    card = MessageCard(colleague, window)
    assert card.author.text() == "Colleague"
    assert card.avatar.text == "C"
    assert "“Colleague”" in card.author.toolTip()  # why it does not say who
    agent = MessageCard(replace(message("agent"), author_name="Sam Agent"), window)
    assert agent.avatar.text == "SA"


@pytest.mark.parametrize("name", PALETTES)
def test_own_messages_stand_out_from_the_page_and_from_supports(name: str, qtbot: QtBot) -> None:
    """In the dark the own card was the page's grey (1.0:1): told from support only by side."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(PALETTES[name]())
    own = MessageCard(message("self"), window)
    agent = MessageCard(message("agent"), window)
    for card in (own, agent):
        card.resize(420, 140)
    window.show()

    page = window.palette().color(Role.Window)
    own_background = rendered_background(own)
    assert contrast(own_background, page) >= 1.15, (own_background.name(), page.name())
    assert own_background != rendered_background(agent)
    for label in (own.author, own.body, own.time):
        text = label.palette().color(label.foregroundRole())
        assert contrast(text, own_background) >= 4.5, (label.objectName(), text.name())


@pytest.mark.parametrize("name", PALETTES)
def test_the_threads_scroll_handle_stands_out_from_its_track(name: str, qtbot: QtBot) -> None:
    """Fusion's near-white handle on a light grey track read backwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    app.setPalette(PALETTES[name]())  # the thread follows the application's palette
    try:
        view = ThreadView()
        qtbot.addWidget(view)
        view.resize(520, 260)  # short: the thread is much taller
        with qtbot.waitExposed(view):
            view.show()
        view.show_messages(tuple(replace(message("agent"), id=f"m-{n}") for n in range(12)))
        bar = view.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        bar.setValue(0)  # the handle at the top, the track below it
        image = bar.grab().toImage()
        middle = image.width() // 2
        handle = image.pixelColor(middle, 6)
        track = image.pixelColor(middle, image.height() - 3)
        assert contrast(handle, track) >= 3.0, (handle.name(), track.name())
        # The handle is the one nearer the text (darker on light, lighter on dark).
        text = app.palette().color(Role.WindowText)
        assert contrast(handle, text) < contrast(track, text)
    finally:
        app.setPalette(palette)
