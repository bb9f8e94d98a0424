"""What a searched list says about what was searched (issue 21): this computer's copies
only, or every message on the service as well, and whether the service is still at it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.wrapped_label import WrappedLabel
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


class SearchNote(WrappedLabel):
    """Under the filters, over the rows: the service is searching too, or has searched
    (its finds are in the rows), or it failed (the rows are this computer's matches), or
    its finds were cut short.

    Its place is kept, shown or not: it came at a search's first key and pushed the rows
    down, and back up when the search was cleared (a newcomer's report). The place is as
    tall as the notes every online search shows (searching, searched) at the width there
    is; only the rarer, longer ones (offline, failed, cut short) may need more.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        set_text_role(self, TextRole.SECONDARY)
        # Never shown: lays out the kept notes to measure them.
        self._measure = WrappedLabel(self)
        self._measure.setObjectName(f"{name}_measure")
        self._measure.hide()
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        # Asked its height for the width even with no text (a label without text is not
        # asked: its kept place was one line of the first font, short for Japanese).
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # The kept notes' height by width: a layout asks again and again (each pass, each
        # resize, the first paint among them), and measuring lays out both texts anew.
        self._kept: dict[int, int] = {}
        self.hide()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        own = super().heightForWidth(width)
        kept = self._kept.get(width)
        if kept is None:
            texts = (searching_text(), searched_text())
            kept = self._kept[width] = max(self._height_of(text, width) for text in texts)
        return max(own, kept, self.fontMetrics().lineSpacing())

    def _height_of(self, text: str, width: int) -> int:
        """How tall ``text`` is laid out in ``width``: asked of a label of the same font,
        as this one lays it out (Japanese comes from a taller fallback font)."""
        self._measure.setText(text)
        return self._measure.heightForWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            # The kept notes read (and measure) anew. Hidden, the label's own
            # updateGeometry() tells no layout: the one holding its place is told here.
            self._kept.clear()
            self.updateGeometry()
            parent = self.parentWidget()
            holder = parent.layout() if parent is not None else None
            if holder is not None:
                holder.invalidate()
        super().changeEvent(event)

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
