"""One instant reads the same in the list, the ticket's header, a message bubble and the
charts' axes, in each language's own medium date; its full date and time on hover
(issue 19: "relative for today, QLocale dates otherwise, full date and time on hover")."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChart
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from desktop.api.models import Message, Ticket, Trend
from desktop.ui.insights import charts
from desktop.ui.insights.table_model import cell_text
from desktop.ui.insights.week_axis import week_x
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.formatting import date_and_time, long_datetime
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.ticket_table_model import Column, TicketTableModel
from desktop.ui.tickets.list.trend_chart import TrendChart
from desktop.ui.tickets.ticket.thread_view import ThreadView
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.desktop.test_insight_charts import weeks
from tests.desktop.test_ticket_table_model import ticket

# A Monday at midday UTC: the same calendar day in every zone CI may run in (±11 h), and
# long before today, so every surface writes the day itself.
MONDAY = date(2026, 11, 16)
MOMENT = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
# (UI language, the locale its dates are written in, the day as that language writes it)
LANGUAGES = [
    ("en", "en_US", "Nov 16, 2026"),
    ("ja", "ja_JP", "2026/11/16"),
    ("nl", "nl_NL", "16 nov 2026"),
]
# Under the charts' weeks, the same day without its year (the subtitles name the years).
WITHOUT_YEAR = {"en": "Nov 16", "ja": "11/16", "nl": "16 nov"}


def _in_language(switcher: LanguageSwitcher, code: str, locale: str) -> None:
    switcher.apply(code)
    # The language's own country, whatever the test machine's is (en_US, not en_NL).
    QLocale.setDefault(QLocale(locale))


def _ticket() -> Ticket:
    row = ticket(1)
    message = Message(
        id="m1",
        ticket_id=row.id,
        author_kind="agent",
        author_name="Sam Agent",
        body="Fixed on our side.",
        attachments=(),
        created_at=MOMENT,
    )
    return Ticket(*row, messages=(message,))  # a Ticket's first fields are the summary's


def _surfaces(qtbot: QtBot) -> dict[str, str]:
    """Each surface's text for MOMENT, and its tooltip where it has one."""
    shown: dict[str, str] = {}
    now = MOMENT + timedelta(days=20)
    model = TicketTableModel(clock=lambda: now)
    model.reset((ticket(1)._replace(updated_at=MOMENT),), None)
    updated = model.index(0, Column.UPDATED)
    shown["list"] = updated.data()
    shown["list tooltip"] = updated.data(Qt.ItemDataRole.ToolTipRole)

    page = TicketPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    opened = replace(_ticket(), created_at=MOMENT)
    page.show_ticket(opened)
    shown["header"] = page.meta.text()
    shown["header tooltip"] = page.meta.toolTip()

    view = ThreadView()
    qtbot.addWidget(view)
    view.show_messages(opened.messages)
    card = view.cards()[0]
    shown["bubble"] = card.time.text()
    shown["bubble tooltip"] = card.time.toolTip()

    trend = TrendChart()
    qtbot.addWidget(trend)
    trend.show_trend(Trend(weeks=(MONDAY,), series=(("sharing", (3,)),)))
    assert trend.chart is not None
    bars = next(a for a in trend.chart.axes() if isinstance(a, QBarCategoryAxis))
    shown["trend axis"] = bars.categories()[0]

    chart = QChart()
    charts.draw_weekly(chart, weeks(MONDAY, 1), QPalette())
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    # Its labels sit on their Mondays' noon: the one on MONDAY's.
    shown["insights axis"] = next(
        text for text in axis.categoriesLabels() if axis.endValue(text) == week_x(MONDAY)
    )
    return shown


@pytest.mark.parametrize(("code", "locale", "day"), LANGUAGES)
def test_one_instant_reads_the_same_everywhere_in_each_language(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str, locale: str, day: str
) -> None:
    _in_language(switcher, code, locale)
    shown = _surfaces(qtbot)
    assert shown["list"] == day
    # A thread's lines share days: the bubble is the same day with its time.
    assert shown["bubble"] == date_and_time(MOMENT) and shown["bubble"].startswith(day)
    assert shown["trend axis"] == WITHOUT_YEAR[code] and WITHOUT_YEAR[code] in day
    assert shown["insights axis"] == WITHOUT_YEAR[code]
    assert day in shown["header"]  # "… opened Nov 16, 2026 by Ava Jansen"
    full = long_datetime(MOMENT)
    assert full.startswith(QLocale().toString(QDate(2026, 11, 16), QLocale.FormatType.LongFormat))
    for surface in ("list tooltip", "header tooltip", "bubble tooltip"):
        assert full in shown[surface], surface


@pytest.mark.parametrize(("code", "locale", "day"), LANGUAGES)
def test_today_is_how_long_ago_in_the_list_and_the_bubble(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str, locale: str, day: str
) -> None:
    _in_language(switcher, code, locale)
    now = datetime.now(UTC)
    local = now.astimezone()
    if local.hour < 3:
        pytest.skip("two hours ago was yesterday")  # the day itself then, tested above
    two_hours_ago = now - timedelta(hours=2)
    model = TicketTableModel(clock=lambda: now)
    model.reset((ticket(1)._replace(updated_at=two_hours_ago),), None)
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_messages((replace(_ticket().messages[0], created_at=two_hours_ago),))
    listed = model.index(0, Column.UPDATED).data()
    assert listed == view.cards()[0].time.text() != day
    assert "2" in listed


def whole(day: date) -> str:
    """The day as a caption says it: never broken across lines."""
    return cell_text(day).replace(" ", "\u00a0")


def test_one_day_is_named_once(qtbot: QtBot) -> None:
    """A period of one day read "Tickets opened Dec 7, 2026 to Dec 7, 2026" (a newcomer)."""
    from desktop.ui.insights.insights_page import InsightsPage
    from desktop.ui.insights.kpi_tiles import KpiTiles

    day, later = date(2026, 12, 7), date(2026, 12, 9)
    tiles = KpiTiles()
    page = InsightsPage(TaskRunner(lambda error: None))
    qtbot.addWidget(tiles)
    qtbot.addWidget(page)
    for opened in (tiles._opened, page._opened):  # noqa: SLF001 - each one's own words
        assert opened(day, day) == f"Tickets opened on {whole(day)}"
        assert opened(day, later) == f"Tickets opened {whole(day)} to {whole(later)}"
