"""Saving a chart: painted on the GUI thread, encoded and written on a worker thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QBarSet, QChart
from PySide6.QtGui import QImage, QPalette
from pytestqt.qtbot import QtBot

from desktop.ui.insights import chart_card
from desktop.ui.insights.chart_card import ChartCard
from desktop.ui.shell.tasks import TaskRunner

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def draw(chart: QChart, palette: QPalette) -> object:
    chart.removeAllSeries()
    bars = QBarSet("Tickets")
    bars.append([3, 5, 2])
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    return series


async def wait_until(condition: Callable[[], object], seconds: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


def shown_card(qtbot: QtBot, errors: list[BaseException]) -> ChartCard:
    card = ChartCard("top_issues", TaskRunner(errors.append))
    qtbot.addWidget(card)
    card.resize(480, 360)
    card.show_data(draw, ["Issue", "Tickets"], [["Billing", 3], ["Login", 5]])
    card.show()
    return card


async def test_the_png_is_written_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[BaseException] = []
    card = shown_card(qtbot, errors)
    writers: list[threading.Thread] = []
    real_write = chart_card.write_png

    def recording_write(image: QImage, path: Path) -> None:
        writers.append(threading.current_thread())
        real_write(image, path)

    monkeypatch.setattr(chart_card, "write_png", recording_write)
    target = tmp_path / "issues.png"
    card._export(card.save_png(target))
    await wait_until(lambda: writers and target.exists() and not card._tasks.pending)

    assert writers[0] is not threading.main_thread()
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    assert errors == [] and card.export_status.isHidden()


async def test_a_failed_write_is_said_on_the_card(qtbot: QtBot, tmp_path: Path) -> None:
    errors: list[BaseException] = []
    card = shown_card(qtbot, errors)
    card._export(card.save_png(tmp_path / "missing folder" / "issues.png"))
    await wait_until(lambda: not card._tasks.pending)

    assert errors == []
    assert card.export_status.isVisibleTo(card)
    assert card.export_status.text().startswith("Could not save issues.png.")
