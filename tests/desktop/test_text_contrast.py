"""Every text reads: each text role at 4.5:1 or more, in light and dark, as applied.

The colours are computed as WCAG contrast from what the widgets actually carry (their
palettes after ``set_text_role``), on the surfaces they sit on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.look.theme import (
    TextRole,
    backgrounds,
    banner_style,
    card_palette,
    contrast,
    primary_colours,
    set_font_style,
    set_text_role,
    status_badge_colours,
    surface,
    text_colour,
    text_role,
)
from desktop.ui.notices.connection_indicator import ConnectionIndicator
from desktop.ui.notices.offline_banner import OfflineBanner
from desktop.ui.shell.navigation import Navigation
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.ticket.message_card import MessageCard
from tests.desktop.test_thread_colours import message, rendered_background
from tests.support.palettes import PALETTES, dark_palette, light_palette

Role = QPalette.ColorRole
UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
# Colours of data, not of text: chart series (Okabe–Ito) and the theme itself.
MAY_NAME_COLOURS = {"theme.py", "palette.py", "trend_chart.py"}


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("role", list(TextRole))
def test_every_text_role_reads_on_every_surface(name: str, role: TextRole) -> None:
    palette = PALETTES[name]()
    colour = text_colour(role, palette)
    for background in backgrounds(palette):
        assert contrast(colour, background) >= 4.5, (role, colour.name(), background.name())


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("tone", ["info", "warning", "danger"])
def test_text_reads_on_banners_and_notes(name: str, tone: str) -> None:
    palette = PALETTES[name]()
    text = palette.color(Role.WindowText)
    assert contrast(text, surface(palette, tone)) >= 4.5


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", ["self", "agent", "colleague", "submitter"])
def test_every_text_role_reads_on_every_message_card(name: str, kind: str) -> None:
    """The thread's cards (own, support's, a teammate's) are surfaces of their own."""
    card = card_palette(PALETTES[name](), kind)
    surface_colour = card.color(Role.Window)
    for role in TextRole:
        colour = text_colour(role, card)
        assert contrast(colour, surface_colour) >= 4.5, (role, colour.name(), surface_colour.name())


@pytest.mark.parametrize("name", PALETTES)
def test_a_main_actions_text_reads_on_its_fill(name: str) -> None:
    fill, text = primary_colours(PALETTES[name]())
    assert contrast(fill, text) >= 4.5, (fill.name(), text.name())


def test_secondary_text_is_quieter_than_primary_but_not_faint() -> None:
    palette = light_palette()
    window = palette.color(Role.Window)
    primary = contrast(text_colour(TextRole.PRIMARY, palette), window)
    secondary = contrast(text_colour(TextRole.SECONDARY, palette), window)
    assert 4.5 <= secondary < primary


def applied(label: QWidget) -> tuple[float, str]:
    colour = label.palette().color(label.foregroundRole())
    parent = label.parentWidget()
    background = (parent or label).palette().color(Role.Window)
    return contrast(
        colour, background
    ), f"{label.objectName()}: {colour.name()} on {background.name()}"


