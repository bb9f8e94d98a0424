"""Get help (R6, R7): members e-mail support 24/7 and follow their own requests."""

from __future__ import annotations

import uuid

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
from desktop.ui.look.theme import TextRole, TypeStep, set_text_role, set_type, style_primary
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.error_text import describe
from desktop.ui.text.labels import CATEGORIES, category_label, product_label
from desktop.ui.text.said_again import SaidAgain, Text
from desktop.ui.text.spans import Spans
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.list.ticket_list_page import TicketListPage


class GetHelpPage(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("get_help_page")
        self._tasks = tasks
        self._service: TicketService | None = None
        self._champion: str | None = None
        self._key = str(uuid.uuid4())
        self._busy = False

        self.title = QLabel()
        set_type(self.title, TypeStep.PAGE_TITLE)
        self.intro = WrappedLabel()
        self.intro.setObjectName("get_help_intro")
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("help_product_combo")
        for product in ("dropbox", "dash"):
            self.product_combo.addItem(product_label(product), product)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("help_category_combo")
        for category in CATEGORIES:
            self.category_combo.addItem("", category)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("help_subject_edit")
        self.subject_edit.setMaxLength(200)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("help_description_edit")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMaximumHeight(120)
        self.send_button = QPushButton()
        self.send_button.setObjectName("help_send_button")
        style_primary(self.send_button)  # the page's main action, as everywhere
        self.send_button.clicked.connect(self._submit)
        self.status = WrappedLabel()
        self._said = SaidAgain(self.status)
        self.status.setObjectName("help_status")

        self._labels = {key: QLabel() for key in ("product", "category", "subject", "body")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._labels["product"], self.product_combo)
        form.addRow(self._labels["category"], self.category_combo)
        form.addRow(self._labels["subject"], self.subject_edit)
        form.addRow(self._labels["body"], self.body_edit)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)

        self.requests = TicketListPage(tasks, "requests")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.requests, 1)
        self.retranslate_ui()

    def bind(self, service: TicketService | None, champion: str | None) -> None:
        self._service = service
        self._champion = champion
        self.requests.bind(service)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Get help"))
        within = Spans().within(help_target_minutes(self._champion))
        intro = self.tr(
            "E-mail support, 24 hours a day, 7 days a week. Premium Support is for your team's "
            "admins; your requests are answered {within}."
        ).format(within=within)
        if self._champion:
            intro += " " + self.tr("As a Dropbox champion you get this faster response personally.")
        self.intro.setText(intro)
        self._labels["product"].setText(self.tr("Product:"))
        self._labels["category"].setText(self.tr("&Category:"))
        self._labels["category"].setBuddy(self.category_combo)
        self._labels["subject"].setText(self.tr("&Subject:"))
        self._labels["subject"].setBuddy(self.subject_edit)
        self._labels["body"].setText(self.tr("&Description:"))
        self._labels["body"].setBuddy(self.body_edit)
        for index in range(self.category_combo.count()):
            self.category_combo.setItemText(
                index, category_label(str(self.category_combo.itemData(index)))
            )
        self.send_button.setText(self.tr("Sending…") if self._busy else self.tr("Send"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._said.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        if self._busy or self._service is None:
            return
        subject = self.subject_edit.text().strip()
        body = self.body_edit.toPlainText().strip()
        if not subject or not body:
            self._show(
                lambda: self.tr("Please fill in the subject and the description."), error=True
            )
            return
        self._busy = True
        self.send_button.setEnabled(False)
        self.retranslate_ui()
        draft = HelpRequest(
            product=str(self.product_combo.currentData()),
            category=str(self.category_combo.currentData()),
            subject=subject,
            body=body,
        )
        self._tasks.run(self._send(self._service, draft), on_error=self._failed)

    async def _send(self, service: TicketService, draft: HelpRequest) -> None:
        ticket = await service.ask_for_help(draft, self._key)
        self._key = str(uuid.uuid4())  # the next request is a new one
        self._busy = False
        self.send_button.setEnabled(True)
        self.subject_edit.clear()
        self.body_edit.clear()
        self._show(
            lambda: self.tr("Sent as request #{number}. We will answer by e-mail.").format(
                number=ticket.number
            ),
            error=False,
        )
        self.requests.reload()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.send_button.setEnabled(True)
        message = describe(error)
        self._show(lambda: describe(error).text, error=True)  # what was typed stays
        if not message.expected:
            self._tasks.report(error)

    def _show(self, text: Text, *, error: bool) -> None:
        self.retranslate_ui()
        self._said.say(text)
        set_text_role(self.status, TextRole.DANGER if error else TextRole.SUCCESS)
