"""The selected row kept where it is on screen while rows come and go above it.

A search shows the store's finds at once and the service's a moment later: those are
read into the list in its order, often above the row the admin had just chosen, which
then slid down under the pointer (a newcomer's report). Rows arriving above it scroll
the list by their height instead, so the row stays put; where the list cannot scroll
that far (a short list that fits, or one near its top with rows taken away above) it
moves as little as it can.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.ui.tickets.list.ticket_table_model import TICKET_ID_ROLE


@contextmanager
def selected_row_kept_in_place(table: QTableView, *, keep: bool = True) -> Iterator[None]:
    """Around a change of the table's rows: the selected row (if it was on screen, and
    is still the one selected after) is scrolled back to where it was (unless not
    ``keep``: then the rows move as they will)."""
    before = _selected_place(table) if keep else None
    yield
    if before is None:
        return
    ticket_id, top = before
    table.doItemsLayout()  # the rows' places and the scroll range as they are now
    after = _selected_place(table, in_view=False)  # pushed below the view, say
    if after is None or after[0] != ticket_id:
        return  # another row selected (or none): nothing to keep
    moved = after[1] - top
    if not moved:
        return
    scroll = table.verticalScrollBar()
    if table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
        height = max(1, table.rowHeight(table.currentIndex().row()))
        scroll.setValue(scroll.value() + round(moved / height))
    else:
        scroll.setValue(scroll.value() + moved)


def _selected_place(table: QTableView, *, in_view: bool = True) -> tuple[str, int] | None:
    """The selected ticket and its row's top in the viewport (if it is in view)."""
    current = table.currentIndex()
    ticket_id = current.siblingAtColumn(0).data(TICKET_ID_ROLE) if current.isValid() else None
    if not ticket_id:
        return None
    rect = table.visualRect(current)
    if not rect.isValid() or (in_view and not rect.intersects(table.viewport().rect())):
        return None
    return str(ticket_id), rect.top()
