"""The Subject cell while the list is searched: the subject, and under it the words around
the first hit in the ticket's cached messages, the searched words in bold. A hit in the
subject itself is bold too, and shown even where the subject would be cut before it,
after the subject's first words ("Set up new…12 Windows **laptop**s"): otherwise a row
found by its subject would not say why, nor which ticket it is.

The message's text is drawn as plain text (QPainter.drawText): markup in a message is
shown as the characters it is, never read. Cut at the cell's edge with …, so the row
never needs a sideways scrollbar. Secondary text on the row's own background (theme.py
keeps it ≥ 4.5:1 in light and dark); the hits in the row's full text colour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.ui.look.theme import TextRole, text_colour
from desktop.ui.tickets.list.ticket_table_model import SNIPPET_ROLE, Column

if TYPE_CHECKING:
    from desktop.store.tickets import TicketStore
    from desktop.ui.tickets.list.ticket_table_model import TicketTableModel

PADDING = 4
ELLIPSIS = "…"
# Subjects' hits kept between paints: the rows of a few screens' worth.
MAX_KEPT = 512
# Runs' widths kept between paints, per font: a search's runs ("S", "ync ", " in ") come
# back in every row and at every key, and measuring one shapes it as drawing it does.
MAX_MEASURED = 8192
# A subject cut before a late hit keeps at least this many characters of its start (fewer
# say nothing), and starts again at a word's start within this many before the hit.
MIN_HEAD = 4
WORD_REACH = 8


# A row's font plain and bold, their metrics by "is a hit", and (run, is a hit) → width.
_RowFonts = tuple[QFont, QFont, dict[bool, QFontMetrics], dict[tuple[str, bool], int]]


def marked_hits(hits: tuple[tuple[int, int], ...], query: str) -> tuple[tuple[int, int], ...]:
    """The hits drawn in bold: every one, but for a search of one character only the
    first of each line (a letter such as "s" is in most words, and a line bold all over
    says nothing more of why the row is listed; each bold run is a draw of its own)."""
    return hits[:1] if len(query) == 1 else hits


def segments(text: str, hits: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """The snippet as runs of (text, is a hit), in order."""
    runs: list[tuple[str, bool]] = []
    at = 0
    for start, end in hits:
        if start > at:
            runs.append((text[at:start], False))
        runs.append((text[start:end], True))
        at = end
    if at < len(text):
        runs.append((text[at:], False))
    return runs


def row_height(option_height: int, line_height: int) -> int:
    """Two lines and their padding: the subject, and the snippet under it."""
    return max(option_height, 2 * line_height + 3 * PADDING)


class SubjectSnippetDelegate(QStyledItemDelegate):
    """Set on the Subject column only while a search is on (``follow_search``): without
    one the column is the view's own, drawn in C++, so the first paint makes no call into
    Python per subject (nor the style option's enum types it would convert)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._installed = False
        # What each paint would work out again (a keystroke repaints every row): the
        # subjects' hits per search, and the row's fonts and their metrics.
        self._hits: dict[tuple[str, str], tuple[tuple[int, int], ...]] = {}
        self._fonts: dict[str, _RowFonts] = {}

    def follow(self, searching: bool) -> None:
        if searching != self._installed:
            self._installed = searching
            # None (Qt's nullptr): the column goes back to the view's own delegate.
            delegate = self if searching else None
            self._table.setItemDelegateForColumn(Column.SUBJECT, delegate)  # type: ignore[arg-type]

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE) is None:
            return size
        return QSize(size.width(), row_height(size.height(), option.fontMetrics.height()))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippet = index.data(SNIPPET_ROLE)
        query = str(getattr(index.model(), "search_text", ""))
        subject_hits = marked_hits(self._subject_hits(str(index.data() or ""), index), query)
        if snippet is None and not subject_hits:
            super().paint(painter, option, index)
            return
        # Here, not at the top: naming QStyle makes its ~20 enum types, which the first
        # paint (no search yet) must not pay for (tests/e2e/test_first_paint.py).
        from PySide6.QtWidgets import QStyle

        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        cell: QRect = option.rect
        line = item.fontMetrics.height()
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The row's background and selection, without the text (drawn below).
        subject = item.text
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        item.text = subject
        painter.save()
        painter.setClipRect(cell)
        # With a snippet the subject takes the top line; alone, the middle of the cell.
        if snippet is not None:
            subject_top = cell.top() + PADDING
        else:
            subject_top = cell.top() + (cell.height() - line) // 2
        if subject_hits:
            self._paint_runs(
                painter, item, item.text, subject_hits, subject_top, quiet=False, keep_start=True
            )
        else:
            # The subject as the style draws it, in the top line.
            style.drawItemText(
                painter,
                QRect(cell.left() + PADDING, subject_top, cell.width() - 2 * PADDING, line),
                int(item.displayAlignment),
                item.palette,
                True,
                item.fontMetrics.elidedText(
                    item.text, item.textElideMode, cell.width() - 2 * PADDING
                ),
                self._text_role(item),
            )
        if snippet is not None:
            text = str(getattr(snippet, "text", ""))
            hits = marked_hits(tuple(getattr(snippet, "hits", ())), query)
            self._paint_runs(painter, item, text, hits, cell.top() + 2 * PADDING + line)
        painter.restore()

    def _subject_hits(
        self, subject: str, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[tuple[int, int], ...]:
        model = index.model()
        query = getattr(model, "search_text", "")
        if not query or not subject:
            return ()
        key = (subject, query)
        hits = self._hits.get(key)
        if hits is None:
            from desktop.store.thread_search import marked  # only while searching

            found = marked(subject, query)
            # Marked on the subject as one line: the same characters, so the places hold.
            hits = found.hits if found.text == subject else ()
            if len(self._hits) > MAX_KEPT:
                self._hits.clear()  # another search: the rows' subjects are marked again
            self._hits[key] = hits
        return hits

    def _fonts_of(self, font: QFont) -> _RowFonts:
        """The row's font plain and bold, their metrics (keyed by "is a hit"), and the
        widths of the runs measured in them so far."""
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            plain = QFont(font)
            plain.setBold(False)
            bold = QFont(font)
            bold.setBold(True)
            fonts = self._fonts[key] = (
                plain,
                bold,
                {False: QFontMetrics(plain), True: QFontMetrics(bold)},
                {},
            )
        return fonts

    @staticmethod
    def _text_role(item: QStyleOptionViewItem) -> QPalette.ColorRole:
        from PySide6.QtWidgets import QStyle

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        return QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text

    def _paint_runs(
        self,
        painter: QPainter,
        item: QStyleOptionViewItem,
        text: str,
        hits: tuple[tuple[int, int], ...],
        top: int,
        *,
        quiet: bool = True,
        keep_start: bool = False,
    ) -> None:
        """``text`` on one line from ``top``, its hits bold in the full text colour, the
        rest secondary (a snippet) or full (``quiet`` False: the subject)."""
        from PySide6.QtWidgets import QStyle

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        full = item.palette.color(self._text_role(item))
        # Secondary text is faded towards the window (theme.py): on a selected row's
        # highlight that would not be read, so the selected row keeps its own colour.
        rest = full if selected or not quiet else text_colour(TextRole.SECONDARY, item.palette)
        plain, bold, metrics, measured = self._fonts_of(item.font)
        if len(measured) > MAX_MEASURED:
            measured.clear()
        left = item.rect.left() + PADDING
        right = item.rect.right() - PADDING
        baseline = top + item.fontMetrics.ascent()
        x = left

        def advance(run: str, hit: bool) -> int:
            # Each run is measured once (fitting the runs and placing them ask alike), and
            # kept for the next rows and keys.
            width = measured.get((run, hit))
            if width is None:
                width = measured[(run, hit)] = metrics[hit].horizontalAdvance(run)
            return width

        was_hit: bool | None = None
        for run, is_hit in fitted_runs(text, hits, right - left, advance, keep_start=keep_start):
            if is_hit is not was_hit:
                painter.setFont(bold if is_hit else plain)
                painter.setPen(full if is_hit else rest)
                was_hit = is_hit
            painter.drawText(QPoint(x, baseline), run)
            x += advance(run, is_hit)


def fitted_runs(
    text: str,
    hits: tuple[tuple[int, int], ...],
    room: int,
    advance: Callable[[str, bool], int],
    *,
    keep_start: bool = False,
) -> list[tuple[str, bool]]:
    """The runs (text, is a hit) drawn in ``room`` pixels, ``advance`` measuring a run.

    A snippet is cut before its first hit with little lead, but a narrow column (wide
    Japanese characters, or the service's snippet, cut by its own rule) can still end
    before the hit: then the start is dropped, behind …, until the first hit ends well
    inside the cell. ``keep_start`` (a subject): its first words stay, then … and the
    words before the hit ("Invoice shows… Finance office"), so the row is still known by
    how its subject begins (a newcomer could not place "…es a PDF in Finance"). The end
    is cut at the cell's edge with …."""
    runs = segments(text, hits)
    if hits:
        first_start, first_end = hits[0]
        # The first hit ends by here, so some words after it show too.
        reach = room * 4 // 5
        # One measure, then a character at a time (a paint measures every row's).
        width = sum(advance(run, hit) for run, hit in segments(text[:first_end], hits[:1]))
        skip = 0
        head = ""
        if width > reach:
            if keep_start:
                head = _head(text[:first_start], room * 2 // 5, advance)
            # The head stays and is not dropped again: the width is the same text's.
            skip = len(head)
            width += advance(ELLIPSIS, False)
            while skip < first_start and width > reach:
                width -= advance(text[skip], False)
                skip += 1
            if head:
                # From a word's start where one is near, not mid-word.
                space = text.find(" ", skip, first_start)
                if space != -1 and space - skip < WORD_REACH:
                    skip = space + 1
        if skip > len(head):
            shown = head + ELLIPSIS + text[skip:].lstrip(ELLIPSIS)
            shift = len(shown) - (len(text) - skip)
            moved = tuple((a - skip + shift, b - skip + shift) for a, b in hits if a >= skip)
            runs = segments(shown, moved)
    fitted: list[tuple[str, bool]] = []
    x = 0
    ellipsis_width = advance(ELLIPSIS, False) + 2
    for run, is_hit in runs:
        width = advance(run, is_hit)
        if x + width <= room:
            fitted.append((run, is_hit))
            x += width
            continue
        # The cell's edge: as much of the run as fits, then … (the longest prefix that
        # fits, found by halving: a character at a time measured a long message ~100 times).
        fits, over = 0, len(run)
        while over - fits > 1:
            middle = (fits + over) // 2
            if advance(run[:middle], is_hit) <= room - x - ellipsis_width:
                fits = middle
            else:
                over = middle
        cut = run[:fits]
        if cut:
            fitted.append((cut, is_hit))
        fitted.append((ELLIPSIS, False))
        break
    return fitted


def _head(before: str, room: int, advance: Callable[[str, bool], int]) -> str:
    """The subject's first words that fit in ``room`` (cut after a word where one ends in
    the second half), or "" when too little would show to be recognised."""
    fits, over = 0, len(before) + 1
    while over - fits > 1:
        middle = (fits + over) // 2
        if advance(before[:middle], False) <= room:
            fits = middle
        else:
            over = middle
    head = before[:fits]
    space = head.rfind(" ")
    if fits < len(before) and space > len(head) // 2:
        head = head[:space]
    head = head.rstrip()
    return head if len(head) >= MIN_HEAD else ""


def follow_search(
    snippets: SubjectSnippetDelegate,
    table: QTableView,
    model: TicketTableModel,
    store: TicketStore,
    text: str,
) -> None:
    """Before the rows are read again: snippets for ``text`` (none without one), and rows
    tall enough for a snippet under the subject while a search is on."""
    model.set_search(text, store.snippets if text.strip() else None)
    snippets.follow(model.searching)
    header = table.verticalHeader()
    normal = header.property("normal_row_height")
    if normal is None:
        normal = header.defaultSectionSize()
        header.setProperty("normal_row_height", normal)
    line = table.fontMetrics().height()
    header.setDefaultSectionSize(row_height(int(normal), line) if model.searching else int(normal))
