"""Billing (R3, R8–R11): the admin's page to buy, change and remove Premium Support.

The page composes small views and says what happened; the service does the work.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.api.billing import Charge, Quote, Slot, Subscription, Webinar
from desktop.api.errors import ApiError, ServerUnreachable
from desktop.services.backoff import Backoff
from desktop.services.billing import BillingOverview, BillingService
from desktop.ui.billing.addon_row import AddonRow
from desktop.ui.billing.billing_errors import (
    describe_billing,
    not_made_text,
    not_sent,
    outcome_unknown,
    unknown_text,
)
from desktop.ui.billing.charged_text import charged_text
from desktop.ui.billing.compare_view import CompareView
from desktop.ui.billing.consultation_dialog import ConsultationDialog
from desktop.ui.billing.eligibility_notice import EligibilityNotice
from desktop.ui.billing.entitlements_view import EntitlementsView
from desktop.ui.billing.feature_text import FeatureText
from desktop.ui.billing.fitting_tabs import FittingTabs
from desktop.ui.billing.invoices_view import InvoicesView
from desktop.ui.billing.purchase_flow import PurchaseFlow
from desktop.ui.billing.sales_contact_dialog import SalesContactDialog
from desktop.ui.billing.status_line import StatusLine
from desktop.ui.billing.when import date_and_time
from desktop.ui.look.theme import TextRole, TypeStep, set_text_role, set_type
from desktop.ui.notices.connection_indicator import ConnectionIndicator
from desktop.ui.notices.followed_connection import FollowedConnection
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.formatting import date_in_text
from desktop.ui.text.labels import product_label
from desktop.ui.text.local_stopped import billing_waits, start_it_first
from desktop.ui.text.said_again import Text
from desktop.ui.text.wrapped_label import WrappedLabel

TAB_ADDONS, TAB_COMPARE, TAB_ENTITLEMENTS, TAB_INVOICES = range(4)

# Whether the status line still says what the data says (False: it is stale, cleared).
Holds = Callable[[BillingOverview], bool]


@dataclass(frozen=True)
class Write:
    """A change to one product's add-on, and how to tell from the data that it was made."""

    product: str
    made: Callable[[Subscription | None], bool]
    done_text: Text  # what the page says once the data shows it made

    def holds(self, made: bool) -> Holds:
        return lambda overview: self.made(overview.plan.subscription(self.product)) == made


