"""What the window offers once its local service gave up, and what each offer then does.

The real local service process is killed with SIGKILL until it gives up. Then nothing
brings it back but "Start it again": F5, and the lists' Refresh, read from it and failed
without a word, so they are not offered (and say why), nor is Retry on a ticket whose
conversation was never downloaded; Contact support works (the request waits in the
outbox) and says it waits for "Start it again", not for a connection that would return
by itself; Insights' Export writes the numbers as last synced and says as of when.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.insights.insights_page import InsightsPage
from desktop.ui.shell.main_window import MainWindow
from tests.e2e.test_local_service_recovers import _crash_until_it_gives_up
from tests.support.app import running_client
from tests.support.client_flows import open_contact
from tests.support.insights_flows import open_insights
from tests.support.waiting import wait_until

SUBJECT = "Written while the local workspace was stopped"


@asynccontextmanager
async def _stopped(tmp_path: Path) -> AsyncIterator[tuple[AppController, InsightsPage]]:
    """Local mode, Insights read once (its numbers stored), then its service given up."""
    async with running_client(tmp_path) as controller:
        controller.start()
        window = controller.window
        await wait_until(lambda: window.my_tickets.model.rowCount() > 0, timeout=90, what="tickets")
        insights = await open_insights(controller)
        window.show_my_tickets()
        await _crash_until_it_gives_up(controller)
        await wait_until(window.local_stopped_banner.isVisible, what="not running")
        yield controller, insights


async def _started_again(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.local_stopped_banner.retry_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: not window.local_stopped, timeout=90, what="started again")


def _subjects(window: MainWindow) -> list[str]:
    model = window.my_tickets.model
    return [model.ticket_at(row).subject for row in range(model.rowCount())]


async def test_refresh_is_not_offered_while_the_local_service_is_stopped(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with _stopped(tmp_path) as (controller, _insights):
        window = controller.window
        refresh = window.menus.refresh_action
        assert not refresh.isEnabled()
        assert "Start it again" in refresh.toolTip()
        assert "Start it again" in refresh.statusTip()
        button = window.my_tickets.refresh_button  # the list's own Refresh, the same
        assert not button.isEnabled() and "Start it again" in button.toolTip()
        assert not window.team_tickets.refresh_button.isEnabled()  # built while stopped
        window.show_insights()
        assert not refresh.isEnabled()  # on every page

        await _started_again(window, qtbot)
        await wait_until(refresh.isEnabled, timeout=90, what="F5 back")
        assert refresh.toolTip() == "Refresh"
        assert button.isEnabled() and button.toolTip() == "Load the newest tickets (F5)"


async def test_a_ticket_not_downloaded_offers_no_retry_while_the_local_service_is_stopped(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with _stopped(tmp_path) as (controller, _insights):
        window = controller.window
        # A ticket whose conversation was never read: the store has its row only.
        model = window.my_tickets.model
        ticket_id = model.ticket_at(model.rowCount() - 1).id
        window.open_ticket(ticket_id)
        page = window.ticket_page
        await wait_until(page.retry_button.isVisible, what="not downloaded")
        said = page.status_line.text()
        assert "local demo workspace is started again" in said
        assert "connection returns" not in said  # nothing returns by itself
        assert not page.retry_button.isEnabled()
        assert "Start it again" in page.retry_button.toolTip()

        await _started_again(window, qtbot)
        assert page.retry_button.isEnabled() and page.retry_button.toolTip() == ""


async def test_contact_support_says_a_request_waits_for_start_it_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with _stopped(tmp_path) as (controller, _insights):
        window = controller.window
        dialog = await open_contact(controller, qtbot)
        assert dialog.offline_note.isVisible()
        assert "The local demo workspace is not running" in dialog.offline_note.text()
        assert "“Start it again”" in dialog.offline_note.text()
        assert "connection returns" not in dialog.offline_note.text()
        assert not dialog.channel_buttons["chat"].isEnabled()
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sharing"))
        dialog.subject_edit.setText(SUBJECT)
        dialog.body_edit.setPlainText("Shared links open a blank page since this morning.")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        status = window.statusBar()
        await wait_until(lambda: "outbox" in status.currentMessage(), what="said where it is")
        assert "start the local demo workspace again" in status.currentMessage()
        service = controller.service
        assert service is not None
        assert [i.kind for i in service.outbox.store.items()] == ["ticket"]

        # What it said: sent once started again, and once.
        await _started_again(window, qtbot)
        await wait_until(lambda: SUBJECT in _subjects(window), timeout=90, what="sent")
        assert _subjects(window).count(SUBJECT) == 1


async def test_insights_export_says_its_numbers_are_as_last_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _stopped(tmp_path) as (controller, insights):
        controller.window.show_insights()
        await wait_until(lambda: not insights._loading, what="insights as stored")
        assert insights.status.text().startswith("Offline: insights as last synced")
        card = insights.top_issues
        assert card.export_button.isVisible() and card.export_button.isEnabled()
        target = tmp_path / "top_issues.csv"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_args: (str(target), "CSV file (*.csv)")
        )
        card.csv_action.trigger()
        await wait_until(card.export_status.isVisible, what="said what was saved")
        assert target.read_text(encoding="utf-8").startswith("Issue,Tickets")
        said = card.export_status.text()
        assert said.startswith("Saved top_issues.csv, with the numbers as last synced on ")
