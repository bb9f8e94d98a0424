"""What a searched list says about what was searched (issue 21): this computer's copies
only, or every message on the service as well, and whether the service is still at it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.tickets.list.one_line_label import OneLineLabel
from desktop.ui.tickets.list.online_search import SearchState

if TYPE_CHECKING:
    from desktop.services.ticket_search import ServiceMatches


def searching_text() -> str:
    return QCoreApplication.translate("SearchNote", "Searching every message on the service…")


def searched_text() -> str:
    return QCoreApplication.translate(
        "SearchNote", "Searched every message, here and on the service."
    )


def no_match_text(state: str, searched: bool) -> str:
    """An empty result, honest about what was searched: threads are kept here once a
    ticket is opened; online, the service searches every message as well."""
    if not searched:
        return QCoreApplication.translate("TicketListPage", "No tickets match these filters.")
    if state in (SearchState.WAITING, SearchState.RUNNING):
        return QCoreApplication.translate(
            "SearchNote",
            "No tickets on this computer match. Searching every message on the service…",
        )
    if state == SearchState.DONE:
        return QCoreApplication.translate(
            "SearchNote", "No tickets match these filters, in subjects or in any message."
        )
    if state == SearchState.OFFLINE:
        return QCoreApplication.translate(
            "SearchNote",
            "No tickets match these filters. You are offline: messages are searched only in "
            "the conversations opened on this computer.",
        )
    if state == SearchState.FAILED:
        return QCoreApplication.translate(
            "SearchNote",
            "No tickets match these filters. The service could not search just now: messages "
            "are searched only in the conversations opened on this computer.",
        )
    # No service to ask (the cached start, signed out): what the store alone searches.
    return (
        QCoreApplication.translate("TicketListPage", "No tickets match these filters.")
        + " "
        + QCoreApplication.translate(
            "TicketListPage", "Messages are searched in the conversations opened on this computer."
        )
    )


class SearchNote(OneLineLabel):
    """On the list's status line, after the count: the service is searching too, or has
    searched (its finds are in the rows), or it failed (the rows are this computer's
    matches), or its finds were cut short.

    It came at a search's first key and pushed the rows down, and back up when the search
    was cleared (a newcomer's report); then its place was kept, an empty band over the
    rows. Now it is one line beside the count, as tall shown or not: the rows stay where
    they are and nothing is kept empty. A long note ends in "…", whole in its tooltip.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        set_text_role(self, TextRole.SECONDARY)
        self.hide()  # no place kept: the line is as tall without it (one_line_label.py)

    def show_state(self, state: str, matches: ServiceMatches | None, *, shown: bool) -> None:
        text = ""
        if state in (SearchState.WAITING, SearchState.RUNNING):
            text = searching_text()
        elif state == SearchState.OFFLINE:
            text = QCoreApplication.translate(
                "SearchNote",
                "You are offline: messages are searched only in the conversations opened on "
                "this computer.",
            )
        elif state == SearchState.FAILED:
            text = QCoreApplication.translate(
                "SearchNote",
                "The service could not search just now: messages are searched only in the "
                "conversations opened on this computer. Change the search to try again.",
            )
        elif state == SearchState.DONE and matches is not None and matches.capped:
            text = QCoreApplication.translate(
                "SearchNote",
                "The service found more tickets than it lists for one search: add words to "
                "narrow it.",
            )
        elif state == SearchState.DONE:
            # The question is brief, so its note may never be seen: once answered, the
            # list still says its rows include the service's finds.
            text = searched_text()
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text) and shown)
