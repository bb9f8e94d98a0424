"""My tickets (R12) and Team tickets (R17, R18): newest first, earlier ones as you scroll."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import ApiError
from desktop.api.models import TicketSummary
from desktop.services.tickets import TicketService
from desktop.ui.tasks import TaskRunner
from desktop.ui.tickets.ticket_filters import TicketFilters
from desktop.ui.tickets.ticket_table_model import (
    SORT_ROLE,
    TICKET_ID_ROLE,
    Column,
    TicketTableModel,
)
from desktop.ui.tickets.trend_chart import TrendChart
from desktop.ui.tickets.unread import UnreadAnswers

# Live events often come in bursts (a message, then the status): read each ticket once.
COALESCE_MS = 150
# The countdowns and "… ago" times move on this often.
CLOCK_TICK_MS = 30_000

log = logging.getLogger(__name__)


class TicketTableView(QTableView):
    """A table where Enter opens the current row, as double-click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TicketListPage(QWidget):
    ticket_open_requested = Signal(str)

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
        self._reload_again = False
        self._touched: set[str] = set()
        self._touch_timer = QTimer(self)
        self._touch_timer.setSingleShot(True)
        self._touch_timer.setInterval(COALESCE_MS)
        self._touch_timer.timeout.connect(self._apply_touched)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)

        self._title = QLabel()
        self._title.setObjectName(f"{self.objectName()}_title")
        self.scope_note = QLabel()
        self.scope_note.setObjectName(f"{self.objectName()}_note")
        self.scope_note.setWordWrap(True)
        self.scope_note.setEnabled(False)  # secondary text
        self.scope_note.setVisible(scope == "team")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self._count = QLabel()
        self._count.setObjectName(f"{self.objectName()}_count")
        self.new_ticket_button = QPushButton()
        self.new_ticket_button.setObjectName(f"{self.objectName()}_new_ticket_button")
        self.new_ticket_button.hide()  # shown to admins by the window (R13)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.filters = TicketFilters()
        self.filters.setObjectName(f"{self.objectName()}_filters")
        self.filters.changed.connect(self._filters_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)

        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self._count)
        header.addWidget(self.new_ticket_button)
        header.addWidget(self.refresh_button)

        self.model = TicketTableModel(self, unread=unread)
        self.model.more_requested.connect(self._load_more)
        self._clock_timer.timeout.connect(self.model.tick)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(SORT_ROLE)
        self.table = TicketTableView()
        self.table.setObjectName(f"{self.objectName()}_table")
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in (
            Column.NUMBER,
            Column.STATUS,
            Column.RESPONSE,
            Column.CHANNEL,
            Column.PRODUCT,
            Column.SUBMITTER,
            Column.UPDATED,
        ):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Whose ticket it is only matters among the team's (R17).
        self.table.setColumnHidden(Column.SUBMITTER, scope != "team")
        self.table.doubleClicked.connect(self._open)
        self.table.open_requested.connect(self._open)

        self._placeholder = QLabel()
        self._placeholder.setObjectName(f"{self.objectName()}_placeholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.scope_note)
        # R12: the issue-trend chart, on My tickets only.
        self.trend_chart = TrendChart() if scope == "mine" else None
        if self.trend_chart is not None:
            layout.addWidget(self.trend_chart)
        layout.addWidget(self.filters)
        layout.addWidget(self._stack, 1)
        self.retranslate_ui()

    @property
    def _api_scope(self) -> str:
        return "team" if self.scope == "team" else "mine"

    # -- state -----------------------------------------------------------------

    def show_starting(self) -> None:
        """Local mode: the workspace is being started; nothing to show yet."""
        self._state = "starting"
        self.retranslate_ui()

    def bind(self, service: TicketService | None) -> None:
        self._service = service
        self.model.reset((), None)
        if self.trend_chart is not None:
            self.trend_chart.show_trend(None)
        self._touched.clear()
        self._state = "idle"
        if service is not None:
            self.model.clock = service.now
            self._clock_timer.start()
            self.reload()
        else:
            self._clock_timer.stop()
        self.retranslate_ui()

    # -- live --------------------------------------------------------------------

    def ticket_touched(self, ticket_id: str) -> None:
        """A live event named this ticket: read it again soon, then update just its row."""
        if self._service is None:
            return
        self._touched.add(ticket_id)
        self._touch_timer.start()

    def _apply_touched(self) -> None:
        if self._service is None or not self._touched:
            return
        if self._state != "ready" or self.filters.values().get("q"):
            # Mid-load, or a text search only the service can answer: read the page again.
            self._touched.clear()
            self._filters_changed()
            return
        touched, self._touched = self._touched, set()
        self._tasks.run(
            self._update_rows(self._service, sorted(touched)), on_error=self._live_failed
        )

    async def _update_rows(self, service: TicketService, ticket_ids: list[str]) -> None:
        for ticket_id in ticket_ids:
            try:
                ticket = await service.ticket(ticket_id)
            except ApiError as error:
                if error.status == 404:
                    self.model.remove(ticket_id)  # gone, or no longer ours to see
                    continue
                raise
            if self._belongs(service, ticket):
                if self.model.row_of(ticket_id) is None:
                    self._load_trend()  # a new ticket: this week's bar grows
                self.model.upsert(ticket)
            else:
                self.model.remove(ticket_id)
        self.retranslate_ui()

    def _belongs(self, service: TicketService, ticket: TicketSummary) -> bool:
        """Would the service list this ticket here, with these filters?"""
        user = service.user
        own = user is not None and ticket.submitter.id == user.id
        if own == (self.scope == "team"):
            return False
        return all(
            getattr(ticket, name) == value
            for name, value in self.filters.values().items()
            if name in ("status", "product", "category") and value
        )

    def _live_failed(self, error: BaseException) -> None:
        # Read again with the next event or F5; the list itself reports its own failures.
        log.info("live update of the list failed: %s", error)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _filters_changed(self) -> None:
        if self._state == "loading":
            self._reload_again = True  # the newest filters win once this page is in
            return
        self.reload()

    def reload(self) -> None:
        if self._service is None or self._state == "loading":
            return
        self._state = "loading"
        self.retranslate_ui()
        self._tasks.run(self._load_first(self._service), on_error=self._load_failed)
        self._load_trend()

    def _load_trend(self) -> None:
        if self.trend_chart is not None and self._service is not None:
            self._tasks.run(self._fetch_trend(self._service), on_error=self._live_failed)

    async def _fetch_trend(self, service: TicketService) -> None:
        trend = await service.trend()
        if self.trend_chart is not None and service is self._service:
            self.trend_chart.show_trend(trend)

    async def _load_first(self, service: TicketService) -> None:
        page = await service.tickets(self._api_scope, filters=self.filters.values())
        self.model.reset(page.items, page.next_cursor)
        self._state = "ready"
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.retranslate_ui()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _load_more(self, cursor: str) -> None:
        if self._service is None:
            return
        self._tasks.run(self._append(self._service, cursor), on_error=self._more_failed)

    async def _append(self, service: TicketService, cursor: str) -> None:
        page = await service.tickets(self._api_scope, cursor, filters=self.filters.values())
        self.model.append_page(page.items, page.next_cursor)
        self.retranslate_ui()

    def _load_failed(self, error: BaseException) -> None:
        self._state = "failed"
        self.retranslate_ui()
        self._tasks.report(error)

    def _more_failed(self, error: BaseException) -> None:
        self.model.loading_more_failed()
        self._tasks.report(error)

    def _open(self, index: QModelIndex) -> None:
        ticket_id = index.siblingAtColumn(0).data(TICKET_ID_ROLE)
        if ticket_id:
            self.ticket_open_requested.emit(str(ticket_id))

    # -- text --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        title = {
            "mine": self.tr("My tickets"),
            "team": self.tr("Team tickets"),
        }.get(self.scope) or self.tr("My requests")
        self._title.setText(title)
        self.scope_note.setText(
            self.tr(
                "Recent tickets of the other members of your team, created or updated "
                "since 11 December 2024. Replies you send there show as from “Colleague”."
            )
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.new_ticket_button.setText(self.tr("Contact support…"))
        self.new_ticket_button.setToolTip(self.tr("Open a new ticket (Ctrl+N)"))
        self.refresh_button.setToolTip(self.tr("Load the newest tickets (F5)"))
        self.table.setAccessibleName(title)
        rows = self.model.rowCount()
        if self._state == "ready":
            self._count.setText(self.tr("%n ticket(s)", "", rows))
        else:
            self._count.setText("")
        placeholder = {
            "starting": self.tr("Starting the local demo workspace…"),
            "loading": self.tr("Loading tickets…"),
            "failed": self.tr("The tickets could not be loaded. Press Refresh to try again."),
            "idle": self.tr("Not signed in."),
        }.get(self._state)
        if self._state == "ready" and rows == 0 and self.filters.active():
            placeholder = self.tr("No tickets match these filters.")
        elif self._state == "ready" and rows == 0:
            placeholder = (
                self.tr("Your team members have no recent tickets.")
                if self.scope == "team"
                else self.tr("You have no tickets yet.")
            )
        if self._state == "loading" and rows:
            placeholder = None  # keep showing the rows while refreshing
        self._placeholder.setText(placeholder or "")
        self._stack.setCurrentWidget(self._placeholder if placeholder else self.table)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
