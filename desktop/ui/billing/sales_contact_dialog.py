"""The sales contact form (R8): invoice payers ask their sales representative for the add-on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.phones import to_e164
from desktop.ui.look.theme import TextRole, set_text_role, style_primary
from desktop.ui.look.whole_height import keep_text_whole
from desktop.ui.text.wrapped_label import WrappedLabel

MAX_MESSAGE = 5000


class SalesContactDialog(QDialog):
    """Emits ``send_requested(message, phone or "")``; shows a confirmation once sent."""

    send_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales_contact_dialog")
        self.setMinimumWidth(520)
        self._busy = False

        self.intro = WrappedLabel()
        self.message_edit = QPlainTextEdit()
        self.message_edit.setObjectName("sales_message_edit")
        self.message_edit.setTabChangesFocus(True)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("sales_phone_edit")
        self.phone_edit.setMaxLength(40)
        self._labels = {"message": QLabel(), "phone": QLabel()}
        self._labels["message"].setBuddy(self.message_edit)
        self._labels["phone"].setBuddy(self.phone_edit)
        self.error_label = WrappedLabel()
        self.error_label.setObjectName("sales_error")
        set_text_role(self.error_label, TextRole.DANGER)
        self.error_label.hide()
        form_page = self.form_page = QWidget()
        form = QFormLayout()
        form.addRow(self._labels["message"], self.message_edit)
        form.addRow(self._labels["phone"], self.phone_edit)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.intro)
        form_layout.addLayout(form)
        form_layout.addWidget(self.error_label)

        self.confirmation = WrappedLabel()
        self.confirmation.setObjectName("sales_confirmation")
        self.confirmation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.confirmation)

        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sales_send_button")
        style_primary(self.send_button)  # the main action
        self.send_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("sales_close_button")
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.clicked.connect(self._send)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        keep_text_whole(self)  # a small screen opens a window short of its wrapped notes

    @property
    def sent(self) -> bool:
        return self.pages.currentWidget() is self.confirmation

    def _region(self) -> str:
        return QLocale.territoryToCode(QLocale.system().territory())

    def _send(self) -> None:
        if self._busy:
            return
        message = self.message_edit.toPlainText().strip()
        if not message:
            self.show_error(self.tr("Please write a message for your sales representative."))
            return
        if len(message) > MAX_MESSAGE:
            self.show_error(
                self.tr("The message is too long: at most {count} characters.").format(
                    count=QLocale().toString(MAX_MESSAGE)
                )
            )
            return
        phone = ""
        if self.phone_edit.text().strip():
            phone = to_e164(self.phone_edit.text(), self._region()) or ""
            if not phone:
                self.show_error(
                    self.tr(
                        "Enter a phone number that can be dialled directly, with its country "
                        "code (for example +44 20 7946 0958), or leave it empty."
                    )
                )
                return
        self.set_busy(True)
        self.error_label.hide()
        self.send_requested.emit(message, phone)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setEnabled(not busy)
        self.retranslate_ui()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()

    def show_sent(self) -> None:
        self.set_busy(False)
        self.pages.setCurrentWidget(self.confirmation)
        self.send_button.hide()
        self.retranslate_ui()
        self.close_button.setFocus()
        # Sized to the message, not the form it replaced: a stack is as tall as its
        # tallest page (hidden ones too), and the few lines sat at the top of the form's
        # empty height. The form is done with: out of the stack (still the stack's child).
        self.pages.removeWidget(self.form_page)
        layout = self.layout()
        assert layout is not None
        self.pages.updateGeometry()  # its height is asked again now, not once posted
        layout.invalidate()
        layout.activate()
        self.setMinimumHeight(0)  # keep_text_whole sets it again from the message's lines
        self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Contact your sales representative"))
        self.intro.setText(
            self.tr(
                "Your team pays by invoice, so Premium Support is bought through your sales "
                "representative. Tell them what you need; they will contact you."
            )
        )
        self._labels["message"].setText(self.tr("&Message:"))
        self._labels["phone"].setText(self.tr("&Phone (optional):"))
        self.message_edit.setAccessibleName(self.tr("Message"))
        self.phone_edit.setAccessibleName(self.tr("Phone (optional)"))
        self.phone_edit.setPlaceholderText("+44 20 7946 0958")  # a number, not words
        self.confirmation.setText(
            self.tr(
                "Thank you. Your message was sent to your sales representative, who will "
                "contact you about Premium Support."
            )
        )
        self.send_button.setText(self.tr("Sending…") if self._busy else self.tr("Send"))
        self.close_button.setText(self.tr("Close") if self.sent else self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
