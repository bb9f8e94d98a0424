"""Confirm a purchase (R10): what is charged now, what from the renewal date, and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.billing import Quote, Subscription
from desktop.ui.billing.feature_text import FeatureText
from desktop.ui.billing.money import format_money
from desktop.ui.billing.when import date_and_time
from desktop.ui.look.theme import TextRole, TypeStep, set_text_role, set_type, style_primary
from desktop.ui.look.whole_height import keep_text_whole
from desktop.ui.shell.enter_presses import never_pressed_by_enter
from desktop.ui.text.formatting import date_in_text, medium_date
from desktop.ui.text.labels import product_label
from desktop.ui.text.wrapped_label import WrappedLabel

TIER_ORDER = ("basic", "enhanced")

# Between a figure's name and the figure: the style's 6 px read as one run in Japanese,
# "今回の請求額 (日割り金額):€107.21" (a newcomer); a column's gap sets them apart.
LABEL_VALUE_GAP = 16  # px

# How often an open dialog checks whether its quote ran out.
EXPIRY_CHECK_MS = 1000


class QuoteDialog(QDialog):
    """Shows one quote; Confirm asks to buy exactly it. An expired quote asks for a new one."""

    confirm_requested = Signal(Quote)
    refresh_requested = Signal(Quote)

    def __init__(
        self,
        quote: Quote,
        *,
        changing_from: str | None,
        now: Callable[[], datetime],
        current: Subscription | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quote_dialog")
        self.setMinimumWidth(620)
        self.quote = quote
        self._changing_from = changing_from
        self._current = current
        self._now = now
        self._busy = False
        self._offline_reason = ""  # not empty: offline, and why Confirm waits
        self._refreshing = False
        self._changed = False

        self.heading = WrappedLabel()
        self.heading.setObjectName("quote_heading")
        set_type(self.heading, TypeStep.HEADING)
        self.now_amount = QLabel()
        self.now_amount.setObjectName("quote_prorated_amount")
        self.full_amount = QLabel()
        self.full_amount.setObjectName("quote_full_amount")
        self.renewal = QLabel()
        self.renewal.setObjectName("quote_renewal_date")
        self._labels = {key: QLabel() for key in ("now", "full", "renewal")}
        form = QFormLayout()
        form.setHorizontalSpacing(LABEL_VALUE_GAP)
        form.addRow(self._labels["now"], self.now_amount)
        form.addRow(self._labels["full"], self.full_amount)
        form.addRow(self._labels["renewal"], self.renewal)
        self.explanation = WrappedLabel()
        self.explanation.setObjectName("quote_explanation")
        # What this does to a scheduled removal or lower tier: never silently (R11).
        self.scheduled_note = WrappedLabel()
        self.scheduled_note.setObjectName("quote_scheduled_note")
        self.validity = QLabel()
        self.validity.setObjectName("quote_validity")
        set_text_role(self.validity, TextRole.SECONDARY)
        self.notice = WrappedLabel()
        self.notice.setObjectName("quote_notice")
        self.notice.hide()

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirm_purchase_button")
        style_primary(self.confirm_button)  # the main action
        # Paying is never the default button, nor pressed by Enter when focused: a stray
        # Enter must not charge. Click, Space or the mnemonic pay; Cancel is the default.
        self.confirm_button.setAutoDefault(False)
        never_pressed_by_enter(self.confirm_button)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_purchase_button")
        self.cancel_button.setDefault(True)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.scheduled_note)
        layout.addWidget(self.notice)
        layout.addWidget(self.validity)
        layout.addWidget(self.buttons)

        self._expiry = QTimer(self)
        self._expiry.setInterval(EXPIRY_CHECK_MS)
        self._expiry.timeout.connect(self._check_expiry)
        self._expiry.start()
        self.retranslate_ui()
        keep_text_whole(self)  # a small screen opens a window short of its wrapped notes
        self.cancel_button.setFocus()  # the safe button takes the first Enter

    def show_quote(self, quote: Quote, *, changed: bool) -> None:
        """A new quote for the same choice; ``changed``: its amounts differ from the last."""
        self.quote = quote
        self._refreshing = False
        self._changed = self._changed or changed
        self.set_busy(False)
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm_button.setEnabled(
            not busy and not self._refreshing and not self._offline_reason
        )
        self.confirm_button.setToolTip(self._offline_reason)
        self.retranslate_ui()

    def set_offline(self, reason: str) -> None:
        """``reason``: why Confirm waits (offline); empty: online again."""
        self._offline_reason = reason
        self.set_busy(self._busy)

    def show_unknown(self, text: str) -> None:
        """No answer to Confirm: not a failure (it may have been bought); the page checks."""
        self._expiry.stop()
        self._refreshing = False
        self.set_busy(False)
        set_text_role(self.notice, TextRole.WARNING)
        self.notice.setText(text)
        self.notice.show()

    def show_error(self, text: str) -> None:
        # No more automatic refreshing after a failure: Confirm refreshes an expired quote.
        self._expiry.stop()
        self._refreshing = False
        self.set_busy(False)
        set_text_role(self.notice, TextRole.DANGER)
        self.notice.setText(text)
        self.notice.show()

    def _confirm(self) -> None:
        if self._busy or self._refreshing or self._offline_reason:
            return
        self.set_busy(True)
        self.confirm_requested.emit(self.quote)

    def _check_expiry(self) -> None:
        # Refreshed before it is used: Confirm then buys at a price still on offer.
        if self._busy or self._refreshing or self._now() < self.quote.expires_at:
            return
        self._refreshing = True
        self.confirm_button.setEnabled(False)
        self.refresh_requested.emit(self.quote)

    def retranslate_ui(self) -> None:
        quote = self.quote
        tiers = FeatureText()
        product = product_label(quote.product)
        tier = tiers.tier(quote.tier)
        self.setWindowTitle(self.tr("Confirm Premium Support"))
        if self._changing_from:
            self.heading.setText(
                self.tr("Change Premium Support for {product} from {old} to {new}").format(
                    product=product, old=tiers.tier(self._changing_from), new=tier
                )
            )
        else:
            self.heading.setText(
                self.tr("Add Premium Support {tier} for {product}").format(
                    tier=tier, product=product
                )
            )
        renewal = date_in_text(quote.period_end)  # in sentences that wrap
        self._labels["now"].setText(self.tr("Charged now (pro-rata amount):"))
        self._labels["full"].setText(self.tr("From the renewal date, per month:"))
        self._labels["renewal"].setText(self.tr("Renewal date:"))
        self.now_amount.setText(format_money(quote.prorated_amount, quote.currency))
        self.full_amount.setText(format_money(quote.full_amount_next_cycle, quote.currency))
        self.renewal.setText(medium_date(quote.period_end))
        full = format_money(quote.full_amount_next_cycle, quote.currency)
        if quote.prorated_amount:
            explanation = self.tr(
                "Today you pay {now} for the rest of this billing period, until {date}. From "
                "{date} on, {full} is charged with your regular subscription each month."
            ).format(
                now=format_money(quote.prorated_amount, quote.currency), full=full, date=renewal
            )
        else:
            # Going down a tier: the running period is paid already, nothing is refunded.
            explanation = self.tr(
                "Nothing more is charged for this billing period. From {date} on, {full} is "
                "charged with your regular subscription each month."
            ).format(full=full, date=renewal)
        self.explanation.setText(explanation)
        note = self.scheduled_text()
        self.scheduled_note.setText(note)
        self.scheduled_note.setVisible(bool(note))
        if self._changed and not self.notice.styleSheet():
            self.notice.setText(
                self.tr("The price was updated because the earlier quote expired. Please check it.")
            )
            self.notice.show()
        self.validity.setText(
            self.tr("Getting an up-to-date price…")
            if self._refreshing
            else self.tr("This price is valid until {time}.").format(
                time=date_and_time(quote.expires_at)
            )
        )
        self.confirm_button.setText(self.tr("Buying…") if self._busy else self.confirm_text())
        self.cancel_button.setText(self.tr("Cancel"))

    def confirm_text(self) -> str:
        """Confirm says what it does: what is paid now, or the change it makes for free."""
        quote = self.quote
        if quote.prorated_amount > 0:
            return self.tr("Pay {amount} now").format(
                amount=format_money(quote.prorated_amount, quote.currency)
            )
        tier = FeatureText().tier(quote.tier)
        if self._changing_from:
            return self.tr("Change to {tier}").format(tier=tier)
        return self.tr("Add {tier}").format(tier=tier)

    def scheduled_text(self) -> str:
        """The scheduled removal or change this purchase cancels or replaces, and when."""
        current, quote, tiers = self._current, self.quote, FeatureText()
        if current is None or not current.working:
            return ""
        date = date_in_text(quote.period_end)
        new = tiers.tier(quote.tier)
        lower = TIER_ORDER.index(quote.tier) < TIER_ORDER.index(current.tier)
        if current.status == "removal_scheduled":
            if lower:
                return self.tr(
                    "The scheduled removal is cancelled: {old} keeps working until {date}, "
                    "then {new} continues."
                ).format(old=tiers.tier(current.tier), new=new, date=date)
            return self.tr(
                "The scheduled removal is cancelled: Premium Support continues after {date}."
            ).format(date=date)
        if current.next_tier is not None and quote.tier == current.tier:
            return self.tr(
                "The scheduled change to {next} on {date} is cancelled: {new} continues."
            ).format(next=tiers.tier(current.next_tier), new=new, date=date)
        if lower:
            return self.tr(
                "{old} keeps working until {date}; {new} starts then. You can undo the "
                "change until that date."
            ).format(old=tiers.tier(current.tier), new=new, date=date)
        return ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
