"""The navigation keeps its width on every page after the language or the text size
changes, the pages not yet opened too (issue 19).

A newcomer changed the language in Settings and then opened a page not built yet: the
navigation narrowed as it opened (Dutch at 12 pt, 1024×640: 322 px on My tickets, 309
from Team tickets on), and the page beside it jumped sideways once. A list hidden when the
text grew measured its columns only when shown, with the same jump. The window now
measures every page it offers as the change comes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.models import PersonRef
from desktop.store.account import AccountStore
from desktop.store.database import Database
from desktop.store.tickets import TicketStore
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.navigation import TARGETS
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.desktop.test_local_store import AVA, ticket
from tests.desktop.test_ticket_list_columns import _cached_tickets
from tests.support.app import compiled_catalogs, make_settings
from tests.support.waiting import wait_exposed, wait_until

# Opened one after the other after the change, each for the first time. (Insights is left
# out: its tiles take their width from figures read when it is first shown.)
PAGES = ("team_tickets", "drafts", "billing", "recommendations", "my_tickets")


@pytest.fixture
def switcher() -> Iterator[LanguageSwitcher]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageSwitcher(app, compiled_catalogs())
    yield languages
    languages.apply("en")


@pytest.fixture
def desktop_font() -> Iterator[QFont]:
    """The desktop's text at 12 pt (a common size on a laptop's desktop), put back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    larger = QFont(normal)
    larger.setPointSizeF(12)
    app.setFont(larger)
    yield normal
    app.setFont(normal)


# The demo team's members: their names make Team tickets wider than My tickets.
MEMBERS = ("Noah de Vries", "Liam Smit", "Mia Bakker", "Yuki Tanaka", "Sophie van den Berg")


async def _team_tickets(tmp_path: Path) -> TicketStore:
    """The team's tickets, as the demo's: each member's, answered after a while or not yet."""
    path = tmp_path / "team.sqlite3"
    store = await AccountStore.open(path)
    rows = []
    for n in range(1, 30):
        name = MEMBERS[n % len(MEMBERS)]
        person = PersonRef(id=f"usr_{n % len(MEMBERS)}", name=name)
        row = ticket(n, f"A subject of ticket {n}", n * 60, submitter=person)
        if n % 3:
            row = row._replace(first_responded_at=row.created_at + timedelta(hours=2, minutes=10))
        rows.append(row)
    await store.tickets.save(rows)
    await store.close()
    database = Database.open_current(path)
    assert database is not None
    return TicketStore(database)


def _larger(font: QFont, scale: float) -> QFont:
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * scale)
    return larger


async def _window(qtbot: QtBot, tmp_path: Path, size: tuple[int, int]) -> MainWindow:
    """An admin's window with both lists' rows; Team tickets not built until opened."""
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    window.navigation.show_session(admin=True, billing=True, insights=True)
    window.my_tickets.show_cached(await _cached_tickets(tmp_path), AVA.id)
    team = await _team_tickets(tmp_path)

    def bind(page: TicketListPage) -> None:
        page.show_cached(team, AVA.id)

    window._team_tickets.bind(bind)  # noqa: SLF001 - as a session binds it, built when opened
    window.resize(*size)
    window.show()
    await wait_exposed(window)
    return window


async def _widths_page_by_page(window: MainWindow) -> dict[str, int]:
    navigation = window.navigation
    await wait_until(
        lambda: all(navigation.item_for(t).text() == navigation.text_for(t) for t in TARGETS)
    )
    # The change measured (the lists' rows read, their columns fitted), the layout still.
    await wait_until(lambda: not window.split.measure_asked)
    while True:
        before = navigation.width(), window.pages.minimumSizeHint().width()
        await asyncio.sleep(0.1)
        if (navigation.width(), window.pages.minimumSizeHint().width()) == before:
            break
    widths = {"before": navigation.width()}
    for name in PAGES:
        window.pages.setCurrentWidget(getattr(window, name))
        await asyncio.sleep(0.1)  # a few turns for a layout that would move it
        widths[name] = navigation.width()
    return widths


@pytest.mark.parametrize("size", [(1100, 720), (1024, 640)], ids=["default", "1024x640"])
@pytest.mark.parametrize("language", ["ja", "nl"])
@pytest.mark.usefixtures("desktop_font")
async def test_after_a_language_change_the_navigation_keeps_its_width_on_every_page(
    qtbot: QtBot,
    switcher: LanguageSwitcher,
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    switcher.apply("en")
    window = await _window(qtbot, tmp_path, size)
    switcher.apply(language)  # as Settings applies it
    widths = await _widths_page_by_page(window)
    assert len(set(widths.values())) == 1, widths
    assert window.width() == size[0]


@pytest.mark.parametrize("size", [(1100, 720), (1024, 640)], ids=["default", "1024x640"])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_after_the_text_grows_the_navigation_keeps_its_width_on_every_page(
    qtbot: QtBot,
    switcher: LanguageSwitcher,
    desktop_font: QFont,
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    switcher.apply(language)
    window = await _window(qtbot, tmp_path, size)
    window.team_tickets  # noqa: B018 - opened once before: hidden as the text grows
    window.pages.setCurrentWidget(window.my_tickets)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setFont(_larger(desktop_font, 1.5))  # the desktop's text made 150 %
    widths = await _widths_page_by_page(window)
    assert len(set(widths.values())) == 1, widths
