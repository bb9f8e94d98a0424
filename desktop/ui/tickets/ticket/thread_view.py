"""A ticket's messages as cards and its events as quiet lines, oldest first, kept scrolled
to the newest."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.api.models import Attachment, Message, TicketEvent
from desktop.store.outbox import OutboxItem
from desktop.ui.look.theme import style_focus_ring
from desktop.ui.tickets.ticket.message_card import MessageCard
from desktop.ui.tickets.ticket.new_lines_button import NewLinesButton
from desktop.ui.tickets.ticket.outbox_card import OutboxCard
from desktop.ui.tickets.ticket.status_event_line import StatusEventLine
from desktop.ui.tickets.ticket.thread_tab_order import ThreadTabOrder
from desktop.ui.tickets.ticket.whole_top_line import room_below

# How far a message stands in from the other side (the admin's own from the left).
SIDE_INDENT = 48
CLOCK_MS = 60_000


# Scrolled to within this many pixels of the end counts as reading the newest line.
NEWEST_SLACK = 8
# The "new messages" button stands this far above the thread's foot.
NEW_LINES_MARGIN = 8
# A search's first hit is scrolled to with this much of the thread above its card.
ANCHOR_MARGIN = 8


class ThreadView(QScrollArea):
    """Used by the ticket page and the chat window; redraws only when the messages change."""

    attachment_open_requested = Signal(object)  # Attachment
    attachment_save_requested = Signal(object)  # Attachment
    image_view_requested = Signal(object)  # Attachment: an image, full size
    # A thumbnail scrolled into view (ThumbnailButton): its owner downloads and decodes it.
    # Lazily so: a thread of many images loads only what is seen.
    thumbnail_requested = Signal(object)
    # An outbox item's buttons: its key.
    retry_requested = Signal(str)
    edit_requested = Signal(str)
    discard_requested = Signal(str)
    new_request_requested = Signal(str)  # a reply refused for a closed ticket

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Whether a refused reply's card offers "Send as a new request" (the ticket page
        # does; a chat window has no contact form to carry it to).
        self.offers_new_request = False
        self.setWidgetResizable(True)
        # A reader moving by keys sees where they are; the handle stands out from its track.
        style_focus_ring(self, scroll_bars=True)
        self._inner = QWidget()
        self._inner.setObjectName("ticket_thread")
        self._layout = QVBoxLayout(self._inner)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        # The thread's own margins; the foot's grows by the room that keeps a quiet line
        # from being cut at the top while the newest line is shown (whole_top_line.py).
        self._margins = self._layout.contentsMargins()
        self._foot_room = 0
        # Tab from the thread goes through its messages before the reply box below.
        self.tab_order = ThreadTabOrder(self)
        self._shown: tuple[Message, ...] = ()
        self._shown_events: tuple[TicketEvent, ...] = ()
        self._cards: list[MessageCard] = []
        self._event_lines: list[StatusEventLine] = []
        # Replies not confirmed yet, under the messages, where they will appear.
        self._pending: tuple[OutboxItem, ...] = ()
        self._pending_cards: list[OutboxCard] = []
        self._offline = False  # the window says the service cannot be reached
        self._local_stopped = False  # the local demo workspace's service gave up
        # "5 min ago" must not stay so for an hour: the times are read again each minute.
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.refresh_times)
        self._clock.start()
        # Kept at the newest line while the cards settle their heights (word wrapping
        # grows the thread in several steps) and as lines arrive, unless the admin
        # scrolled up to read: then the view stays where they are.
        self._at_newest = True
        # Where the reader who scrolled up is reading. While a redrawn thread settles, its
        # height drops and grows back: Qt then pulls the value in (not the reader's doing,
        # which must not count as "at the newest"), and the place is taken back after.
        self._reading_at = 0
        self._clamping = False  # the next value change is ours, not the reader's
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._scrolled)
        bar.valueChanged.connect(self._want_thumbnails)
        bar.rangeChanged.connect(self._want_thumbnails)
        # Lines that arrived below while the admin reads further up: one click (or Enter)
        # down to them. It floats over the thread's foot, so the thread does not jump.
        self.new_lines_button = NewLinesButton(self)
        self.new_lines_button.clicked.connect(self.jump_to_newest)
        # What the list was searched for: marked in the cards (set_search).
        self._search = ""
        # The card kept in view (a search's first hit) while the thread settles, until
        # the reader scrolls.
        self._anchor: MessageCard | None = None
        self._anchoring = False

    def refresh_times(self) -> None:
        for card in self._cards:
            card.refresh_time()
        for line in self._event_lines:
            line.refresh_time()

    def show_pending(self, items: tuple[OutboxItem, ...]) -> None:
        if items == self._pending:
            return
        self._drop_pending()
        self._pending = items
        for item in items:
            card = OutboxCard(item, self._inner, offers_new_request=self.offers_new_request)
            card.set_offline(self._offline)
            card.set_local_stopped(self._local_stopped)
            card.retry_requested.connect(self.retry_requested)
            card.new_request_requested.connect(self.new_request_requested)
            card.edit_requested.connect(self.edit_requested)
            card.discard_requested.connect(self.discard_requested)
            self._layout.insertWidget(self._layout.count() - 1, card)
            self._pending_cards.append(card)
        self._follow_newest()

    def set_offline(self, offline: bool) -> None:
        """Offline, a pending reply says it waits for the connection, not that it sends."""
        self._offline = offline
        for card in self._pending_cards:
            card.set_offline(offline)

    def set_local_stopped(self, stopped: bool) -> None:
        """A pending reply then waits for "Start it again" (nothing else sends it)."""
        self._local_stopped = stopped
        for card in self._pending_cards:
            card.set_local_stopped(stopped)

    def pending_cards(self) -> list[OutboxCard]:
        return list(self._pending_cards)

    def _drop_pending(self) -> None:
        self._pending = ()
        for card in self._pending_cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self._pending_cards = []

    def show_messages(
        self, messages: tuple[Message, ...], events: tuple[TicketEvent, ...] = ()
    ) -> None:
        if messages == self._shown and events == self._shown_events:
            return
        # The same thread grown by a line: the reader who scrolled up stays where they are.
        reading = (
            bool(self._shown)
            and bool(messages)
            and messages[0].id == self._shown[0].id
            and not self._at_newest
        )
        kept_at = self.verticalScrollBar().value()
        pending = self._pending
        earlier, earlier_events = self._shown, self._shown_events
        self.clear()
        self._shown = messages
        self._shown_events = events
        # One story in time order; a message and an event at the same moment: message first.
        story: list[tuple[datetime, int, Message | TicketEvent]] = [
            (m.created_at, 0, m) for m in messages
        ] + [(e.created_at, 1, e) for e in events]
        story.sort(key=lambda entry: (entry[0], entry[1]))
        for position, (_when, _order, entry) in enumerate(story):
            if isinstance(entry, Message):
                card = MessageCard(entry, self._inner)
                card.open_requested.connect(self._open)
                card.save_requested.connect(self._save)
                card.view_requested.connect(self.image_view_requested)
                if self._search:
                    card.show_search(self._search)
                row = _on_its_side(card)
                self._layout.insertWidget(position, row)
                # Shown now, not a loop pass later: the thread never stands empty between.
                row.show()
                self._cards.append(card)
            else:
                line = StatusEventLine(entry, self._inner)
                self._layout.insertWidget(position, line)
                line.show()
                self._event_lines.append(line)
        self.show_pending(pending)
        # Once laid out (a loop pass later) the thread knows which pictures are in view.
        QTimer.singleShot(0, self._want_thumbnails)
        if reading:
            self._at_newest = False
            self._reading_at = kept_at
            self.verticalScrollBar().setValue(kept_at)
            if len(messages) + len(events) > len(earlier) + len(earlier_events):
                self._show_new_lines_button()
        else:
            self._follow_newest()

    def set_search(self, text: str) -> None:
        """Mark ``text`` (what the list was searched for; "" none) in every card."""
        self._search = text.strip()
        for card in self._cards:
            card.show_search(self._search)

    def first_hit(self) -> MessageCard | None:
        """The first message (oldest first) holding what was searched for."""
        return next((card for card in self._cards if card.has_hits), None)

    def keep_in_view(self, card: MessageCard) -> None:
        """Scroll to ``card``'s top and keep it there while the thread settles its heights,
        until the reader scrolls."""
        self._anchor = card
        self._at_newest = False
        self.new_lines_button.hide()
        self._to_anchor()
        QTimer.singleShot(0, self._to_anchor)  # laid out: its place is known then

    def _to_anchor(self) -> None:
        card = self._anchor
        if card is None:
            return
        bar = self.verticalScrollBar()
        top = card.mapTo(self._inner, QPoint(0, 0)).y() - ANCHOR_MARGIN
        self._anchoring = True
        try:
            bar.setValue(max(0, min(top, bar.maximum())))
        finally:
            self._anchoring = False
        self._reading_at = bar.value()

    def _follow_newest(self) -> None:
        self._at_newest = True
        self.new_lines_button.hide()
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._keep_top_line_whole()

    def jump_to_newest(self) -> None:
        """The "new messages" button: down to the newest line, followed again from there."""
        had_focus = self.new_lines_button.hasFocus()
        self._follow_newest()
        if had_focus:
            self.setFocus()  # the button is gone: the keyboard stays in the thread

    def _show_new_lines_button(self) -> None:
        self._place_new_lines_button()
        self.new_lines_button.show()
        self.new_lines_button.raise_()

    @property
    def at_newest(self) -> bool:
        """Is the newest line in view (and kept so as the thread grows)?"""
        return self._at_newest

    def _range_changed(self, _low: int, high: int) -> None:
        bar = self.verticalScrollBar()
        if self._anchor is not None:
            self._to_anchor()
        elif self._at_newest:
            bar.setValue(high)
            # Now and once the items stand where the new height puts them.
            self._keep_top_line_whole()
            QTimer.singleShot(0, self._keep_top_line_whole)
        elif bar.value() > high:
            self._clamping = True  # Qt pulls the value in next
        elif bar.value() != min(self._reading_at, high):
            # Grown back (perhaps in steps): towards where they were reading.
            self._clamping = True
            bar.setValue(min(self._reading_at, high))

    def _keep_top_line_whole(self) -> None:
        """At the newest line: room under it, so that no quiet line is cut at the top."""
        if not self._at_newest or self._anchor is not None:
            return  # the reader's place (or a search's hit) is not moved
        top = self.verticalScrollBar().maximum() - self._foot_room
        lines = [line.geometry() for line in self._event_lines]
        room = room_below(lines, top) if top > 0 else 0
        if room != self._foot_room:
            self._foot_room = room
            edges = self._margins
            self._layout.setContentsMargins(
                edges.left(), edges.top(), edges.right(), edges.bottom() + room
            )

    def _scrolled(self, value: int) -> None:
        if self._anchoring:
            return
        self._anchor = None  # the reader scrolled: the thread is theirs again
        if self._clamping:
            self._clamping = False
            return
        self._reading_at = value
        self._at_newest = value >= self.verticalScrollBar().maximum() - NEWEST_SLACK
        if self._at_newest and self.new_lines_button.isVisible():
            self.jump_to_newest()  # read down to them by hand: nothing left to point at

    def _place_new_lines_button(self) -> None:
        button = self.new_lines_button
        button.adjustSize()
        area = self.viewport().geometry()
        button.move(
            area.x() + (area.width() - button.width()) // 2,
            area.bottom() - button.height() - NEW_LINES_MARGIN,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_new_lines_button()
        self._want_thumbnails()
        # Laid out again at the new size a loop pass later: the top edge falls elsewhere.
        QTimer.singleShot(0, self._keep_top_line_whole)

    def _want_thumbnails(self, *_: int) -> None:
        """Ask for the thumbnails in view (or just below it) not asked for yet."""
        if not self.isVisible():
            return
        viewport = self.viewport()
        seen = viewport.rect().adjusted(0, 0, 0, viewport.height() // 2)
        for card in self._cards:
            for thumbnail in card.thumbnails:
                if thumbnail.requested or not thumbnail.isVisible():
                    continue
                top_left = thumbnail.mapTo(viewport, thumbnail.rect().topLeft())
                if seen.intersects(thumbnail.rect().translated(top_left)):
                    thumbnail.requested = True
                    self.thumbnail_requested.emit(thumbnail)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self._want_thumbnails)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._place_new_lines_button()  # the text's width changed

    def clear(self) -> None:
        self._anchor = None
        self._shown = ()
        self._shown_events = ()
        self._cards = []
        self._event_lines = []
        self._pending = ()
        self._pending_cards = []
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.hide()  # out of the layout now, not when the deletion comes round
                widget.deleteLater()

    def cards(self) -> list[MessageCard]:
        return list(self._cards)

    def event_lines(self) -> list[StatusEventLine]:
        return list(self._event_lines)

    def _open(self, attachment: Attachment) -> None:
        self.attachment_open_requested.emit(attachment)

    def _save(self, attachment: Attachment) -> None:
        self.attachment_save_requested.emit(attachment)


def _on_its_side(card: MessageCard) -> QWidget:
    """The card in a row, indented on the side away from its writer, as in a chat: the
    admin's own messages to the right, support's and colleagues' to the left. A card at
    its widest (MessageCard's reading measure) leaves the rest of a wide thread to that
    side too (the stretch takes what the card cannot)."""
    row = QWidget(card.parentWidget())
    row.setObjectName("message_row")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    if card.mine:
        layout.addSpacing(SIDE_INDENT)
        layout.addStretch(0)
    layout.addWidget(card, 1)
    if not card.mine:
        layout.addStretch(0)
        layout.addSpacing(SIDE_INDENT)
    return row
