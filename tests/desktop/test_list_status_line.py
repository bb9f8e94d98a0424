"""The line under a list's title (issue 19): how fresh, how many, what a search looked
through, and the service's late finds held. No empty band over the rows is kept for the
search's note any more, and still nothing on that line moves a row: not the note, not
the late finds' button, not "Up to date" becoming a longer "Last synced …" in a narrow
list (it wrapped to two lines and moved the rows down 14 px). At 150 % text in Dutch the
Response column and the primary button are whole (they were cut).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.models import TicketSummary
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.one_line_label import OneLineLabel
from desktop.ui.tickets.list.online_search import SearchState
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import ticket
from tests.support.list_pages import list_page, show_rows

# The list's share of a 1024 × 640 window (the navigation beside it).
NARROW_PAGE = 770
# Dutch at 150 % in the default 1100 px window: what the page has when the navigation
# takes its least, and when it takes the third of the window it asks for.
LARGE_NL_PAGE = 832
LARGE_NL_PAGE_NAV_WIDE = 744
# Between the filters' row and the rows: the layout's spacing, no band kept empty.
LEAST_GAP = 12


@pytest.fixture
def language(request: pytest.FixtureRequest, english: LanguageSwitcher) -> Iterator[str]:
    english.apply(request.param)
    yield request.param
    english.apply("en")


def _row(n: int) -> TicketSummary:
    """Texts as long as the demo's: "In afwachting", "antwoord binnen 39 min",
    "beantwoord in 1 u 25 min"."""
    minutes_ago = n * 7
    created = datetime.now(UTC) - timedelta(minutes=minutes_ago, hours=2)
    answer: dict[str, object] = (
        {"first_response_due_at": datetime.now(UTC) + timedelta(minutes=39)}
        if n % 2
        else {"first_responded_at": created + timedelta(hours=1, minutes=25)}
    )
    return ticket(
        n,
        f"A subject long enough to be elided {n}",
        minutes_ago=minutes_ago,
        status="pending" if n % 3 else "open",
        channel="chat",
        created_at=created,
        **answer,
    )


def _page(qtbot: QtBot, scope: str, width: int, scale: float = 1.0) -> TicketListPage:
    rows = (_row(n) for n in range(1, 30))
    return show_rows(qtbot, list_page(qtbot, scope, scale=scale), rows, width, 640)


def _top(page: TicketListPage, widget: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def _settle(qtbot: QtBot, page: TicketListPage) -> None:
    """The layout's posted requests handled (a few passes of the loop)."""
    qtbot.wait(30)
    layout = page.layout()
    assert layout is not None
    layout.activate()


@pytest.mark.parametrize("language", ["en", "ja", "nl"], indirect=True)
@pytest.mark.parametrize("scope", ["mine", "team"])
def test_the_rows_start_right_under_the_filters(qtbot: QtBot, language: str, scope: str) -> None:
    """~40 px were kept empty there for a search's note and the late finds' button."""
    page = _page(qtbot, scope, NARROW_PAGE)
    _settle(qtbot, page)
    assert not page.search_note.isVisible() and not page.late_finds.isVisible()
    filters = page.filters.parentWidget()
    assert filters is not None
    gap = _top(page, page.table) - (_top(page, filters) + filters.height())
    assert 0 <= gap <= LEAST_GAP, (language, scope, gap)


@pytest.mark.parametrize("language", ["en", "ja", "nl"], indirect=True)
@pytest.mark.parametrize("scope", ["mine", "team"])
def test_what_the_status_line_says_moves_no_row(qtbot: QtBot, language: str, scope: str) -> None:
    page = _page(qtbot, scope, NARROW_PAGE)
    page.synced.setText(page.tr("Up to date"))
    _settle(qtbot, page)
    top = page.table.mapToGlobal(QPoint(0, 0))
    # A narrow list: "Up to date" becomes when it synced (a longer text than any).
    page.synced.setText("Laatst gesynchroniseerd 35 minuten geleden, om 06:42 " * 3)
    _settle(qtbot, page)
    assert page.table.mapToGlobal(QPoint(0, 0)) == top, language
    assert page.synced.height() < 2 * page.synced.fontMetrics().lineSpacing()  # one line
    assert page.synced.is_elided()  # whole in its tooltip
    # A search's note, then the late finds held while the admin points at the rows.
    page.search_note.show_state(SearchState.RUNNING, None, shown=True)
    _settle(qtbot, page)
    assert page.search_note.isVisible()
    assert page.table.mapToGlobal(QPoint(0, 0)) == top, language
    page.search_note.show_state(SearchState.FAILED, None, shown=True)  # the longest note
    page.late_finds.show_count(3)
    _settle(qtbot, page)
    assert page.late_finds.isVisible()
    assert page.table.mapToGlobal(QPoint(0, 0)) == top, language
    # On the count's line, whole or elided (whole in the tooltip), never wrapped.
    line = page.status_line
    for part in (page.search_note, page.late_finds):
        assert part.parentWidget() is line
        assert line.rect().contains(part.geometry()), (language, part.objectName())
    page.late_finds.show_count(0)
    page.search_note.show_state(SearchState.IDLE, None, shown=True)
    _settle(qtbot, page)
    assert page.table.mapToGlobal(QPoint(0, 0)) == top, language


