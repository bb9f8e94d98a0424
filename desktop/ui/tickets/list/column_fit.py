"""A ticket list's columns fitted to their contents in the current language and room.

Each column but the subject takes its contents' width (Status: at least its longest
name in this language, whatever rows are measured); if that leaves the subject less
than its minimum, channel and product step aside first (back when there is room, or
when the user brings one back from the header's menu), then titles wider than their
cells elide (whole in the tooltip), then the submitter steps aside; columns the user
brought back take the subject's room down to LEAST_SUBJECT_WIDTH, and step aside too
when that is not enough: a cell shows its text whole or its column is aside (the menu
saying so), never cut. Only what a row is read for (UNCAPPED_FIRST), alone and still
too wide, is capped to a common width, the subject having given up to
MIN_SUBJECT_WIDTH - LEAST_SUBJECT_WIDTH of its room first (a response cut to
"beantwoord in 2…" said nothing, Dutch at 150 %).
The subject takes what is left. Fitting measures the first rows only (the header's
resize precision), once when a list is first filled and again when the room's width
changes (not its height: a search's note or two-line rows leave the columns as they
are). A column the user hides frees its room like any other: columns that stepped aside
may come back into it, and the list still counts the hidden one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QTableView

from desktop.ui.shell.first_paint import after_the_first_paint
from desktop.ui.tickets.list.ticket_table_model import Column

# The subject never gets narrower than this: with little room, the table scrolls sideways.
MIN_SUBJECT_WIDTH = 220
# ...unless what a row is read for (UNCAPPED_FIRST) would be cut: then the subject, which
# elides (whole in its tooltip) and is read whole in the ticket, gives way down to this
# (a 1,024 px window at 150 % text in Dutch keeps its width: at 120 px My tickets asked
# for 6 px more, and at 100 Team tickets, whose countdowns are longer, for 24 more).
LEAST_SUBJECT_WIDTH = 72
# A column capped to fit keeps at least this much: a few letters and the ellipsis.
MIN_CAPPED_WIDTH = 64
# Columns capped last when the list must fit: what a row is scanned for (a status cut to
# "In afwac…" says nothing).
UNCAPPED_FIRST = frozenset({Column.NUMBER, Column.STATUS, Column.RESPONSE, Column.UPDATED})
# When the columns do not fit whole, these step aside first (in this order) rather than
# every column being cut to a few letters: the ticket's page shows them anyway.
GIVE_WAY = (Column.CHANNEL, Column.PRODUCT)
# Then these, rather than be cut (the team's list beside a reading pane, whose header
# names the submitter whole).
GIVE_WAY_LAST = (Column.SUBMITTER,)
# How much of its least the subject gives before those step aside: a few pixels.
SUBJECT_GIVES_FIRST = 24


def water_level(widths: list[int], budget: int) -> int:
    """The largest cap with sum(min(width, cap)) <= budget (``widths`` sorted, ascending)."""
    spent = 0
    for index, width in enumerate(widths):
        rest = len(widths) - index
        if spent + width * rest > budget:
            return max(MIN_CAPPED_WIDTH, (budget - spent) // rest)
        spent += width
    return widths[-1] if widths else budget


class ColumnFit(QObject):
    def __init__(
        self,
        table: QTableView,
        room: Callable[[], int],
        fit_subject: Callable[[int], None],
        least: Mapping[Column, Callable[[], int]] | None = None,
        hidden_changed: Callable[[list[Column], list[Column]], None] | None = None,
        needs_changed: Callable[[], None] | None = None,
        least_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._room = room
        # Called with the subject's least width (MIN_SUBJECT_WIDTH unless it gave way).
        self._fit_subject = fit_subject
        self._subject_least = MIN_SUBJECT_WIDTH
        # Told which columns are hidden, and which of them for lack of room, whenever that
        # changes (the list says so). Every hidden column, the user's own choices too: with
        # only those that stepped aside counted, a column hidden by hand (whose room brought
        # them back) was hidden without a word on screen.
        self._hidden_changed = hidden_changed
        # Widths a column never goes below, whatever its measured rows hold.
        self._least = dict(least or {})
        # Each column's width whole (contents, title, least), as last measured: what the
        # list needs beside a reading pane (needed_room). Told when that changes.
        self._whole: dict[Column, int] = {}
        self._needs_changed = needs_changed
        # The table's least width as last fitted (0: never fitted), and who is told.
        self.least_width = 0
        self._least_changed = least_changed
        self.fitted = False
        # Columns were capped to fit a narrower table: fitted again when it widens.
        self._capped = False
        self._refit_asked = False  # a refit waits for the start's first paint
        # The room the columns were last fitted to: only a change of it fits them again.
        # A search shows a note (or two-line rows) and the table gets shorter; fitting
        # then measured the few rows found and brought back columns, moving the filters.
        self._fitted_room: int | None = None
        # Columns hidden for lack of room (GIVE_WAY), and those the user brought back.
        self.gave_way: list[Column] = []
        self.kept_shown: set[Column] = set()
        self._told: tuple[list[Column], list[Column]] = ([], [])  # hidden_changed's last
        # The font changed while the list was hidden: fitted again when it shows.
        self._font_changed = False
        table.installEventFilter(self)
        # A ticket arriving live ("応答期限まであと 7 時間 59 分", a new ticket's countdown)
        # can say more than the rows measured: fitted again when its cells are cut.
        self._arrival_check = False
        model = table.model()
        model.rowsInserted.connect(self._rows_arrived)
        model.dataChanged.connect(self._row_changed)
        self._arrived: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The desktop's text made larger (150 %) or smaller: widths measured in the old
        # font cut the new text ("beantwoord in …"), so the columns are measured again
        # once the new font has reached the header and the rows.
        kind = event.type()
        if kind == QEvent.Type.FontChange and self.fitted:
            self._font_changed = True
            QTimer.singleShot(0, self, self._refit_for_font)
        elif kind == QEvent.Type.Show and self._font_changed:
            QTimer.singleShot(0, self, self._refit_for_font)
        return False

    def _rows_arrived(self, _parent: object, first: int, last: int) -> None:
        self._check_rows(range(first, last + 1))

    def _row_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if top_left.row() == bottom_right.row():  # one ticket updated (not the clock's tick)
            self._check_rows([top_left.row()])

    def _check_rows(self, rows: Iterable[int]) -> None:
        if not self.fitted:
            return  # the first fit measures them
        self._arrived.update(rows)
        if not self._arrival_check:
            self._arrival_check = True
            QTimer.singleShot(0, self, self._fit_arrivals)  # a burst of changes: once

    def _fit_arrivals(self) -> None:
        """Fitted again if a row that arrived or changed has a cell wider than its column
        (only the columns fitted to contents: the subject elides by design)."""
        self._arrival_check = False
        rows, self._arrived = self._arrived, set()
        table = self._table
        if not table.isVisible():
            return
        model, header = table.model(), table.horizontalHeader()
        for row in rows:
            if row >= model.rowCount():
                continue
            for column in Column:
                if column == Column.SUBJECT or table.isColumnHidden(column):
                    continue
                wanted = table.sizeHintForIndex(model.index(row, column)).width()
                if wanted > header.sectionSize(column):
                    self.fit()
                    return

    def _refit_for_font(self) -> None:
        if self._font_changed and self._table.isVisible():
            self._font_changed = False
            self.fit()

    def fit(self) -> None:
        """Columns to their contents in this language, then made to fit (module's note)."""
        table = self._table
        self.fitted = True
        self._capped = False
        self._fitted_room = self._room()
        self._subject_least = MIN_SUBJECT_WIDTH
        header = table.horizontalHeader()
        for column in self.gave_way:
            table.setColumnHidden(column, False)  # measured again, with the others
        self.gave_way = []
        widths: dict[int, int] = {}
        for column in Column:
            if column != Column.SUBJECT and not table.isColumnHidden(column):
                table.resizeColumnToContents(column)
                least = self._least.get(column)
                if least is not None and header.sectionSize(column) < (floor := least()):
                    header.resizeSection(column, floor)
                widths[column] = header.sectionSize(column)
        needed = self.needed_room()
        self._whole = {Column(c): w for c, w in widths.items()}
        budget = self._room() - MIN_SUBJECT_WIDTH
        for column in GIVE_WAY:
            if budget <= 0 or sum(widths.values()) <= budget:
                break
            if column in widths and column not in self.kept_shown:
                table.setColumnHidden(column, True)
                self.gave_way.append(column)
                del widths[column]
        if budget > 0 and sum(widths.values()) > budget:
            self._trim_titles(widths, budget)
        if budget > 0 and sum(widths.values()) > budget:
            # What a row is read for (its number, how support is doing, when) stays whole
            # while the others can give way; only if they cannot does everything.
            kept = {c: w for c, w in widths.items() if c in UNCAPPED_FIRST}
            rest = {c: w for c, w in widths.items() if c not in UNCAPPED_FIRST}
            room = budget - sum(kept.values())
            short = sum(rest.values()) - room
            if 0 < short <= SUBJECT_GIVES_FIRST:
                # A few pixels short: the subject gives them, not the submitter its column
                # (Dutch Team tickets lost "Ingediend door" for 2 px, a screenshot review).
                self._subject_least = MIN_SUBJECT_WIDTH - short
                budget += short
                room += short
            if sum(rest.values()) > room:
                # Whole or aside: a name cut to "Noah de …" says less than the pane's
                # header, or the ticket's page, which name the submitter whole.
                for column in GIVE_WAY_LAST:
                    if column in rest and column not in self.kept_shown:
                        table.setColumnHidden(column, True)
                        self.gave_way.append(column)
                        del rest[column], widths[column]
            short = sum(rest.values()) - room
            if short > 0:
                # Columns the admin brought back (the header's menu): the subject gives
                # them what it has above its least; if that is not enough they step aside
                # too, the menu saying so, rather than be cut (Japanese at 1024×640 with
                # Product and Submitter brought back: "Dropbox …", "Noah de Vr…").
                spare = self._subject_least - LEAST_SUBJECT_WIDTH
                if short <= spare:
                    self._subject_least -= short
                    budget += short
                    room += short
                else:
                    for column in (*GIVE_WAY, *GIVE_WAY_LAST):
                        if column in rest and sum(rest.values()) > room:
                            table.setColumnHidden(column, True)
                            self.gave_way.append(column)
                            del rest[column], widths[column]
            if sum(widths.values()) <= budget:
                pass  # what stepped aside made the room
            else:
                # Not even then (every column that may step aside has): what a row is
                # read for shares the rest (a common cap elided a response while a name
                # beside it stayed whole, Japanese at 150 %).
                few = sum(min(w, MIN_CAPPED_WIDTH) for w in rest.values())
                self._cap(rest, few)
                # The subject elides first, down to its least, before they are cut.
                short = sum(kept.values()) + few - budget
                given = max(0, min(short, MIN_SUBJECT_WIDTH - LEAST_SUBJECT_WIDTH))
                self._subject_least = MIN_SUBJECT_WIDTH - given
                self._cap(kept, budget + given - few)
        self._fit_subject(self._subject_least)
        self._ask_for_least()
        self._tell_hidden()
        if self.needed_room() != needed and self._needs_changed is not None:
            self._needs_changed()

    def _ask_for_least(self) -> None:
        """What a row is read for whole beside the least subject: the table's least width
        (least_width), told to the list, which keeps the table no narrower while it stands
        alone (Dutch at 150 %: the navigation's third of the window left the response cut
        to "beantwoord in 2…"; the navigation gives way instead)."""
        chrome = self._table.width() - self._room()  # frame and vertical scrollbar
        least = self.needed_room() - MIN_SUBJECT_WIDTH + LEAST_SUBJECT_WIDTH + chrome
        if least != self.least_width:
            self.least_width = least
            if self._least_changed is not None:
                self._least_changed()

    def must_stay(self, column: Column) -> bool:
        """Whether a shown column stays whole however narrow the list (those that give way
        step aside instead, unless the user brought them back)."""
        may_go = column in GIVE_WAY or column in GIVE_WAY_LAST
        return not may_go or column in self.kept_shown

    def needed_room(self) -> int:
        """The columns' width with nothing cut and no sideways scrolling: the subject's
        least and every shown column that must stay, whole (contents, title, least), as
        last fitted. Columns that give way do not count: beside a reading pane they step
        aside (the pane's header says what they say). Never fitted (no rows yet): the
        titles and least widths."""
        table = self._table
        header = table.horizontalHeader()
        total = MIN_SUBJECT_WIDTH
        for column in Column:
            if column == Column.SUBJECT or not self.must_stay(column):
                continue
            if table.isColumnHidden(column) and column not in self.gave_way:
                continue  # hidden by the user
            whole = self._whole.get(column)
            if whole is None:
                least = self._least.get(column)
                whole = max(header.sectionSizeHint(column), least() if least else 0)
            total += whole
        return total

    def _tell_hidden(self) -> None:
        hidden = [c for c in Column if self._table.isColumnHidden(c)]
        told = (hidden, list(self.gave_way))
        if told != self._told and self._hidden_changed is not None:
            self._told = told
            self._hidden_changed(*told)

    def _trim_titles(self, widths: dict[int, int], budget: int) -> None:
        """Short of room, a title wider than its column's cells ("Nummer" over "#1049",
        at 150 % text) elides first, as little as will do (whole in its tooltip): the
        cells stay whole. The widest overhang first."""
        table = self._table
        header = table.horizontalHeader()
        overhang: dict[int, int] = {}
        for column, width in widths.items():
            least = self._least.get(Column(column))
            cells = max(table.sizeHintForColumn(column), least() if least is not None else 0)
            if cells < width:
                overhang[column] = width - cells
        over = sum(widths.values()) - budget
        for column in sorted(overhang, key=overhang.__getitem__, reverse=True):
            if over <= 0:
                break
            cut = min(overhang[column], over)
            widths[column] -= cut
            over -= cut
            header.resizeSection(column, widths[column])
            self._capped = True  # wider again: the titles get their room back

    def _cap(self, widths: dict[int, int], budget: int) -> None:
        """The widest of ``widths`` capped to a common width, so they take ``budget``."""
        cap = water_level(sorted(widths.values()), budget)
        header = self._table.horizontalHeader()
        for capped, width in widths.items():
            if width > cap:
                header.resizeSection(capped, cap)
                self._capped = True

    def table_resized(self) -> None:
        table = self._table
        if not self.fitted or not table.isVisible():
            return
        if self._room() == self._fitted_room:
            return  # only taller or shorter (a search's note, its two-line rows)
        header = table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in Column
            if c != Column.SUBJECT and not table.isColumnHidden(c)
        )
        if self._capped or self.gave_way or others > self._room() - MIN_SUBJECT_WIDTH:
            # Wider: capped columns get their text back, those that gave way come back;
            # narrower: some give way, the rest are capped. At the start, once the rows
            # are painted with the widths the user left (the window's size is theirs too,
            # so these mostly stand): measuring every column costs the first paint ~10 ms.
            if not self._refit_asked:
                self._refit_asked = True
                after_the_first_paint(self._refit)

    def _refit(self) -> None:
        self._refit_asked = False
        if self._table.isVisible():
            self.fit()

    def column_resized(self, column: int, _old: int, _new: int) -> None:
        if column != Column.SUBJECT:
            # Contents changed a column's width: the subject adapts.
            self._fit_subject(self._subject_least)

    def choose(self, column: Column, shown: bool) -> None:
        """From the header's menu: a column brought back stays, whatever the room."""
        if shown:
            self.kept_shown.add(column)
        else:
            self.kept_shown.discard(column)
        if column in self.gave_way:
            self.gave_way.remove(column)
        self._table.setColumnHidden(column, not shown)
        self.fit()  # the others and the subject share the room again

    def state(self) -> QByteArray | None:
        """The columns as the user left them; None while never fitted to rows nor restored
        (widths of an empty list are no one's choice)."""
        if not self.fitted:
            return None
        # A column that stepped aside for lack of room is not hidden by anyone's choice.
        table = self._table
        for column in self.gave_way:
            table.setColumnHidden(column, False)
        state = table.horizontalHeader().saveState()
        for column in self.gave_way:
            table.setColumnHidden(column, True)
        return state

    def restore(self, state: QByteArray) -> None:
        """Hidden columns and order as last left; widths from another window size or
        language are fitted again on the first resize (which showing the window is)."""
        header = self._table.horizontalHeader()
        if header.restoreState(state) and header.count() == len(Column):
            self.fitted = True
            self._capped = True
