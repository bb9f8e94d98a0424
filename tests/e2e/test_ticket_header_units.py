"""The ticket header's parts wrap whole: a label never leaves its value (issue ux19c).

Japanese "20 分前に Ava Jansenが作成" wrapped with 作成 alone on the next line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.text.line_breaks import NO_BREAK_SPACE
from tests.support.client_flows import signed_in_client
from tests.support.server import RunningServer
from tests.support.text_lines import laid_out
from tests.support.waiting import wait_until


@pytest.mark.parametrize("language", ["ja", "en", "nl"])
async def test_the_opened_part_never_breaks_at_any_width(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    async with signed_in_client(
        server, qtbot, tmp_path, "ava@northwind.example", language=language
    ) as controller:
        window = controller.window
        ticket_id = window.my_tickets.model.ticket_at(0).id
        window.open_ticket(ticket_id)
        page = window.ticket_page
        await wait_until(lambda: page.ticket is not None, what="the ticket")
        meta = page.meta
        parts = meta.text().split(" · ")
        assert len(parts) == 5, meta.text()
        opened = parts[-1]  # "opened 5 min ago by Ava Jansen", "…にAva Jansenが作成"
        assert "Ava Jansen" in opened
        font = meta.font()
        for width in range(120, 700, 3):
            lines = [
                line.read.replace(NO_BREAK_SPACE, " ")
                for line in laid_out(meta.shown_text(), font, width)
            ]
            for part in parts:
                assert any(part in line for line in lines), (width, part, lines)
