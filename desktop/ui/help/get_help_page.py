"""Get help (R6, R7): members e-mail support 24/7 and follow their own requests."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import HelpRequest
from desktop.services.tickets import TicketService, help_target_minutes
from desktop.ui.help.page_scroll import LeastContent, PageScroll
from desktop.ui.help.rows_room import RowsRoom
from desktop.ui.look.theme import TextRole, TypeStep, set_text_role, set_type, style_primary
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.error_text import describe
from desktop.ui.text.labels import CATEGORIES, category_label, product_label
from desktop.ui.text.local_stopped import start_it_first
from desktop.ui.text.said_again import SaidAgain, Text
from desktop.ui.text.spans import Spans
from desktop.ui.text.support_hours_text import SupportHoursText
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.compose.field_marks import FieldMarks
from desktop.ui.tickets.compose.prompt_choice import UNCHOSEN, chosen, prompt_only
from desktop.ui.tickets.list.ticket_list_page import TicketListPage

# The description's height: a few lines, and the room its fields' missing marks take.
DESCRIPTION_HEIGHT = 120
# Whole rows of the member's requests always in the list (the page scrolls for them).
ROWS_KEPT = 4


class GetHelpPage(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("get_help_page")
        self._tasks = tasks
        self._service: TicketService | None = None
        self._champion: str | None = None
        self._key = str(uuid.uuid4())
        self._busy = False
        # The local workspace's service gave up: Send cannot succeed until "Start it again"
        # (a member's request is no reply: it waits in no outbox).
        self._stopped = False
        self._error_shown = False

        self.title = QLabel()
        set_type(self.title, TypeStep.PAGE_TITLE)
        self.intro = WrappedLabel()
        self.intro.setObjectName("get_help_intro")
        # Nothing is assumed: "Choose…" until the member picks (as in Contact support; a
        # newcomer's request went as "Sign-in and access", the first category, unpicked).
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("help_product_combo")
        self.product_combo.addItem("", UNCHOSEN)
        for product in ("dropbox", "dash"):
            self.product_combo.addItem(product_label(product), product)
        prompt_only(self.product_combo)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("help_category_combo")
        self.category_combo.addItem("", UNCHOSEN)
        for category in CATEGORIES:
            self.category_combo.addItem("", category)
        prompt_only(self.category_combo)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("help_subject_edit")
        self.subject_edit.setMaxLength(200)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("help_description_edit")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setFixedHeight(DESCRIPTION_HEIGHT)
        self.send_button = QPushButton()
        self.send_button.setObjectName("help_send_button")
        style_primary(self.send_button)  # the page's main action, as everywhere
        self.send_button.clicked.connect(self._submit)
        self.status = WrappedLabel()
        self._said = SaidAgain(self.status)
        self.status.setObjectName("help_status")

        # Missing fields are marked as in Contact support: the first one focused, its mark
        # beside a list or under a text, and said as the field's accessible description.
        self.marks = FieldMarks()
        self._columns: dict[str, QVBoxLayout] = {}
        self._labels = {key: QLabel() for key in ("product", "category", "subject", "body")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._labels["product"],
            self._mark_beside(self.product_combo, "product", lambda: self.product is not None),
        )
        form.addRow(
            self._labels["category"],
            self._mark_beside(self.category_combo, "category", lambda: self.category is not None),
        )
        form.addRow(
            self._labels["subject"],
            self._mark_under(
                self.subject_edit, "subject", lambda: bool(self.subject_edit.text().strip())
            ),
        )
        form.addRow(
            self._labels["body"],
            self._mark_under(
                self.body_edit, "body", lambda: bool(self.body_edit.toPlainText().strip())
            ),
        )
        self.marks.on_change.append(lambda _name: self._lend_room())
        for filled in (
            self.product_combo.currentIndexChanged,
            self.category_combo.currentIndexChanged,
            self.subject_edit.textChanged,
            self.body_edit.textChanged,
        ):
            filled.connect(self.marks.refresh)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)

        self.requests = TicketListPage(tasks, "requests")
        # Room for whole rows: the form above left 1.5 rows of the requests in a
        # 1,024 × 640 window. Where the window is too short for both, the page scrolls
        # (as Billing's tabs do), the list keeping its rows; a tall window gives the
        # list the rest, as before.
        self.rows_room = RowsRoom(self.requests.table, ROWS_KEPT)
        content = LeastContent()
        content.setObjectName("get_help_content")
        self.page_scroll = PageScroll(content)
        self.page_scroll.setObjectName("get_help_scroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.requests, 1)
        self.retranslate_ui()

    def _mark_beside(self, combo: QComboBox, name: str, ready: Callable[[], bool]) -> QHBoxLayout:
        """``combo`` as wide as its choices, its mark beside it (its place kept)."""
        row = QHBoxLayout()
        row.addWidget(combo)
        mark = self.marks.add(name, combo, ready)
        mark.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(mark, 1)
        return row

    def _mark_under(self, field: QWidget, name: str, ready: Callable[[], bool]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(field)
        # No room kept before the first try; the description lends it (_lend_room).
        column.addWidget(self.marks.add(name, field, ready, keep_room=False))
        self._columns[name] = column
        return column

    def _lend_room(self) -> None:
        """The description is as much shorter as the marks under the texts take: Send and
        the requests below stay where they were (as in Contact support). A mark shown
        once keeps its room (FieldMarks), so the description stays as short."""
        lent = 0
        for name, field in (("subject", self.subject_edit), ("body", self.body_edit)):
            mark = self.marks.message(name)
            if self.marks.is_marked(name) or mark.sizePolicy().retainSizeWhenHidden():
                spacing = max(0, self._columns[name].spacing())
                lent += mark.heightForWidth(max(1, field.width())) + spacing
        self.body_edit.setFixedHeight(DESCRIPTION_HEIGHT - lent)

    @property
    def product(self) -> str | None:
        return chosen(self.product_combo)

    @property
    def category(self) -> str | None:
        return chosen(self.category_combo)

    def bind(self, service: TicketService | None, champion: str | None) -> None:
        self._service = service
        self._champion = champion
        self.requests.bind(service)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Get help"))
        within = Spans().within(help_target_minutes(self._champion))
        # R4 as Billing's table says it (one source): "24/7" alone promised Japanese
        # answers around the clock.
        intro = self.tr("E-mail support: {hours}").format(
            hours=SupportHoursText().around_the_clock()
        )
        intro += " " + self.tr(
            "Premium Support is for your team's admins; your requests are answered {within}."
        ).format(within=within)
        if self._champion:
            intro += " " + self.tr("As a Dropbox champion you get this faster response personally.")
        self.intro.setText(intro)
        # A choice now, reached by its letter like the others (as in Contact support).
        self._labels["product"].setText(self.tr("P&roduct:"))
        self._labels["product"].setBuddy(self.product_combo)
        self._labels["category"].setText(self.tr("&Category:"))
        self._labels["category"].setBuddy(self.category_combo)
        self._labels["subject"].setText(self.tr("&Subject:"))
        self._labels["subject"].setBuddy(self.subject_edit)
        self._labels["body"].setText(self.tr("&Description:"))
        self._labels["body"].setBuddy(self.body_edit)
        choose = self.tr("Choose…")
        self.product_combo.setItemText(0, choose)
        for index in range(self.category_combo.count()):
            data = str(self.category_combo.itemData(index))
            self.category_combo.setItemText(index, category_label(data) if data else choose)
        self.marks.set_text("product", self.tr("Choose the product your question is about."))
        self.marks.set_text("category", self.tr("Choose what your question is about."))
        self.marks.set_text("subject", self.tr("Write a subject."))
        self.marks.set_text("body", self.tr("Describe the problem."))
        self._lend_room()  # the marks' words, and so their height, changed
        self.send_button.setText(self.tr("Sending…") if self._busy else self.tr("Send"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._said.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        if self._busy or self._service is None:
            return
        # Whitespace alone counts as missing (the service refuses it: blank_text).
        missing = self.marks.mark_missing()
        if missing:
            self._said.say("")  # the marks say what is missing; no older news beside them
            missing[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        product, category = self.product, self.category
        assert product is not None and category is not None
        subject = self.subject_edit.text().strip()
        body = self.body_edit.toPlainText().strip()
        self._busy = True
        self._update_send()
        self.retranslate_ui()
        draft = HelpRequest(
            product=product,
            category=category,
            subject=subject,
            body=body,
        )
        self._tasks.run(self._send(self._service, draft), on_error=self._failed)

    async def _send(self, service: TicketService, draft: HelpRequest) -> None:
        ticket = await service.ask_for_help(draft, self._key)
        self._key = str(uuid.uuid4())  # the next request is a new one
        self._busy = False
        self._update_send()
        # The next request starts as a new one: nothing chosen for it yet.
        for combo in (self.product_combo, self.category_combo):
            combo.setCurrentIndex(0)
        self.subject_edit.clear()
        self.body_edit.clear()
        # Send was off while sending, and Qt gave its focus to the next control (the list's
        # Export…): the keyboard starts the next request where the form starts.
        self.product_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show(
            lambda: self.tr("Sent as request #{number}. We will answer by e-mail.").format(
                number=ticket.number
            ),
            error=False,
        )
        self.requests.reload()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_send()
        if self.send_button.isEnabled():
            self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Send again, kept text
        message = describe(error)
        self._show(lambda: describe(error).text, error=True)  # what was typed stays
        if not message.expected:
            self._tasks.report(error)

    def _show(self, text: Text, *, error: bool) -> None:
        self.retranslate_ui()
        self._said.say(text)
        self._error_shown = error
        set_text_role(self.status, TextRole.DANGER if error else TextRole.SUCCESS)

    def set_local_stopped(self, stopped: bool) -> None:
        """The local workspace stopped, or started again: Send (and the requests' Refresh)
        offered only while something can answer; back, a refusal said while it was
        stopped goes (a newcomer read "not running" under the form after it ran again)."""
        self.requests.set_local_stopped(stopped)
        if stopped == self._stopped:
            return
        self._stopped = stopped
        self._update_send()
        if not stopped and self._error_shown:
            self._said.say("")
            self._error_shown = False

    def _update_send(self) -> None:
        self.send_button.setEnabled(not self._busy and not self._stopped)
        self.send_button.setToolTip(start_it_first() if self._stopped else "")
