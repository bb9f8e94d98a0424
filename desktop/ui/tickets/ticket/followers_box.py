"""The ticket's followers (issue 21): who gets support's answers by e-mail, who added them.

An admin adds teammates through a picker of the team's people and removes them here.
The service decides who may follow (backend/api/followers.py); this box only offers
what can succeed: no actions for a closed ticket (read-only), none for a user who is no
admin, and none offline, each time with the reason beside the disabled button.
It hands the ticket the service answered with to ``changed``'s listener (the page).

One line until asked for more, so the thread keeps the room: "Followers (2)", their names
and Add follower…; the toggle opens the list with a Remove for each, which Tab reaches
right after the toggle. A removal asks nothing first but can be undone (a line with Undo,
for a while); the keyboard then waits on the toggle (or Add follower… when nobody is
left), never on the next person's Remove, where one more Enter would remove them too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import ApiError, ServerUnreachable
from desktop.ui.look.theme import FOCUS_RING_ROOM, TextRole, set_font_style, set_text_role
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.error_text import describe
from desktop.ui.text.formatting import long_datetime
from desktop.ui.text.local_stopped import followers_wait
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.ticket.elided_label import ElidedLabel
from desktop.ui.tickets.ticket.removed_follower_line import RemovedFollowerLine

if TYPE_CHECKING:
    from desktop.api.models import Follower, TeamPerson, Ticket
    from desktop.services.tickets import TicketService
    from desktop.ui.tickets.ticket.follower_picker import FollowerPicker


class FollowerRow(QWidget):
    """One follower: the name and who added them, and Remove."""

    remove_requested = Signal(str)  # user id

    def __init__(self, follower: Follower, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follower = follower
        self.setObjectName(f"follower_row_{follower.user_id}")
        self.label = WrappedLabel()
        self.label.setObjectName("follower_label")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("follower_remove_button")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(follower.user_id))
        layout = QHBoxLayout(self)
        # Room for Remove's focus ring all round (drawn in this row, cut at its edges).
        room = FOCUS_RING_ROOM
        layout.setContentsMargins(0, room, room, room)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        f = self.follower
        if f.role == "admin":
            text = self.tr("{name} (admin), added by {adder}")
        else:
            text = self.tr("{name} (member, by e-mail only), added by {adder}")
        self.label.setText(text.format(name=f.name, adder=f.added_by_name))
        self.label.setToolTip(self.tr("Added on {when}").format(when=long_datetime(f.added_at)))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove {name} from the followers").format(name=f.name)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class FollowersBox(QFrame):
    changed = Signal(object)  # Ticket: as the service has it after the change

    def __init__(
        self,
        tasks: TaskRunner,
        service: Callable[[], TicketService | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followers_box")
        self._tasks = tasks
        self._service = service
        self.ticket: Ticket | None = None
        self.offline = False
        # The local demo workspace's service gave up: only "Start it again" brings it back
        # (not the service answering again by itself, as offline says).
        self.local_stopped = False
        self.busy = False
        self._error = ""
        self.picker: FollowerPicker | None = None
        self.rows: list[FollowerRow] = []

        self.heading = QLabel()
        self.heading.setObjectName("followers_heading")
        set_font_style(self.heading, bold=True)
        # With followers: the heading opens and closes their list (closed at first).
        self.toggle = QToolButton()
        self.toggle.setObjectName("followers_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_font_style(self.toggle, bold=True)
        # A disclosure triangle, not a pressed-in button while open (no colour set here).
        self.toggle.setStyleSheet("QToolButton { border: none; padding: 2px; }")
        self.toggle.toggled.connect(self._expanded)
        self.summary = ElidedLabel()
        self.summary.setObjectName("followers_summary")
        set_text_role(self.summary, TextRole.SECONDARY)
        # A change asked for from this section by keyboard: the keyboard stays in it after.
        self._keep_focus = False
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_follower_button")
        self.add_button.clicked.connect(self._choose)
        self.reason = WrappedLabel()  # why the actions are off, or what went wrong
        self.reason.setObjectName("followers_reason")
        set_text_role(self.reason, TextRole.SECONDARY)
        self.empty = WrappedLabel(whole_hyphenated=True)
        self.empty.setObjectName("followers_empty")
        set_text_role(self.empty, TextRole.SECONDARY)

        top = QHBoxLayout()
        # The focus rings of the toggle and Add follower… whole, at the box's edges too.
        room = FOCUS_RING_ROOM
        top.setContentsMargins(0, 0, room, 0)
        top.addWidget(self.heading)
        top.addWidget(self.toggle)
        # The toggle's ring clear of the names beside it.
        top.addSpacing(2 * room)
        top.addWidget(self.summary, 1)
        top.addWidget(self.empty, 1)
        top.addStretch(0)  # holds the button at its size when the "Nobody yet" note is hidden
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.list = QWidget()
        self.list.setObjectName("followers_list")
        self._rows_layout = QVBoxLayout(self.list)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)  # each row leaves room for its ring
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(room, room, 0, room)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.removed_line = RemovedFollowerLine()
        self.removed_line.undo_requested.connect(self._undo_removal)
        self.removed_line.expiring.connect(self._undo_expiring)
        self.removed_line.held = self._admin_here
        layout.addWidget(self.removed_line)
        layout.addWidget(self.reason)
        self.retranslate_ui()
        self.hide()

    # -- what is shown ------------------------------------------------------------------

    def show_for(self, ticket: Ticket | None) -> None:
        if ticket is None or self.ticket is None or ticket.id != self.ticket.id:
            self._error = ""
            self._close_picker()
            self.removed_line.dismiss()
        self.ticket = ticket
        followers = ticket.followers if ticket is not None else ()
        if tuple(r.follower for r in self.rows) != followers:
            for row in self.rows:
                row.setParent(None)
                row.deleteLater()
            self.rows = []
            for follower in followers:
                row = FollowerRow(follower, self.list)
                row.remove_requested.connect(self._remove)
                self._rows_layout.addWidget(row)
                row.show()  # now, not a loop pass later: the focus may be put on it at once
                self.rows.append(row)
            self._order_tabs()
        # Shown to admins (who can change it) and wherever somebody follows.
        self.setVisible(ticket is not None and (self._may_change() or bool(followers)))
        self.retranslate_ui()

    def set_offline(self, offline: bool) -> None:
        """Offline, nothing here can succeed: the actions are off and say why."""
        if offline != self.offline:
            self.offline = offline
            if not offline:
                self._error = ""
            self.retranslate_ui()

    def set_local_stopped(self, stopped: bool) -> None:
        if stopped != self.local_stopped:
            self.local_stopped = stopped
            self.retranslate_ui()

    def _order_tabs(self) -> None:
        """Reading order: the toggle, the list it opens (each Remove), Undo under it, then
        Add follower…. Rows made after the page's other widgets would otherwise come last
        in the window's chain, after the thread."""
        chain = [
            self.toggle,
            *(row.remove_button for row in self.rows),
            self.removed_line.undo_button,
            self.add_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _safe_focus(self) -> None:
        """The keyboard on a control that changes nothing when pressed by mistake."""
        target = self.toggle if self.toggle.isVisibleTo(self) else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _may_change(self) -> bool:
        service = self._service()
        return service is not None and service.user is not None and service.user.is_admin

    def _blocked(self) -> str:
        """Why adding and removing cannot succeed now; "" when they can."""
        ticket = self.ticket
        if ticket is not None and ticket.status == "closed":
            return self.tr("The ticket is closed: its followers can no longer change.")
        if self.local_stopped:
            return followers_wait()
        if self.offline:
            return self.tr("Offline: followers can be changed once the service answers again.")
        return ""

    # -- adding and removing ------------------------------------------------------------

    def _choose(self) -> None:
        service, ticket = self._service(), self.ticket
        if service is None or ticket is None or self._blocked() or self.busy:
            return
        self._start()
        self._tasks.run(self._open_picker(service, ticket), on_error=self._failed)

    async def _open_picker(self, service: TicketService, ticket: Ticket) -> None:
        from desktop.ui.tickets.ticket.follower_picker import FollowerPicker  # when first needed

        people = await service.team_people()
        self._done()
        if self.ticket is None or self.ticket.id != ticket.id:
            return
        taken = {ticket.submitter.id} | {f.user_id for f in self.ticket.followers}
        self._close_picker()
        picker = FollowerPicker([p for p in people if p.id not in taken], self.window())
        picker.accepted.connect(lambda: self._picked(picker))
        picker.finished.connect(lambda _result: self._picker_closed(picker))
        self.picker = picker
        picker.open()

    def _picked(self, picker: FollowerPicker) -> None:
        person = picker.chosen()
        service, ticket = self._service(), self.ticket
        if person is None or service is None or ticket is None or self._blocked():
            return
        self._start()
        self._tasks.run(
            self._change(service.add_follower(ticket.id, person.id), ticket.id),
            on_error=lambda error: self._failed(error, person),
        )

    def _picker_closed(self, picker: FollowerPicker) -> None:
        if self.picker is picker:
            self.picker = None
            picker.deleteLater()
            self.add_button.setFocus()

    def _close_picker(self) -> None:
        if self.picker is not None:
            self.picker.reject()

    def _remove(self, user_id: str) -> None:
        service, ticket = self._service(), self.ticket
        if service is None or ticket is None or self._blocked() or self.busy:
            return
        follower = next((f for f in ticket.followers if f.user_id == user_id), None)
        self._hold_focus()
        self._start()
        self._tasks.run(
            self._change(service.remove_follower(ticket.id, user_id), ticket.id, follower),
            on_error=lambda error: self._failed(error, follower),
        )

    def _undo_removal(self, follower: Follower) -> None:
        """Undo: the person added back, as Add follower… would (added by whoever undoes)."""
        service, ticket = self._service(), self.ticket
        if service is None or ticket is None or self._blocked() or self.busy:
            return
        self._hold_focus()
        self._start()
        self._tasks.run(
            self._change(service.add_follower(ticket.id, follower.user_id), ticket.id, undo=True),
            on_error=lambda error: self._failed(error, follower),
        )

    def _undo_expiring(self) -> None:
        focus = self.window().focusWidget()
        if focus is not None and self.removed_line.isAncestorOf(focus):
            self._safe_focus()  # Undo is going: the keyboard stays in the section

    def _admin_here(self) -> bool:
        """The keyboard (the window's, also while another window is in front) or the mouse
        is in this section: Undo must not go from under it, nor the Tab order shift (Shift+Tab
        from Add follower… then reached the last Remove instead of Undo)."""
        focus = self.window().focusWidget()
        return self.underMouse() or (focus is not None and self.isAncestorOf(focus))

    def _hold_focus(self) -> None:
        # The button pressed is turned off while the service answers: the keyboard waits
        # on the toggle (in this section) rather than Qt passing it on to the navigation.
        # Pressed by mouse with the keyboard elsewhere, it is left there.
        self._keep_focus = self._has_focus()
        if self._keep_focus:
            self._safe_focus()

    def _has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    async def _change(
        self,
        change: Awaitable[Ticket],
        ticket_id: str,
        removed: Follower | None = None,
        *,
        undo: bool = False,
    ) -> None:
        updated = await change
        self._done()
        refocus = self._keep_focus and self._has_focus()
        self._keep_focus = False
        if refocus:
            # Before the rows are redrawn, so the focus never leaves the section.
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.ticket is not None and self.ticket.id == ticket_id:
            self.show_for(updated)
            if removed is not None:
                self.removed_line.show_removed(removed)
            elif undo:
                self.removed_line.dismiss()
        if refocus:
            self._safe_focus()
        self.changed.emit(updated)

    def _start(self) -> None:
        self.busy = True
        self._error = ""
        self.retranslate_ui()

    def _done(self) -> None:
        self.busy = False
        self.retranslate_ui()

    def _failed(self, error: BaseException, who: Follower | TeamPerson | None = None) -> None:
        self.busy = False
        removing = self._keep_focus and self._has_focus() and hasattr(who, "user_id")
        self._keep_focus = False
        name = who.name if who is not None else ""
        if isinstance(error, ServerUnreachable):
            self.offline = True  # the page's next successful read turns it back on
            self._error = ""
        elif isinstance(error, ApiError) and error.code == "follower_is_submitter":
            text = self.tr("{name} submitted the ticket and gets every answer already.")
            self._error = text.format(name=name)
        elif isinstance(error, ApiError) and error.code == "not_found" and name:
            # The ticket is still shown (it was read just now): the person is what is gone.
            self._error = self.tr("{name} is no longer on your team.").format(name=name)
        elif isinstance(error, ApiError) and error.code == "ticket_closed":
            self._error = self.tr("The ticket is closed: its followers can no longer change.")
        else:
            self._error = describe(error).text
        self.retranslate_ui()
        if removing:
            # Not removed: the keyboard goes back to its Remove (on again now).
            user_id = getattr(who, "user_id", None)
            row = next((r for r in self.rows if r.follower.user_id == user_id), None)
            if row is not None and row.remove_button.isEnabled():
                row.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- words --------------------------------------------------------------------------

    def _expanded(self, shown: bool) -> None:
        self.list.setVisible(shown and bool(self.rows))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        count = len(self.rows)
        self.heading.setText(self.tr("Followers"))
        self.heading.setVisible(not count)
        self.toggle.setVisible(bool(count))
        self.summary.setVisible(bool(count))
        self.list.setVisible(bool(count) and self.toggle.isChecked())
        opened = self.toggle.isChecked()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.toggle.setText(self.tr("Followers (%n)", "", count))
        # The state is in the name as well as in "pressed": every screen reader says it.
        self.toggle.setAccessibleName(
            self.tr("Followers (%n), list shown", "", count)
            if opened
            else self.tr("Followers (%n), list hidden", "", count)
        )
        self.toggle.setToolTip(
            self.tr("Hide the list of followers")
            if opened
            else self.tr("Show the followers, with who added them")
        )
        names = [row.follower.name for row in self.rows]
        self.summary.set_full_text(QLocale().createSeparatedList(names) if names else "")
        self.empty.setText(
            # "e-mail" whole: a narrow pane wrapped it as "e-" and "mail".
            self.tr("Nobody yet. Followers get support's answers by e-mail.") if not count else ""
        )
        self.empty.setVisible(not count)
        may = self._may_change()
        blocked = self._blocked()
        self.add_button.setText(self.tr("Add follower…"))
        self.add_button.setAccessibleName(self.tr("Add a follower to this ticket"))
        self.add_button.setVisible(may)
        self.add_button.setEnabled(may and not blocked and not self.busy)
        self.add_button.setToolTip(blocked)
        for row in self.rows:
            row.remove_button.setVisible(may)
            row.remove_button.setEnabled(may and not blocked and not self.busy)
            row.remove_button.setToolTip(blocked)
        self.removed_line.undo_button.setEnabled(may and not blocked and not self.busy)
        self.removed_line.undo_button.setToolTip(blocked)
        shown = self._error or (blocked if may else "")
        self.reason.setText(shown)
        self.reason.setVisible(bool(shown))
        set_text_role(self.reason, TextRole.DANGER if self._error else TextRole.SECONDARY)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
