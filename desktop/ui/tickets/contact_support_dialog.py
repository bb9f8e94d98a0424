"""Contact support (R4, R5, R13–R15): a new request, chat or callback, with its promise shown."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import NewTicket
from desktop.services.phones import international, to_e164
from desktop.services.tickets import ContactOptions, promised_minutes
from desktop.store.drafts import NEW_TICKET_KEY, DraftStore
from desktop.ui.formatting import long_datetime
from desktop.ui.icons import primary_icon
from desktop.ui.labels import CATEGORIES, category_label, product_label
from desktop.ui.theme import TextRole, set_font_style, set_text_role, style_boxed, style_primary
from desktop.ui.tickets.attachment_picker import AttachmentPicker

CHANNELS = ("request", "chat", "callback")
# The form is saved this long after the last change (and when it is closed).
DRAFT_SAVE_MS = 800
LIVE = ("chat", "callback")


class Spans(QObject):
    """Time spans with plurals (lupdate marks numerus only on ``self.tr(text, "", n)``)."""

    def within(self, minutes: int) -> str:
        if minutes % 60 == 0:
            return self.tr("within %n hour(s)", "", minutes // 60)
        return self.tr("within %n minute(s)", "", minutes)


class ContactSupportDialog(QDialog):
    """Emits ``create_requested(draft, idempotency_key, files)``; the text stays on failure.

    The key stays the same while the draft does, so retrying after a dropped
    connection cannot open two tickets; an edited draft is a new request.
    """

    create_requested = Signal(NewTicket, str, list)

    def __init__(
        self,
        options: ContactOptions,
        *,
        champion: str | None,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_support_dialog")
        self.setMinimumWidth(620)
        self._options = options
        self._champion = champion
        self._key = ""
        self._key_draft: tuple[NewTicket, tuple[Path, ...]] | None = None
        self._busy = False
        self._drafts = drafts
        self._saving: set[asyncio.Task[None]] = set()
        covered = [a.product for a in options.team.covered_products()]
        self._uncovered = [p for p in options.team.products if p not in covered]

        self.product_combo = QComboBox()
        self.product_combo.setObjectName("product_combo")
        for product in covered:
            self.product_combo.addItem(product_label(product), product)
        # R14: asked only when there is a choice.
        self.product_combo.setVisible(len(covered) > 1)
        self.product_fixed = QLabel(product_label(covered[0]) if covered else "")
        self.product_fixed.setVisible(len(covered) == 1)
        self.coverage_note = QLabel()
        self.coverage_note.setObjectName("coverage_note")
        self.coverage_note.setWordWrap(True)
        set_text_role(self.coverage_note, TextRole.SECONDARY)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category_combo")
        for category in CATEGORIES:
            self.category_combo.addItem("", category)

        self.channel_buttons: dict[str, QRadioButton] = {}
        self._channel_group = QButtonGroup(self)
        channel_box = QVBoxLayout()
        for channel in CHANNELS:
            button = QRadioButton()
            button.setObjectName(f"channel_{channel}")
            self.channel_buttons[channel] = button
            self._channel_group.addButton(button)
            channel_box.addWidget(button)
        self.channel_buttons["request"].setChecked(True)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("ticket_language_combo")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("日本語", "ja")

        self.hours_note = QLabel()
        self.hours_note.setObjectName("japanese_hours_note")
        self.hours_note.setWordWrap(True)
        set_text_role(self.hours_note, TextRole.WARNING)
        self.offline_note = QLabel()
        self.offline_note.setObjectName("contact_offline_note")
        self.offline_note.setWordWrap(True)
        set_text_role(self.offline_note, TextRole.WARNING)
        self.offline_note.setVisible(options.offline)
        self.english_button = QPushButton()
        self.english_button.setObjectName("continue_in_english_button")
        self.written_button = QPushButton()
        self.written_button.setObjectName("send_written_request_button")
        self.english_button.clicked.connect(lambda: self._set_language("en"))
        self.written_button.clicked.connect(
            lambda: self.channel_buttons["request"].setChecked(True)
        )
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.english_button)
        hours_row.addWidget(self.written_button)
        hours_row.addStretch(1)
        self.hours_box = QWidget()
        hours_layout = QVBoxLayout(self.hours_box)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        hours_layout.addWidget(self.hours_note)
        hours_layout.addLayout(hours_row)

        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone_edit")
        self.phone_edit.setPlaceholderText("+31 20 123 4567")
        self.phone_hint = QLabel()
        self.phone_hint.setObjectName("phone_hint")
        self.phone_hint.setWordWrap(True)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subject_edit")
        self.subject_edit.setMaxLength(200)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("description_edit")
        self.body_edit.setMinimumHeight(120)
        self.body_edit.setTabChangesFocus(True)

        self.promise = QLabel()
        self.promise.setObjectName("response_target_preview")
        self.promise.setWordWrap(True)
        set_font_style(self.promise, bold=True)
        self.error_label = QLabel()
        self.error_label.setObjectName("contact_support_error")
        self.error_label.setWordWrap(True)
        style_boxed(self.error_label, "danger")
        self.error_label.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            key: QLabel()
            for key in ("product", "category", "channel", "language", "phone", "subject", "body")
        }
        product_field = QVBoxLayout()
        product_field.addWidget(self.product_combo)
        product_field.addWidget(self.product_fixed)
        product_field.addWidget(self.coverage_note)
        self.form.addRow(self._labels["product"], product_field)
        self.form.addRow(self._labels["category"], self.category_combo)
        self.form.addRow(self._labels["language"], self.language_combo)
        self.form.addRow(self._labels["channel"], channel_box)
        self.form.addRow("", self.hours_box)
        phone_field = QVBoxLayout()
        phone_field.addWidget(self.phone_edit)
        phone_field.addWidget(self.phone_hint)
        self.form.addRow(self._labels["phone"], phone_field)
        self.form.addRow(self._labels["subject"], self.subject_edit)
        self.form.addRow(self._labels["body"], self.body_edit)
        self.attachments = AttachmentPicker()
        self.attachments.watch_drops_on(self.body_edit)
        self.attachments.refused.connect(self.show_error)
        self._labels["files"] = QLabel()
        self.form.addRow(self._labels["files"], self.attachments)

        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("create_ticket_button")
        self.send_button.setIcon(primary_icon("paper-plane"))
        style_primary(self.send_button)  # the main action
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.send_button.clicked.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.offline_note)
        layout.addLayout(self.form)
        layout.addWidget(self.promise)
        layout.addWidget(self.error_label)
        # Why Send is greyed out while the subject or description is only spaces.
        self.send_hint = QLabel()
        self.send_hint.setObjectName("send_hint")
        self.send_hint.setWordWrap(True)
        set_text_role(self.send_hint, TextRole.SECONDARY)
        layout.addWidget(self.send_hint)
        layout.addWidget(self.buttons)

        for signal in (
            self.product_combo.currentIndexChanged,
            self.language_combo.currentIndexChanged,
        ):
            signal.connect(self._update)
        self._channel_group.buttonToggled.connect(lambda *_: self._update())
        self.phone_edit.textChanged.connect(self._update)
        self._restore_draft()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        for changed in (
            self.subject_edit.textChanged,
            self.body_edit.textChanged,
            self.phone_edit.textChanged,
            self.product_combo.currentIndexChanged,
            self.category_combo.currentIndexChanged,
            self.language_combo.currentIndexChanged,
            self.attachments.changed,
        ):
            changed.connect(self._draft_timer.start)
        self._channel_group.buttonToggled.connect(lambda *_: self._draft_timer.start())
        self.subject_edit.textChanged.connect(self._update_send)
        self.body_edit.textChanged.connect(self._update_send)
        self._update()  # channels open now (hours, connection); it also sets the texts

    # -- the draft: the form survives closing it, quitting and crashes ---------------

    def _form_fields(self) -> dict[str, Any]:
        return {
            "product": self.product or "",
            "category": str(self.category_combo.currentData()),
            "language": self.language,
            "channel": self.channel,
            "phone_text": self.phone_edit.text(),
            "subject": self.subject_edit.text(),
        }

    def _restore_draft(self) -> None:
        draft = self._drafts.get(NEW_TICKET_KEY) if self._drafts and self._drafts.is_open else None
        if draft is None:
            return
        fields = draft.fields
        for combo, name in (
            (self.product_combo, "product"),
            (self.category_combo, "category"),
            (self.language_combo, "language"),
        ):
            index = combo.findData(fields.get(name))
            if index >= 0:
                combo.setCurrentIndex(index)
        button = self.channel_buttons.get(str(fields.get("channel", "")))
        if button is not None and button.isEnabled():
            button.setChecked(True)
        self.phone_edit.setText(str(fields.get("phone_text") or fields.get("phone") or ""))
        self.subject_edit.setText(str(fields.get("subject", "")))
        self.body_edit.setPlainText(draft.body)
        self.attachments.add_files([f for f in draft.files if f.exists()])

    def save_draft(self) -> None:
        """Write the form now (on the store's thread: the dialog does not wait)."""
        self._draft_timer.stop()
        if self._drafts is None or not self._drafts.is_open or self._busy:
            return
        fields = self._form_fields()
        # What only differs from a new form counts; an untouched form leaves no draft.
        typed = {"subject": fields["subject"], "phone_text": fields["phone_text"]}
        body = self.body_edit.toPlainText()
        task = asyncio.ensure_future(
            self._drafts.save(
                NEW_TICKET_KEY,
                body,
                tuple(self.attachments.files),
                fields=fields if any(typed.values()) or body.strip() else {},
            )
        )
        self._saving.add(task)
        task.add_done_callback(self._saving.discard)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.save_draft()  # closed without sending: it is all there next time
        else:
            self._draft_timer.stop()
        super().done(result)

    # -- state -------------------------------------------------------------------

    @property
    def channel(self) -> str:
        return next(c for c, b in self.channel_buttons.items() if b.isChecked())

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def product(self) -> str | None:
        data = self.product_combo.currentData()
        return str(data) if data else None

    def _set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

    def _region(self) -> str:
        return QLocale.territoryToCode(QLocale.system().territory())

    def phone_e164(self) -> str | None:
        return to_e164(self.phone_edit.text(), self._region())

    def _update(self) -> None:
        # R4: Japanese chat and callback only in Japanese hours; offline, never.
        out_of_hours = [c for c in LIVE if not self._options.is_open(self.language, c)]
        closed = list(LIVE) if self._options.offline else out_of_hours
        for channel, button in self.channel_buttons.items():
            button.setEnabled(channel not in closed)
        if self.channel in closed:
            self.channel_buttons["request"].setChecked(True)
        self.hours_box.setVisible(bool(out_of_hours) and not self._options.offline)
        callback = self.channel == "callback"
        self.phone_edit.setVisible(callback)
        self.phone_hint.setVisible(callback)
        self._labels["phone"].setVisible(callback)
        self.retranslate_ui()

    # -- text --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Contact support"))
        self._labels["product"].setText(self.tr("Product:"))
        self._labels["category"].setText(self.tr("&Category:"))
        self._labels["category"].setBuddy(self.category_combo)
        self._labels["channel"].setText(self.tr("How:"))
        self._labels["language"].setText(self.tr("&Language:"))
        self._labels["language"].setBuddy(self.language_combo)
        self._labels["phone"].setText(self.tr("&Phone number:"))
        self._labels["phone"].setBuddy(self.phone_edit)
        self._labels["subject"].setText(self.tr("&Subject:"))
        self._labels["subject"].setBuddy(self.subject_edit)
        self._labels["body"].setText(self.tr("&Description:"))
        self._labels["body"].setBuddy(self.body_edit)
        self._labels["files"].setText(self.tr("Attachments:"))
        for index in range(self.category_combo.count()):
            self.category_combo.setItemText(
                index, category_label(str(self.category_combo.itemData(index)))
            )
        self.channel_buttons["request"].setText(
            self.tr("Submit a request — the answer comes by e-mail")
        )
        self.channel_buttons["chat"].setText(self.tr("Chat with a support agent"))
        self.channel_buttons["callback"].setText(
            self.tr("Request a phone call — for urgent issues")
        )
        self.coverage_note.setText(
            "\n".join(
                self.tr("{product} is not covered by your Premium Support add-on.").format(
                    product=product_label(p)
                )
                for p in self._uncovered
            )
        )
        self.coverage_note.setVisible(bool(self._uncovered))
        opens = self._options.next_open_at("ja")
        self.hours_note.setText(
            self.tr(
                "Japanese chat and callback are available Monday to Friday, 09:00–17:00 Japan "
                "Standard Time. They open again on {time} (your time)."
            ).format(time=long_datetime(opens) if opens else "—")
        )
        self.offline_note.setText(
            self.tr(
                "You are offline. A written request waits in the outbox and is sent when the "
                "connection returns; chats and callbacks need a connection."
            )
        )
        self.english_button.setText(self.tr("Continue in English"))
        self.written_button.setText(self.tr("Send a written request"))
        self.subject_edit.setPlaceholderText(self.tr("In a few words: what is wrong?"))
        self.body_edit.setPlaceholderText(
            self.tr("What happened, since when, who is affected, what you tried.")
        )
        self.phone_edit.setAccessibleName(self.tr("Phone number"))
        self._phone_hint_text()
        self._promise_text()
        self.send_button.setText(self.tr("Sending…") if self._busy else self.tr("Send"))
        self.send_hint.setText(self.tr("Write a subject and a description to send them"))
        self._update_send()

    def _phone_hint_text(self) -> None:
        text = self.phone_edit.text().strip()
        number = self.phone_e164()
        if not text:
            self.phone_hint.setText(self.tr("A number we can call directly, with country code."))
            set_text_role(self.phone_hint, TextRole.SECONDARY)
        elif number:
            self.phone_hint.setText(
                self.tr("We will call {number}.").format(number=international(number))
            )
            set_text_role(self.phone_hint, TextRole.SUCCESS)
        else:
            self.phone_hint.setText(self.tr("This is not a number we can dial."))
            set_text_role(self.phone_hint, TextRole.DANGER)

    def _promise_text(self) -> None:
        product = self.product
        minutes = promised_minutes(self._options, product, self._champion) if product else None
        if minutes is None:
            self.promise.setText(
                self.tr("Your team's add-on covers no product: you cannot open a ticket.")
            )
            return
        text = self.tr("Response target: first answer {within}.").format(
            within=Spans().within(minutes)
        )
        if self.language == "ja" and self._options.next_open_at("ja"):
            text += " " + self.tr("Japanese requests are answered in Japanese support hours.")
        self.promise.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- sending -----------------------------------------------------------------

    def _update_send(self) -> None:
        blank = not self.subject_edit.text().strip() or not self.body_edit.toPlainText().strip()
        # Whitespace alone is refused by the service (blank_text); the text is kept.
        self.send_button.setEnabled(not self._busy and not blank)
        self.send_hint.setVisible(blank and not self._busy)

    def _submit(self) -> None:
        if self._busy:
            return
        product = self.product
        subject = self.subject_edit.text().strip()
        body = self.body_edit.toPlainText().strip()
        phone = self.phone_e164() if self.channel == "callback" else None
        problem = None
        if product is None:
            problem = self.tr("Your team's add-on covers no product: you cannot open a ticket.")
        elif not subject or not body:
            problem = self.tr("Please fill in the subject and the description.")
        elif self.channel == "callback" and phone is None:
            problem = self.tr("Enter a phone number we can dial, with its country code.")
        if problem:
            self.show_error(problem)
            return
        assert product is not None
        self.error_label.hide()
        self.set_busy(True)
        draft = NewTicket(
            product=product,
            channel=self.channel,
            category=str(self.category_combo.currentData()),
            language=self.language,
            subject=subject,
            body=body,
            phone=phone,
        )
        files = list(self.attachments.files)
        if (draft, tuple(files)) != self._key_draft:
            self._key, self._key_draft = str(uuid.uuid4()), (draft, tuple(files))
        self.create_requested.emit(draft, self._key, files)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.retranslate_ui()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()
