"""Without a mouse: Tab leaves tables, the Go menu lists every page with its keys,
and every control a screen reader lands on has a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.navigation import (
    NAV_BILLING,
    NAV_DRAFTS,
    NAV_GET_HELP,
    NAV_INSIGHTS,
    NAV_MY_TICKETS,
    NAV_RECOMMENDATIONS,
    NAV_TEAM_TICKETS,
    Navigation,
)
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.desktop.test_local_store import ticket


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def next_tab_stop(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus and following.isVisible()):
        following = following.nextInFocusChain()
    return following


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isEnabled()
        and w.objectName() != "qt_scrollarea_viewport"
    ]


def _team_page(qtbot: QtBot) -> TicketListPage:
    page = TicketListPage(TaskRunner(lambda error: None), "team")
    qtbot.addWidget(page)
    page.model.reset(tuple(ticket(n) for n in range(1, 30)), None)
    page._state = "ready"  # noqa: SLF001 - as after a sync: the rows, not a placeholder
    page.retranslate_ui()
    return page


def test_tab_leaves_the_ticket_table(qtbot: QtBot) -> None:
    page = _team_page(qtbot)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None and after is not page.table
    assert page.isAncestorOf(after)  # the next control of the page, in reading order
    assert not page.table.tabKeyNavigation()


def test_home_and_end_go_to_the_first_and_last_ticket(qtbot: QtBot) -> None:
    page = _team_page(qtbot)
    with qtbot.waitExposed(page):
        page.show()
    page.table.setFocus()
    page.table.selectRow(5)
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    assert page.table.currentIndex().row() == page.model.rowCount() - 1
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.table.currentIndex().row() == 0


def test_every_control_of_a_list_page_has_a_name(qtbot: QtBot) -> None:
    page = TicketListPage(TaskRunner(lambda error: None), "team")
    qtbot.addWidget(page)
    page.show()
    nameless = [
        w.objectName() or type(w).__name__ for w in focusable(page) if not accessible_name(w)
    ]
    assert nameless == []


def test_the_go_menu_lists_the_pages_an_admin_sees_with_their_keys(qtbot: QtBot) -> None:
    navigation = Navigation()
    qtbot.addWidget(navigation)
    navigation.show_session(admin=True, billing=True, insights=True)
    menu = navigation.go_menu
    shown = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    expected = [
        NAV_MY_TICKETS,
        NAV_TEAM_TICKETS,
        NAV_DRAFTS,
        NAV_BILLING,
        NAV_INSIGHTS,
        NAV_RECOMMENDATIONS,
    ]
    assert [a.objectName() for a in shown] == [f"go_{t}_action" for t in expected]
    assert [a.shortcut().toString() for a in shown] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert [a.text() for a in shown] == [navigation.item_for(t).text() for t in expected]

    # A member sees Get help and Drafts only (R6): Ctrl+1 and Ctrl+2 are theirs.
    navigation.show_session(admin=False, billing=False, insights=False)
    shown = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    assert [a.objectName() for a in shown] == [
        f"go_{NAV_GET_HELP}_action",
        f"go_{NAV_DRAFTS}_action",
    ]
    assert [a.shortcut().toString() for a in shown] == ["Ctrl+1", "Ctrl+2"]


def test_choosing_in_the_go_menu_opens_the_page(qtbot: QtBot) -> None:
    navigation = Navigation()
    qtbot.addWidget(navigation)
    navigation.show_session(admin=True, billing=True, insights=True)
    chosen: list[str] = []
    navigation.target_chosen.connect(chosen.append)
    navigation.go_menu.action_for(NAV_INSIGHTS).trigger()
    assert chosen == [NAV_INSIGHTS]
    assert navigation.current_target() == NAV_INSIGHTS
    assert navigation.go_menu.action_for(NAV_INSIGHTS).isChecked()


def test_the_window_has_a_go_menu_with_refresh(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert window.navigation.go_menu in menus
    assert window.menus.refresh_action in window.navigation.go_menu.actions()
    assert window.menus.refresh_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    # Signed out there is nothing to read again: not offered.
    assert not window.menus.refresh_action.isEnabled()


def test_new_answers_are_counted_apart_for_own_and_team_tickets_and_in_the_title(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    window.navigation.show_session(admin=True, billing=True, insights=True)
    window.unread.mark_unread("tkt_own", mine=True)
    window.unread.mark_unread("tkt_team_1", mine=False)
    window.unread.mark_unread("tkt_team_2", mine=False)
    navigation = window.navigation
    assert navigation.item_for(NAV_MY_TICKETS).text() == "My tickets (1 new)"
    assert navigation.item_for(NAV_TEAM_TICKETS).text() == "Team tickets (2 new)"
    assert window.windowTitle() == "(3 new) Premium Support Desk"
    window.unread.mark_read("tkt_team_1")
    window.unread.mark_read("tkt_team_2")
    assert navigation.item_for(NAV_TEAM_TICKETS).text() == "Team tickets"
    assert window.windowTitle() == "(1 new) Premium Support Desk"


def test_the_reply_box_and_the_thread_show_a_ring_when_focused(qtbot: QtBot) -> None:
    from PySide6.QtGui import QPalette

    from desktop.ui.look.theme import contrast, focus_ring_colour
    from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
    from desktop.ui.tickets.ticket.thread_view import ThreadView

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    composer = ReplyComposer()
    thread = ThreadView()
    layout.addWidget(thread)
    layout.addWidget(composer)
    host.resize(600, 500)
    with qtbot.waitExposed(host):
        host.show()
    # The theme's ring colour (desktop/ui/look/theme.py), 3:1 against the text field's surface.
    ring = focus_ring_colour(host.palette())
    base = host.palette().color(QPalette.ColorRole.Base)
    for widget in (composer.editor, thread):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        image = widget.grab().toImage()
        edge = image.pixelColor(0, image.height() // 2)
        assert abs(edge.lightness() - ring.lightness()) < 40, (widget.objectName(), edge.name())
        assert contrast(edge, base) >= 3.0, (widget.objectName(), edge.name())


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_navigation_is_as_wide_as_its_longest_entry(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    from desktop.ui.shell.navigation import Navigation

    english.apply(language)
    try:
        navigation = Navigation()
        qtbot.addWidget(navigation)
        navigation.show_session(admin=True, billing=True, insights=True)
        navigation.set_counts(unread=12, team_unread=3, drafts=2)
        navigation.resize(navigation.minimumWidth(), 400)  # as a narrow window gives it
        with qtbot.waitExposed(navigation):
            navigation.show()
        assert navigation.horizontalScrollBar().maximum() == 0  # nothing cut, no sideways bar
    finally:
        english.apply("en")


def test_the_thread_is_one_tab_stop_before_the_reply_box(qtbot: QtBot) -> None:
    """One stop with its ring, scrolled by arrows and Page keys; only a message with a link
    is a stop of its own (to reach the link), in reading order, then the reply box."""
    from dataclasses import replace

    from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
    from desktop.ui.tickets.ticket.thread_view import ThreadView
    from tests.desktop.test_thread_layout import message

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    thread = ThreadView()
    composer = ReplyComposer()  # made before the messages, as on the ticket page
    layout.addWidget(thread)
    layout.addWidget(composer)
    host.resize(600, 400)
    with qtbot.waitExposed(host):
        host.show()
    linked = replace(message("agent", "Sam", 15, 2), body="See https://example.com/help first.")
    thread.show_messages(
        (
            message("agent", "Sam Agent", 20, 1),
            linked,
            *(message("self", "Ava", 10 - n, 3 + n) for n in range(6)),
        )
    )
    bodies = [card.body for card in thread.cards()]
    qtbot.waitUntil(lambda: next_tab_stop(thread) is bodies[1])  # once the thread is drawn

    thread.setFocus()
    reached = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    # The message with a link (Tab goes to it, then through its link), then the reply box
    # under the thread; no other message is a stop.
    assert composer.editor in reached
    assert set(reached[: reached.index(composer.editor)]) == {bodies[1]}
    # The thread itself: Page Up and Down, and the arrows, scroll it.
    thread.setFocus()
    bar = thread.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.keyClick(thread, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
    up = bar.value()
    qtbot.keyClick(thread, Qt.Key.Key_Down)
    assert bar.value() > up


def tab_stops_from(window: QWidget) -> list[QWidget]:
    """The window's tab stops in Tab's order, from its start (what a first Tab reaches)."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


