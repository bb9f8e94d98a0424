"""Says which columns are hidden, by the admin or for lack of room, and brings them back.

In a narrow window (or with large text) Channel and Product step aside so the subject
keeps its room (``column_fit.GIVE_WAY``); the header's context menu hides any column by
hand. Done silently, an admin would wonder where they went; the menu that brings them
back is out of a keyboard's reach. This flat button after the filters says how many
("2 columns hidden": short, so it is rarely cut, and says what it is about), names them
in its tooltip and accessible name (and which made room for the subject), and opens that
same menu. It never widens the window: its short count stays whole while the filters'
drop-downs elide, and a longer text is cut with "…".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.tickets.list.ticket_table_model import Column, column_titles

# The widest the button asks to be, in characters of its font ("Hidden: Channel and Product").
MOST_CHARACTERS = 30
# Kept whole up to this many characters' width, however little room the row has.
WHOLE_CHARACTERS = 20


class HiddenColumnsButton(QPushButton):
    def __init__(self, menu: Callable[[], QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hidden_columns_button")
        self.setFlat(True)
        # Shrinks to its minimum (a button's default policy never goes below its text).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        set_text_role(self, TextRole.LINK)
        self._menu = menu
        self.columns: list[Column] = []
        self.for_room: list[Column] = []  # of those, the ones hidden for lack of room
        self.full_text = ""  # names them: the tooltip and the accessible name
        self._shown_text = ""  # counts them: on the button
        self.clicked.connect(self._open_menu)
        self.hide()

    def show_hidden(self, columns: list[Column], for_room: list[Column] | None = None) -> None:
        """Count ``columns``; ``for_room``: those hidden for lack of room (all, if None)."""
        self.columns = list(columns)
        self.for_room = list(columns if for_room is None else for_room)
        self.retranslate_ui()
        if not columns and self.hasFocus():
            self.focusNextChild()  # on to the list, not wherever Qt would send it
        self.setVisible(bool(columns))

    def retranslate_ui(self) -> None:
        titles = column_titles()
        locale = QLocale()
        names = locale.createSeparatedList([titles[c] for c in self.columns])
        self.full_text = self.tr("Hidden: {columns}").format(columns=names)
        self._shown_text = self.tr("%n column(s) hidden", "", len(self.columns))
        why = []
        if self.for_room == self.columns:
            why.append(self.tr("These columns make room for the subject in a narrow window."))
        elif self.for_room:
            room_names = locale.createSeparatedList([titles[c] for c in self.for_room])
            why.append(
                self.tr("Making room for the subject in a narrow window: {columns}.").format(
                    columns=room_names
                )
            )
        why.append(self.tr("Choose the columns here or by right-clicking a column header."))
        self.setToolTip("\n".join([self.full_text, *why]))
        self.setAccessibleName(self.full_text)
        self.setAccessibleDescription(self.tr("Opens the list of columns to show"))
        self._elide()
        self.updateGeometry()

    # -- cut to the room it is given, never asking for more -------------------------------

    def _padding(self) -> int:
        """The frame and margins beside the text, measured around the whole text: a button
        holding a cut text is kept ~80 px wide by the style, which counted as padding cut it
        again and again ("1 列が非…" in a column wide enough for "1 列が非表示")."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        whole = metrics.horizontalAdvance(self._shown_text or self.text())
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(whole, metrics.height()), self
        )
        return max(0, size.width() - whole)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        # At most about two column names' worth: the search box beside it keeps its room.
        metrics = self.fontMetrics()
        whole = metrics.horizontalAdvance(self._shown_text)
        width = min(whole, MOST_CHARACTERS * metrics.averageCharWidth())
        return QSize(self._padding() + width, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Whole while it is short ("1 列が非表示"): the filters' drop-downs beside it elide
        first (their choice is whole in their tooltip; this count was cut to "1 列が非…");
        a longer text may be cut, down to a few characters."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        whole = metrics.horizontalAdvance(self._shown_text)
        least = min(whole, WHOLE_CHARACTERS * metrics.averageCharWidth())
        return QSize(self._padding() + max(least, metrics.horizontalAdvance("……")), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - self._padding()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._shown_text) <= room:
            elided = self._shown_text  # (elidedText cut it at exactly its own width)
        else:
            elided = metrics.elidedText(self._shown_text, Qt.TextElideMode.ElideRight, room)
        if elided != self.text():
            self.setText(elided)

    def _open_menu(self) -> None:
        self._menu().popup(self.mapToGlobal(QPoint(0, self.height())))
