"""The My tickets model: a well-behaved Qt model, sorted sensibly, paged on demand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.api.models import PersonRef, TicketSummary
from desktop.ui.tickets.ticket_table_model import (
    SORT_ROLE,
    TICKET_ID_ROLE,
    Column,
    TicketTableModel,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def ticket(number: int, status: str = "open", hours_ago: int = 0) -> TicketSummary:
    updated = NOW - timedelta(hours=hours_ago)
    return TicketSummary(
        id=f"tkt_{number}",
        number=number,
        subject=f"Subject {number}",
        status=status,
        product="dropbox",
        channel="request",
        premium=True,
        category="sync",
        language="en",
        submitter=PersonRef(id="usr_ava", name="Ava Jansen"),
        created_at=updated - timedelta(hours=1),
        updated_at=updated,
        first_response_due_at=updated,
        first_responded_at=None,
        sla_state="due",
    )


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = TicketTableModel()
    model.reset((ticket(1), ticket(2, "closed", 5)), "cursor-2")
    qtmodeltester.check(model)
    model.append_page((ticket(3, "new", 9),), None)
    qtmodeltester.check(model)


def test_rows_show_subject_number_status_product_updated() -> None:
    model = TicketTableModel()
    model.reset((ticket(1042, "pending"),), None)
    row = [model.index(0, c).data() for c in Column]
    assert row[:4] == ["Subject 1042", "#1042", "Pending", "Dropbox"]
    assert row[4]  # a localized date
    assert model.index(0, Column.UPDATED).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(TICKET_ID_ROLE) == "tkt_1042"


def test_status_sorts_in_workflow_order() -> None:
    model = TicketTableModel()
    model.reset(
        tuple(ticket(n, s) for n, s in enumerate(["closed", "new", "solved", "pending", "open"])),
        None,
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, Column.STATUS).data() for r in range(proxy.rowCount())]
    assert shown == ["New", "Open", "Pending", "Solved", "Closed"]


def test_number_sorts_numerically() -> None:
    model = TicketTableModel()
    model.reset((ticket(999), ticket(1001), ticket(1000)), None)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.NUMBER).data() for r in range(3)] == ["#999", "#1000", "#1001"]


def test_fetch_more_asks_once_for_the_next_page(qtbot: QtBot) -> None:
    model = TicketTableModel()
    model.reset((ticket(1),), "next")
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.more_requested) as asked:
        model.fetchMore(QModelIndex())
    assert asked.args == ["next"]
    assert not model.canFetchMore(QModelIndex())  # no second request while loading
    model.append_page((ticket(1), ticket(2)), None)  # overlapping rows are not doubled
    assert model.rowCount() == 2
    assert not model.canFetchMore(QModelIndex())