@pytest.mark.parametrize("language", ["en", "ja"])
def test_tab_follows_reading_order_from_the_banner_through_my_tickets(
    qtbot: QtBot, tmp_path: Path, english: LanguageSwitcher, language: str
) -> None:
    """The local workspace's banner is made late: its link was reached after the table,
    and the trend chart below the list took a stop that drew no ring and did nothing."""
    from datetime import date

    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    from desktop.api.models import Trend
    from desktop.ui.look.theme import has_own_focus_ring

    english.apply(language)
    try:
        settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(TaskRunner(lambda error: None), settings)
        qtbot.addWidget(window)
        page = window.my_tickets
        page.model.reset(tuple(ticket(n) for n in range(1, 30)), None)
        page._state = "ready"  # noqa: SLF001 - as after a sync: the rows, not a placeholder
        page.retranslate_ui()
        window.resize(1100, 720)
        with qtbot.waitExposed(window):
            window.show()
        window.banners.show_local_mode(True)  # as a local start does, late
        assert page.trend_chart is not None
        page.trend_chart.show_trend(Trend(weeks=(date(2026, 11, 30),), series=(("sharing", (3,)),)))
        qtbot.waitUntil(lambda: page.trend_chart is not None and page.trend_chart.view is not None)

        stops = tab_stops_from(window)
        names = [stop.objectName() for stop in stops]
        # Top to bottom, then left to right: the banner, the sidebar, the page.
        assert names[:2] == ["local_mode_settings_link", "navigation"], names
        assert all(page.isAncestorOf(stop) for stop in stops[2:]), names
        assert names[-1] == page.table.objectName(), names
        # Every stop is a control that shows where the focus is.
        controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
        silent = [n for s, n in zip(stops, names, strict=True) if not isinstance(s, controls)]
        assert silent == []
        assert all(
            isinstance(s, (QAbstractButton, QLineEdit, QComboBox))
            or has_own_focus_ring(s)
            or s is window.navigation
            for s in stops
        ), names
    finally:
        english.apply("en")


