"""Add or change the add-on (R9, R10): ask for a quote, show it, buy exactly what was shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.api.billing import Quote, Subscription
from desktop.services.billing import BillingService
from desktop.ui.billing.billing_errors import (
    describe_billing,
    not_made_text,
    not_sent,
    outcome_unknown,
    unknown_text,
)
from desktop.ui.billing.quote_dialog import QuoteDialog
from desktop.ui.shell.tasks import TaskRunner


class PurchaseFlow(QObject):
    bought = Signal(Subscription, Quote)  # the add-on, and the quote it was bought at
    failed = Signal(str)  # said before any dialog opened: the page shows it
    busy_changed = Signal(bool)
    # Confirm's answer never came: it may have been bought; the page reads what is so.
    outcome_unknown = Signal(Quote)

    def __init__(self, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._parent = parent
        self.dialog: QuoteDialog | None = None
        self.offline_reason = ""  # not empty: offline, and why Confirm waits

    def start(
        self,
        service: BillingService,
        product: str,
        tier: str,
        *,
        changing_from: str | None,
        current: Subscription | None = None,
    ) -> None:
        self.busy_changed.emit(True)
        self._tasks.run(
            self._open(service, product, tier, changing_from, current),
            on_error=self._quote_failed,
        )

    async def _open(
        self,
        service: BillingService,
        product: str,
        tier: str,
        changing_from: str | None,
        current: Subscription | None,
    ) -> None:
        quote = await service.quote(product, tier)
        self.busy_changed.emit(False)
        dialog = QuoteDialog(
            quote,
            changing_from=changing_from,
            now=service.now,
            current=current,
            parent=self._parent,
        )
        dialog.confirm_requested.connect(lambda q: self._confirm(service, dialog, q))
        dialog.refresh_requested.connect(lambda q: self._refresh(service, dialog, q))
        dialog.finished.connect(dialog.deleteLater)
        dialog.set_offline(self.offline_reason)
        self.dialog = dialog
        dialog.open()

    def _quote_failed(self, error: BaseException) -> None:
        self.busy_changed.emit(False)
        message = describe_billing(error)
        self.failed.emit(message.text)
        if not message.expected:
            self._tasks.report(error)

    def _confirm(self, service: BillingService, dialog: QuoteDialog, quote: Quote) -> None:
        self._tasks.run(
            self._buy(service, dialog, quote),
            on_error=lambda error: self._buy_failed(dialog, quote, error),
        )

    def _buy_failed(self, dialog: QuoteDialog, quote: Quote, error: BaseException) -> None:
        if outcome_unknown(error):
            # Not "failed": Confirm again is safe (a used quote is never charged twice:
            # the service refuses the tier already bought), but first the page checks.
            dialog.show_unknown(unknown_text())
            self.outcome_unknown.emit(quote)
        elif not_sent(error):
            dialog.show_error(not_made_text())
        else:
            self._dialog_failed(dialog, error)

    async def _buy(self, service: BillingService, dialog: QuoteDialog, quote: Quote) -> None:
        purchase = await service.buy(quote)
        if purchase.new_quote is not None:
            # The quote expired and the amounts moved: show them before buying.
            dialog.show_quote(purchase.new_quote, changed=True)
            return
        assert purchase.subscription is not None
        dialog.accept()
        self.bought.emit(purchase.subscription, purchase.bought_at or quote)

    def _refresh(self, service: BillingService, dialog: QuoteDialog, quote: Quote) -> None:
        self._tasks.run(
            self._renew(service, dialog, quote),
            on_error=lambda error: self._dialog_failed(dialog, error),
        )

    async def _renew(self, service: BillingService, dialog: QuoteDialog, quote: Quote) -> None:
        fresh = await service.quote(quote.product, quote.tier)
        dialog.show_quote(fresh, changed=not fresh.same_amounts(quote))

    def _dialog_failed(self, dialog: QuoteDialog, error: BaseException) -> None:
        message = describe_billing(error)
        dialog.show_error(message.text)
        if not message.expected:
            self._tasks.report(error)
