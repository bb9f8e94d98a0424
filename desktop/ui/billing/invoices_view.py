"""Invoices (R10): every charge made, pro-rata and full, with dates and amounts; CSV export.

With no charge recorded, it says so and what comes next: the renewal's charge of an add-on
that goes on (the amount and date the service gives), none when the add-ons end at the
renewal, or that buying one adds its charges here (only to a team that can buy). A team
with Premium Support read "Buying Premium Support adds its charges here".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.billing import Charge
from desktop.services.billing import NextCharge
from desktop.ui.billing.feature_text import FeatureText
from desktop.ui.billing.money import format_money
from desktop.ui.billing.status_line import StatusLine
from desktop.ui.billing.table_models import ChargeColumn, ChargeModel, read_only_table
from desktop.ui.shell.save_folder import save_folder
from desktop.ui.text.formatting import date_in_text
from desktop.ui.text.labels import product_label
from desktop.ui.text.said_again import Text
from desktop.ui.text.wrapped_label import WrappedLabel


class InvoicesView(QWidget):
    export_requested = Signal(str)  # the file chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoices_view")
        self.model = ChargeModel()
        self.table = read_only_table(self.model, "invoice_table", ChargeColumn.PERIOD)
        self.empty = WrappedLabel()
        self.empty.setObjectName("invoices_empty")
        # At the top, where the list would start (it floated in the middle of the tab).
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = StatusLine("export_status")
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_csv_button")
        self.export_button.clicked.connect(self._choose_file)
        self.save_dialog: QFileDialog | None = None
        self._next_charges: tuple[NextCharge, ...] = ()
        self._ends_on: datetime | None = None
        self._can_buy = False
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.show_charges(())

    def show_charges(
        self,
        charges: tuple[Charge, ...],
        *,
        next_charges: tuple[NextCharge, ...] = (),
        ends_on: datetime | None = None,
        can_buy: bool = False,
    ) -> None:
        """``next_charges``: what the renewal charges; ``ends_on``: when the add-ons still
        working end, with nothing more charged (R11); ``can_buy``: the team may buy (R8)."""
        self._next_charges = next_charges
        self._ends_on = ends_on
        self._can_buy = can_buy
        self.model.set_charges(charges)
        self.empty.setVisible(not charges)
        self.table.setVisible(bool(charges))
        # Nothing to export, no button (a button that does nothing is not shown).
        self.export_button.setVisible(bool(charges))
        self.retranslate_ui()

    def show_status(self, text: Text, *, error: bool) -> None:
        self.status.say(text, error=error)

    def _choose_file(self) -> None:
        # Not the static getSaveFileName: its nested event loop would stall the async work.
        dialog = QFileDialog(self, self.tr("Export invoices"))
        dialog.setObjectName("export_invoices_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.setDirectory(str(save_folder()))  # not the working folder
        dialog.selectFile(self.tr("premium-support-invoices.csv"))
        dialog.fileSelected.connect(self.export_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.save_dialog = dialog
        dialog.open()

    def empty_text(self) -> str:
        """What is so with no charge recorded, and what comes next."""
        upcoming = self._next_charges
        if upcoming:
            tiers = FeatureText()
            charges = [
                self.tr("{amount} for Premium Support {tier} for {product}").format(
                    amount=format_money(c.amount, c.currency),
                    tier=tiers.tier(c.tier),
                    product=product_label(c.product),
                )
                for c in upcoming
            ]
            date = date_in_text(upcoming[0].on)  # one renewal date for the team
            if len(charges) == 1:
                return self.tr(
                    "No charges recorded yet. The next charge, {charge}, will be made on the "
                    "renewal date, {date}."
                ).format(charge=charges[0], date=date)
            return self.tr(
                "No charges recorded yet. The next charges will be made on the renewal "
                "date, {date}: {charges}."
            ).format(date=date, charges=QLocale().createSeparatedList(charges))
        if self._ends_on is not None:
            return self.tr(
                "No charges recorded yet, and none will be: Premium Support ends on {date}."
            ).format(date=date_in_text(self._ends_on))
        if self._can_buy:
            return self.tr("No charges recorded yet. Buying Premium Support adds its charges here.")
        return self.tr("No charges recorded yet.")

    def retranslate_ui(self) -> None:
        self.empty.setText(self.empty_text())
        self.export_button.setText(self.tr("Export as CSV…"))
        self.table.setAccessibleName(self.tr("Invoices"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
