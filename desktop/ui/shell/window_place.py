"""Where the admin was in the window: kept over a restart of the local demo workspace.

"Start it again" signs in to a fresh local service, and a new session opens on My tickets;
the admin who pressed it on Insights, Billing or a ticket lost their place. What is kept
here is what the navigation and the ticket on screen say, and it is put back after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.ui.tickets.list.ticket_list_page import TicketListPage

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class WindowPlace:
    target: str | None  # the navigation's entry (for the ticket page: the list it came from)
    selected: str | None  # the ticket selected in the list shown (the reading pane's)
    opened: str | None  # the ticket on the ticket page, when that page is shown


def place_of(window: MainWindow) -> WindowPlace:
    page = window.pages.currentWidget()
    built = window.built_ticket_page
    opened = built.shown_id if built is not None and page is built else None
    selected = page.selected_ticket() if isinstance(page, TicketListPage) else None
    return WindowPlace(window.navigation.current_target(), selected, opened)


def return_to(window: MainWindow, place: WindowPlace) -> None:
    """The same page again, in the navigation this session offers, and its ticket."""
    target = place.target
    if target is None or target not in window.navigation.visible_targets():
        return  # not offered to this user now: where the session opened
    window.navigate_to(target)
    page = window.pages.currentWidget()
    if place.selected is not None and isinstance(page, TicketListPage):
        page.select_when_listed(place.selected)
    if place.opened is not None:
        window.open_ticket(place.opened)
