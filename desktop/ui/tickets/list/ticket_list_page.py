"""My tickets (R12) and Team tickets (R17, R18): newest first, earlier ones as you scroll."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.tickets import (
    COUNT_CAP,
    DEFAULT_SORT,
    Keyset,
    TicketQuery,
    TicketStore,
    synced_at_key,
)
from desktop.ui.look.icons import icon, primary_icon
from desktop.ui.look.theme import (
    TextRole,
    TypeStep,
    set_text_role,
    set_type,
    style_primary,
    style_selected_rows,
)
from desktop.ui.shell.first_paint import after_the_first_paint, painted
from desktop.ui.text.durations import relative_time
from desktop.ui.text.formatting import long_datetime, medium_date
from desktop.ui.text.labels import PRODUCTS, product_label
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.list.cell_width import ago_texts, countdown_texts, widest_cell
from desktop.ui.tickets.list.chart_room import ChartRoom
from desktop.ui.tickets.list.column_fit import MIN_SUBJECT_WIDTH, ColumnFit
from desktop.ui.tickets.list.empty_state import EmptyState
from desktop.ui.tickets.list.late_finds import LateFindsButton
from desktop.ui.tickets.list.list_body import ListBody
from desktop.ui.tickets.list.one_line_label import OneLineLabel
from desktop.ui.tickets.list.online_search import OnlineSearch, SearchState
from desktop.ui.tickets.list.open_hint import OpenHint
from desktop.ui.tickets.list.search_note import SearchNote, no_match_text
from desktop.ui.tickets.list.status_badge import widest_badge_cell
from desktop.ui.tickets.list.status_line import StatusLine
from desktop.ui.tickets.list.ticket_filters import TicketFilters
from desktop.ui.tickets.list.ticket_table_model import (
    TICKET_ID_ROLE,
    Column,
    ColumnTitles,
    TicketTableModel,
)
from desktop.ui.tickets.list.trend_chart import TrendChart
from desktop.ui.tickets.list.unread import UnreadAnswers

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.api.list_models import TicketSummary
    from desktop.services.insights import DrillDown
    from desktop.services.ticket_search import ServiceMatches
    from desktop.services.tickets import TicketService
    from desktop.ui.live.live_feed import LiveFeed
    from desktop.ui.settings.app_settings import AppSettings
    from desktop.ui.shell.tasks import TaskRunner
    from desktop.ui.tickets.list.column_menu import ColumnMenu
    from desktop.ui.tickets.list.drill_down_bar import DrillDownBar
    from desktop.ui.tickets.list.header_fit import HeaderFit
    from desktop.ui.tickets.list.hidden_columns_button import HiddenColumnsButton
    from desktop.ui.tickets.list.list_export import ListExporter
    from desktop.ui.tickets.list.list_menu import ListMenu
    from desktop.ui.tickets.list.snippet_delegate import SubjectSnippetDelegate
    from desktop.ui.tickets.list.status_badge_delegate import StatusBadgeDelegate

# Store changes come in bursts (a message, then the status): apply them together.
COALESCE_MS = 50
# More changed tickets than this at once (a sync): read the list again instead.
LIVE_ROWS = 50
# The count of a list is read once its search or filters stay put this long (typing: a
# pause between words), not at every keystroke.
COUNT_PAUSE_MS = 150
# Rows read from the store at a time, and more as the user scrolls.
PAGE = 200
# What a start paints before its session is resumed: a screen's worth (100 rows of ~22 px
# fill a 2160-pixel-high window). The session reads a whole page a moment later; every
# row read and parsed before the first paint costs it (~7 µs each).
FIRST_SCREEN_ROWS = 100
# Column widths are fitted to this many rows.
FIT_ROWS = 40
# A list searched, filtered or sorted again reads this many rows past what fills the table.
FIRST_ROWS_MARGIN = 10
# The countdowns and "… ago" times move on this often.
CLOCK_TICK_MS = 30_000
# What each column sorts by in the store (desktop/store/tickets.py SORTS).
SORT_OF_COLUMN = {
    Column.SUBJECT: "subject",
    Column.NUMBER: "number",
    Column.STATUS: "status",
    Column.RESPONSE: "response",
    Column.CHANNEL: "channel",
    Column.PRODUCT: "product",
    Column.SUBMITTER: "submitter",
    Column.UPDATED: "updated",
}
COLUMN_OF_SORT = {sort: column for column, sort in SORT_OF_COLUMN.items()}
# Sorted again, the selected ticket is looked for this far down the new order (a few
# pages: a ticket further down is rarely the one the user still means).
RESELECT_ROWS = 2_000
# While a search's late finds are held (late_finds.py), how often the list looks whether
# the admin is still at the rows: once not, they are read in.
HOLD_CHECK_MS = 400
# A ticket just sent is selected when the store brings it to the list, if it does within
# this long (a filter may leave it out: then a later change of it moves no selection).
ARRIVING_MS = 10_000
# Columns of plain text (not the subject, not the badges): each keeps room for its rows
# in bold.
TEXT_COLUMNS = (
    Column.NUMBER,
    Column.RESPONSE,
    Column.CHANNEL,
    Column.PRODUCT,
    Column.SUBMITTER,
    Column.UPDATED,
)

log = logging.getLogger(__name__)


class TicketTableView(QTableView):
    """A table where Enter opens the current row, as double-click does.

    The subject takes the room the other columns (sized to their contents)
    leave, but keeps a readable minimum.
    """

    open_requested = Signal(QModelIndex)
    # R on a row: a reply to its ticket (the shortcut the ticket page and F1 name).
    reply_requested = Signal(QModelIndex)
    # The admin moved the current row (a click, the arrow keys), not the page choosing one.
    chosen_by_hand = Signal(QModelIndex)
    # Esc while the list is searched: the page clears the search (as Esc in its box does).
    search_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here is one PySide knows. Handing Python the one Qt made
        # itself has PySide try every widget class for its type first: ~7 ms and
        # ~50 enum types, before the first paint (the window watches this viewport).
        self.setViewport(QWidget())
        # Whether Esc here clears a search (the page says): else Esc does what it did.
        self.searched: Callable[[], bool] = lambda: False
        # Whether the page is looking for the ticket to select further down (the page says).
        self.seeking: Callable[[], bool] = lambda: False
        # When the keyboard last moved the current row (time.monotonic(); 0: never).
        self.keyed_at = 0.0
        self._watching_escape = False
        self._subject_least = MIN_SUBJECT_WIDTH  # the subject's least width (fit_subject)
        # Tab leaves the table for the next control; the arrows move within it.
        self.setTabKeyNavigation(False)
        style_selected_rows(self)  # the current ticket stands out 3:1, light and dark
        # Flush with the page, a ring outside it was clipped: one inside, after the first
        # paint (it names Qt's enums, ~14 ms before it).
        after_the_first_paint(self._ring_inside)

    def _ring_inside(self) -> None:
        from desktop.ui.look.inner_focus_ring import draw_focus_ring_inside

        draw_focus_ring_inside(self)

    def fit_subject(self, least: int | None = None) -> None:
        """The subject takes the room the other columns leave, at least ``least`` (the
        last one given when None: ColumnFit lowers it when the room is short)."""
        if least is not None:
            self._subject_least = least
        if not self.isVisible():
            return  # no width to fit to yet: the resize on showing fits it
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != Column.SUBJECT and not self.isColumnHidden(c)
        )
        room = self.room() - others
        header.resizeSection(Column.SUBJECT, max(self._subject_least, room))

    def room(self) -> int:
        """The columns' width: the viewport's with a vertical scrollbar, shown or not yet
        (rows arriving would show it and push the columns into sideways scrolling)."""
        return self.maximumViewportSize().width() - self.verticalScrollBar().sizeHint().width()

    def select_in_view(self, row: int, hint: QAbstractItemView.ScrollHint | None = None) -> None:
        """Select ``row`` and scroll it into view (``hint``: as Qt scrolls a current row).

        Rows read anew are laid out on the next pass of the loop: scrolled before it, the
        range of the rows shown until then (a search's few) held the list at its top, the
        ticket selected out of sight (a newcomer pressed Esc in the search box)."""
        self.selectRow(row)
        self.updateGeometries()  # the scroll range of the rows listed now
        index = self.model().index(row, 0)
        if hint is None:
            self.scrollTo(index)
        else:
            self.scrollTo(index, hint)

    resized = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self.currentIndex().isValid() or not self.seeking():
            super().focusInEvent(event)
            return
        # Qt makes the first row current when the keyboard arrives and none is: while the
        # page looks for the chosen ticket further down (after a search was cleared, a sort),
        # that chose the first ticket in its place, a reading pane beside the list followed
        # it, and the look-up gave up (the window's activation came in between).
        QAbstractScrollArea.focusInEvent(self, event)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        current = self.currentIndex()
        kept = current.isValid() and self._in_view_at(current, event.oldSize().height())
        super().resizeEvent(event)
        self.fit_subject()
        if kept and event.size().height() < event.oldSize().height():
            # The window made shorter (a small screen, a banner, the chart placed): the
            # ticket in view stays in view, not left below the rows (a newcomer's, at
            # 1,024 × 640, under the list's last row). Only if it was: a row the admin
            # scrolled away from stays away.
            self.scrollTo(current)
        self.resized.emit()

    def _in_view_at(self, index: QModelIndex, height: int) -> bool:
        """Whether ``index``'s row shows, at least in part, in the table ``height`` tall."""
        rect = self.visualRect(index)
        return rect.bottom() >= 0 and rect.top() < height - self._chrome()

    def _chrome(self) -> int:
        """The table's height less its viewport's: the header and the frame."""
        header = self.horizontalHeader()
        shown = 0 if header.isHidden() else header.height()
        scroll = self.horizontalScrollBar()
        return shown + 2 * self.frameWidth() + (scroll.height() if scroll.isVisible() else 0)

    def watch_escape(self) -> None:
        """From the first search on (not from the start: the first paint makes no call into
        Python per event of the table), Esc is looked at before the window's shortcuts."""
        if not self._watching_escape:
            self._watching_escape = True
            self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self
            and event.type() == QEvent.Type.ShortcutOverride
            and self._clears_search(event)
        ):
            # Claimed before any Esc shortcut of the window (a docked ticket's "back"):
            # the key press that follows clears the search.
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _clears_search(self, event: QEvent) -> bool:
        from desktop.ui.tickets.list.ticket_filters import is_escape

        return is_escape(event) and self.searched()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        keys = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        if event.key() in keys and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        if self._clears_search(event):
            self.search_cleared.emit()
            return
        Qt = QtCore.Qt  # noqa: N806 - Qt's name
        if event.key() == Qt.Key.Key_R and not event.modifiers() and self.currentIndex().isValid():
            # The ticket page's R (WidgetWithChildrenShortcut) never reaches a list beside
            # it: pressed here it did nothing, and the reply typed next went to the rows.
            self.reply_requested.emit(self.currentIndex())
            return
        shift = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Menu or (event.key() == Qt.Key.Key_F10 and shift):
            # The list's menu (list_menu.py) by the keyboard on every system: some send
            # the Menu key as a context-menu request, Shift+F10 (Windows' key) none does.
            self.customContextMenuRequested.emit(self.visualRect(self.currentIndex()).center())
            return
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End) and not event.modifiers():
            # The first or last ticket, as in a mail client's list: a table's Home and End
            # go to the row's first and last cell, which a list of rows has no use for.
            event = QKeyEvent(event.type(), event.key(), Qt.KeyboardModifier.ControlModifier)
        before = self.currentIndex().row()
        super().keyPressEvent(event)
        if self.currentIndex().row() != before:
            self.keyed_at = time.monotonic()
        self._tell_if_moved(before)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """No type-ahead: letters typed in the list select no row. A newcomer's reply,
        typed with the keyboard still in the list, silently chose another ticket (the
        first subject it began), and the reading pane beside the list followed it; the
        search box (Ctrl+F) finds tickets, and R is a letter with a job here."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        before = self.currentIndex().row()
        super().mousePressEvent(event)
        self._tell_if_moved(before)

    def _tell_if_moved(self, before: int) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() != before:
            self.chosen_by_hand.emit(current)


# R18: Team tickets lists tickets created or updated from this day on (the service's
# backend/domain/tickets.TEAM_TICKETS_CUTOFF).
TEAM_TICKETS_SINCE = datetime(2024, 12, 11, 12, tzinfo=UTC)  # noon: the same day everywhere


class TicketListPage(QWidget):
    ticket_open_requested = Signal(str)
    # R on a row: its ticket opened (beside the list or over it), the keyboard in its reply.
    ticket_reply_requested = Signal(str)
    # The current row moved (arrows, a click): a reading pane beside the list follows it.
    ticket_selected = Signal(str)
    rows_shown = Signal()  # the table replaced the placeholder: it can take the focus now
    rows_hidden = Signal()  # the placeholder replaced the table: no row, no ticket to read
    sort_changed = Signal(str, bool)  # the user sorted by a column: (sort, descending)
    # What the list needs beside a reading pane changed (other rows, words or font).
    needs_changed = Signal()
    # The table's least width changed (its columns fitted anew): the window's width is
    # every page's, this one's too while hidden (NavigationSplit.list_least_changed).
    least_changed = Signal()
    # What the list is searched for changed (stripped; "" cleared): an opened ticket marks it.
    search_changed = Signal(str)
    # "← Insights" on the bar of a drill-down: back to Insights, as it was.
    insights_requested = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        scope: str,
        parent: QWidget | None = None,
        *,
        unread: UnreadAnswers | None = None,
    ) -> None:
        super().__init__(parent)
        # mine | team | requests (a member's own e-mail requests: the API's "mine")
        self.scope = scope
        self.setObjectName(
            {"mine": "my_tickets", "team": "team_tickets"}.get(scope, scope) + "_page"
        )
        self._tasks = tasks
        self._service: TicketService | None = None
        self._state = "idle"  # idle | starting | loading | ready | failed
        self._said_no_rows = False  # rows_hidden emitted since the rows were last shown
        # Before the session exists (bootstrap/app.py): the store read to show its rows.
        self._cached: TicketStore | None = None
        self._syncing = False
        self._synced_so_far = 0  # tickets the running sync brought in
        # The event stream is connected: each change reaches the list as it happens, so
        # "Last synced 2 h ago" would mislead; the last sync failed: it would not.
        self._live = False
        self._sync_error = False
        # When the stream last kept the rows up to date (it ended then), for that session:
        # later than the last whole sync, which "Last synced" said (newcomer 27: "6 min ago"
        # beside rows the stream had updated seconds before).
        self._live_until: tuple[TicketService, datetime] | None = None
        self._total: int | None = None  # counted off the GUI thread; None: not yet
        self._count_generation = 0
        # What the total counts: the list's query without its order (a sort lists the
        # same tickets, and keeps the count); None once the store changed.
        self._counted: TicketQuery | None = None
        self._recount_due = False  # the store changed since the count was read
        # Counted once typing pauses: a count per keystroke kept the store's reading thread
        # busy with counts nobody would see (at 1M a rare word's scans every row), on a
        # machine whose GUI thread shares its cores.
        self._count_wanted: tuple[TicketService, TicketQuery] | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_PAUSE_MS)
        self._count_timer.timeout.connect(self._start_count)
        # The selected ticket, while it is looked for further down the list (sorted again).
        self._wanted: str | None = None
        # A ticket just sent, selected as soon as it is listed (select_when_listed).
        self._arriving: str | None = None
        # The ticket selected when a search began ("" none), to go back to when it is cleared,
        # unless the admin chose one among its results (clicked, or reached with the arrows).
        self._chosen_before_search: str | None = None
        self._chosen_in_search: str | None = None
        # How many rows the list had read when the search began (_search_typed): its ticket
        # is looked for at least that far down when it is cleared (the admin scrolled there).
        self._rows_before_search = 0
        # Each account's selected ticket when its session ended (by user id): selected
        # again when the account signs in again, if it is still listed.
        self._chosen_in_session: dict[str, str] = {}
        # Whose session the list shows (its service forgets the user when it ends).
        self._session_user: str | None = None
        self._arrival_timer = QTimer(self)
        self._arrival_timer.setSingleShot(True)
        self._arrival_timer.setInterval(ARRIVING_MS)
        self._arrival_timer.timeout.connect(self._stop_waiting_for_arrival)
        self._changed: set[str] = set()
        # The store's order (a key of SORTS, descending): newest first until the user sorts.
        self._sort: tuple[str, bool] = (DEFAULT_SORT, True)
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(COALESCE_MS)
        self._change_timer.timeout.connect(self._apply_changes)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)

        self._title = QLabel()
        self._title.setObjectName(f"{self.objectName()}_title")
        self.scope_note = WrappedLabel()
        self.scope_note.setObjectName(f"{self.objectName()}_note")
        set_text_role(self.scope_note, TextRole.SECONDARY)
        if scope != "team":
            # Hidden, never shown here: still without a parent, shown it was a window of its
            # own for a moment, and the main window lost the keyboard (Team tickets built
            # while another page is shown, as after a language change).
            self.scope_note.hide()
        set_type(self._title, TypeStep.PAGE_TITLE)
        self.synced = OneLineLabel()
        self.synced.setObjectName(f"{self.objectName()}_synced")
        # "Synchroniseren… 18 tickets tot nu toe" at 150 % text made the window wider
        # than 1100 px while a sync ran; wrapped to two lines instead, "Last synced …"
        # moved the rows down. One line that elides (whole in its tooltip).
        set_text_role(self.synced, TextRole.SECONDARY)
        self._count = OneLineLabel()
        # Short, and what the line is read for: whole (the freshness and a search's note
        # beside it elide instead; squeezed alike, "4 tickets" went first).
        self._count.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._count.setObjectName(f"{self.objectName()}_count")
        self.new_ticket_button = QPushButton()
        self.new_ticket_button.setObjectName(f"{self.objectName()}_new_ticket_button")
        # The main action. Its icon comes right after the cold start's first paint, which
        # draws none (glyph_engine.py: naming QIcon before it costs ~10 M instructions);
        # its room is kept till then.
        style_primary(self.new_ticket_button, icon_to_come=True)
        self.new_ticket_button.hide()  # shown to admins by the window (R13)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh_button")
        self._local_stopped = False  # set_local_stopped
        self.refresh_button.clicked.connect(self.reload)
        # F5 is the window's Go → Refresh, which reloads whichever page is shown.
        self.export_button = QPushButton()
        self.export_button.setObjectName(f"{self.objectName()}_export_button")
        self.export_button.clicked.connect(self.export)
        self.export_button.hide()  # until there is a list to export
        self._exporter: ListExporter | None = None  # made on first use (csv: after the start)
        self.filters = TicketFilters()
        self.filters.setObjectName(f"{self.objectName()}_filters")
        self.filters.changed.connect(self._filters_changed)
        self.filters.search.textChanged.connect(self._search_typed)
        self.filters.results_wanted.connect(self._focus_results)
        # Online, a search asks the service too (every message, not only cached threads).
        self.online_search = OnlineSearch(tasks, self)
        # What the search note on the status line says changes; the titles stay as they are.
        self.online_search.state_changed.connect(self._online_state_changed)
        self._asking_online = False
        self.online_search.found.connect(self._found_online)
        # The service's finds, held while the admin is at the rows (late_finds.py), and
        # the tickets only they bring to the list (what the button counts).
        self._held: ServiceMatches | None = None
        self._held_ids: tuple[str, ...] = ()
        self._hold_check: QTimer | None = None  # while finds are held: is the admin still there?
        self.search_note = SearchNote(f"{self.objectName()}_search_note")
        after_the_first_paint(self._add_find_shortcut)  # no key reaches the window before
        after_the_first_paint(self._show_icons)  # no icon is drawn before
        # Opened from an Insights chart: the whole team's tickets behind a bar or point (R20).
        self.drill_down: DrillDown | None = None
        # The admin's own filters and search from before a drill-down set its own: put
        # back when the list is chosen again in the navigation (end_drill_down).
        self._before_drill_down: dict[str, str] | None = None
        self._drill_down_bar: DrillDownBar | None = None  # made with the first drill-down

        # The title and the actions beside it; under them, across the page, the status
        # line: how fresh, how many, what a search looked through and the late finds
        # held (late_finds.py). One line, as tall whatever it says: under a narrow
        # title beside the buttons, "Last synced …" wrapped and moved the rows; a band
        # kept empty over the rows for the search's note was ~40 px of nothing.
        self.late_finds = LateFindsButton(f"{self.objectName()}_late_finds")
        self.late_finds.clicked.connect(self.show_held_finds)
        self.status_line = StatusLine(
            f"{self.objectName()}_status_line",
            (self.synced, self._count, self.search_note, self.late_finds),
        )
        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self.new_ticket_button)
        header.addWidget(self.export_button)
        header.addWidget(self.refresh_button)
        # Short of room (Dutch at 150 %), Export and Refresh say their words in tooltips.
        # Set up once the start has painted: its watch on the page's every event and its
        # measures cost the cold start ~8 M instructions (bench/README.md, session 22).
        self.header_fit: HeaderFit | None = None
        after_the_first_paint(lambda: self._fit_header(header))

        self.model = TicketTableModel(self, unread=unread)
        self.model.more_requested.connect(self._load_more)
        self._clock_timer.timeout.connect(self.model.tick)
        self._clock_timer.timeout.connect(self._show_synced)
        self.table = TicketTableView()
        self.table.setObjectName(f"{self.objectName()}_table")
        # The header reads its titles from a model Qt answers itself (see ColumnTitles).
        # Headers ask their model for titles as soon as it is set, unless hidden: the
        # horizontal one waits hidden until it has its own. No row needs a header.
        self.column_titles = ColumnTitles(self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()
        # In the store's order: sorting only the rows loaded so far would mislead, and a
        # proxy re-sorting a growing list costs every keystroke. A header click asks the
        # store for its rows in that column's order (an index walk, fast at 1M).
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.horizontalHeader().setModel(self.column_titles)
        self.table.horizontalHeader().show()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        # Statuses as badges: a tint by status with its name in it (never colour alone).
        # A start's first paint draws them as plain text anyway (the delegate waits for Qt's
        # enums, StatusBadgeDelegate.paint): set right after it, before the columns' refit.
        self.status_badges: StatusBadgeDelegate | None = None
        after_the_first_paint(self._draw_status_badges)
        # While searching: the words around the hit in a cached message, under the subject
        # (made at the first search, set on the column while a search is on).
        self._subject_snippets: SubjectSnippetDelegate | None = None
        header_view = self.table.horizontalHeader()
        # Widths are fitted to the rows on screen when a list is first filled, then kept:
        # fitting on every change would ask the model for every cell of every row.
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setResizeContentsPrecision(FIT_ROWS)
        header_view.setSectionsClickable(True)
        # The indicator, and the clicks on it, once the session is bound (after the first
        # paint): they take a Qt.SortOrder, and naming Qt costs the first paint ~14 ms. A
        # connection made before Qt is named cannot convert the order later (a cached
        # start then refused every click: "parameter of type Qt::SortOrder cannot be
        # converted"), so it is made in _show_sort_indicator.
        self._sort_clicks_connected = False
        self.columns = ColumnFit(
            self.table,
            self.table.room,
            self.table.fit_subject,
            least={
                **{c: partial(self._widest_text, c) for c in TEXT_COLUMNS},
                Column.STATUS: lambda: widest_badge_cell(self.table.fontMetrics()),
            },
            hidden_changed=self._columns_hidden,
            needs_changed=self.needs_changed.emit,
            least_changed=self._keep_table_least,
        )
        # Made when columns first step aside (a narrow window): says which, brings them back.
        self.hidden_columns: HiddenColumnsButton | None = None
        self.list_menu: ListMenu | None = None
        header_view.sectionResized.connect(self.columns.column_resized)
        # Whose ticket it is only matters among the team's (R17).
        self.table.setColumnHidden(Column.SUBMITTER, scope != "team")
        self.column_menu: ColumnMenu | None = None  # with the session (after the first paint)
        self.table.resized.connect(self.columns.table_resized)
        self.table.doubleClicked.connect(self._open)
        self.table.open_requested.connect(self._open)
        self.table.reply_requested.connect(self._reply)
        self.table.chosen_by_hand.connect(self._chosen_by_hand)
        self.table.searched = lambda: bool(self.filters.search.text())
        self.table.seeking = lambda: self._wanted is not None
        self.table.search_cleared.connect(self._clear_search_from_list)

        self.empty_state = EmptyState(self.objectName())
        self._placeholder = self.empty_state.label
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_state)
        self._stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status_line)
        layout.addWidget(self.scope_note)
        # The list's own column: the chart, the filters and notes, and the rows. Beside it
        # (in a wide window) the reading pane the window docks there, as tall as the page
        # below its title: what narrows the list never takes the conversation's height.
        self._list_column = QWidget()
        self._list_column.setObjectName(f"{self.objectName()}_list_column")
        column = self._layout = QVBoxLayout(self._list_column)
        column.setContentsMargins(0, 0, 0, 0)
        # R12: the issue-trend chart, on My tickets only.
        self.trend_chart = TrendChart() if scope == "mine" else None
        # A sync brings new rows one by one: one read of the trend at a time, and one more
        # after it if rows came meanwhile (not a request per row).
        self._trend_loading = False
        self._trend_again = False
        if self.trend_chart is not None:
            column.addWidget(self.trend_chart)
        # The filters, and after them (when columns step aside) the note that says which:
        # there it takes the search box's spare room, never the window's width.
        self._filters_row = QWidget()
        self._filters_row.setObjectName(f"{self.objectName()}_filters_row")
        filters_row = self._filters_layout = QHBoxLayout(self._filters_row)
        filters_row.setContentsMargins(0, 0, 0, 0)
        filters_row.addWidget(self.filters, 1)
        column.addWidget(self._filters_row)
        # R17's "Recent" list is this one list, newest first: with no other section beside
        # it, a "Recent" heading over it told the admin nothing (and hinted at an older one).
        column.addWidget(self._stack, 1)
        # A narrow window has no reading pane: how a ticket opens, under the rows.
        self.open_hint = OpenHint(self.objectName(), self.table)
        column.addWidget(self.open_hint)
        self.pane_slot = QWidget()
        self.pane_slot.setObjectName(f"{self.objectName()}_reading_pane")
        pane_layout = QVBoxLayout(self.pane_slot)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        self.pane_slot.hide()
        # Its least is the list's alone: the pane never holds the window wider (list_body).
        self.body = ListBody(self._list_column, self.pane_slot)
        self.body.setObjectName(f"{self.objectName()}_body")
        layout.addWidget(self.body, 1)
        # R12's chart over the rows while enough of them remain (chart_room.py).
        self.chart_room = (
            ChartRoom(self, self.body, self._list_column, self._stack, self.table, self.trend_chart)
            if self.trend_chart is not None
            else None
        )
        self.retranslate_ui()

    def _show_icons(self) -> None:
        self.new_ticket_button.setIcon(primary_icon("headset"))
        style_primary(self.new_ticket_button)  # the icon in the room kept for it
        self.export_button.setIcon(icon("file-export"))

    def _add_find_shortcut(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)

    def _draw_status_badges(self) -> None:
        from desktop.ui.tickets.list.status_badge_delegate import StatusBadgeDelegate

        self.status_badges = StatusBadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.STATUS, self.status_badges)

    @property
    def _store_scope(self) -> str:
        return "team" if self.scope == "team" else "mine"

    # -- state -----------------------------------------------------------------

    def show_starting(self) -> None:
        """Local mode: the workspace is being started; nothing to show yet."""
        self._state = "starting"
        self.retranslate_ui()

    def set_local_stopped(self, stopped: bool) -> None:
        """The local demo workspace's service gave up: Refresh would read from nothing
        until "Start it again", so it is not offered, and its tooltip says why."""
        if stopped != self._local_stopped:
            self._local_stopped = stopped
            self.refresh_button.setEnabled(not stopped)
            self.retranslate_ui()

    def show_not_started(self) -> None:
        """Local mode: the workspace did not start (the window says so, and offers to start
        it again): "Starting…" would say what is not so."""
        if self._state == "starting":
            self._state = "idle"
            self.retranslate_ui()

    @property
    def subject_snippets(self) -> SubjectSnippetDelegate:
        if self._subject_snippets is None:
            from desktop.ui.tickets.list.snippet_delegate import SubjectSnippetDelegate

            self._subject_snippets = SubjectSnippetDelegate(self.table)
        return self._subject_snippets

    def _follow_search(self, store: TicketStore, text: str) -> None:
        if self._subject_snippets is None and not text.strip():
            return  # never searched here: nothing to undo, and the delegate stays unmade
        from desktop.ui.tickets.list.snippet_delegate import follow_search

        follow_search(self.subject_snippets, self.table, self.model, store, text)

    def show_cached(self, store: TicketStore, user_id: str) -> None:
        """The first rows the store has, before the session and its service exist.

        The app paints them before it imports what talks to the service; :meth:`bind`
        then reads the same rows (widths and selection kept) and brings them up to date.
        """
        self._cached = store
        self._total = None  # counted once the session is resumed
        self._counted = None
        query = self._query_of(user_id)
        self._follow_search(store, query.text)
        self.model.set_order(query.sort, query.descending)
        rows, _more = store.page(query, None, FIRST_SCREEN_ROWS)
        self.model.reset(tuple(rows), None)  # the next pages come with the service
        if rows:
            self._state = "ready"
            if not self.columns.fitted:
                self.columns.fit()
            self._reselect(None)
        self.retranslate_ui()

    def bind(self, service: TicketService | None) -> None:
        """Show the cached tickets at once, then bring them up to date.

        The ticket the account had selected when its last session here ended is selected
        again (signed out and in: not the newest instead), if it is still listed."""
        self._keep_chosen()
        self._wanted = None  # looked for in the session that ended
        self._service = service
        self._live_until = None  # the ended session's
        self._session_user = _user_id(service) if service is not None else None
        self._cached = None
        self._total = None
        self._counted = None
        self._count_wanted = None
        self._count_timer.stop()
        self.online_search.stop()
        self._drop_held()
        self.model.reset((), None)
        self._changed.clear()
        self._state = "idle"
        if self.trend_chart is not None:
            self.trend_chart.show_trend(None)
        if service is not None:
            self.model.clock = service.now
            self._clock_timer.start()
            self._show_sort_indicator()
            self._install_column_menu()
            service.store.on_change(partial(self._store_changed, service))
            chosen = self._chosen_in_session.get(self._session_user or "")
            self._requery(select=chosen, keep_selection=chosen is not None, or_first=True)
            self.reload()
        else:
            self._clock_timer.stop()
        self.retranslate_ui()

    def _keep_chosen(self) -> None:
        """The session ending (or bound again): its account's selected ticket, kept."""
        chosen = self.selected_ticket() or self._wanted
        if self._session_user and chosen:
            self._chosen_in_session[self._session_user] = chosen

    def _query(self, service: TicketService) -> TicketQuery:
        return self._query_of(_user_id(service))

    def _query_of(self, user_id: str) -> TicketQuery:
        """What the list shows now, for this user: its scope, filters and drill-down."""
        if self.drill_down is not None:
            filters = self.filters.values() | self.drill_down.filters()
            scope = "mine" if self.drill_down.scope == "mine" else "all"
        else:
            filters, scope = self.filters.values(), self._store_scope
        sort, descending = self._sort
        # Held finds are not read in (nor by a re-read of the list) until shown.
        held = self._held is not None
        found = () if held else self.online_search.found_ids(filters.get("q", ""))
        return TicketQuery.of(
            user_id, scope, filters, sort=sort, descending=descending, found=found
        )

    def _search_scopes(self) -> tuple[str, ...]:
        """The service's lists that hold what this list shows (a drill-down: the team's
        whole, which is the admin's own and the teammates')."""
        if self.drill_down is not None:
            return ("mine",) if self.drill_down.scope == "mine" else ("mine", "team")
        return (self._store_scope,)

    def _ask_online(self) -> None:
        """The search or its filters changed: the service is asked as well, once typing
        pauses (before the store is read: earlier finds no longer count)."""
        values = self.filters.values()
        if self.drill_down is not None:
            values = values | self.drill_down.filters()
        self._asking_online = True
        try:
            self.online_search.ask(self._service, values["q"], self._search_scopes(), values)
        finally:
            self._asking_online = False
        if self._held is not None and self.online_search.matches is not self._held:
            self._drop_held()  # finds of another search

    def _online_state_changed(self, _state: str) -> None:
        # Asked by a new search: the list is read next and shows its state then (once a
        # keystroke: the note's and count's texts set twice cost the first key ~0.6 ms).
        if not self._asking_online:
            self._show_state()

    def _found_online(self, matches: object) -> None:
        """The service's finds for the current search: read in like live changes, each
        into its place in the list's order (many at once: the list is read again); held
        while the admin is at the rows."""
        from desktop.services.ticket_search import ServiceMatches
        from desktop.ui.tickets.list.late_finds import admin_at_rows

        if not isinstance(matches, ServiceMatches) or self._service is None:
            return
        if admin_at_rows(self.table, self.table.keyed_at):
            # Read in now, they would shift the rows under the pointer: held, and counted.
            self._held = matches
            self._tasks.run(self._count_held(self._service, matches), on_error=self._live_failed)
            self._watch_hold()
            return
        self._read_in(matches)

    async def _count_held(self, service: TicketService, matches: ServiceMatches) -> None:
        """What the held finds add to the list (some it lists already, by their subject or
        a cached thread): the button says that many, or the finds are read in if none."""
        query = self._query(service)._replace(found=tuple(matches.snippets))
        added = await service.store.added_by_found(query)
        if self._held is not matches or service is not self._service:
            return  # shown, or another search, meanwhile
        if not added:
            self.show_held_finds()  # nothing moves: their snippets, at once
            return
        self._held_ids = added
        self.late_finds.show_count(len(added))

    def show_held_finds(self) -> None:
        """The button: the held finds read into the list and the first of them shown, the
        keyboard on the list if it was on the button."""
        matches, added, had_focus = self._held, self._held_ids, self.late_finds.hasFocus()
        self._drop_held()
        if matches is not None and self._service is not None:
            self._read_in(matches)
            self._change_timer.stop()
            self._apply_changes()  # now: they were asked for
            # Asked for, so brought into view (the first of them in the list's order); the
            # selected ticket stays selected.
            rows = [r for r in map(self.model.row_of, added) if r is not None]
            if rows:
                self.table.scrollTo(
                    self.model.index(min(rows), 0), QAbstractItemView.ScrollHint.EnsureVisible
                )
        if had_focus and self.table.isVisible():
            self.table.setFocus()

    def _watch_hold(self) -> None:
        """Held only while the admin is at the rows: once the pointer has left the list
        (or the window) and the keyboard is not moving through it, the finds are read in
        where they belong, as if they had come then (not scrolled to: not asked for)."""
        if self._hold_check is None:
            self._hold_check = QTimer(self)
            self._hold_check.setInterval(HOLD_CHECK_MS)
            self._hold_check.timeout.connect(self._check_hold)
        self._hold_check.start()

    def _check_hold(self) -> None:
        from desktop.ui.tickets.list.late_finds import admin_at_rows

        matches = self._held
        if matches is None or self._service is None:
            self._drop_held()
        elif not admin_at_rows(self.table, self.table.keyed_at):
            self._drop_held()
            self._read_in(matches)

    def _drop_held(self) -> None:
        self._held = None
        self._held_ids = ()
        self.late_finds.show_count(0)
        if self._hold_check is not None:
            self._hold_check.stop()

    @property
    def held_finds(self) -> tuple[str, ...]:
        """The tickets the service found that wait for the admin to show them."""
        return self._held_ids

    def _read_in(self, matches: ServiceMatches) -> None:
        from desktop.store.thread_search import marked

        self.model.set_found(
            {
                ticket_id: marked(snippet, matches.text)
                for ticket_id, snippet in matches.snippets.items()
                if snippet
            }
        )
        self._changed |= set(matches.snippets)
        self._change_timer.start()

    def show_drill_down(self, drill_down: DrillDown | None) -> None:
        """Show exactly the tickets behind an Insights bar or point; None: back to the list.

        The filter controls show the drill-down's issue, product and status, and the
        header says which tickets these are (whose, when): they agree with the list.
        """
        leaving = drill_down is None and self.drill_down is not None
        if drill_down is not None and self.drill_down is None:
            self._before_drill_down = self.filters.values()
        if drill_down is None:
            self._before_drill_down = None
        self.drill_down = drill_down
        if drill_down is not None or self._drill_down_bar is not None:
            self.drill_down_bar.setVisible(drill_down is not None)
        # The team list's own notes say "your teammates' tickets": not what this holds.
        self.scope_note.setVisible(self.scope == "team" and drill_down is None)
        if drill_down is not None:
            self.filters.show_values(drill_down.status, drill_down.product, drill_down.category)
        elif leaving:
            self.filters.clear()  # the drill-down set them; back to the whole list
        self._ask_online()
        self._requery(self._first_rows())
        self.retranslate_ui()

    def _show_all(self) -> None:
        """ "Show all team tickets": the whole list, the keyboard in it on its selected row.
        The button goes with the bar, and Qt gave the focus to the next control in the
        window (the local workspace banner's link, across the top)."""
        self.show_drill_down(None)
        self._focus_results()

    def end_drill_down(self) -> None:
        """The list itself again (chosen in the navigation): out of a drill-down, its
        filters gone, the admin's own filters and search from before it back."""
        if self.drill_down is None:
            return
        before = self._before_drill_down
        self.show_drill_down(None)
        if before is not None and any(before.values()):
            self.filters.show_values(
                before["status"], before["product"], before["category"], before["q"]
            )

    @property
    def drill_down_bar(self) -> DrillDownBar:
        """Above the filters; made with the first drill-down, which most lists never show."""
        if self._drill_down_bar is None:
            from desktop.ui.tickets.list.drill_down_bar import DrillDownBar

            self._drill_down_bar = DrillDownBar()
            self._drill_down_bar.cleared.connect(self._show_all)
            self._drill_down_bar.back_requested.connect(self.insights_requested)
            self._layout.insertWidget(self._layout.indexOf(self._filters_row), self._drill_down_bar)
        return self._drill_down_bar

    def _requery(
        self,
        rows_wanted: int | None = None,
        *,
        keep_selection: bool = False,
        select: str | None = None,
        or_first: bool = False,
        reach: int = RESELECT_ROWS,
    ) -> None:
        """Read the first rows (as many as are loaded now, or ``rows_wanted``) from the store.

        ``keep_selection``: the same tickets are listed (sorted again, or brought up to
        date), so the selected one (or ``select``) stays selected even when it is not
        among the rows read (if within the first ``reach``); otherwise (a search, a
        filter) the first row is selected in its place. ``or_first``: the first row too
        if it is kept but no longer listed."""
        service = self._service
        if service is None or not service.store.is_open:
            self._show_state()  # nothing to read; what the page says still follows the search
            return
        current = select or self._arriving or self.selected_ticket() or self._wanted
        query = self._query(service)
        wanted = rows_wanted or max(PAGE, self.model.rowCount())
        self._follow_search(service.store, query.text)
        self.model.set_order(query.sort, query.descending)
        rows, more = service.store.page(query, None, wanted)
        self.model.reset(tuple(rows), more)
        self._count_matches(service, query)
        if rows and not self.columns.fitted:
            self.columns.fit()
        if rows and self._state in ("idle", "loading", "failed", "starting"):
            self._state = "ready"  # cached rows: shown while the sync runs
        self._reselect(current, keep_selection, or_first=or_first, reach=reach)
        self._show_state()

    def _first_rows(self) -> int:
        """A new list (searched, filtered, sorted again) starts at its top: the rows that
        fill the table and a few more, not as many as were scrolled through, nor a whole
        page (each row read is parsed on the GUI thread); scrolling reads on."""
        row_height = max(1, self.table.verticalHeader().defaultSectionSize())
        filling = self.table.viewport().height() // row_height + FIRST_ROWS_MARGIN
        # The columns are fitted once, to FIT_ROWS rows; after that a keystroke reads what
        # it shows (a one-letter search matches nearly every row: 40 read for 12 shown).
        return filling if self.columns.fitted else max(FIT_ROWS, filling)

    def _count_matches(self, service: TicketService, query: TicketQuery) -> None:
        """The count follows the rows a moment later, counted off the GUI thread."""
        unordered = _unordered(query)
        same_list = unordered == self._counted
        if same_list and self._total is not None and not self._recount_due:
            return  # the same tickets in another order: their count stands
        self._recount_due = False
        self._count_generation += 1  # a count of an earlier list no longer counts
        if not same_list:
            # Nor is it said meanwhile: a drill-down of 4 tickets was headed "26 tickets"
            # (My tickets' count) until its own was counted. The same list changed in the
            # store keeps its count until the new one comes.
            self._total = None
        self._count_wanted = (service, query)
        self._count_timer.start()

    def _start_count(self) -> None:
        wanted, self._count_wanted = self._count_wanted, None
        if wanted is None:
            return
        service, query = wanted
        if service is not self._service or not service.store.is_open:
            return  # signed out (or in again) since it was asked for
        generation = self._count_generation
        self._tasks.run(self._recount(service, query, generation), on_error=self._live_failed)

    async def _recount(self, service: TicketService, query: TicketQuery, generation: int) -> None:
        total = await service.store.count_in_background(query)
        if generation == self._count_generation and service is self._service:
            self._total = total
            self._counted = _unordered(query)
            self._show_state()

    def _reselect(
        self,
        ticket_id: str | None,
        keep_selection: bool = False,
        *,
        or_first: bool = False,
        reach: int = RESELECT_ROWS,
    ) -> None:
        row = self.model.row_of(ticket_id) if ticket_id else None
        if row is not None:
            self._arrived(ticket_id)
            self.table.select_in_view(row)
            return
        service = self._service
        if ticket_id and keep_selection and service is not None:
            # Further down: looked for on the store's thread; no other row is selected
            # meanwhile (a reading pane beside the list would follow it).
            self._wanted = ticket_id
            self._tasks.run(
                self._find_selected(
                    service, ticket_id, self.model.reads, or_first=or_first, reach=reach
                ),
                on_error=self._live_failed,
            )
            return
        self._wanted = None
        self._select_first()

    def _select_first(self) -> None:
        """The first row, unless one is selected."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # -- live: the store changed ---------------------------------------------------

    def _store_changed(self, service: TicketService, ticket_ids: frozenset[str]) -> None:
        if service is not self._service:
            return  # a store of an earlier session
        self._changed |= ticket_ids
        self._recount_due = True  # the count is read again with the rows
        self._change_timer.start()

    def _apply_changes(self) -> None:
        service = self._service
        changed, self._changed = self._changed, set()
        if service is None or not changed or not service.store.is_open:
            return
        from desktop.ui.tickets.list.row_in_place import selected_row_kept_in_place

        # While a search runs, the service's finds come after the store's, often above the
        # row just chosen: it stays where it is on screen. (Not so in the plain list: its
        # newest tickets show at its top as they come.)
        searching = bool(self.filters.search.text().strip())
        with selected_row_kept_in_place(self.table, keep=searching):
            if len(changed) > LIVE_ROWS:
                # A sync (or a search of the service) brought many: read the list again (an
                # index walk, cheap), rather than place them one by one.
                self._requery(keep_selection=True)
                return
            query = self._query(service)
            for ticket_id in sorted(changed):
                if service.store.matches(query, ticket_id):
                    ticket = service.store.get(ticket_id)
                    if ticket is not None:
                        if self.model.row_of(ticket_id) is None and ticket_id not in query.found:
                            self._load_trend()  # a new ticket: this week's bar grows
                        # Where the list's order puts it now, whatever the list is sorted by.
                        self.model.upsert(ticket)
                else:
                    self.model.remove(ticket_id)
        self._count_matches(service, query)
        if self.model.rowCount():
            self._state = "ready"
        if self._arriving in changed:
            self.reveal(self._arriving)
        self.retranslate_ui()

    def _live_failed(self, error: BaseException) -> None:
        # Read again with the next event or F5; the list itself reports its own failures.
        log.info("live update of the list failed: %s", error)

    def column_widths(self) -> QByteArray | None:
        """The columns as the user left them, for :meth:`restore_column_widths`."""
        return self.columns.state()

    def restore_column_widths(self, state: QByteArray) -> None:
        """Hidden columns as last left (column_fit.py); widths fitted to the room again."""
        self.columns.restore(state)
        # Whose ticket it is only matters among the team's (R17), whatever was saved.
        self.table.setColumnHidden(Column.SUBMITTER, self.scope != "team")

    # -- sorting ---------------------------------------------------------------------

    @property
    def sort(self) -> tuple[str, bool]:
        """What the list is sorted by: a key of the store's SORTS, and whether descending."""
        return self._sort

    def restore_sort(self, sort: str, descending: bool) -> None:
        """The order the user last chose for this list (before its rows are read)."""
        if sort in COLUMN_OF_SORT:
            self._sort = (sort, descending)
            if self._service is not None:
                self._show_sort_indicator()
                self._requery()

    def remember_sort_in(self, settings: AppSettings) -> None:
        """Sort as last left in ``settings``, and keep each new order there."""
        saved = settings.list_sort(self.objectName())
        if saved is not None:
            self.restore_sort(*saved)
        self.sort_changed.connect(partial(settings.set_list_sort, self.objectName()))

    def _widest_text(self, column: Column) -> int:
        """A column's least: its measured rows' texts in bold (an answer arriving makes a
        row bold), Response's countdowns and Updated's "… ago" as the clock moves them
        (cell_width.py), and every product's name: the rows measured were often all
        "Dropbox", and "Dropbox Dash" below them read "Dropbox …" (a screenshot review)."""
        model = self.model
        tickets = [model.ticket_at(row) for row in range(min(model.rowCount(), FIT_ROWS))]
        texts = {str(model.index(row, column).data()) for row in range(len(tickets))}
        if column == Column.RESPONSE:
            texts |= countdown_texts(tickets)
        elif column == Column.UPDATED:
            texts |= ago_texts()
        elif column == Column.PRODUCT:
            texts |= {product_label(product) for product in PRODUCTS}
        return widest_cell(self.table, texts)

    def _columns_hidden(self, hidden: list[Column], for_room: list[Column]) -> None:
        """Every column the admin could show and does not see, by their choice or for
        lack of room: the button after the filters counts them and brings them back."""
        columns: list[Column] = [c for c in hidden if c != Column.SUBJECT and self._offers(c)]
        if self.hidden_columns is None:
            if not columns:
                return
            from desktop.ui.tickets.list.hidden_columns_button import HiddenColumnsButton

            self.hidden_columns = HiddenColumnsButton(self._column_menu_now)
            # On the drop-downs' row (one row or two, TicketFilters.arrange).
            self.filters.add_trailing(self.hidden_columns)
            # Tab as read: after the filters, before the list (made later, it came last).
            QWidget.setTabOrder(self.filters.category, self.hidden_columns)
        self.hidden_columns.show_hidden(columns, [c for c in for_room if c in columns])
        self.filters.arrange()  # its count is wider or narrower, or gone

    def _offers(self, column: Column) -> bool:
        """Whether the header's menu offers this column (whose ticket it is only matters
        among the team's, R17)."""
        return column != Column.SUBMITTER or self.scope == "team"

    def _column_menu_now(self) -> QMenu:
        self._install_column_menu()
        assert self.column_menu is not None
        return self.column_menu.build()

    def _install_column_menu(self) -> None:
        """Right-click on the header: show or hide columns (made once, after the first paint)."""
        if self.column_menu is not None:
            return
        from desktop.ui.tickets.list.column_menu import ColumnMenu

        optional = tuple(c for c in Column if c != Column.SUBJECT and self._offers(c))
        self.column_menu = ColumnMenu(self.table, optional, self.columns.choose)
        from desktop.ui.tickets.list.list_menu import ListMenu

        # On a row (right-click, the Menu key, Shift+F10): sort and columns by keyboard too.
        self.list_menu = ListMenu(
            self.table, self._sortable_columns, self._column_menu_now, open_row=self._open
        )

    def _sortable_columns(self) -> list[Column]:
        table = self.table
        return [c for c in Column if c in SORT_OF_COLUMN and not table.isColumnHidden(c)]

    def _show_sort_indicator(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint (desktop/ui/look/qt_values.py)

        header = self.table.horizontalHeader()
        sort, descending = self._sort
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        blocked = header.blockSignals(True)  # showing the order is not choosing one
        header.setSortIndicator(COLUMN_OF_SORT[sort], order)
        header.setSortIndicatorShown(True)
        header.blockSignals(blocked)
        if not self._sort_clicks_connected:
            self._sort_clicks_connected = True
            header.sortIndicatorChanged.connect(self._sort_clicked)
            from desktop.ui.tickets.list.sort_arrow import ReadableSortArrow

            # The page's: made after the table, so deleted after its header (Qt deletes
            # children in the order they were made).
            arrows = ReadableSortArrow()
            arrows.setParent(self)
            header.setStyle(arrows)
        # A column capped to fit shows "Ingediend…", not a title cut at both ends under the
        # sort arrow (a header elides nothing unless told).
        header.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _sort_clicked(self, section: int, order: QtCore.Qt.SortOrder) -> None:
        """A header was clicked: the store reads the list in that column's order."""
        sort = SORT_OF_COLUMN.get(Column(section)) if 0 <= section < len(Column) else None
        service = self._service
        if sort is None or service is None or not service.store.is_open:
            self._show_sort_indicator()  # no store to ask (yet): the indicator stays true
            return
        self._sort = (sort, order == QtCore.Qt.SortOrder.DescendingOrder)
        self._requery(self._first_rows(), keep_selection=True)
        self.sort_changed.emit(*self._sort)

    async def _find_selected(
        self,
        service: TicketService,
        ticket_id: str,
        read: int,
        *,
        or_first: bool = False,
        reach: int = RESELECT_ROWS,
    ) -> None:
        """Select the ticket again where the list's order put it, if it is within its
        first ``reach`` rows: counted and read on the store's thread, so the list paints
        first. ``or_first``: else the first row (a new session's list), not none.

        Only in the list as read when it was asked for (``read``: the model's reads then).
        Read again since, the list looks for its selected ticket itself: a look-up begun
        in a searched list (a store change read it as the search began) came back after
        the search was cleared, found the ticket not in the searched list, and took its
        place; the cleared list ended on no ticket, the one chosen before the search no
        longer looked for (its first rows, as many as the search's, had the same end, so
        the pages seemed not to have moved)."""
        if self.model.reads != read:
            return  # read again before this began: that reading looks for its own
        after = self.model.next_cursor
        if not isinstance(after, Keyset):
            self._wanted = None
            if or_first:
                self._select_first()
            return  # every row is shown: it is not listed
        found = await service.store.reach_in_background(
            self._query(service),
            ticket_id,
            after,
            self.model.rowCount(),
            limit=reach,
            page_rows=PAGE,
        )
        if (
            self._wanted != ticket_id  # another row chosen, or a search or filter since
            or service is not self._service
            or self.model.reads != read  # read again (another search, order, sync)
            or self.model.next_cursor != after  # scrolled on: pages moved
        ):
            return
        self._wanted = None
        if found is None:
            if or_first:
                self._select_first()
            return  # too far down (or gone): nothing is selected
        self._select_reached(ticket_id, found, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _select_reached(
        self,
        ticket_id: str,
        reached: tuple[list[TicketSummary], object] | None,
        hint: QAbstractItemView.ScrollHint,
    ) -> bool:
        """The rows read down to this ticket appended, and it selected and scrolled to."""
        if reached is not None:
            rows, more = reached
            self.model.append_page(tuple(rows), more)
        row = self.model.row_of(ticket_id)
        if row is None:
            return False
        self.table.select_in_view(row, hint)
        return True

    def select_when_listed(self, ticket_id: str) -> None:
        """Select this ticket now, or as soon as the store brings it to the list: one just
        sent is found selected on coming back to the list (issue 19), and a reading pane
        beside it shows it."""
        self._arriving = ticket_id
        self._arrival_timer.start()
        self.reveal(ticket_id)

    def _stop_waiting_for_arrival(self) -> None:
        self._arriving = None

    def _arrived(self, ticket_id: str | None) -> None:
        """The ticket just sent is selected: no longer waited for."""
        if ticket_id is not None and ticket_id == self._arriving:
            self._stop_waiting_for_arrival()
            self._arrival_timer.stop()

    def reveal(self, ticket_id: str) -> bool:
        """Select this ticket in the list (a reading pane beside it follows), if it is listed
        near enough to the top to be read in (filters may also leave it out)."""
        service = self._service
        if service is None:
            return False
        reached = None
        after = self.model.next_cursor
        if self.model.row_of(ticket_id) is None and isinstance(after, Keyset):
            reached = service.store.reach(
                self._query(service),
                ticket_id,
                after,
                self.model.rowCount(),
                limit=RESELECT_ROWS,
                page_rows=PAGE,
            )
        hint = QAbstractItemView.ScrollHint.EnsureVisible
        selected = self._select_reached(ticket_id, reached, hint)
        if selected:
            self._arrived(ticket_id)
        return selected

    def _focus_results(self) -> None:
        """From the search box to the list: its first row chosen if none is."""
        if self.model.rowCount() == 0 or not self.table.isVisible():
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _clear_search_from_list(self) -> None:
        """Esc in the searched list: every ticket again, the one selected still selected
        (as if chosen by hand) where it is listed, the keyboard still in the list."""
        chosen = self.selected_ticket()
        if chosen is not None and self._chosen_before_search is not None:
            self._chosen_in_search = chosen
        self.filters.search.clear()

    def _search_typed(self, _text: str) -> None:
        """A key in the search box, before the list reads what it says (a store change
        can read it first): while the rows are the unsearched list's, how many it read."""
        if not self.model.search_text:
            self._rows_before_search = self.model.rowCount()

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _filters_changed(self) -> None:
        drill_down = self.drill_down
        if drill_down is not None:
            # A drill-down follows its controls: the header keeps saying what is listed.
            values = self.filters.values()
            from dataclasses import replace  # not before the first paint (a drill-down is later)

            drill_down = replace(
                drill_down,
                category=values["category"],
                product=values["product"],
                status=values["status"],
            )
            if drill_down.filters() or drill_down.scope == "mine":
                self.drill_down = drill_down
                self.retranslate_ui()
            else:
                # Its filters cleared by hand: the whole list, no longer Insights' tickets
                # (the bar and its "← Insights" go, as with "Show all team tickets").
                self.drill_down = None
                self._before_drill_down = None  # the admin chose these: nothing to put back
                self.drill_down_bar.hide()
                self.scope_note.setVisible(self.scope == "team")
                self.retranslate_ui()
        # The store answers at once, whatever the filters: no network, no waiting. The
        # service, asked a moment later, adds what only its copies of the threads hold.
        self._ask_online()
        self.search_changed.emit(self.search_text)
        self._arriving = None  # another list: the admin's choice of rows now
        # A search cleared goes back to the ticket chosen before it began, not to the
        # last result it selected (a newcomer lost their place that way).
        searched = bool(self.filters.search.text().strip())
        if searched:
            self.table.watch_escape()
        if searched and self._chosen_before_search is None:
            # Or the one still being looked for further down (a sort or a sync moved it):
            # nothing is selected meanwhile, and it is the admin's choice all the same.
            self._chosen_before_search = self.selected_ticket() or self._wanted or ""
            self._chosen_in_search = None
        back = None
        if not searched and self._chosen_before_search is not None:
            # A result the admin chose stays chosen (a newcomer clicked one, cleared the
            # box and found the list back on the ticket from before the search).
            back = self._chosen_in_search or self._chosen_before_search or None
            self._chosen_before_search = self._chosen_in_search = None
        if back is not None:
            # As far down as the list was read before: a ticket the admin scrolled to past
            # RESELECT_ROWS was not looked for, and Esc left nothing selected.
            reach = max(RESELECT_ROWS, self._rows_before_search)
            self._requery(self._first_rows(), keep_selection=True, select=back, reach=reach)
        else:
            self._requery(self._first_rows())

    def store_rebuilt(self) -> None:
        """The store was found damaged and rebuilt empty: show that, and fill it again."""
        self._requery()
        self.reload()  # a sync under way starts over by itself (TicketSync.sync)

    def show_trend_chart(self, wanted: bool) -> None:
        """The issue-trend chart over the rows where they leave it room, or never (the
        admin's choice, View menu)."""
        if self.chart_room is not None:
            self.chart_room.set_wanted(wanted)

    def _place_chart(self) -> None:
        """The rows (and a ticket read beside them) come first in a short window: a small
        screen, large text (chart_room.py)."""
        if self.chart_room is not None:
            # Beside a reading pane too: the chart is in the list's column, the pane keeps
            # its height whatever the chart does.
            self.chart_room.place()

    @property
    def syncing(self) -> bool:
        """A sync with the service is under way (its pages arrive one after another)."""
        return self._syncing

    def reload(self) -> None:
        """F5: bring the list up to date with the service (what is cached stays shown)."""
        service = self._service
        if service is None or self._syncing:
            return
        self._syncing = True
        if not self.model.rowCount():
            self._state = "loading"
        self.retranslate_ui()
        self._tasks.run(self._sync(service), on_error=self._sync_failed)
        self._load_trend()

    async def _sync(self, service: TicketService) -> None:
        self._synced_so_far = 0
        try:
            await painted(self)  # the cached rows first, then the network
            await service.sync(self._store_scope, self._sync_progress)
            self._sync_error = False
        finally:
            self._syncing = False
        if service is self._service and service.store.is_open:
            self._state = "ready"
            self._requery(keep_selection=True)
            self.online_search.retry()  # the service answers again: so may its search

    def _sync_progress(self, count: int) -> None:
        # A first sync of a big team takes a while: say how far it got.
        self._synced_so_far = count
        self._show_synced()

    def _show_synced(self) -> None:
        """When the list was last brought up to date: what is shown may be older than that."""
        service = self._service
        store = service.store if service is not None else self._cached
        if store is None or not store.is_open:
            self.synced.clear()
            return
        if self._syncing:
            if self._synced_so_far:
                self.synced.setText(
                    self.tr("Syncing… %n ticket(s) so far", "", self._synced_so_far)
                )
            else:
                self.synced.setText(self.tr("Syncing…"))
            return
        saved = store.state(synced_at_key(self._store_scope))
        if not saved:
            self.synced.clear()
            return
        when = datetime.fromisoformat(saved)
        if self._live_until is not None and self._live_until[0] is service:
            when = max(when, self._live_until[1])
        if self._live and not self._sync_error and service is not None:
            # Live: the stream brings every change as it happens, the last sync was whole.
            self.synced.setText(self.tr("Up to date"))
            self.synced.setToolTip(
                self.tr("Live updates are on. Last synced {when}.").format(when=long_datetime(when))
            )
            return
        now = service.now() if service is not None else datetime.now(UTC)
        self.synced.setText(self.tr("Last synced {when}").format(when=relative_time(when, now)))
        self.synced.setToolTip(long_datetime(when))

    def _up_to_date(self) -> bool:
        """ "Up to date" is said: live, and the last sync whole and not running again."""
        service = self._service
        return (
            self._live
            and not self._sync_error
            and not self._syncing
            and service is not None
            and service.store.is_open
            and bool(service.store.state(synced_at_key(self._store_scope)))
        )

    def follow_live(self, feed: LiveFeed) -> None:
        """Say "Up to date" while ``feed``'s event stream is connected, else when the list
        was last synced."""
        feed.connection_changed.connect(self.set_live)
        self.set_live(feed.connected)

    def set_live(self, live: bool) -> None:
        service = self._service
        if self._up_to_date() and not live and service is not None:
            # Until now the stream brought every change as it happened: the rows are as of
            # now, and say so after a restart too (kept as the list's last sync).
            until = service.now()
            self._live_until = (service, until)
            self._tasks.run(
                service.kept_live(self._store_scope, until),
                on_error=lambda _error: None,  # closed meanwhile: this session's time shown
                name="kept-live",
            )
        self._live = live
        self._show_synced()
        if live:
            self.online_search.retry()  # a search made offline: every message, now

    def _load_trend(self) -> None:
        if self.trend_chart is None or self._service is None:
            return
        if self._trend_loading:
            self._trend_again = True
            return
        self._trend_loading = True
        self._tasks.run(self._fetch_trend_once(self._service), on_error=self._live_failed)

    async def _fetch_trend_once(self, service: TicketService) -> None:
        try:
            await self._fetch_trend(service)
        finally:
            self._trend_loading = False
            if self._trend_again:
                self._trend_again = False
                self._load_trend()

    async def _fetch_trend(self, service: TicketService) -> None:
        from desktop.api.errors import ServerUnreachable  # not needed for the first paint

        await painted(self)
        chart = self.trend_chart
        if chart is not None and chart.trend is None and service is self._service:
            chart.show_trend(service.cached_trend())  # as last seen, while the service answers
        try:
            trend = await service.trend()
        except ServerUnreachable:
            if chart is not None and chart.trend is None and service is self._service:
                chart.show_unavailable()  # read again when the connection returns (reload)
            raise
        if chart is not None and service is self._service:
            chart.show_trend(trend)

    def _load_more(self, after: object) -> None:
        service = self._service
        if service is None or not isinstance(after, Keyset) or not service.store.is_open:
            return
        rows, more = service.store.page(self._query(service), after, PAGE)
        self.model.append_page(tuple(rows), more)

    def _sync_failed(self, error: BaseException) -> None:
        self._sync_error = True
        if self.model.rowCount():
            # The cached tickets stay; the status bar says the service cannot be reached.
            self._state = "ready"
            self.retranslate_ui()
            log.info("sync failed, showing the cached tickets: %s", error)
            return
        self._state = "failed"
        self.retranslate_ui()
        self._tasks.report(error)

    # -- the reading pane ----------------------------------------------------------------

    def needed_width(self) -> int:
        """How wide the list's column must be for its rows to show with nothing cut and
        no sideways scrolling (column_fit.needed_room), with the table's frame and
        scrollbar, and never narrower than the filters above it allow."""
        table = self.table
        chrome = table.width() - table.room()  # frame and vertical scrollbar: any width
        return max(self.columns.needed_room() + chrome, self._list_column.minimumSizeHint().width())

    def _keep_table_least(self) -> None:
        """Standing alone, the table is no narrower than what a row is read for needs
        (ColumnFit.least_width: the window's navigation gives way). Beside the reading
        pane, no least: it docks only with room for all, and a least kept there held the
        window wider than the user made it, the pane docked (Dutch: 1,259 px for 1,100)."""
        least = 0 if self.docked else self.columns.least_width
        if self.table.minimumWidth() != least:
            self.table.setMinimumWidth(least)
            self.least_changed.emit()

    def body_room(self, page_width: int) -> int:
        """The width the list and a pane beside it share when the page is ``page_width``
        wide (the page's margins off)."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        return page_width - margins.left() - margins.right()

    def dock(self, pane: QWidget, list_least: int = 0, pane_least: int = 0) -> None:
        """Show ``pane`` (the ticket page) beside the list."""
        if pane.parentWidget() is not self.pane_slot:
            layout = self.pane_slot.layout()
            assert layout is not None
            layout.addWidget(pane)
        pane.show()
        self.pane_slot.show()
        self._keep_table_least()
        self.share_body(list_least, pane_least, self.body.width() * 3 // 5)
        self._place_chart()
        self._show_open_hint()

    def share_body(self, list_least: int, pane_least: int, wanted: int | None = None) -> None:
        """The list three fifths of the body, or as the user dragged it (``wanted``: the
        list's width), but never less than ``list_least`` nor the pane less than
        ``pane_least``: a window made narrower shrinks both alike, and cut the list's
        columns where the pane had room to give."""
        body = self.body
        total = max(body.width(), 2)
        most = total - body.handleWidth() - pane_least
        width = body.sizes()[0] if wanted is None else wanted
        width = max(min(width, most), list_least)
        if body.sizes()[0] != width:
            body.setSizes([width, max(total - body.handleWidth() - width, 1)])

    def undock(self) -> None:
        self.pane_slot.hide()
        self._keep_table_least()
        self._place_chart()
        self._show_open_hint()

    def _show_open_hint(self) -> None:
        self.open_hint.show_for(
            rows_shown=self._stack.currentWidget() is self.table, docked=self.docked
        )

    @property
    def docked(self) -> bool:
        return not self.pane_slot.isHidden()

    @property
    def count_said(self) -> str:
        """What the page says of how many tickets it lists ("" until they are counted)."""
        return self._count.text()

    @property
    def search_text(self) -> str:
        """What the list is searched for, stripped ("" nothing)."""
        return self.filters.search.text().strip()

    def selected_ticket(self) -> str | None:
        ticket_id = self.table.currentIndex().siblingAtColumn(0).data(TICKET_ID_ROLE)
        return str(ticket_id) if ticket_id else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ticket_id = current.siblingAtColumn(0).data(TICKET_ID_ROLE)
        if ticket_id:
            self._wanted = None  # chosen (or found again): no longer looked for
            self.ticket_selected.emit(str(ticket_id))

    def _chosen_by_hand(self, index: QModelIndex) -> None:
        ticket_id = index.siblingAtColumn(0).data(TICKET_ID_ROLE)
        if ticket_id and self._chosen_before_search is not None:
            self._chosen_in_search = str(ticket_id)  # kept when the search is cleared

    def _open(self, index: QModelIndex) -> None:
        ticket_id = index.siblingAtColumn(0).data(TICKET_ID_ROLE)
        if ticket_id:
            self.ticket_open_requested.emit(str(ticket_id))

    def _reply(self, index: QModelIndex) -> None:
        ticket_id = index.siblingAtColumn(0).data(TICKET_ID_ROLE)
        if ticket_id:
            self.ticket_reply_requested.emit(str(ticket_id))

    # -- text --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        title = {
            "mine": self.tr("My tickets"),
            "team": self.tr("Team tickets"),
        }.get(self.scope) or self.tr("My requests")
        if self.drill_down is not None:
            from desktop.ui.insights.drill_down import describe

            title = self.tr("Tickets from Insights")
            self.drill_down_bar.label.setText(describe(self.drill_down))
        self._title.setText(title)
        self.scope_note.setText(
            self.tr(
                "Your teammates' tickets changed since {date} (earlier ones are not listed "
                "here). A reply you send on one shows as from “Colleague”, and the teammate "
                "who asked is told."
            ).format(date=medium_date(TEAM_TICKETS_SINCE))
        )
        self._button_words(self.refresh_button, self.tr("Refresh"))
        self.new_ticket_button.setText(self.tr("Contact support…"))
        self.new_ticket_button.setToolTip(self.tr("Open a new ticket (Ctrl+N)"))
        self.refresh_button.setToolTip(
            self.tr("The local demo workspace is not running: choose “Start it again” to refresh.")
            if self._local_stopped
            else self.tr("Load the newest tickets (F5)")
        )
        if self.hidden_columns is not None:
            self.hidden_columns.retranslate_ui()
        self._button_words(self.export_button, self.tr("Export…"))
        self.table.setAccessibleName(title)
        self._show_state()

    def _fit_header(self, header: QHBoxLayout) -> None:
        from desktop.ui.tickets.list.header_fit import HeaderFit

        self.header_fit = HeaderFit(
            self,
            header,
            (
                (self.export_button, icon("file-export")),
                (self.refresh_button, icon("arrows-rotate")),
            ),
            (self.new_ticket_button,),
        )
        for button in (self.refresh_button, self.export_button):
            self.header_fit.set_text(button, button.text())

    def _button_words(self, button: QPushButton, text: str) -> None:
        if self.header_fit is not None:
            self.header_fit.set_text(button, text)
        else:  # before the first paint: in words, as HeaderFit leaves a row with room
            button.setText(text)
            button.setAccessibleName(text)

    def _show_state(self) -> None:
        """The count, and the empty state or the rows: what a new read of the list changes
        (a keystroke in the search box reads it; the titles stay as they are)."""
        self._show_synced()
        rows = self.model.rowCount()
        if self._state == "ready" and self._total is not None and self._total > COUNT_CAP:
            self._count.setText(self.tr("More than 10,000 tickets"))
        elif self._state == "ready" and self._total is not None:
            self._count.setText(self.tr("%n ticket(s)", "", self._total))
        else:
            self._count.setText("")
        placeholder = {
            "starting": self.tr("Starting the local demo workspace…"),
            "loading": self.tr("Loading tickets…"),
            "failed": self.tr("The tickets could not be loaded. Press Refresh to try again."),
            "idle": self.tr("Not signed in."),
        }.get(self._state)
        # The next thing to do, where there is one (never a button that cannot work).
        action: tuple[str, Callable[[], None]] | None = None
        second: tuple[str, Callable[[], None]] | None = None
        if self._state == "failed" and self._local_stopped:
            # Nothing to try again until it runs: the banner below offers that.
            placeholder = self.tr(
                "The tickets could not be loaded: the local demo workspace is not running."
            )
        elif self._state == "failed":
            action = (self.tr("Try again"), self.reload)
        if self._state == "ready" and rows == 0 and (self.filters.active() or self.drill_down):
            placeholder = no_match_text(
                self.online_search.state, bool(self.filters.search.text().strip())
            )
            # What clears what is set: "Clear filters" for a search alone offered to clear
            # filters that were not set (a newcomer looked for them); both, both.
            searched = bool(self.filters.search.text().strip())
            filtered = bool(self.drill_down) or any(
                value for key, value in self.filters.values().items() if key != "q"
            )
            offers = [
                *([(self.tr("Clear search"), self.clear_search)] if searched else []),
                *([(self.tr("Clear filters"), self.clear_filters)] if filtered else []),
            ]
            action = offers[0] if offers else None
            second = offers[1] if len(offers) > 1 else None
        elif self._state == "ready" and rows == 0:
            placeholder = (
                self.tr("Your team members have no recent tickets.")
                if self.scope == "team"
                else self.tr("You have no tickets yet.")
            )
            if self.scope == "mine" and not self.new_ticket_button.isHidden():
                action = (self.tr("Contact support…"), self.new_ticket_button.click)
        if self._state == "loading" and rows:
            placeholder = None  # keep showing the rows while refreshing
        # Over rows only: an empty list's own text says the same.
        self.search_note.show_state(
            self.online_search.state, self.online_search.matches, shown=not placeholder
        )
        # Only a list with rows can be exported (what is filtered out is not written); with
        # none (a search that found nothing) the button stays, off, so the row does not jump.
        self.export_button.setVisible(self._service is not None)
        self.export_button.setEnabled(rows > 0)
        self.export_button.setToolTip(
            self.tr("Save this list, as filtered, as a CSV file")
            if rows
            else self.tr("Nothing to export: this list is empty")
        )
        self.empty_state.show_state(
            placeholder or "",
            action if placeholder else None,
            second if placeholder else None,
        )
        showing = self._stack.currentWidget()
        self._stack.setCurrentWidget(self.empty_state if placeholder else self.table)
        self._show_open_hint()
        if showing is self.empty_state and not placeholder:
            self.rows_shown.emit()
        # No row, and none to come (not while the service still searches every message):
        # said once, so a ticket opened another way beside the empty list stays.
        settled = self.online_search.state not in (SearchState.WAITING, SearchState.RUNNING)
        if not placeholder:
            self._said_no_rows = False
        elif settled and not self._said_no_rows:
            self._said_no_rows = True
            self.rows_hidden.emit()

    def export(self) -> None:
        """The list as shown (filters, search, drill-down, order) into a CSV file."""
        service = self._service
        if service is None:
            return
        if self._exporter is None:
            from desktop.ui.tickets.list.list_export import ListExporter

            self._exporter = ListExporter(self, self._tasks)
            self._exporter.exported.connect(self._exported)
        as_of = self.as_of(service)
        self._exporter.export(service.store, self._query(service), self._title.text(), as_of)

    def as_of(self, service: TicketService) -> datetime:
        """When the list shown was last brought up to date: now while live (the stream
        brings every change), else its last sync (offline, stopped: as "Last synced" says).
        On the service's clock, as the tickets' own times."""
        saved = service.store.state(synced_at_key(self._store_scope))
        if saved and not (self._live and not self._sync_error):
            return datetime.fromisoformat(saved)
        return service.now()

    def _exported(self, target: Path, count: int) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Exported %n ticket(s) to {file}.", "", count).format(file=str(target)),
                10_000,
            )

    def clear_search(self) -> None:
        """No search: the filters as they are (at once, not after the typing pause)."""
        values = self.filters.values()
        self.filters.show_values(values["status"], values["product"], values["category"])
        self.retranslate_ui()

    def clear_filters(self) -> None:
        """Every filter back to "all", and out of an Insights drill-down; a search set
        beside them, offered its own "Clear search", stays."""
        search = self.filters.search.text()
        self.filters.clear()
        if self.drill_down is not None:
            self.show_drill_down(None)
        if search.strip():
            self.filters.show_values("", "", "", search)
        self.retranslate_ui()  # what the list says now, also before a store answers

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()
            self.column_titles.retranslate()
            if self.model.rowCount():
                self.columns.fit()  # other words, other widths
        super().changeEvent(event)


def _user_id(service: TicketService) -> str:
    return service.user.id if service.user is not None else ""


def _unordered(query: TicketQuery) -> TicketQuery:
    """``query`` whatever its order: what its count depends on."""
    return query._replace(sort="", descending=True)