def left_edge(widget: QWidget) -> str:
    return widget.grab().toImage().pixelColor(0, widget.height() // 2).name()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_ticket_table_shows_a_ring_when_focused(qtbot: QtBot, dark: bool) -> None:
    """Flush with the page, the app's ring outside the table was clipped away: only the
    selected row's subject cell changed a little."""
    from PySide6.QtGui import QColor, QPalette

    from desktop.bootstrap.shooting import dark_palette
    from desktop.ui.look.theme import contrast, focus_ring_colour

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        page = TicketListPage(TaskRunner(lambda error: None), "team")
        qtbot.addWidget(page)
        page.model.reset(tuple(ticket(n) for n in range(1, 30)), None)
        page._state = "ready"  # noqa: SLF001 - as after a sync: the rows, not a placeholder
        page.retranslate_ui()
        page.resize(900, 500)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        table = page.table
        ring = focus_ring_colour(QApplication.palette(table)).name()  # as its style sheet has it
        window = table.palette().color(QPalette.ColorRole.Window)
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        # A sheet's change repaints on the next pass.
        qtbot.waitUntil(lambda: left_edge(table) == ring)
        image = table.grab().toImage()
        for x, y in ((0, image.height() // 2), (image.width() // 2, image.height() - 1)):
            edge = image.pixelColor(x, y).name()
            assert edge == ring, (x, y, edge, ring)
        assert contrast(QColor(ring), window) >= 3.0
        page.filters.search.setFocus()  # away: the ring goes
        qtbot.waitUntil(lambda: not table.hasFocus())
        qtbot.waitUntil(lambda: left_edge(table) != ring)
    finally:
        app.setPalette(before)
