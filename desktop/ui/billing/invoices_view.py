"""Invoices (R10): every charge made, pro-rata and full, with dates and amounts; CSV export."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.billing import Charge
from desktop.ui.billing.status_line import StatusLine
from desktop.ui.billing.table_models import ChargeColumn, ChargeModel, read_only_table
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
        self.status = StatusLine("export_status")
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_csv_button")
        self.export_button.clicked.connect(self._choose_file)
        self.save_dialog: QFileDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.show_charges(())

    def show_charges(self, charges: tuple[Charge, ...]) -> None:
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
        dialog.selectFile(self.tr("premium-support-invoices.csv"))
        dialog.fileSelected.connect(self.export_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.save_dialog = dialog
        dialog.open()

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("No charges yet. Buying Premium Support adds its charges here."))
        self.export_button.setText(self.tr("Export as CSV…"))
        self.table.setAccessibleName(self.tr("Invoices"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