@pytest.mark.parametrize("name", PALETTES)
def test_the_list_pages_secondary_texts_read_as_applied(name: str, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(PALETTES[name]())
    page = TicketListPage(TaskRunner(lambda error: None), "team", parent=window)
    page.synced.setText("Last synced: just now")
    window.show()
    roles = [(label, text_role(label)) for label in page.findChildren(QLabel)]
    secondary = [label for label, role in roles if role is TextRole.SECONDARY]
    assert page.synced in secondary and page.scope_note in secondary
    for label in secondary:
        assert label.isEnabled(), "secondary text is a colour, not a disabled (grey) label"
        ratio, what = applied(label)
        assert ratio >= 4.5, what


def test_a_role_follows_the_window_from_light_to_dark(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(light_palette())
    label = QLabel("Offline", window)
    set_text_role(label, TextRole.DANGER)
    window.show()
    light_colour = label.palette().color(label.foregroundRole())
    window.setPalette(dark_palette())
    dark_colour = label.palette().color(label.foregroundRole())
    assert light_colour != dark_colour
    assert applied(label)[0] >= 4.5


def test_a_cards_time_reads_in_a_dark_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(dark_palette())
    card = MessageCard(message("agent"), window)
    card.resize(420, 140)
    window.show()
    background = rendered_background(card)
    time = card.time.palette().color(card.time.foregroundRole())
    assert contrast(time, background) >= 4.5, (time.name(), background.name())


def test_styled_widgets_follow_the_system_switching_to_dark_and_back(qtbot: QtBot) -> None:
    """The system's switch reaches widgets whose style sheet pins a palette of their own (the
    banner, the navigation) and labels with a text role, inside a real window, every time."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    banner = OfflineBanner(ConnectionIndicator())
    navigation = Navigation()
    note = QLabel("Last synced just now")
    set_text_role(note, TextRole.LINK)
    set_font_style(note, bold=True)
    link = QLabel("Settings → Server…")  # a link in a banner: its parent is styled too
    set_text_role(link, TextRole.LINK)
    set_font_style(link, underline=True)
    banner_layout = banner.layout()
    assert banner_layout is not None
    banner_layout.addWidget(link)
    for widget in (banner, navigation, note):
        layout.addWidget(widget)
    with qtbot.waitExposed(window):
        window.show()
    before = app.palette()
    try:
        for palette in (dark_palette(), light_palette(), dark_palette()):
            app.setPalette(palette)  # as the system does; no event sent by hand
            base = palette.color(Role.Base).name()
            qtbot.waitUntil(lambda base=base: navigation.palette().color(Role.Base).name() == base)
            wanted = banner_style("offline_banner", palette, "warning")
            qtbot.waitUntil(lambda wanted=wanted: banner.styleSheet() == wanted)
            for label, ground in (
                (note, palette.color(Role.Window)),
                (link, surface(palette, "warning")),
            ):
                ink = label.palette().color(label.foregroundRole())
                assert contrast(ink, ground) >= 4.5, (ink.name(), ground.name())
    finally:
        app.setPalette(before)


@pytest.mark.parametrize(
    "path", sorted(p for p in UI.rglob("*.py") if p.name not in MAY_NAME_COLOURS), ids=str
)
def test_no_widget_keeps_a_colour_of_its_own(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    fixed = re.findall(
        r"#[0-9a-fA-F]{6}\b|\brgba?\(|QColor\(\"(?!transparent)|Qt\.GlobalColor\.|color:\s*[#a-z]",
        source,
    )
    assert fixed == [], f"{path.name}: colours belong in desktop/ui/look/theme.py"


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("status", ["new", "open", "pending", "solved", "closed"])
def test_a_status_badges_name_reads_on_its_tint(name: str, status: str) -> None:
    fill, ink = status_badge_colours(status, PALETTES[name]())
    assert contrast(fill, ink) >= 4.5, (status, fill.name(), ink.name())


def test_placeholders_read_at_4_5_to_1_in_light_and_dark(qtbot: QtBot) -> None:
    from desktop.ui.look.theme import readable_placeholders

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        for palette in (light_palette(), dark_palette()):
            app.setPalette(palette)  # as the system does
            readable_placeholders(app)
            shown = app.palette()
            hint = shown.color(Role.PlaceholderText)
            assert contrast(hint, shown.color(Role.Base)) >= 4.5, hint.name()
    finally:
        app.setPalette(before)


def test_a_text_role_inside_a_disabled_widget_keeps_its_colour(qtbot: QtBot) -> None:
    """A label given a role inside a disabled parent (an Insights tile counting none)
    takes the role's colour, not Qt's disabled grey, and the grey is not remembered
    for the same palette enabled: the first English Insights showed every tile grey."""
    palette = light_palette()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setPalette(palette)
    parent.setEnabled(False)
    label = QLabel("14", parent)
    set_text_role(label, TextRole.PRIMARY)
    expected = palette.color(QPalette.ColorGroup.Active, Role.WindowText)
    applied = label.palette().color(QPalette.ColorGroup.Active, Role.WindowText)
    assert applied == expected, (applied.name(), expected.name())
    # Asked again with the parent's palette as an enabled widget has it: the same colour.
    parent.setEnabled(True)
    assert text_colour(TextRole.PRIMARY, parent.palette()) == expected
