"""Read-only table models of the Billing page: invoices (charges) and live webinars."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.api.billing import Charge, Webinar
from desktop.ui.billing.feature_text import FeatureText
from desktop.ui.billing.money import format_money
from desktop.ui.billing.when import webinar_time, webinar_zone
from desktop.ui.look.theme import style_selected_rows
from desktop.ui.text.formatting import medium_date
from desktop.ui.text.labels import product_label

AnyIndex = QModelIndex | QPersistentModelIndex
# The row's object, for tests and for actions on a row.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ChargeColumn(IntEnum):
    DATE = 0
    PRODUCT = 1
    KIND = 2
    PERIOD = 3
    AMOUNT = 4


def kind_label(kind: str) -> str:
    labels = {
        "prorated": QCoreApplication.translate("ChargeKind", "Pro-rata amount"),
        "full": QCoreApplication.translate("ChargeKind", "Full amount"),
    }
    return labels.get(kind, kind)


class _ReadOnlyTable(QAbstractTableModel):
    """Rows replaced as a whole, a fixed number of columns, text that follows the language."""

    def __init__(self, columns: int) -> None:
        super().__init__()
        self._columns = columns

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._columns

    def retranslate(self) -> None:
        """Texts and formats follow the language: everything is repainted."""
        if self._row_count():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._row_count() - 1, self._columns - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)


class ChargeModel(_ReadOnlyTable):
    def __init__(self) -> None:
        super().__init__(len(ChargeColumn))
        self._charges: tuple[Charge, ...] = ()

    def _row_count(self) -> int:
        return len(self._charges)

    @property
    def charges(self) -> tuple[Charge, ...]:
        return self._charges

    def set_charges(self, charges: Sequence[Charge]) -> None:
        self.beginResetModel()
        self._charges = tuple(charges)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        charge = self._charges[index.row()]
        column = ChargeColumn(index.column())
        if role == ITEM_ROLE:
            return charge
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ChargeColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # The app's one date style, as in the ticket lists and the sentences.
        if column == ChargeColumn.DATE:
            return medium_date(charge.created_at)
        if column == ChargeColumn.PRODUCT:
            return QCoreApplication.translate("ChargeModel", "{product}, {tier}").format(
                product=product_label(charge.product), tier=FeatureText().tier(charge.tier)
            )
        if column == ChargeColumn.KIND:
            return kind_label(charge.kind)
        if column == ChargeColumn.PERIOD:
            return QCoreApplication.translate("ChargeModel", "{start} – {end}").format(
                start=medium_date(charge.period_start), end=medium_date(charge.period_end)
            )
        return format_money(charge.amount, charge.currency)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            ChargeColumn.DATE: QCoreApplication.translate("ChargeModel", "Date"),
            ChargeColumn.PRODUCT: QCoreApplication.translate("ChargeModel", "Add-on"),
            ChargeColumn.KIND: QCoreApplication.translate("ChargeModel", "Charge"),
            ChargeColumn.PERIOD: QCoreApplication.translate("ChargeModel", "Billing period"),
            ChargeColumn.AMOUNT: QCoreApplication.translate("ChargeModel", "Amount"),
        }
        return headers.get(ChargeColumn(section))


class WebinarColumn(IntEnum):
    WHEN = 0
    TITLE = 1
    LANGUAGE = 2
    LENGTH = 3


class WebinarModel(_ReadOnlyTable):
    def __init__(self, zone: QTimeZone | None = None) -> None:
        super().__init__(len(WebinarColumn))
        self._webinars: tuple[Webinar, ...] = ()
        # None: the admin's zone, the system's, read at each paint.
        self.zone = zone

    def _row_count(self) -> int:
        return len(self._webinars)

    @property
    def webinars(self) -> tuple[Webinar, ...]:
        return self._webinars

    def set_webinars(self, webinars: Sequence[Webinar]) -> None:
        self.beginResetModel()
        self._webinars = tuple(webinars)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        webinar = self._webinars[index.row()]
        if role == ITEM_ROLE:
            return webinar
        column = WebinarColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and column == WebinarColumn.WHEN:
            return webinar_zone(webinar.starts_at, self.zone)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == WebinarColumn.WHEN:
            return webinar_time(webinar.starts_at, self.zone)
        if column == WebinarColumn.TITLE:
            return webinar.title  # the programme's own title, in the webinar's language
        if column == WebinarColumn.LANGUAGE:
            # Language names in their own language, as in Settings.
            return {"en": "English", "ja": "日本語"}.get(webinar.language, webinar.language)
        return QCoreApplication.translate("WebinarModel", "{minutes} min").format(
            minutes=QLocale().toString(webinar.duration_minutes)
        )

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            WebinarColumn.WHEN: QCoreApplication.translate("WebinarModel", "When"),
            WebinarColumn.TITLE: QCoreApplication.translate("WebinarModel", "Webinar"),
            WebinarColumn.LANGUAGE: QCoreApplication.translate("WebinarModel", "Language"),
            WebinarColumn.LENGTH: QCoreApplication.translate("WebinarModel", "Length"),
        }
        return headers.get(WebinarColumn(section))


def read_only_table(model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
    """A table of whole rows, sized to its texts, with one column taking the rest."""
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    style_selected_rows(table)  # the selected row stands out 3:1, as in the ticket lists
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
