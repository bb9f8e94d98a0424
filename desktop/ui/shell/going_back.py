"""Esc and Back (Alt+Left, ⌘[): one step back from where the admin is, window-wide.

The keys were the ticket page's own shortcuts, so they worked wherever that page was on
screen, also docked beside a list: there "back to the list" went to My tickets, from Team
tickets too, and from the tickets behind an Insights chart (a newcomer found no way back to
Insights but its navigation entry). One pair of shortcuts for the window, one decision:

- a ticket read over its list: back to that list (the ticket page says where);
- a ticket read beside its list, the keyboard in it: the keyboard back to the list;
- the tickets behind an Insights chart: back to Insights, its period as it was;
- anywhere else: nothing (a list is where Back ends).

Widgets that use Esc themselves (the search box, a searched list, a dialog, a popup) take
it before the shortcut, as they did before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


class GoingBack:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), window, self.go_back)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), window, self.go_back)

    def go_back(self) -> None:
        window = self._window
        current = window.pages.currentWidget()
        ticket_page = window.built_ticket_page
        if ticket_page is not None and current is ticket_page:
            window.leave_ticket()
            return
        docked = window.reading_pane.docked_in
        focused = QApplication.focusWidget()
        if (
            docked is not None
            and current is docked
            and ticket_page is not None
            and focused is not None
            and ticket_page.isAncestorOf(focused)
        ):
            docked.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        team = window.built_team_tickets
        if team is not None and current is team and team.drill_down is not None:
            window.show_insights()
