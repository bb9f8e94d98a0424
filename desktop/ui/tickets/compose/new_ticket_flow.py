"""A new request from the window (R13–R15): the contact form, its sending, what comes back.

Opened from the New ticket action, from a new-ticket draft or one the service
refused (back into the form as it was), and from a reply refused because its
ticket closed meanwhile: then the form carries the reply's text and files, and
the refused reply leaves the outbox only once the new request is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from desktop.api.list_models import TicketSummary, User
    from desktop.api.models import NewTicket, Ticket
    from desktop.services.help_articles import ArticleFinder
    from desktop.services.tickets import TicketService
    from desktop.store.outbox import OutboxItem
    from desktop.ui.shell.tasks import TaskRunner
    from desktop.ui.tickets.compose.answered_notice import AnsweredNotice
    from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog

# How long the contact form waits for its ticket before leaving it to the outbox.
CREATE_WAIT_SECONDS = 20.0

Session = Callable[[], "tuple[TicketService, User] | None"]
# Told once the form is done: the ticket made (None: it waits in the outbox).
Created = Callable[["Ticket | None"], None]
# Puts a notice under the window's pages: nothing above it moves as it comes.
AddNotice = Callable[[QWidget], None]
# How to open Billing, asked when it is offered: None where the admin cannot see it.
BillingOffer = Callable[[], "Callable[[], None] | None"]


class NewTicketFlow(QObject):
    def __init__(
        self,
        window: QMainWindow,
        tasks: TaskRunner,
        session: Session,
        created: Created,
        add_notice: AddNotice,
        billing: BillingOffer = lambda: None,
        local_stopped: Callable[[], bool] = lambda: False,
    ) -> None:
        """``billing``: how to open Billing, if this admin can see it (None: cannot).
        ``local_stopped``: whether the local demo workspace's service gave up (a request
        then waits for "Start it again", not for a connection that returns by itself)."""
        super().__init__(window)
        self._billing = billing
        self._local_stopped = local_stopped
        self._window = window
        self._tasks = tasks
        self._session = session
        self._created = created
        self._add_notice = add_notice
        self.dialog: ContactSupportDialog | None = None
        self.nothing_covered: QWidget | None = None  # the box saying so, while shown
        self._answered_notice: AnsweredNotice | None = None  # made when first needed

    @property
    def answered_notice(self) -> AnsweredNotice:
        """ "Glad the article helped … [Open draft]": in the window, not only the status bar."""
        if self._answered_notice is None:
            from desktop.ui.tickets.compose.answered_notice import AnsweredNotice

            notice = AnsweredNotice()
            notice.open_draft_requested.connect(self.open)
            self._add_notice(notice)
            self._answered_notice = notice
        return self._answered_notice

    def signed_out(self) -> None:
        """The admin signed out: their "Open draft" notice goes (the next one to sign in would
        open their own draft from it) and their form closes, its text kept as a draft."""
        if self._answered_notice is not None:
            self._answered_notice.hide()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()

    def _kept_as_draft(self) -> None:
        """Closed with Esc (or Cancel) and something in it: nothing is lost, and the
        status bar says where it is, as for a reply left behind."""
        if self._session() is None:
            return  # closed by a sign-out: the next one to sign in would not find it there
        from desktop.ui.shell.main_window import DRAFT_KEPT_MS

        self._window.statusBar().showMessage(
            self.tr("Your request is kept as a draft, in Drafts and outbox."), DRAFT_KEPT_MS
        )

    def _closed(self, dialog: ContactSupportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None  # deleted next

    def _admin_session(self) -> tuple[TicketService, User] | None:
        session = self._session()
        # R13: only admins open premium tickets.
        return session if session is not None and session[1].is_admin else None

    def open(self) -> None:
        """R13–R15: the admin's way to a new request, chat or callback."""
        session = self._admin_session()
        if session is None:
            return
        if self._answered_notice is not None:
            self._answered_notice.hide()  # the draft it offers is in the form now
        self._window.statusBar().showMessage(self.tr("Opening the contact form…"), 5000)
        self._tasks.run(self._open(*session))

    def send_as_new_request(self, key: str) -> None:
        """A reply refused because its ticket closed: the form, carrying its text and files."""
        session = self._admin_session()
        if session is None:
            return
        service, user = session
        item = service.outbox.store.get(key)
        if item is not None:
            self._tasks.run(self._open(service, user, follow_up=item))

    def follow_up(self, ticket_id: str) -> None:
        """A closed ticket's "Contact support…": the form as from New ticket, its subject
        naming the closed ticket unless the draft there already has one."""
        session = self._admin_session()
        if session is None:
            return
        if self._answered_notice is not None:
            self._answered_notice.hide()  # the draft it offers is in the form now
        self._window.statusBar().showMessage(self.tr("Opening the contact form…"), 5000)
        service, user = session
        self._tasks.run(self._open(service, user, following=service.store.get(ticket_id)))

    async def _open(
        self,
        service: TicketService,
        user: User,
        follow_up: OutboxItem | None = None,
        following: TicketSummary | None = None,
    ) -> None:
        # A question an article answered a week ago is not brought back.
        await service.drafts.drop_expired()
        options = await service.contact_options()
        if not options.team.covered_products():
            # The form would be filled in for nothing (a newcomer's report): said first.
            self._window.statusBar().clearMessage()
            self._say_nothing_covered()
            return
        from desktop.services.help_articles import ArticleFinder
        from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog

        dialog = ContactSupportDialog(
            options,
            champion=user.champion,
            drafts=service.drafts,
            parent=self._window,
            local_stopped=options.offline and self._local_stopped(),
        )
        replaces = None
        if follow_up is not None:
            replaces = follow_up.key
            closed = service.store.get(follow_up.ticket_id) if follow_up.ticket_id else None
            subject = (
                self.tr("Follow-up to #{number}: {subject}").format(
                    number=closed.number, subject=closed.subject
                )
                if closed is not None
                else self.tr("Follow-up to a closed ticket")
            )
            dialog.prefill(
                subject=subject,
                body=follow_up.body,
                files=follow_up.files,
                product=closed.product if closed is not None else None,
                category=closed.category if closed is not None else None,
            )
        if following is not None:
            # The subject, product and category to start from: the draft is kept as from
            # New ticket, and the rest (and any change to these) is the admin's.
            dialog.suggest_subject(
                self.tr("Follow-up to #{number}: {subject}").format(
                    number=following.number, subject=following.subject
                ),
                product=following.product,
                category=following.category,
            )
        dialog.create_requested.connect(
            lambda draft, key, files: self._tasks.run(
                self._create(service, dialog, draft, key, files, replaces),
                on_error=lambda error: self._create_failed(dialog, error),
            )
        )
        finder = ArticleFinder(service.client)
        if not options.offline:
            dialog.use_article_finder(finder)
        dialog.question_answered.connect(
            lambda key, before: self._tasks.run(self._answered(finder, key, before))
        )
        dialog.kept_as_draft.connect(self._kept_as_draft)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        self._window.statusBar().clearMessage()
        dialog.open()

    def _say_nothing_covered(self) -> None:
        """No product of the team has Premium Support: no ticket, chat or call can be
        opened here. Billing is offered where the admin can see it."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.text.wrapped_message_box import WrappedMessageBox

        box = WrappedMessageBox(self._window)
        box.setObjectName("nothing_covered_box")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Contact support"))
        box.setText(self.tr("Premium Support covers none of your team's products yet."))
        billing = self._billing()
        box.setInformativeText(
            self.tr(
                "Tickets, chats and callbacks come with the Premium Support add-on. "
                "Billing shows whether your team can add it, and how."
            )
            if billing
            else self.tr("Tickets, chats and callbacks come with the Premium Support add-on.")
        )
        close = box.addButton(QMessageBox.StandardButton.Close)
        if billing:
            to_billing = box.addButton(self.tr("Open Billing"), QMessageBox.ButtonRole.AcceptRole)
            to_billing.clicked.connect(billing)
            box.setDefaultButton(to_billing)
        else:
            box.setDefaultButton(close)
        box.finished.connect(box.deleteLater)
        self.nothing_covered = box
        box.open()

    async def _create(
        self,
        service: TicketService,
        dialog: ContactSupportDialog,
        draft: NewTicket,
        key: str,
        files: list[Path],
        replaces: str | None,
    ) -> None:
        from desktop.store.drafts import NEW_TICKET_KEY
        from desktop.store.outbox import FAILED, QUEUED

        outbox = service.outbox
        # A follow-up's text is the refused reply's, not the new-ticket draft's: that stays.
        draft_key = None if replaces else NEW_TICKET_KEY
        item = await outbox.send_ticket(
            draft, tuple(files), draft_key=draft_key, key=key, replaces=replaces
        )
        outcome = await outbox.first_outcome(item.key, timeout=CREATE_WAIT_SECONDS)
        if outcome.state == QUEUED and draft.channel != "request":
            # A chat or a call is now or never: it does not wait in the outbox.
            await outbox.discard(item.key)
            dialog.show_error(
                self.tr(
                    "Chats and callbacks need a connection to support. Send a written "
                    "request instead: it goes out as soon as the connection returns."
                )
            )
            dialog.save_draft()
            return
        if outcome.state == FAILED:
            refused = outbox.store.get(item.key)
            await outbox.discard(item.key)  # the form still holds it all: fix and send again
            from desktop.ui.tickets.ticket.outbox_card import failure_text

            dialog.show_error(failure_text(refused) if refused else "")
            dialog.save_draft()
            return
        dialog.accept()
        self._created(outcome.ticket)
        if outcome.ticket is not None:
            # Said where it stays: a filtered list may not show the new ticket.
            number = outcome.ticket.number
            done = {
                "chat": self.tr("Chat started: ticket #{number}."),
                "callback": self.tr("Call requested: ticket #{number}. Support will call you."),
            }.get(outcome.ticket.channel, self.tr("Request sent: ticket #{number}."))
            self._window.statusBar().showMessage(done.format(number=number), 15_000)
        else:
            self._window.statusBar().showMessage(
                self.tr(
                    "Your request is in the outbox: it is sent once you start the local "
                    "demo workspace again."
                )
                if self._local_stopped()
                else self.tr(
                    "Your request is in the outbox: it is sent when the connection returns."
                ),
                15_000,
            )

    async def _answered(self, finder: ArticleFinder, key: str, counted_before: bool) -> None:
        """Counted for the team's insights, once per question (Insights would otherwise say
        more questions were answered than were asked); without an answer that is said."""
        counted = counted_before or await finder.answered(key)
        notice = self.answered_notice
        notice.show_answered(counted=counted)
        self._window.statusBar().showMessage(notice.text.text(), 15_000)

    def _create_failed(self, dialog: ContactSupportDialog, error: BaseException) -> None:
        from desktop.ui.text.error_text import describe

        message = describe(error)
        dialog.show_error(message.text)  # everything typed stays in the form
        if not message.expected:
            self._tasks.report(error)

    def edit_refused(self, key: str) -> None:
        """A new ticket the service refused goes back into the form, as it was."""
        session = self._admin_session()
        if session is not None:
            self._tasks.run(self._take_back(session[0], key))

    async def _take_back(self, service: TicketService, key: str) -> None:
        if await service.outbox.edit(key) is not None:
            self.open()
