"""Drafts and the outbox: everything written and not on the service yet.

Drafts first (newest first; Enter continues one), then what waits in the
outbox with its state (Enter opens its thread, or brings a refused new ticket
back into the form). Open and Discard act on the selected one, as does its
context menu; a discard offers Undo for a few seconds and is done only then.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.tickets import TicketService
from desktop.store.drafts import NEW_TICKET_KEY, Draft
from desktop.store.outbox import FAILED, NEW_TICKET, SENDING, OutboxItem
from desktop.ui.look.inner_focus_ring import draw_focus_ring_inside
from desktop.ui.look.theme import (
    TextRole,
    TypeStep,
    set_text_role,
    set_type,
    style_selected_rows,
)
from desktop.ui.text.durations import relative_time
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.compose.draft_rows import DraftRowDelegate, set_row
from desktop.ui.tickets.compose.undo_bar import UndoBar
from desktop.ui.tickets.list.empty_state import EmptyState
from desktop.ui.tickets.ticket.outbox_card import goes_as_new_request, state_text

log = logging.getLogger(__name__)

DRAFT = "draft"
OUTBOX = "outbox"


class DraftsPage(QWidget):
    ticket_open_requested = Signal(str)
    # A reply draft: its ticket, with the keyboard in the reply box at the draft's end, so
    # Ctrl+Enter sends it (a newcomer landed on the conversation; Ctrl+Enter did nothing).
    reply_draft_open_requested = Signal(str)
    new_ticket_requested = Signal()  # open the new-ticket form (a draft of one continues)
    outbox_edit_requested = Signal(str)  # a refused new ticket: back into the form
    new_request_requested = Signal(str)  # a reply refused for a closed ticket: a new request
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts_page")
        self._service: TicketService | None = None
        # Discarded, Undo still on offer: (DRAFT | OUTBOX, key), left out of the list.
        self._discarding: tuple[str, str] | None = None
        self._running: set[asyncio.Future[None]] = set()
        self._local_stopped = False  # the local demo workspace's service gave up
        self.title = QLabel()
        set_type(self.title, TypeStep.PAGE_TITLE)
        self.note = WrappedLabel()
        set_text_role(self.note, TextRole.SECONDARY)
        self.list = QListWidget()
        self.list.setObjectName("drafts_list")
        # Each row's two lines fit its width, ending in "…" (draft_rows.py): never sideways.
        self.rows = DraftRowDelegate(self.list)
        self.list.setItemDelegate(self.rows)
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One ring says the list has the focus, on its edge (flush with the page, a ring
        # outside it was clipped away); no dotted frame inside the filled current row too.
        self.list.setStyleSheet(
            "QListWidget#drafts_list { outline: none; }"
            " QListWidget#drafts_list::item { padding: 6px 4px; }"
        )
        draw_focus_ring_inside(self.list)
        style_selected_rows(self.list)  # the chosen draft stands out 3:1, as a ticket row does
        self.list.itemActivated.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.discard
        ).setContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_button = QPushButton()
        self.open_button.setObjectName("drafts_open_button")
        self.open_button.clicked.connect(self.open_current)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("drafts_discard_button")
        self.discard_button.clicked.connect(self.discard)
        self.undo_bar = UndoBar()
        self.undo_bar.undone.connect(self._undone)
        # Empty: what it means, and the next thing to do (write to support), as the lists do.
        self.empty_state = EmptyState("drafts")
        self.empty = self.empty_state.label
        self.empty.setObjectName("drafts_empty")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_state)
        self._stack.addWidget(self.list)
        # Saves come in bursts while typing: redraw once they settle.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(200)
        self._redraw_timer.timeout.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self._stack, 1)
        layout.addLayout(buttons)
        # Focus given to the page goes to the list (it may only just have appeared).
        self.setFocusProxy(self.list)
        self.retranslate_ui()

    def set_local_stopped(self, stopped: bool) -> None:
        """The local demo workspace's service gave up: an outbox row says it goes once
        started again (as the ticket's thread says), not as if it would by itself."""
        if stopped != self._local_stopped:
            self._local_stopped = stopped
            self.refresh()

    def bind(self, service: TicketService | None) -> None:
        self.undo_bar.commit()  # a discard on offer is done with the service it was made in
        self._service = service
        if service is not None:
            service.drafts.on_change(self._redraw_timer.start)
            service.outbox.store.on_change(self._redraw_timer.start)
        self.refresh()

    def refresh(self) -> None:
        service = self._service
        self.list.clear()
        if service is None or not service.drafts.is_open:
            self.count_changed.emit(0)
            self.retranslate_ui()
            return
        now = datetime.now(UTC)  # drafts are saved on this computer's clock
        for draft in service.drafts.all():
            if self._discarding == (DRAFT, draft.key):
                continue
            saved = self.tr("saved {when}").format(when=relative_time(draft.updated_at, now))
            self._add(self._draft_heading(service, draft), draft.body, saved, (DRAFT, draft))
        for item in service.outbox.store.items():
            if self._discarding == (OUTBOX, item.key):
                continue
            state = state_text(item, local_stopped=self._local_stopped)
            self._add(self._outbox_heading(service, item), item.body, state, (OUTBOX, item))
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)  # Enter continues the newest at once
        self.count_changed.emit(self.list.count())
        self.retranslate_ui()
        self._update_buttons()

    def _add(self, heading: str, body: str, status: str, data: tuple[str, object]) -> None:
        item = QListWidgetItem()
        # A new ticket's draft may hold only a subject, or only files: no lone "·" then.
        set_row(item, heading, body, status)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.list.addItem(item)

    def _draft_heading(self, service: TicketService, draft: Draft) -> str:
        if draft.key == NEW_TICKET_KEY:
            return self.tr("New ticket: {subject}").format(
                subject=draft.fields.get("subject") or self.tr("(no subject yet)")
            )
        return self._ticket_heading(service, draft.ticket_id)

    def _outbox_heading(self, service: TicketService, item: OutboxItem) -> str:
        if item.kind == NEW_TICKET:
            return self.tr("New ticket: {subject}").format(subject=item.fields.get("subject", ""))
        return self._ticket_heading(service, item.ticket_id)

    def _ticket_heading(self, service: TicketService, ticket_id: str | None) -> str:
        ticket = service.store.get(ticket_id) if ticket_id else None
        if ticket is None:
            return self.tr("A ticket not loaded yet")
        return self.tr("#{number} {subject}").format(number=ticket.number, subject=ticket.subject)

    def _entry(self, list_item: QListWidgetItem | None) -> Draft | OutboxItem | None:
        if list_item is None:
            return None
        entry = list_item.data(Qt.ItemDataRole.UserRole)[1]
        return entry if isinstance(entry, Draft | OutboxItem) else None

    def _can_open(self, entry: Draft | OutboxItem | None) -> bool:
        if isinstance(entry, Draft):
            return entry.key == NEW_TICKET_KEY or bool(entry.ticket_id)
        if isinstance(entry, OutboxItem):
            return bool(entry.ticket_id) or entry.state == FAILED
        return False

    @staticmethod
    def _can_discard(entry: Draft | OutboxItem | None) -> bool:
        # Nothing moves mid-send: the service may be storing it right now.
        return isinstance(entry, Draft) or (
            isinstance(entry, OutboxItem) and entry.state != SENDING
        )

    def _update_buttons(self) -> None:
        entry = self._entry(self.list.currentItem())
        self.open_button.setEnabled(self._can_open(entry))
        self.discard_button.setEnabled(self._can_discard(entry))

    def open_current(self) -> None:
        current = self.list.currentItem()
        if current is not None:
            self._open(current)

    def _open(self, list_item: QListWidgetItem) -> None:
        entry = self._entry(list_item)
        if isinstance(entry, Draft):
            if entry.key == NEW_TICKET_KEY:
                self.new_ticket_requested.emit()
            elif entry.ticket_id:
                self.reply_draft_open_requested.emit(entry.ticket_id)
        elif isinstance(entry, OutboxItem):
            if entry.ticket_id:
                self.ticket_open_requested.emit(entry.ticket_id)  # its card has the buttons
            elif entry.state == FAILED:
                self.outbox_edit_requested.emit(entry.key)

    def menu_for(self, list_item: QListWidgetItem) -> QMenu | None:
        """The context menu of one entry: Open, Send as a new request (if so), Discard."""
        entry = self._entry(list_item)
        if entry is None:
            return None
        self.list.setCurrentItem(list_item)
        menu = QMenu(self)
        menu.setObjectName("drafts_menu")
        opened = menu.addAction(self.tr("Open"), self.open_current)
        opened.setEnabled(self._can_open(entry))
        user = self._service.user if self._service is not None else None
        # R13: the contact form is the admins'.
        if isinstance(entry, OutboxItem) and goes_as_new_request(entry) and user and user.is_admin:
            key = entry.key
            menu.addAction(
                self.tr("Send as a new request"), lambda: self.new_request_requested.emit(key)
            )
        menu.addSeparator()
        discarded = menu.addAction(self.tr("Discard"), self.discard)
        discarded.setEnabled(self._can_discard(entry))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        list_item = self.list.itemAt(position)
        menu = self.menu_for(list_item) if list_item is not None else None
        if menu is not None:
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(self.list.viewport().mapToGlobal(position))

    # -- discard, with Undo ------------------------------------------------------------

    def discard(self) -> None:
        """The selected one leaves the list now; it is deleted when Undo is no longer offered."""
        service = self._service
        entry = self._entry(self.list.currentItem())
        if service is None or not self._can_discard(entry):
            return
        self.undo_bar.commit()  # one Undo at a time: the one before is done now
        row = self.list.currentRow()
        if isinstance(entry, Draft):
            key = entry.key
            self._discarding = (DRAFT, key)
            self.undo_bar.offer(
                lambda: self.tr("Draft discarded."),
                lambda: self._run(service.drafts.throw_away(key)),
            )
        elif isinstance(entry, OutboxItem):
            key = entry.key
            self._discarding = (OUTBOX, key)
            service.outbox.hold(key)  # not sent while Undo is on offer
            self.undo_bar.offer(
                lambda: self.tr("Removed from the outbox: it will not be sent."),
                lambda: self._run(service.outbox.discard(key)),
            )
        self.refresh()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.undo_bar.undo_button.setFocus()

    def _undone(self) -> None:
        discarding, self._discarding = self._discarding, None
        if discarding is not None and discarding[0] == OUTBOX and self._service is not None:
            self._service.outbox.release(discarding[1])
        self.refresh()
        self.list.setFocus()

    def _run(self, work: Coroutine[Any, Any, None]) -> None:
        self._discarding = None  # the store's change redraws the list without it
        self.retranslate_ui()  # and an empty list says all was sent again, not "else"
        future = asyncio.ensure_future(work)
        self._running.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: asyncio.Future[None]) -> None:
        self._running.discard(future)
        if not future.cancelled() and future.exception() is not None:
            log.warning("discard failed: %s", future.exception())
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Drafts and outbox"))
        # "Press Enter to continue one" only with a draft to continue: an empty page (or
        # only the outbox) said it to a newcomer with nothing to press it on.
        self.note.setText(
            self.tr(
                "What you started and have not sent, saved on this computer as you type, and "
                "what waits to be sent. Press Enter to continue one."
            )
            if self._has_draft()
            else self.tr(
                "What you started and have not sent, saved on this computer as you type, and "
                "what waits to be sent."
            )
        )
        self.empty_state.show_state(
            self.tr("Nothing else is waiting.")  # not "sent": one was just discarded
            if self._discarding is not None
            # Not "everything was sent": a draft may have been discarded.
            else self.tr("No drafts, and nothing waiting to be sent."),
            self._next_action(),
        )
        self.list.setAccessibleName(self.tr("Drafts and outbox"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Continue the draft, or open its ticket (Enter)"))
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Discard it (Delete); you can undo it for a moment"))
        self._stack.setCurrentWidget(self.list if self.list.count() else self.empty_state)
        # Open and Discard only with something to act on: empty, the empty state's own next
        # step is the one thing to press (two greyed buttons were noise to a newcomer).
        self.open_button.setVisible(self.list.count() > 0)
        self.discard_button.setVisible(self.list.count() > 0)

    def _has_draft(self) -> bool:
        """Whether the list holds a draft (not only what waits in the outbox)."""
        return any(
            isinstance(self._entry(self.list.item(row)), Draft) for row in range(self.list.count())
        )

    def _next_action(self) -> tuple[str, Callable[[], None]] | None:
        """Contact support, for an admin (R13: the form is the admins'); none signed out."""
        user = self._service.user if self._service is not None else None
        if user is None or not user.is_admin:
            return None  # never a button that cannot work
        return (self.tr("Contact support…"), self.new_ticket_requested.emit)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
