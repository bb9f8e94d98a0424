"""An exported chart or list says when its content is so: the suggested file name carries
the date (ISO yyyy-mm-dd, whatever the language), and a CSV each row's moment.

Two exports of the same chart were both offered as "top_issues.csv": the second
overwrote the first after one question, and neither said when it was taken.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.store.account import AccountStore
from desktop.store.tickets import TicketQuery
from desktop.ui.insights.chart_card import ChartCard
from desktop.ui.shell.save_folder import save_folder
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.csv_rows import ExportLabels
from desktop.ui.tickets.list.list_export import write_csv
from tests.desktop.test_chart_export import draw
from tests.desktop.test_local_store import AVA, ticket
from tests.support.app import languages_switched
from tests.support.waiting import wait_until

# Late on a day in UTC: another day in many zones, so the local day is what is checked.
SYNCED = datetime(2026, 11, 30, 23, 40, tzinfo=UTC)


def _card(qtbot: QtBot) -> ChartCard:
    card = ChartCard("top_issues", TaskRunner(lambda error: None))
    qtbot.addWidget(card)
    card.title.setText("Top issues")
    card.show_data(draw, ["Issue", "Tickets"], [["Billing", 3], ["Login", 5]])
    return card


def _asked(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The names the save dialog suggests; it answers ``target``."""
    suggested: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(target), ""

    # The OS's save dialog stands in: it cannot be driven here (a native dialog).

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


async def test_a_chart_saved_today_is_named_with_todays_date(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _card(qtbot)
    suggested = _asked(monkeypatch, tmp_path / "issues.png")
    before = date.today()
    card.png_action.trigger()
    with languages_switched() as languages:  # ISO in every language: no locale's order
        for language in ("ja", "nl"):
            languages.apply(language)
            card.csv_action.trigger()
    days = {before.isoformat(), date.today().isoformat()}  # the night may turn meanwhile
    assert len(suggested) == 3
    names = [Path(name).name for name in suggested]
    assert names[0] in {f"Top issues {d}.png" for d in days}
    assert all(name in {f"Top issues {d}.csv" for d in days} for name in names[1:])
    # In the documents (or home) folder, not wherever the app was started from.
    assert all(Path(name).parent == save_folder() for name in suggested)
    await wait_until(lambda: not card._tasks.pending, what="the files written")
    # Said where it went (a newcomer saw nothing happen).
    await wait_until(lambda: card.export_status.isVisibleTo(card), what="the save said")
    assert card.export_status.text() == "Saved issues.png."


async def test_numbers_as_last_synced_are_named_and_stamped_with_their_moment(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _card(qtbot)
    card.synced_at_from(lambda: SYNCED)  # offline: the numbers as last synced
    target = tmp_path / "issues.csv"
    suggested = _asked(monkeypatch, target)
    card.csv_action.trigger()
    assert [Path(name).name for name in suggested] == [
        f"Top issues {SYNCED.astimezone().date().isoformat()}.csv"
    ]
    await wait_until(lambda: target.exists() and not card._tasks.pending, what="the file")
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    zone = datetime.now().astimezone().tzname()
    assert rows[0] == ["Issue", "Tickets", f"As of ({zone})"]
    assert rows[1:] == [["Billing", "3", _local(SYNCED)], ["Login", "5", _local(SYNCED)]]

    # The chart: its name, and the moment in the PNG's own "Creation Time".
    picture = tmp_path / "issues.png"
    suggested = _asked(monkeypatch, picture)
    card.png_action.trigger()
    assert [Path(name).name for name in suggested] == [
        f"Top issues {SYNCED.astimezone().date().isoformat()}.png"
    ]
    await wait_until(lambda: picture.exists() and not card._tasks.pending, what="the picture")
    assert QImage(str(picture)).text("Creation Time") == "2026-11-30T23:40:00+00:00"


async def test_each_row_of_a_list_export_says_as_of_when(tmp_path: Path) -> None:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        await store.tickets.save([ticket(1), ticket(2)])
        target = tmp_path / "list.csv"
        labels = ExportLabels.current(SYNCED - timedelta(hours=3))
        await write_csv(store.tickets, TicketQuery(user_id=AVA.id), target, labels, lambda n: True)
        with target.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.reader(file))
        assert rows[0][-1].startswith("As of (")
        assert [r[-1] for r in rows[1:]] == [_local(SYNCED - timedelta(hours=3))] * 2
    finally:
        await store.close()