def _words_whole(button: QPushButton) -> bool:
    """The button's words and icon fit inside it (the primary style's padding: 12 px a
    side, its border 1 px)."""
    needed = button.fontMetrics().horizontalAdvance(button.text()) + button.iconSize().width() + 26
    return button.width() >= needed


@pytest.mark.parametrize("language", ["nl"], indirect=True)
@pytest.mark.parametrize("width", [LARGE_NL_PAGE, LARGE_NL_PAGE_NAV_WIDE])
def test_dutch_at_150_percent_keeps_the_response_and_the_primary_button_whole(
    qtbot: QtBot, language: str, width: int
) -> None:
    """my-tickets-large-nl: "beantwoord in 2…" and "Contact opnemen met Support‥"."""
    page = _page(qtbot, "mine", width, scale=1.5)
    page.new_ticket_button.show()  # an admin's
    page.export_button.show()  # as with a service (this page has none)
    _settle(qtbot, page)
    page.columns.fit()
    _settle(qtbot, page)
    table = page.table
    header = table.horizontalHeader()
    for column in (Column.NUMBER, Column.STATUS, Column.RESPONSE, Column.UPDATED):
        whole = table.sizeHintForColumn(column)
        assert header.sectionSize(column) >= whole, (width, column)
    shown = [c for c in Column if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    qtbot.waitUntil(lambda: _words_whole(page.new_ticket_button), timeout=2000)
    right = page.refresh_button.geometry().right()
    assert right <= page.contentsRect().right(), (right, page.width())


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_beside_the_reading_pane_the_list_holds_the_window_no_wider(
    qtbot: QtBot, language: str
) -> None:
    """The table's least (what a row is read for, whole) is kept only while the list
    stands alone: kept beside the pane, it held a 1,100 px window at 1,259, pane docked."""
    page = _page(qtbot, "mine", 1400, scale=1.5)
    alone = page.columns.least_width
    assert alone > 0 and page.table.minimumWidth() == alone
    page.dock(QWidget(), 0, 0)
    page.resize(alone - 40, 640)  # as a window made narrow before the pane gives way
    _settle(qtbot, page)
    assert page.width() == alone - 40
    page.undock()
    assert page.table.minimumWidth() == alone


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_short_of_room_export_and_refresh_say_their_words_in_tooltips(
    qtbot: QtBot, language: str
) -> None:
    page = TicketListPage(TaskRunner(lambda error: None), "mine")
    qtbot.addWidget(page)
    larger = QFont(page.font())
    larger.setPointSizeF(page.font().pointSizeF() * 1.5)
    page.setFont(larger)
    page.resize(1400, 640)
    with qtbot.waitExposed(page):
        page.show()
        page.new_ticket_button.show()  # an admin's
        page.export_button.show()  # as with a service (this page has none)
    _settle(qtbot, page)  # the row arranged once (its buttons ask for their icons only)
    assert page.export_button.text() == "Exporteren…"
    full = page.header_fit.full_width()
    page.resize(full - 40, 640)
    qtbot.waitUntil(lambda: page.width() == full - 40, timeout=2000)
    _settle(qtbot, page)
    qtbot.waitUntil(lambda: page.header_fit.compact, timeout=2000)
    assert page.width() == full - 40  # the words' width asked of no one
    assert _words_whole(page.new_ticket_button)  # the primary action keeps its words
    right = page.refresh_button.geometry().right()
    assert right <= page.contentsRect().right(), (right, page.width())
    words = {page.export_button: "Exporteren…", page.refresh_button: "Vernieuwen"}
    for button, said in words.items():
        assert button.text() == "" and not button.icon().isNull()
        assert button.accessibleName() == said
        centre = button.rect().center()
        tip = QHelpEvent(QEvent.Type.ToolTip, centre, button.mapToGlobal(centre))
        QApplication.sendEvent(button, tip)
        assert QToolTip.text().startswith(said + "\n"), QToolTip.text()
        QToolTip.hideText()
    page.resize(full + 40, 640)  # room again: words again
    qtbot.waitUntil(lambda: not page.header_fit.compact, timeout=2000)
    assert [b.text() for b in words] == list(words.values())


def test_an_elided_status_says_itself_whole_in_its_tooltip(qtbot: QtBot) -> None:
    label = OneLineLabel()
    qtbot.addWidget(label)
    label.setText("Last synced 35 minutes ago")
    label.setToolTip("Monday 7 December 2026, 06:42")  # its own tip: when, exactly
    label.resize(60, label.sizeHint().height())
    with qtbot.waitExposed(label):
        label.show()
    assert label.is_elided() and label.shown_text().endswith("…")
    centre = label.rect().center()
    tip = QHelpEvent(QEvent.Type.ToolTip, centre, label.mapToGlobal(centre))
    QApplication.sendEvent(label, tip)
    assert QToolTip.text() == "Last synced 35 minutes ago\nMonday 7 December 2026, 06:42"
    QToolTip.hideText()
    label.resize(label.sizeHint().width(), label.height())  # room: whole, its own tip only
    assert not label.is_elided()
