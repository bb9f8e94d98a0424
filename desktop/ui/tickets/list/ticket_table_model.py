"""My tickets as a Qt table model: one row per ticket, loaded a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QStandardItemModel

from desktop.api.list_models import TicketSummary
from desktop.ui.look.qt_values import (
    ALIGN_RIGHT,
    ALIGN_V_CENTER,
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
)
from desktop.ui.look.theme import TextRole, text_colour
from desktop.ui.text.durations import relative_time
from desktop.ui.text.formatting import long_datetime
from desktop.ui.text.labels import channel_label, product_label, status_label
from desktop.ui.tickets.list.unread import UnreadAnswers
from desktop.ui.tickets.ticket.sla_badge import Tone, sla_badge

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    SUBJECT = 0
    NUMBER = 1
    STATUS = 2
    RESPONSE = 3  # the live SLA badge
    CHANNEL = 4
    PRODUCT = 5
    SUBMITTER = 6
    UPDATED = 7


# Columns whose text depends on the time now: repainted as the clock runs.
CLOCK_COLUMNS = (Column.RESPONSE, Column.UPDATED)
TONE_ROLES = {Tone.MET: TextRole.SUCCESS, Tone.DUE: TextRole.WARNING, Tone.LATE: TextRole.DANGER}
Clock = Callable[[], datetime]
# (ticket ids, search text) -> the snippets of their cached threads (those that have one).
SnippetLookup = Callable[[Sequence[str], str], dict[str, Any]]
# Snippets are read a screenful at a time: the first row painted without one asks for
# itself and the rows under it, in one query.
SNIPPET_BATCH = 32


def column_titles() -> list[str]:
    """The columns' titles in the current language, in :class:`Column`'s order."""
    titles = {
        Column.SUBJECT: QCoreApplication.translate("TicketTableModel", "Subject"),
        Column.NUMBER: QCoreApplication.translate("TicketTableModel", "Number"),
        Column.STATUS: QCoreApplication.translate("TicketTableModel", "Status"),
        Column.RESPONSE: QCoreApplication.translate("TicketTableModel", "Response"),
        Column.CHANNEL: QCoreApplication.translate("TicketTableModel", "Channel"),
        Column.PRODUCT: QCoreApplication.translate("TicketTableModel", "Product"),
        Column.SUBMITTER: QCoreApplication.translate("TicketTableModel", "Submitted by"),
        Column.UPDATED: QCoreApplication.translate("TicketTableModel", "Updated"),
    }
    return [titles[column] for column in Column]


class ColumnTitles(QStandardItemModel):
    """The column titles, as a model of their own for the list's header to read.

    A ``headerData`` written in Python is handed a ``Qt.Orientation``, and the header
    asks for the titles before the first paint, when naming ``Qt`` would cost the
    start ~14 ms (desktop/ui/look/qt_values.py). Qt answers for this model itself.
    """

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(0, len(Column), parent)
        self.retranslate()

    def retranslate(self) -> None:
        titles = column_titles()
        shown = list(titles)
        # Short by design: "#" over "#1049" is whole in a narrow column, where "Number"
        # was cut to "Num…" beside the reading pane (issue 19). The tooltip, the column
        # menu and screen readers (the table's model) say its whole name.
        shown[Column.NUMBER] = QCoreApplication.translate(
            "TicketTableModel", "#", "the Number column's title, over #1049; kept short"
        )
        self.setHorizontalHeaderLabels(shown)
        for column, title in enumerate(titles):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(title)


# Roles and alignments are plain ints here: this model paints the first list, before
# anything names PySide's costly ``Qt`` namespace (desktop/ui/look/qt_values.py).
TICKET_ID_ROLE = USER_ROLE + 1
# The ticket's status code ("open"…), for the status badge (status_badge.py).
STATUS_ROLE = USER_ROLE + 2
# While the list is searched: where the text occurs in the ticket's cached messages (a
# desktop.store.thread_search.Snippet, or None), shown under the subject (snippet_delegate).
SNIPPET_ROLE = USER_ROLE + 3
ACCESSIBLE_TEXT_ROLE = 11  # Qt.AccessibleTextRole: what a screen reader says for the cell
ANSWERED_ROLES = frozenset(
    {
        SNIPPET_ROLE,
        ACCESSIBLE_TEXT_ROLE,
        DISPLAY_ROLE,
        FONT_ROLE,
        FOREGROUND_ROLE,
        TOOLTIP_ROLE,
        TEXT_ALIGNMENT_ROLE,
        TICKET_ID_ROLE,
        STATUS_ROLE,
    }
)


class TicketTableModel(QAbstractTableModel):
    """Rows in the order the store reads them (newest first until the user sorts); a
    changed row moves to its place in that order (:meth:`upsert`).

    ``canFetchMore``/``fetchMore`` let the view ask for the next page when the
    user scrolls to the end; the page widget loads it and calls ``append_page``.
    """

    more_requested = Signal(object)  # where the next page starts (opaque to the model)

    def __init__(
        self,
        parent: Any = None,
        *,
        clock: Clock | None = None,
        unread: UnreadAnswers | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[TicketSummary] = []
        self._next_cursor: object | None = None
        # How many times the rows were read anew (reset): what was begun for one reading
        # of the list (a look-up of its selected ticket) knows when it is another's.
        self.reads = 0
        self._loading_more = False
        # The service's clock: SLA times are counted on it (a demo may run in the past).
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self._unread = unread
        if unread is not None:
            unread.changed.connect(self._unread_changed)
        self._bold: QFont | None = None
        # The search text and where snippets come from (the store), while a search is on;
        # a snippet is read once per row shown (a screenful per query), then kept.
        self._search = ""
        self._snippet_of: SnippetLookup | None = None
        self._snippets: dict[str, Any] = {}
        # Snippets the service sent for the search, for threads not cached here (issue 21).
        self._found: dict[str, Any] = {}
        # The rows' order, as the store read them (a key of its SORTS, descending): a
        # changed row moves to where that order puts it.
        self._sort = "updated"
        self._descending = True

    def set_order(self, sort: str, descending: bool) -> None:
        """The order the rows are read in (before they are read in it)."""
        self._sort, self._descending = sort, descending

    def set_search(self, text: str, snippet_of: SnippetLookup | None) -> None:
        """Rows show where ``text`` occurs in their messages ("" or no lookup: none)."""
        text = text.strip()
        if (text, snippet_of) != (self._search, self._snippet_of):
            self._search, self._snippet_of = text, snippet_of
            self._snippets.clear()
            self._found = {}

    def set_found(self, snippets: dict[str, Any]) -> None:
        """Snippets the service found for the current search: shown where the ticket's
        thread is not cached here (the local one, where it is, is the same words)."""
        self._found = snippets
        self._snippets.clear()

    @property
    def search_text(self) -> str:
        """What is searched for (stripped), "" when nothing is."""
        return self._search

    @property
    def searching(self) -> bool:
        return bool(self._search) and self._snippet_of is not None

    def snippet_at(self, row: int) -> Any:
        """The snippet shown under the row's subject (None: not searching, or none)."""
        if not self.searching or self._snippet_of is None:
            return None
        ticket_id = self._rows[row].id
        if ticket_id not in self._snippets:
            batch = [
                t.id for t in self._rows[row : row + SNIPPET_BATCH] if t.id not in self._snippets
            ]
            found = self._snippet_of(batch, self._search)
            for each in batch:
                self._snippets[each] = found.get(each, self._found.get(each))
        return self._snippets[ticket_id]

    # -- filling ---------------------------------------------------------------

    def reset(self, items: tuple[TicketSummary, ...], next_cursor: object | None) -> None:
        self.beginResetModel()
        self.reads += 1
        self._snippets.clear()
        self._rows = list(items)
        self._next_cursor = next_cursor
        self._loading_more = False
        self.endResetModel()

    def append_page(self, items: tuple[TicketSummary, ...], next_cursor: object | None) -> None:
        known = {t.id for t in self._rows}
        fresh = [t for t in items if t.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._next_cursor = next_cursor
        self._loading_more = False
        # A row that moved past the rows read so far waited at their end (upsert): among
        # the next page's, it takes its place now.
        for ticket in items:
            if ticket.id in known:
                self.upsert(ticket)

    @property
    def next_cursor(self) -> object | None:
        """Where the next page starts; None when every row is loaded."""
        return self._next_cursor

    def loading_more_failed(self) -> None:
        self._loading_more = False

    def ticket_at(self, row: int) -> TicketSummary:
        return self._rows[row]

    def row_of(self, ticket_id: str) -> int | None:
        return next((i for i, t in enumerate(self._rows) if t.id == ticket_id), None)

    def upsert(self, ticket: TicketSummary) -> None:
        """A ticket changed (a live event, a search's find): update its row and move it
        where the list's order puts it now, or add it there.

        A move keeps the selection on the ticket (persistent indexes follow it), so a
        reading pane beside the list stays where it is. Past the rows read so far, while
        more are to come, a new ticket waits for its page; a listed one waits at the end
        (it may be the one selected) and :meth:`append_page` places it.
        """
        from desktop.store.row_order import slot  # after the first paint (the first change)

        row = self.row_of(ticket.id)
        if row is None:
            at = slot(self._rows, ticket, self._sort, self._descending)
            if at == len(self._rows) and self._next_cursor is not None:
                return  # the next page brings it, in its place
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, ticket)
            self.endInsertRows()
            return
        self._rows[row] = ticket
        self._snippets.pop(ticket.id, None)  # its thread may have changed with it
        others = self._rows[:row] + self._rows[row + 1 :]
        at = slot(others, ticket, self._sort, self._descending)
        if at != row:
            # Qt names the destination in the rows' numbering before the move.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), at + 1 if at > row else at)
            self._rows.insert(at, self._rows.pop(row))
            self.endMoveRows()
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))

    def remove(self, ticket_id: str) -> None:
        """A ticket no longer belongs in this list (say, it no longer matches a filter)."""
        row = self.row_of(ticket_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def tick(self) -> None:
        """The clock moved on: repaint the countdowns and the "… ago" times."""
        if self._rows:
            last = len(self._rows) - 1
            for column in CLOCK_COLUMNS:
                self.dataChanged.emit(
                    self.index(0, column),
                    self.index(last, column),
                    [DISPLAY_ROLE, FOREGROUND_ROLE],
                )

    def _unread_changed(self, ticket_id: str) -> None:
        row = self.row_of(ticket_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def retranslate(self) -> None:
        """The language changed: labels are translated at paint time, repaint them."""
        self.headerDataChanged.emit(QtCore.Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._next_cursor is not None and not self._loading_more

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if self.canFetchMore(parent) and self._next_cursor is not None:
            self._loading_more = True
            self.more_requested.emit(self._next_cursor)

    def headerData(  # noqa: N802
        self, section: int, orientation: QtCore.Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        """The titles, for whoever asks the model (screen readers do); the view's
        header reads them from :class:`ColumnTitles`."""
        if orientation != QtCore.Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return column_titles()[section] if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        # Painting asks for a dozen roles per cell; most of them we leave to the style.
        if role not in ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = index.row()
        ticket = self._rows[row]
        column = index.column()  # compared with Column's members (an IntEnum) as is: no lookup
        if role == DISPLAY_ROLE:
            return self._display(ticket, column)
        if role == STATUS_ROLE:
            return ticket.status
        if role == TICKET_ID_ROLE:
            return ticket.id
        if role == SNIPPET_ROLE:
            return self.snippet_at(row) if column == Column.SUBJECT else None
        if role == ACCESSIBLE_TEXT_ROLE:
            return self._accessible(row, column)
        unread = self._unread is not None and ticket.id in self._unread
        if role == FONT_ROLE and unread:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == FOREGROUND_ROLE and column == Column.RESPONSE:
            tone = TONE_ROLES.get(sla_badge(ticket, self.clock()).tone)
            # A colour, not a QBrush: QBrush's constructors would name Qt's global colours.
            return text_colour(tone, QGuiApplication.palette()) if tone else None
        if role == TOOLTIP_ROLE:
            return self._tooltip(ticket, column, unread)
        if role == TEXT_ALIGNMENT_ROLE and column == Column.NUMBER:
            return ALIGN_RIGHT | ALIGN_V_CENTER
        return None

    def _accessible(self, row: int, column: int) -> str:
        """The cell's text, and for the subject the snippet shown under it while searching."""
        text = self._display(self._rows[row], column)
        snippet = self.snippet_at(row) if column == Column.SUBJECT else None
        if snippet is None:
            return text
        return QCoreApplication.translate(
            "TicketTableModel", "{subject}. In a message: {snippet}"
        ).format(subject=text, snippet=snippet.text)

    def _tooltip(self, ticket: TicketSummary, column: int, unread: bool) -> str | None:
        if column == Column.UPDATED:
            return long_datetime(ticket.updated_at)
        if column == Column.RESPONSE:
            # The cell's own text first (a column capped to fit elides it), then what its
            # colour means and what it is measured against (R3): never the colour alone.
            return "\n".join(response_lines(ticket, self.clock()))
        if column == Column.SUBJECT:
            if unread:
                return QCoreApplication.translate(
                    "TicketTableModel", "{subject} — new answer from support"
                ).format(subject=ticket.subject)
            return ticket.subject
        return self._display(ticket, column)  # whole, where a capped column elides it

    def _display(self, ticket: TicketSummary, column: int) -> str:
        if column == Column.SUBJECT:
            if self._unread is not None and ticket.id in self._unread:
                return f"● {ticket.subject}"
            return ticket.subject
        if column == Column.NUMBER:
            return f"#{ticket.number}"
        if column == Column.STATUS:
            return status_label(ticket.status)
        if column == Column.RESPONSE:
            return sla_badge(ticket, self.clock()).text
        if column == Column.CHANNEL:
            return channel_label(ticket.channel)
        if column == Column.PRODUCT:
            return product_label(ticket.product)
        if column == Column.SUBMITTER:
            return ticket.submitter.name
        return relative_time(ticket.updated_at, self.clock())


def response_lines(ticket: TicketSummary, now: datetime) -> list[str]:
    """The Response cell's tooltip: its text, in time or late, the ticket's target, when
    the first response is (was) due. The target is the one the service gave the ticket
    when it was opened (R3 by plan, R5 by product, R7 a champion's): said only if known."""
    from desktop.ui.text.spans import Spans  # on hovering only

    badge = sla_badge(ticket, now, whole=True)  # the countdown whole: no title over it
    shown, tone = badge.text, badge.tone
    verdicts = {
        Tone.MET: QCoreApplication.translate(
            "TicketTableModel", "In time: first answered before its target ran out."
        ),
        Tone.DUE: QCoreApplication.translate(
            "TicketTableModel", "Waiting for a first answer, still in time."
        ),
        Tone.LATE: (
            QCoreApplication.translate(
                "TicketTableModel", "Late: first answered after its target ran out."
            )
            if ticket.first_responded_at is not None
            else QCoreApplication.translate(
                "TicketTableModel", "Late: no first answer yet, and its target has run out."
            )
        ),
    }
    lines = [shown] if shown else []
    if tone in verdicts:
        lines.append(verdicts[tone])
    target = ticket.response_target_minutes
    if target > 0:
        lines.append(
            QCoreApplication.translate(
                "TicketTableModel", "Response time target: first answer {within}"
            ).format(within=Spans().within(target))
        )
    lines.append(
        QCoreApplication.translate("TicketTableModel", "First response due {due}").format(
            due=long_datetime(ticket.first_response_due_at)
        )
    )
    counted_from = ticket.first_response_due_at - timedelta(minutes=target)
    if target > 0 and counted_from - ticket.created_at > timedelta(minutes=1):
        # R4: a Japanese ticket opened outside support hours counts from their start.
        lines.append(
            QCoreApplication.translate(
                "TicketTableModel", "Counted from {start}, when Japanese support opened."
            ).format(start=long_datetime(counted_from))
        )
    return lines
