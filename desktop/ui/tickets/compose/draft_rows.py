"""A row of Drafts and outbox: two lines that fit the list's width, never wider.

The first line names the ticket (or the new ticket's subject); the second says what was
written and where it stands ("saved 5 minutes ago", "Not sent: …"). Each line is one
line: what does not fit ends in "…" (Japanese between phrases, as the app's wrapped
Japanese breaks: text/phrase_elide.py), and the whole is in the row's tooltip. On the
second line the text gives way first: where it stands is whole while there is room for
a few words of the text beside it (as a list's text column stretches and elides while
the others fit their content).

Wrapped instead, a line cut at a fixed number of characters ended without "…" (a draft
seemed cut short), and a Japanese line the view would not wrap at its width made the
list scroll sideways (drafts-outbox-ja at 1100×720).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop.ui.text.line_breaks import whole_words
from desktop.ui.text.phrase_elide import elided_between_phrases

HEADING_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
# Between the text and where it stands (the spaces keep the dot apart in every script).
SEPARATOR = "  ·  "
# The text keeps this many average characters beside where it stands before that elides.
TEXT_LEAST_CHARACTERS = 12

Index = QModelIndex | QPersistentModelIndex


def set_row(item: QListWidgetItem, heading: str, text: str, state: str) -> None:
    """What ``item`` shows: ``text`` is the draft or outbox text, on one line."""
    text = " ".join(text.split())
    details = SEPARATOR.join(part for part in (text, state) if part)
    item.setText(f"{heading}\n{details}")  # what a screen reader reads: the whole
    item.setData(HEADING_ROLE, heading)
    item.setData(TEXT_ROLE, text)
    item.setData(STATE_ROLE, state)
    item.setToolTip(tooltip(heading, text, state))


def tooltip(heading: str, text: str, state: str, shown: Callable[[str], str] = str) -> str:
    """The row's whole, each part through ``shown`` (whole_words: Japanese held in
    phrases). Rich text, so a long draft wraps instead of running off the screen."""
    whole = "<br>".join(html.escape(shown(part)) for part in (heading, text, state) if part)
    return f"<p>{whole}</p>"


def fitted_lines(font: QFont, width: int, index: Index) -> tuple[str, str]:
    """The two lines as painted in ``width`` pixels: each whole, or ending in "…" (in
    Japanese between phrases, as a wrapped line breaks)."""
    heading = str(index.data(HEADING_ROLE) or "")
    text = str(index.data(TEXT_ROLE) or "")
    state = str(index.data(STATE_ROLE) or "")
    metrics = QFontMetrics(font)
    first = elided_between_phrases(heading, font, width)
    if not text or not state:
        return first, elided_between_phrases(text or state, font, width)
    separator = metrics.horizontalAdvance(SEPARATOR)
    text_least = min(
        metrics.horizontalAdvance(text), TEXT_LEAST_CHARACTERS * metrics.averageCharWidth()
    )
    state_room = max(0, width - separator - text_least)
    shown_state = elided_between_phrases(state, font, state_room)
    text_room = max(0, width - separator - metrics.horizontalAdvance(shown_state))
    return first, elided_between_phrases(text, font, text_room) + SEPARATOR + shown_state


class DraftRowDelegate(QStyledItemDelegate):
    """Paints a row's two lines, each fitted to the row (see the module's note)."""

    def text_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect:
        """Where the lines go: the row less its padding (the list's style sheet) and the
        text's margin."""
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is None:
            return QRect(option.rect)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        # Inside the margin Qt keeps around an item's text (as a plain row was drawn).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return rect.adjusted(margin, 0, -margin, 0)

    def shown_lines(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, str]:
        rect = self.text_rect(QStyleOptionViewItem(option), index)
        return fitted_lines(option.font, rect.width(), index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        own = QStyleOptionViewItem(option)
        self.initStyleOption(own, index)
        first, second = self.shown_lines(option, index)
        rect = self.text_rect(QStyleOptionViewItem(option), index)
        own.text = ""
        widget = own.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:  # the row's fill, selection and focus, as the list draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, own, painter, widget)
        selected = bool(own.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(own.font)
        line = metrics.lineSpacing()
        top = rect.top() + max(0, (rect.height() - 2 * line) // 2)
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.save()
        painter.setFont(own.font)
        painter.setPen(own.palette.color(role))
        for number, text in enumerate((first, second)):
            place = QRect(rect.left(), top + number * line, rect.width(), line)
            painter.drawText(place, flags | int(Qt.TextFlag.TextSingleLine), text)
        painter.restore()

    def helpEvent(  # noqa: N802 - Qt's name
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """The tooltip wraps between phrases, as the app's wrapped labels do: held only
        when shown (a long Japanese draft is not read by BudouX at each save's redraw)."""
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        heading, text, state = (
            str(index.data(r) or "") for r in (HEADING_ROLE, TEXT_ROLE, STATE_ROLE)
        )
        held = tooltip(heading, text, state, shown=whole_words)
        QToolTip.showText(event.globalPos(), held, view.viewport(), option.rect)
        return True

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Two lines high; no width of its own, so the list never scrolls sideways."""
        size = super().sizeHint(option, index)
        return QSize(1, size.height())
