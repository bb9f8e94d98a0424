"""Under a solved ticket: was the answer good or bad, with an optional comment (issue 21).

Shown while the ticket is solved (the rating can be given and changed), and read-only
once it is closed with a rating; hidden otherwise. It sends the rating itself and hands
the ticket the service answered with to ``rated``'s listener (the page shows it).

One line (the question, Good and Bad), so the thread above keeps the room; where the
rating stands ("Rated good on ...") under it, across the box's whole width (beside the
buttons it had a few words' room: five lines, and its least width held the reading pane
wider); the comment and Send open under that once Good or Bad is pressed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import ApiError
from desktop.api.models import Ticket
from desktop.services.tickets import TicketService
from desktop.ui.look.icons import button_icon
from desktop.ui.look.theme import (
    FOCUS_RING_ROOM,
    TextRole,
    set_font_style,
    set_text_role,
    style_boxed,
)
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.error_text import describe
from desktop.ui.text.formatting import date_and_time, long_datetime
from desktop.ui.text.local_stopped import start_it_first
from desktop.ui.text.wrapped_label import WrappedLabel

MAX_COMMENT = 2000  # the service's limit
# The comment sent, repeated under the rating: a glance, not the whole text (in the tooltip).
SHOWN_COMMENT = 80
# Beside the chosen rating: it stays told apart once the focus leaves, not by colour alone.
CHOSEN_MARK = "\u2713 "


class SatisfactionBox(QFrame):
    rated = Signal(object)  # Ticket: as the service answered the rating

    def __init__(
        self,
        tasks: TaskRunner,
        service: Callable[[], TicketService | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("satisfaction_box")
        style_boxed(self, "info")
        self._tasks = tasks
        self._service = service
        self.ticket: Ticket | None = None
        self._error = ""
        # The local demo workspace's service gave up: a rating cannot be sent until "Start
        # it again" (Good, Bad and the comment stay: choosing is no request).
        self._local_stopped = False
        # Good or Bad pressed: the comment and Send are open under the line.
        self._commenting = False
        # The rating the comment's text was written for, and each rating's comment.
        self._comment_for: str | None = None
        self._comments: dict[str, str] = {}
        # The keyboard was in the comment row when Send was pressed (_send).
        self._sending_focus = False

        self.question = QLabel()
        self.question.setObjectName("satisfaction_question")
        self.question.setWordWrap(False)  # a short question: whole on its line, never squeezed
        set_font_style(self.question, bold=True)
        self.good_button = QPushButton(button_icon("thumbs-up"), "")
        self.good_button.setObjectName("satisfaction_good_button")
        self.bad_button = QPushButton(button_icon("thumbs-down"), "")
        self.bad_button.setObjectName("satisfaction_bad_button")
        self.choice = QButtonGroup(self)
        for button in (self.good_button, self.bad_button):
            button.setCheckable(True)
            self.choice.addButton(button)
            button.toggled.connect(self._update_send)
            button.toggled.connect(self._mark_chosen)
            # Pressed (again): the comment opens, to write or change it.
            button.clicked.connect(self._open_comment)
        self.comment = QLineEdit()
        self.comment.setObjectName("satisfaction_comment")
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.textEdited.connect(self._update_send)
        self.comment.returnPressed.connect(self._send)
        self.send_button = QPushButton()
        self.send_button.setObjectName("satisfaction_send_button")
        self.send_button.clicked.connect(self._send)
        self.status = WrappedLabel()
        self.status.setObjectName("satisfaction_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # the comment is shown as typed
        set_text_role(self.status, TextRole.SECONDARY)
        # The box's width is the page's to give: a long comment or error never widens it.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(self.question)
        line.addWidget(self.good_button)
        line.addWidget(self.bad_button)
        line.addStretch(1)
        self.comment_row = QWidget()
        self.comment_row.setObjectName("satisfaction_comment_row")
        row = QHBoxLayout(self.comment_row)
        # Room for the comment's and Send's focus rings (drawn in this row, cut at its edges).
        room = FOCUS_RING_ROOM
        row.setContentsMargins(room, room, room, room)
        row.addWidget(self.comment, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(3)
        layout.addLayout(line)
        layout.addWidget(self.status)
        layout.addWidget(self.comment_row)
        self.retranslate_ui()
        self.hide()

    # -- what is shown --------------------------------------------------------------

    def show_for(self, ticket: Ticket | None) -> None:
        """The box for ``ticket``: editable when solved, read-only when closed and rated."""
        changed = self.ticket is None or ticket is None or self.ticket.id != ticket.id
        before = self.ticket.satisfaction if self.ticket is not None else None
        self.ticket = ticket
        rated = ticket.satisfaction if ticket is not None else None
        if changed or rated != before:
            # Another ticket, or a new rating from the service: show what it holds.
            self._error = ""
            self._commenting = False
            self._choose(rated.rating if rated else None)
            self.comment.setText((rated.comment or "") if rated else "")
            # Each rating keeps its own comment while the admin switches between them.
            self._comment_for = rated.rating if rated else None
            self._comments = {rated.rating: rated.comment or ""} if rated else {}
        # "Was the answer good?" only once support answered: a ticket solved before any
        # answer (a call cancelled) has nothing to rate.
        editable = (
            ticket is not None and ticket.status == "solved" and bool(ticket.first_responded_at)
        )
        for widget in (self.good_button, self.bad_button):
            widget.setEnabled(editable)
            # Read-only (closed): only the rating given shows, not a choice that was not made.
            widget.setVisible(editable or widget.isChecked())
        self.comment.setReadOnly(not editable)
        self.send_button.setVisible(editable)
        self._show_comment_row()
        self.setVisible(
            editable or (ticket is not None and ticket.status == "closed" and bool(rated))
        )
        self.retranslate_ui()

    def _open_comment(self) -> None:
        """Good or Bad pressed (by mouse or keyboard): the comment opens and takes the
        keyboard, so what is typed next is the comment, not a second press of the button
        (Space) nor the page's shortcuts (R: write a reply)."""
        if self.ticket is None or self.ticket.status != "solved":
            return
        self._commenting = True
        self._show_comment_row()
        if not self.comment.isVisibleTo(self):
            return
        self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
        chosen = self._chosen()
        written_for = self._comment_for
        if chosen is not None and written_for != chosen:
            # Switched: "Quick and clear" under Bad would say the opposite of the rating.
            # The comment written for the other one is kept for it (switching back brings
            # it back) and this rating's own, if any, is shown.
            if written_for is not None:
                self._comments[written_for] = self.comment.text()
            self.comment.setText(self._comments.get(chosen, ""))
        self._comment_for = chosen
        self.comment.end(False)  # go on writing where it ends

    def _show_comment_row(self) -> None:
        """Open while a rating is being given or changed; read-only, only with a comment."""
        ticket = self.ticket
        rated = ticket.satisfaction if ticket is not None else None
        # "Was the answer good?" only once support answered: a ticket solved before any
        # answer (a call cancelled) has nothing to rate.
        editable = (
            ticket is not None and ticket.status == "solved" and bool(ticket.first_responded_at)
        )
        chosen = self._chosen()
        changing = chosen is not None and (rated is None or rated.rating != chosen)
        shown = (editable and (self._commenting or changing)) or (
            not editable and bool(rated and rated.comment)
        )
        focus = QApplication.focusWidget()
        closing = not shown and focus is not None and self.comment_row.isAncestorOf(focus)
        self.comment.setVisible(shown)
        self.comment_row.setVisible(shown)
        if closing:
            # Sent from the comment: the keyboard stays on the rating, not sent elsewhere.
            (self.bad_button if chosen == "bad" else self.good_button).setFocus()

    def _choose(self, rating: str | None) -> None:
        # An exclusive group keeps one checked: lifted while nothing is to be.
        self.choice.setExclusive(False)
        self.good_button.setChecked(rating == "good")
        self.bad_button.setChecked(rating == "bad")
        self.choice.setExclusive(True)

    def _mark_chosen(self) -> None:
        """The chosen button says so in its text and weight as well as its pressed look,
        which some styles draw no differently from a plain one once the focus leaves."""
        for button, word in (
            (self.good_button, self.tr("Good")),
            (self.bad_button, self.tr("Bad")),
        ):
            checked = button.isChecked()
            button.setText(CHOSEN_MARK + word if checked else word)
            set_font_style(button, bold=checked)

    def _chosen(self) -> str | None:
        if self.good_button.isChecked():
            return "good"
        if self.bad_button.isChecked():
            return "bad"
        return None

    def _update_send(self) -> None:
        self._show_comment_row()
        ticket = self.ticket
        rated = ticket.satisfaction if ticket is not None else None
        chosen = self._chosen()
        comment = self.comment.text().strip() or None
        # Send when something new would be said: a first rating, or a changed one.
        self.send_button.setEnabled(
            chosen is not None
            and (rated is None or rated.rating != chosen or (rated.comment or None) != comment)
            and not self._local_stopped
        )
        self.send_button.setToolTip(start_it_first() if self._local_stopped else "")

    def set_local_stopped(self, stopped: bool) -> None:
        if stopped != self._local_stopped:
            self._local_stopped = stopped
            self._update_send()

    # -- sending --------------------------------------------------------------------

    def _send(self) -> None:
        service, ticket, chosen = self._service(), self.ticket, self._chosen()
        if service is None or ticket is None or chosen is None or not self.send_button.isEnabled():
            return
        # Turned off while the service answers, Send hands the keyboard to whatever follows
        # it in the window (the reply box): it is brought back to the rating once answered.
        focus = QApplication.focusWidget()
        self._sending_focus = focus is not None and self.comment_row.isAncestorOf(focus)
        self.send_button.setEnabled(False)
        self._error = ""
        self._tasks.run(
            self._rate(service, ticket.id, chosen, self.comment.text().strip() or None),
            on_error=self._failed,
        )

    async def _rate(
        self, service: TicketService, ticket_id: str, rating: str, comment: str | None
    ) -> None:
        updated = await service.rate(ticket_id, rating, comment)
        if self.ticket is not None and self.ticket.id == ticket_id:
            self.show_for(updated)
            if self._sending_focus:
                self._focus_rating()
        self._sending_focus = False
        self.rated.emit(updated)

    def _focus_rating(self) -> None:
        """The keyboard on the rating given (the comment row it was in has closed)."""
        button = self.bad_button if self._chosen() == "bad" else self.good_button
        if button.isVisibleTo(self) and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        if self._sending_focus and self.comment.isVisibleTo(self):
            self.comment.setFocus(Qt.FocusReason.OtherFocusReason)  # to try again from it
        self._sending_focus = False
        if isinstance(error, ApiError) and error.code == "not_solved":
            self._error = self.tr("The ticket is open again: rate it once it is solved.")
        else:
            self._error = describe(error).text
        self.retranslate_ui()

    # -- words ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        ticket = self.ticket
        rated = ticket.satisfaction if ticket is not None else None
        closed = ticket is not None and ticket.status == "closed"
        if closed:
            self.question.setText(self.tr("Your rating of the answer"))
        else:
            self.question.setText(self.tr("Was the answer good?"))
        self._mark_chosen()
        self.good_button.setAccessibleName(self.tr("Rate the answer good"))
        self.bad_button.setAccessibleName(self.tr("Rate the answer bad"))
        # Said on the buttons, not on a line of its own: the thread keeps the room.
        helps = "" if closed else self.tr("Your rating helps support improve. You can change it.")
        for button in (self.good_button, self.bad_button):
            button.setToolTip(helps)
            button.setAccessibleDescription(helps)
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment.setAccessibleName(self.tr("Comment on the answer"))
        self.send_button.setText(self.tr("Change rating") if rated else self.tr("Send rating"))
        if self._error:
            self.status.setText(self._error)
        elif rated is not None:
            # The app's one date style for a moment whose time matters; the full one on hover.
            when = date_and_time(rated.rated_at)
            text = (
                self.tr("Rated good on {when}.").format(when=when)
                if rated.rating == "good"
                else self.tr("Rated bad on {when}.").format(when=when)
            )
            if rated.comment:
                text += " " + self.tr("Your comment: \u201c{comment}\u201d").format(
                    comment=shortened(rated.comment)
                )
            self.status.setText(text)
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))  # no empty line under the buttons
        self.status.setToolTip(self._status_tip())
        set_text_role(self.status, TextRole.DANGER if self._error else TextRole.SECONDARY)
        self._update_send()

    def _status_tip(self) -> str:
        """The full date, and the whole comment when the line shows only its start."""
        rated = self.ticket.satisfaction if self.ticket is not None else None
        if self._error or rated is None:
            return ""
        tip = long_datetime(rated.rated_at)
        if rated.comment and shortened(rated.comment) != rated.comment:
            tip += "\n" + rated.comment
        # Plain text always: a comment holding "<b>" is shown as typed, not as markup.
        return GuiQt.convertFromPlainText(tip, Qt.WhiteSpaceMode.WhiteSpaceNormal)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def shortened(comment: str) -> str:
    """The comment on one line, cut at a word with "…" when it is long."""
    flat = " ".join(comment.split())
    if len(flat) <= SHOWN_COMMENT:
        return flat
    cut = flat[: SHOWN_COMMENT - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > SHOWN_COMMENT // 2 else cut).rstrip() + "\u2026"
