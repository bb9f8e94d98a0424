"""A ticket list page on its own, filled with rows as after a sync, for the client's tests."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desktop.api.models import TicketSummary
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.unread import UnreadAnswers


def list_page(
    qtbot: QtBot, scope: str, *, scale: float = 1.0, unread: UnreadAnswers | None = None
) -> TicketListPage:
    """My tickets ("mine") or Team tickets ("team"), no service behind it; its text
    ``scale`` times its size (the page's own font: the rest of the app keeps its own)."""
    page = TicketListPage(TaskRunner(lambda error: None), scope, unread=unread)
    qtbot.addWidget(page)
    if scale != 1.0:
        larger = QFont(page.font())
        larger.setPointSizeF(page.font().pointSizeF() * scale)
        page.setFont(larger)
    return page


def show_rows(
    qtbot: QtBot,
    page: TicketListPage,
    rows: Iterable[TicketSummary],
    width: int,
    height: int = 600,
) -> TicketListPage:
    """``page`` sized, showing ``rows`` as after a sync, on screen, its columns fitted as
    the first rows have them fitted."""
    page.resize(width, height)
    page.model.reset(tuple(rows), None)
    page._state = "ready"  # noqa: SLF001 - as after a sync
    page.retranslate_ui()
    with qtbot.waitExposed(page):
        page.show()
    page.columns.fit()
    return page