def _scrolling(widget: QWidget) -> QScrollArea:
    """Long tabs scroll rather than squeeze: Dutch and Japanese texts need their room."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class BillingPage(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billing_page")
        self._tasks = tasks
        self._service: BillingService | None = None
        self.overview: BillingOverview | None = None
        self.rows: dict[str, AddonRow] = {}
        self.remove_box: QMessageBox | None = None
        self.consultation_dialog: ConsultationDialog | None = None
        self.sales_dialog: SalesContactDialog | None = None
        # Whether the status line still matches the data; None: it is not about the data.
        self._holds: Holds | None = None
        # A write whose answer never came: settled by the next successful read.
        self.unsettled: Write | None = None
        self._checker: asyncio.Task[None] | None = None
        self.offline = False
        # The local demo workspace's service gave up: as offline, but only "Start it
        # again" brings it back (the window says which, set_local_stopped).
        self.local_stopped = False
        self._connection = FollowedConnection()

        self.title = QLabel()
        set_type(self.title, TypeStep.PAGE_TITLE)
        self.summary = WrappedLabel()
        self.summary.setObjectName("billing_summary")
        # What an action led to: a success for a moment, an error until the next action
        # or until the data read again no longer matches it.
        self.status = StatusLine("billing_status")
        # Offline: why Add, Change, Remove, Undo and Confirm wait.
        self.offline_note = WrappedLabel()
        self.offline_note.setObjectName("billing_offline_note")
        set_text_role(self.offline_note, TextRole.WARNING)
        self.offline_note.hide()

        self.notice = EligibilityNotice()
        self.notice.contact_sales_requested.connect(self.open_sales_contact)
        self.addons_intro = WrappedLabel()
        self._rows_layout = QVBoxLayout()
        addons = QWidget()
        addons.setObjectName("available_addons")
        addons_layout = QVBoxLayout(addons)
        addons_layout.addWidget(self.notice)
        addons_layout.addWidget(self.addons_intro)
        addons_layout.addLayout(self._rows_layout)
        addons_layout.addStretch(1)

        self.compare = CompareView()
        self.compare.tier_chosen.connect(self._tier_chosen)
        self.entitlements = EntitlementsView()
        self.entitlements.book_requested.connect(self._book_requested)
        self.entitlements.webinar_actions.save_requested.connect(self._save_webinar)
        self.entitlements.webinar_actions.open_in_calendar_requested.connect(
            self._open_webinar_in_calendar
        )
        self.invoices = InvoicesView()
        self.invoices.export_requested.connect(self._export)

        self.tabs = FittingTabs()
        self.tabs.setObjectName("billing_tabs")
        self.tabs.addTab(_scrolling(addons), "")
        self._compare_area = _scrolling(self.compare)
        self.tabs.addTab(self._compare_area, "")
        self.tabs.addTab(_scrolling(self.entitlements), "")
        self.tabs.addTab(self.invoices, "")

        self.purchase = PurchaseFlow(tasks, self)
        self.purchase.bought.connect(self._bought)
        self.purchase.failed.connect(lambda text: self._say(text, error=True))
        self.purchase.busy_changed.connect(self._set_busy)
        self.purchase.outcome_unknown.connect(self._purchase_unknown)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        # Below the tabs: a line appearing (or wrapping to three in Dutch) takes its room
        # from the tabs' bottom; the tab bar and the rows under the pointer do not move.
        layout.addWidget(self.offline_note)
        layout.addWidget(self.status)
        self.retranslate_ui()

    # -- data ------------------------------------------------------------------------

    def bind(self, service: BillingService | None) -> None:
        # Read when shown (show_billing), not at sign-in: money is shown as it is now.
        self._service = service
        self.overview = None
        self.status.clear()
        self._holds = None
        self.unsettled = None
        if self._checker is not None:
            self._checker.cancel()
            self._checker = None
        # Nothing of the last account stays on screen, nor the tab it was on (another
        # admin landed on an empty Invoices tab).
        self.tabs.setCurrentIndex(TAB_ADDONS)
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        self.notice.show_reason(None, licences=0)
        self.entitlements.show_entitlements((), ())
        self.invoices.show_charges(())
        self.retranslate_ui()

    def reload(self) -> None:
        if self._service is not None:
            self._tasks.run(self._load(self._service), on_error=self._load_failed)

    async def _load(self, service: BillingService) -> None:
        overview = await service.overview()
        if service is not self._service:
            return  # signed out or switched while reading
        self.show_overview(overview)

    def show_overview(self, overview: BillingOverview) -> None:
        self.overview = overview
        plan, offer = overview.plan, overview.offer
        for product in [p for p in self.rows if p not in plan.products]:
            self.rows.pop(product).deleteLater()
        for product in plan.products:
            row = self.rows.get(product)
            if row is None:
                row = AddonRow(product)
                row.add_requested.connect(self._add_requested)
                row.tier_chosen.connect(self._tier_chosen)  # Add → a tier → Confirm (R9)
                row.change_requested.connect(self._add_requested)
                row.change_requested.connect(self._compare_from_top)
                row.remove_requested.connect(self._remove_requested)
                row.undo_requested.connect(self._undo_requested)
                row.undo_change_requested.connect(self._undo_change_requested)
                self._rows_layout.addWidget(row)
                self.rows[product] = row
            row.show_state(
                plan.subscription(product),
                can_buy=offer.eligible,
                renewal=plan.renewal,
                amounts=overview.monthly_amounts(product),
                currency=offer.currency,
                licences=offer.licences,
                next_charge=overview.next_charge(product),
                offered=offer.reason != "too_few_licences",
            )
        self.notice.show_reason(offer.reason, licences=offer.licences)
        self.compare.show_offer(plan, offer)
        self.entitlements.show_entitlements(overview.entitlements, overview.webinars)
        ending = overview.removals_due()
        self.invoices.show_charges(
            overview.charges,
            next_charges=overview.next_charges(),
            ends_on=min((s.ends_at for s in ending if s.ends_at), default=None),
            can_buy=offer.eligible,
        )
        self._set_offline_on_rows()
        self._settle(overview)
        self.retranslate_ui()

    def _settle(self, overview: BillingOverview) -> None:
        """Read again: a change whose answer never came is settled by what is so, and a
        line the data no longer bears out goes (an error above the row that contradicts it)."""
        write = self.unsettled
        if write is not None:
            self.unsettled = None
            made = write.made(overview.plan.subscription(write.product))
            if made:
                self.status.say(write.done_text, error=False)
                self.status.keep()  # it answers the warning: not gone while unread
            else:
                self.status.say(
                    lambda: self.tr(
                        "The change was not made: Premium Support for {product} is as the "
                        "page shows. You can try again."
                    ).format(product=product_label(write.product)),
                    error=True,
                )
            self._holds = write.holds(made)
        elif self._holds is not None and not self._holds(overview):
            self.status.clear()
            self._holds = None

    # -- add and change (R9, R10) -------------------------------------------------------

    def _add_requested(self, product: str) -> None:
        """Change, and Add's "Compare…", lead to the comparison: the tier is chosen there."""
        self.compare.select_product(product)
        self.tabs.setCurrentIndex(TAB_COMPARE)
        # The pressed button is hidden with its tab: the keyboard goes where the comparison
        # starts, not to the next control Qt finds (the local banner's link at the window's
        # top, a newcomer's Enter away from the server settings).
        self.compare.product_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _compare_from_top(self, _product: str) -> None:
        """Change tier opens the comparison at its top, the product and the tiers in view: it
        kept where it was last read (at the choose buttons, its end; in Japanese at
        1024×640 the product selector was out of view)."""
        self._compare_area.verticalScrollBar().setValue(0)

    def _tier_chosen(self, product: str, tier: str) -> None:
        if self._service is None or self.overview is None:
            return
        current = self.overview.plan.subscription(product)
        changing_from = current.tier if current is not None and current.working else None
        self.purchase.start(
            self._service, product, tier, changing_from=changing_from, current=current
        )

    def _bought(self, subscription: Subscription, quote: Quote) -> None:
        renewal = self.overview.plan.renewal if self.overview is not None else None

        def text() -> str:
            tiers, product = FeatureText(), product_label(subscription.product)
            if subscription.next_tier is not None and renewal is not None:
                done = self.tr("Premium Support for {product} changes to {tier} on {date}.").format(
                    tier=tiers.tier(subscription.next_tier),
                    product=product,
                    date=date_in_text(renewal),
                )
            else:
                done = self.tr("Premium Support {tier} for {product} is active.").format(
                    tier=tiers.tier(subscription.tier), product=product
                )
            # Two sentences: a space between them in English and Dutch, none in Japanese.
            return self.tr("{done} {charged}", "two sentences one after the other").format(
                done=done, charged=charged_text(quote)
            )

        self._say(text, error=False)
        self.status.keep()  # what was charged: kept until the next action, not gone in 8 s
        self.tabs.setCurrentIndex(TAB_ADDONS)
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self.compare.set_busy(busy)

    # -- remove and undo (R11) ------------------------------------------------------------

    def _remove_requested(self, product: str) -> None:
        if self._service is None or self.overview is None:
            return
        service, renewal = self._service, self.overview.plan.renewal
        from desktop.ui.text.wrapped_message_box import WrappedMessageBox  # when needed

        box = WrappedMessageBox(self)
        box.setObjectName("remove_addon_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove Premium Support"))
        text = self.tr(
            "Remove Premium Support for {product}? It keeps working until the renewal "
            "date, {date}, and you can undo the removal until then."
        ).format(product=product_label(product), date=date_in_text(renewal))
        # The money, said before the click: the page's "Next charge" is not made then.
        text += " " + self.tr("Nothing more is charged for it.")
        current = self.overview.plan.subscription(product)
        if current is not None and current.next_tier is not None:
            # R11: the removal replaces the scheduled lower tier; say so.
            text += " " + self.tr("The scheduled change to {tier} is cancelled.").format(
                tier=FeatureText().tier(current.next_tier)
            )
        # Japanese phrases whole across its lines (以降 was split).
        box.setText(text)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirm_remove_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Enter must never remove: the destructive button is not the default.
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        removal = Write(
            product,
            made=lambda sub: sub is not None and sub.status == "removal_scheduled",
            done_text=lambda: self.tr(
                "Removal scheduled: Premium Support for {product} keeps working until {date}."
            ).format(product=product_label(product), date=date_in_text(renewal)),
        )
        remove.clicked.connect(
            lambda: self._run_on_row(removal, self._schedule_removal(service, product))
        )
        box.finished.connect(box.deleteLater)
        self.remove_box = box
        box.open()  # never exec(): a nested loop would stall the async work

    async def _schedule_removal(self, service: BillingService, product: str) -> None:
        subscription = await service.schedule_removal(product)
        self._say(
            lambda: self.tr(
                "Removal scheduled: Premium Support for {product} keeps working until {date}."
            ).format(
                product=product_label(product),
                date=date_in_text(subscription.ends_at or subscription.started_at),
            ),
            error=False,
        )
        await self._load(service)

    def _undo_requested(self, product: str) -> None:
        if self._service is not None:
            undo = Write(
                product,
                made=lambda sub: sub is not None and sub.status == "active",
                done_text=lambda: self.tr(
                    "Removal undone: Premium Support for {product} continues."
                ).format(product=product_label(product)),
            )
            self._run_on_row(undo, self._undo(self._service, product))

    async def _undo(self, service: BillingService, product: str) -> None:
        await service.undo_removal(product)
        self._say(
            lambda: self.tr("Removal undone: Premium Support for {product} continues.").format(
                product=product_label(product)
            ),
            error=False,
        )
        await self._load(service)

    def _undo_change_requested(self, product: str) -> None:
        if self._service is None or self.overview is None:
            return
        current = self.overview.plan.subscription(product)
        if current is not None and current.next_tier is not None:
            renewal = self.overview.plan.renewal
            undo = Write(
                product,
                made=lambda sub: (
                    sub is not None
                    and sub.working
                    and sub.tier == current.tier
                    and sub.next_tier is None
                ),
                done_text=lambda: self.tr(
                    "Change undone: Premium Support {tier} for {product} continues after {date}."
                ).format(
                    tier=FeatureText().tier(current.tier),
                    product=product_label(product),
                    date=date_in_text(renewal),
                ),
            )
            self._run_on_row(undo, self._undo_change(self._service, current))

    async def _undo_change(self, service: BillingService, current: Subscription) -> None:
        """Buying the running tier back clears the lower one, at no charge (R10, R11)."""
        quote = await service.quote(current.product, current.tier)
        await service.buy(quote)
        self._say(
            lambda: self.tr(
                "Change undone: Premium Support {tier} for {product} continues after {date}."
            ).format(
                tier=FeatureText().tier(current.tier),
                product=product_label(current.product),
                date=date_in_text(quote.period_end),
            ),
            error=False,
        )
        await self._load(service)

    def _run_on_row(self, write: Write, work: Coroutine[Any, Any, None]) -> None:
        product = write.product
        row = self.rows.get(product)
        if row is not None:
            row.set_busy(True)
        before = self.overview.plan.subscription(product) if self.overview is not None else None

        def done(_task: asyncio.Task[None]) -> None:
            if product in self.rows:
                self.rows[product].set_busy(False)

        task = self._tasks.run(
            work, on_error=lambda error: self._write_failed(write, before, error)
        )
        task.add_done_callback(done)

    def _write_failed(
        self, write: Write, before: Subscription | None, error: BaseException
    ) -> None:
        """No answer is not a failure: the change may have been made. Never sent is one."""
        if outcome_unknown(error):
            self._unknown(write)
        elif not_sent(error):
            self._say(lambda: not_made_text(), error=True)
            # True while the add-on is as it was: a later read showing it changed clears it.
            product = write.product
            self._holds = lambda overview: overview.plan.subscription(product) == before
        else:
            self._failed(error)

    def _purchase_unknown(self, quote: Quote) -> None:
        """Confirm's answer never came: the quote's tier bought, or scheduled (a lower one)."""
        renewal = self.overview.plan.renewal if self.overview is not None else quote.period_end
        tiers = FeatureText()

        def made(sub: Subscription | None) -> bool:
            return sub is not None and sub.working and quote.tier in (sub.tier, sub.next_tier)

        def done() -> str:  # as _bought says it, from the add-on read again
            sub = self.overview.plan.subscription(quote.product) if self.overview else None
            product = product_label(quote.product)
            if sub is not None and sub.next_tier == quote.tier:
                return self.tr("Premium Support for {product} changes to {tier} on {date}.").format(
                    tier=tiers.tier(quote.tier), product=product, date=date_in_text(renewal)
                )
            return self.tr("Premium Support {tier} for {product} is active.").format(
                tier=tiers.tier(quote.tier), product=product
            )

        self._unknown(Write(quote.product, made=made, done_text=done))

    def _unknown(self, write: Write) -> None:
        self.unsettled = write
        self._holds = None
        self.status.warn(lambda: unknown_text())
        self._check_until_answered()

    def _check_until_answered(self) -> None:
        """Read the add-ons again until the service answers (at once when back online)."""
        if self._service is None or (self._checker is not None and not self._checker.done()):
            return
        self._checker = self._tasks.run(
            self._check_again(self._service), on_error=self._load_failed, name="billing-check"
        )

    async def _check_again(self, service: BillingService) -> None:
        backoff = Backoff(first=2.0, cap=30.0)
        while self.unsettled is not None and service is self._service:
            try:
                overview = await service.overview()
            except ServerUnreachable:
                await asyncio.sleep(backoff.next_delay())
                continue
            if service is self._service:
                self.show_overview(overview)
            return

    # -- entitlements -------------------------------------------------------------------

    def _book_requested(self, product: str) -> None:
        if self._service is not None:
            self._tasks.run(self._open_slots(self._service, product), on_error=self._failed)

    async def _open_slots(self, service: BillingService, product: str) -> None:
        slots = await service.consultation_slots(product)
        dialog = ConsultationDialog(product, slots, self)
        dialog.book_requested.connect(
            lambda chosen_product, slot: self._tasks.run(
                self._book(service, dialog, chosen_product, slot),
                on_error=lambda error: self._dialog_failed(dialog, error),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.consultation_dialog = dialog
        dialog.set_offline(self.offline_reason())  # the service went while the times came
        dialog.open()

    async def _book(
        self, service: BillingService, dialog: ConsultationDialog, product: str, slot: Slot
    ) -> None:
        booking = await service.book_consultation(product, slot)
        dialog.accept()
        self._say(
            lambda: self.tr("Consultation for {product} booked for {time}.").format(
                product=product_label(product), time=date_and_time(booking.starts_at)
            ),
            error=False,
        )
        await self._load(service)

    def _dialog_failed(
        self, dialog: ConsultationDialog | SalesContactDialog, error: BaseException
    ) -> None:
        message = describe_billing(error)
        dialog.show_error(message.text)
        if not message.expected:
            self._tasks.report(error)

    # -- webinars in a calendar (R3) -----------------------------------------------------

    def _save_webinar(self, webinar: Webinar, target: Path) -> None:
        if self._service is not None:
            self._tasks.run(
                self._write_webinar(self._service, webinar, target, open_it=False),
                on_error=lambda error: self._file_failed(target, error),
            )

    def _open_webinar_in_calendar(self, webinar: Webinar, target: Path) -> None:
        if self._service is not None:
            self._tasks.run(
                self._write_webinar(self._service, webinar, target, open_it=True),
                on_error=lambda error: self._file_failed(target, error),
            )

    async def _write_webinar(
        self, service: BillingService, webinar: Webinar, target: Path, *, open_it: bool
    ) -> None:
        await service.save_webinar(webinar, target)
        if not open_it:
            self._say(
                self.tr("Saved {file}: open it to add the webinar to your calendar.").format(
                    file=str(target)
                ),
                error=False,
            )
        elif QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self._say(
                self.tr("“{title}” was handed to your calendar app.").format(title=webinar.title),
                error=False,
            )
        else:
            self._say(
                self.tr(
                    "No calendar app opened the webinar. Use “Save to calendar file…” "
                    "and import the file in your calendar."
                ),
                error=True,
            )

    def _file_failed(self, target: Path, error: BaseException) -> None:
        self._say(
            self.tr("Could not write {file}: {reason}").format(
                file=target.name,
                reason=getattr(error, "strerror", None) or type(error).__name__,
            ),
            error=True,
        )

    # -- sales contact (R8) -----------------------------------------------------------------

    def open_sales_contact(self) -> None:
        if self._service is None:
            return
        service = self._service
        dialog = SalesContactDialog(self)
        dialog.send_requested.connect(
            lambda message, phone: self._tasks.run(
                self._contact(service, dialog, message, phone),
                on_error=lambda error: self._dialog_failed(dialog, error),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.sales_dialog = dialog
        dialog.open()

    async def _contact(
        self, service: BillingService, dialog: SalesContactDialog, message: str, phone: str
    ) -> None:
        await service.contact_sales(message, phone or None)
        dialog.show_sent()
        self._say(
            lambda: self.tr("Your message was sent to your sales representative."), error=False
        )

    # -- invoices ---------------------------------------------------------------------------

    def _export(self, name: str) -> None:
        if self._service is None or self.overview is None:
            return
        target = Path(name)
        charges = self.overview.charges
        self._tasks.run(
            self._write(self._service, charges, target),
            on_error=lambda error: self.invoices.show_status(
                lambda: self.tr("Could not write {file}: {reason}").format(
                    file=target.name,
                    reason=getattr(error, "strerror", None) or type(error).__name__,
                ),
                error=True,
            ),
        )

    async def _write(
        self, service: BillingService, charges: tuple[Charge, ...], target: Path
    ) -> None:
        await service.export_charges(charges, target)
        self.invoices.show_status(
            lambda: self.tr("Exported to {file}.").format(file=str(target)), error=False
        )

    # -- text --------------------------------------------------------------------------------

    def _load_failed(self, error: BaseException) -> None:
        """Reading failed: said until a read succeeds (then it is no longer so)."""
        if self.unsettled is not None and isinstance(error, ServerUnreachable):
            return  # the warning says it already, and the check goes on
        self._failed(error)
        self._holds = lambda _overview: False

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServerUnreachable) and error.local and error.stopped:
            # The note under the tabs says it for Billing (and the window's banner offers
            # "Start it again"): a third, generic line ("Your work is kept") says nothing more.
            self.set_local_stopped(True)
            return
        message = describe_billing(error)
        self._say(lambda: describe_billing(error).text, error=True)
        if not message.expected:
            self._tasks.report(error)
        elif isinstance(error, ApiError) and error.status == 409 and self._service is not None:
            self.reload()  # a refusal of the state shown: the page was out of date

    def _say(self, text: Text, *, error: bool) -> None:
        """``text``: a callable is asked again on a language change; a text is cleared then."""
        self._holds = None
        self.status.say(text, error=error)

    # -- connection -----------------------------------------------------------------------

    def follow_connection(self, indicator: ConnectionIndicator) -> None:
        """The window's connection, as the status bar and the offline banner say it."""
        self._connection.follow(indicator, self.set_offline)

    def set_offline(self, offline: bool) -> None:
        """Offline: the actions that need the service wait, and say why; back: read again."""
        was_offline, self.offline = self.offline, offline
        self._set_offline_on_rows()
        self.retranslate_ui()
        if was_offline and not offline and self._service is not None:
            if self.unsettled is not None:
                if self._checker is not None:
                    self._checker.cancel()  # asleep in its back-off: read now
                    self._checker = None
                self._check_until_answered()
            elif self.overview is not None and self.isVisible():
                self.reload()  # what was said while offline may no longer be so (hidden:
                # show_billing reads it when shown)

    def set_local_stopped(self, stopped: bool) -> None:
        """The local service gave up: Add, Change, Remove and Undo cannot succeed until it is
        started again (they were offered, and failed after the click), so they are off and
        say why. Started again, the page reads the plan when shown (show_billing)."""
        if stopped != self.local_stopped:
            self.local_stopped = stopped
            self._set_offline_on_rows()
            self.retranslate_ui()

    def offline_reason(self) -> str:
        if self.local_stopped:
            return start_it_first()
        return self.tr("Needs a connection to the service.") if self.offline else ""

    def _set_offline_on_rows(self) -> None:
        reason = self.offline_reason()
        for row in self.rows.values():
            row.set_offline(reason)
        self.compare.set_offline(reason)
        self.entitlements.set_offline(reason)  # Book a time… (its webinars stay offered)
        consultation = self.consultation_dialog
        if consultation is not None and isValid(consultation):  # closed ones are deleted
            consultation.set_offline(reason)
        self.purchase.offline_reason = reason
        dialog = self.purchase.dialog
        if dialog is not None and isValid(dialog):  # closed ones are deleted
            dialog.set_offline(reason)

    def summary_text(self) -> str:
        if self.overview is None:
            # Stopped, nothing loads until "Start it again" (the note says it): no "Loading…".
            loading = self._service is not None and not self.local_stopped
            return self.tr("Loading…") if loading else ""
        plan = self.overview.plan
        payment = (
            self.tr("pays by card") if plan.payment_method == "card" else self.tr("pays by invoice")
        )
        return self.tr(
            "{team} · %n licence(s) · {payment} · billing period from {start}, "
            "renewal date {renewal}",
            "",
            plan.licences,
        ).format(
            team=plan.name,
            payment=payment,
            start=date_in_text(plan.period_start),
            renewal=date_in_text(plan.renewal),
        )

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Billing"))
        self.summary.setText(self.summary_text())
        self.addons_intro.setText(
            self.tr(
                "Premium Support is an add-on per product: your admins create and follow "
                "support tickets, with faster responses."
            )
        )
        # Each with a short title for a bar too narrow for the full ones (150 %, Dutch).
        titles = [
            (self.tr("Available add-ons"), self.tr("Add-ons", "short tab title")),
            (self.tr("Compare Basic and Enhanced"), self.tr("Compare", "short tab title")),
            (self.tr("What is included"), self.tr("Included", "short tab title")),
            (self.tr("Invoices"), self.tr("Invoices")),
        ]
        self.tabs.set_titles(titles)
        # A screen reader lands on the tabs and on each tab's scrolling area: named so.
        self.tabs.setAccessibleName(self.tr("Billing"))
        self.offline_note.setText(
            billing_waits()
            if self.local_stopped
            else self.tr(
                "You are offline: adding, changing and removing Premium Support wait until "
                "the connection returns."
            )
        )
        waiting = self.offline or self.local_stopped
        self.offline_note.setVisible(waiting and self._service is not None)
        for index, (full, _short) in enumerate(titles):
            page = self.tabs.widget(index)
            if page is not None:
                page.setAccessibleName(full.replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # the status line says itself again (StatusLine)
        super().changeEvent(event)
