"""New rows arriving one by one read the trend chart once or twice, not once per row
(a newcomer's log showed ~20 identical requests at start in local mode)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.tickets import TicketService
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_new_rows_one_by_one_read_the_trend_once_or_twice(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = []
    real_trend = TicketService.trend

    async def counted(self: TicketService) -> object:
        reads.append(1)
        return await real_trend(self)

    monkeypatch.setattr(TicketService, "trend", counted)  # the real read, counted
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        page = controller.window.my_tickets
        chart = page.trend_chart
        assert chart is not None
        await wait_until(lambda: page.model.rowCount() >= 10, what="Ava's tickets synced")
        await wait_until(lambda: chart.trend is not None, what="the trend shown")
        await wait_until(lambda: not page._trend_loading)
        reads.clear()
        # Rows new to the list, one store write each, as live news and a sync's pages bring
        # them: each used to read the trend again.
        service = controller.window.service
        assert service is not None
        first = page.model.ticket_at(0)
        for n in range(12):
            await service.store.save([first._replace(id=f"tkt_new_{n}", number=90_000 + n)])
        await wait_until(lambda: page.model.rowCount() >= 22, what="the new rows listed")
        await wait_until(lambda: not page._trend_loading)
        # None when the list re-read itself instead (a remembered sort); never one per row.
        assert len(reads) <= 3, len(reads)
