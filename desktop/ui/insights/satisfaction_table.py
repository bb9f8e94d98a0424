"""Insights (issue 21): good and bad ratings per issue for the period, with the share of
good ones, and how many questions help articles answered before becoming tickets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api.insights import Insights
from desktop.ui.insights.kpi_tiles import good_share
from desktop.ui.insights.table_model import cell_text
from desktop.ui.look.theme import TextRole, TypeStep, set_text_role, set_type
from desktop.ui.text.labels import category_label
from desktop.ui.text.wrapped_label import WrappedLabel


class SatisfactionTable(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("satisfaction_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._shown: tuple[Insights, date, date] | None = None
        self.title = QLabel()
        set_type(self.title, TypeStep.CARD_TITLE)
        self.caption = WrappedLabel()
        self.caption.setObjectName("satisfaction_caption")
        set_text_role(self.caption, TextRole.SECONDARY)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("satisfaction_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Every row shown (the height is set to fit them): the page scrolls, not the table.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.none = WrappedLabel()
        self.none.setObjectName("satisfaction_none")
        # Beside the ratings: questions that never became tickets (deflection).
        self.answered = WrappedLabel()
        self.answered.setObjectName("deflections_line")
        layout = QVBoxLayout(self)
        for widget in (self.title, self.caption, self.table, self.none, self.answered):
            layout.addWidget(widget)

    def show_insights(self, insights: Insights, first_day: date, last_day: date) -> None:
        self._shown = (insights, first_day, last_day)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Ratings per issue"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Issue"), self.tr("Good"), self.tr("Bad"), self.tr("Rated good")]
        )
        self.table.setAccessibleName(self.tr("Good and bad ratings per issue"))
        if self._shown is None:
            return
        insights, first, last = self._shown
        days = {"first": cell_text(first), "last": cell_text(last)}
        self.caption.setText(
            self.tr(
                "Tickets rated {first} to {last}, by issue: the last rating each ticket was "
                "given, and the share of good ones."
            ).format(**days)
        )
        self.table.setAccessibleDescription(self.caption.text())
        locale = QLocale()
        rows = insights.rated_by_category
        self.table.setRowCount(len(rows))
        for row, (category, good, bad) in enumerate(rows):
            cells = (
                category_label(category),
                locale.toString(good),
                locale.toString(bad),
                good_share(good, bad, locale) if good + bad else "—",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(height)
        self.table.setVisible(bool(rows))
        self.none.setText(self.tr("No ticket was rated in this period."))
        self.none.setVisible(not rows)
        self.answered.setText(
            self.tr(
                "%n question(s) answered by a help article in this period, with no ticket needed.",
                "",
                insights.deflections,
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
