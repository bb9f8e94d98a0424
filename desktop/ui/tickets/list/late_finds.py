"""A search's late finds, held while the admin is at the rows (a newcomer's report).

The store answers a search at once; the service's finds come a moment later and are read
into the list in its order. Rows arriving while the admin points at the list or has just
moved through it by keyboard shifted the rows under them: a
click aimed at one row landed on another, just inserted. Then the finds are held, and
a quiet button on the list's status line, beside the count and the search's note, says
how many there are and shows them when pressed (as a mail client shows "N new messages"
rather than moving the list under the pointer). When the admin is elsewhere (the pointer
outside the list or the window, the keyboard not in it) they are read in at once, and
held ones are read in as soon as the admin leaves the rows (the list looks every
moment while it holds some: ticket_list_page.HOLD_CHECK_MS).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QSizePolicy, QTableView, QToolButton, QWidget

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.shell.first_paint import after_the_first_paint

# The keyboard moved through the rows this recently: the admin is at them.
KEYED_S = 1.5


def admin_at_rows(table: QTableView, keyed_at: float) -> bool:
    """Is the admin at the rows: the pointer over them (their scrollbar, their header), or
    the keyboard in them, having just moved through them (``keyed_at``: time.monotonic()
    of the last move, 0 never)?

    The pointer counts only where it is now, over the list itself: finds were held while it
    was outside the window (a button held in another window, a stale "under the mouse"
    after it left quickly, a window over the list), and shown only when asked for.
    """
    # Not before the first paint (qt_values.py): the cursor is asked only when a search's
    # finds come.
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    under = QApplication.widgetAt(QCursor.pos())
    if under is not None and (under is table or table.isAncestorOf(under)):
        return True
    return bool(keyed_at) and time.monotonic() - keyed_at < KEYED_S and table.hasFocus()


class LateFindsButton(QToolButton):
    """ "3 more results found — Show": the held finds, read in when pressed.

    On the list's status line, which is as tall with it or without it (status_line.py):
    showing it moves no row.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoRaise(True)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)
        self.setSizePolicy(policy)
        self.count = 0
        self.hide()
        self.retranslate_ui()
        # Hidden until a search's finds wait: dressed after the first paint (naming Qt's
        # enums costs it ~14 ms, desktop/ui/look/qt_values.py).
        after_the_first_paint(self._dress)

    def _dress(self) -> None:
        from PySide6.QtCore import Qt

        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached by Tab; Space presses it
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # An action, as the hidden columns' count beside the filters says it: a link's tone.
        set_text_role(self, TextRole.LINK)

    def show_count(self, count: int) -> None:
        """``count`` finds held (0: none, the button hides)."""
        self.count = count
        self.retranslate_ui()
        self.setVisible(count > 0)

    def retranslate_ui(self) -> None:
        self.setText(self.tr("%n more result(s) found — Show", "", max(self.count, 1)))
        self.setAccessibleName(self.text())
        self.setToolTip(
            self.tr(
                "The service found these in messages after the list was shown. They wait "
                "here so that no row moves while you point at the list."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
