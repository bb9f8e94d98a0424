"""A ticket link handed to the app (a mail's, another start's): that ticket, opened.

The link may come before anyone is signed in (the app was started by it): the number waits
until a session can show it. The ticket is looked up in the local store first (where every
ticket the account may see is kept once synced); only a ticket not there yet asks the
service for the list's news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.api.errors import ServerUnreachable
from desktop.store.tickets import TicketQuery, TicketStore
from desktop.ui.tickets.links.link_format import parse_ticket_link

if TYPE_CHECKING:
    from desktop.api.list_models import TicketSummary, User
    from desktop.services.tickets import TicketService
    from desktop.ui.shell.main_window import MainWindow


def find_ticket(store: TicketStore, user: User, number: int) -> TicketSummary | None:
    """The ticket of that number among those the user may see, as the store has it."""
    scope = "all" if user.is_admin else "mine"  # R17: a member sees their own requests
    rows, _more = store.page(TicketQuery(user_id=user.id, scope=scope, text=f"#{number}"), None, 1)
    return rows[0] if rows else None


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class TicketLinks(QObject):
    """Opens the ticket a link names, now or once a session is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending: int | None = None

    @property
    def pending(self) -> int | None:
        return self._pending

    def open_link(self, text: str) -> None:
        bring_to_front(self._window)
        number = parse_ticket_link(text)
        if number is None:
            self._tell(self.tr("This link does not name a ticket: {link}").format(link=text))
            return
        self._pending = number
        self.session_shown()

    def session_shown(self) -> None:
        """A session's lists are shown (or the link came while one was): open the ticket."""
        window = self._window
        service, user = window.service, window.user
        if self._pending is None or service is None or user is None:
            return
        number, self._pending = self._pending, None
        window.tasks.run(self._open(service, user, number), name="open-ticket-link")

    async def _open(self, service: TicketService, user: User, number: int) -> None:
        ticket = find_ticket(service.store, user, number)
        if ticket is None:
            self._window.statusBar().showMessage(
                self.tr("Looking for ticket #{number}…").format(number=number), 5000
            )
            try:
                await service.sync("team" if user.is_admin else "mine")
                if user.is_admin:
                    await service.sync("mine")
            except ServerUnreachable:
                self._tell(
                    self.tr(
                        "Ticket #{number} is not on this computer yet, and the service cannot "
                        "be reached. Open the link again when you are online."
                    ).format(number=number)
                )
                return
            ticket = find_ticket(service.store, user, number)
        if ticket is None:
            self._tell(
                self.tr(
                    "Ticket #{number} is not among the tickets you can see. It may belong to "
                    "another team, or the link has a typo."
                ).format(number=number)
            )
            return
        window = self._window
        window.statusBar().clearMessage()
        if user.is_admin:
            # In its list, selected: the navigation, the list and the ticket agree, and the
            # arrows go on from it (R17: a teammate's ticket is under Team tickets).
            mine = ticket.submitter.id == user.id
            (window.show_my_tickets if mine else window.show_team_tickets)()
            (window.my_tickets if mine else window.team_tickets).reveal(ticket.id)
        window.open_ticket(ticket.id)

    def _tell(self, text: str) -> None:
        from desktop.ui.text.wrapped_message_box import WrappedMessageBox  # when needed

        box = WrappedMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Open a ticket link"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the asyncio loop keeps running under it
