"""Why this team cannot buy the add-on itself, and what to do instead (R8)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.look.theme import style_boxed
from desktop.ui.text.wrapped_label import WrappedLabel

MIN_LICENCES = 10  # R8; the service decides, this only words the gap


class EligibilityNotice(QFrame):
    contact_sales_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eligibility_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        style_boxed(self, "warning")
        self._reason: str | None = None
        self._licences = 0
        self.heading = WrappedLabel()
        self.heading.setObjectName("eligibility_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = WrappedLabel()
        self.text.setObjectName("eligibility_text")
        self.contact_button = QPushButton()
        self.contact_button.setObjectName("contact_sales_button")
        self.contact_button.clicked.connect(self.contact_sales_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.contact_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.show_reason(None, licences=0)

    def show_reason(self, reason: str | None, *, licences: int) -> None:
        self._reason, self._licences = reason, licences
        self.setVisible(reason is not None)
        self.contact_button.setVisible(reason == "invoice_payer_contact_sales")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.contact_button.setText(self.tr("Contact your sales representative…"))
        if self._reason == "too_few_licences":
            self.heading.setText(self.tr("Premium Support is for teams with 10 or more licences"))
            missing = max(1, MIN_LICENCES - self._licences)
            self.text.setText(
                self.tr(
                    "Your team has %n licence(s). Add {missing} more to your plan in the admin "
                    "console and Premium Support can be added here. Until then, your team "
                    "members can always e-mail support, 24/7.",
                    "",
                    self._licences,
                ).format(missing=missing)
            )
        elif self._reason == "invoice_payer_contact_sales":
            self.heading.setText(self.tr("Your team pays by invoice"))
            self.text.setText(
                self.tr(
                    "Teams that pay by invoice buy Premium Support through their sales "
                    "representative. Contact your sales representative, or send the sales "
                    "contact form and they will get back to you."
                )
            )
        else:
            self.heading.clear()
            self.text.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
