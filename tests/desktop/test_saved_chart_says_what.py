"""A saved chart says what it shows: its suggested name has the chart, the period and
whose tickets in the user's language (with the ISO date, as every export), and the PNG
has a caption above the chart (title, period with its days, whose, as of when).

A newcomer was offered "top_issues" (English in a Japanese session, an underscore, no
period or scope), and the PNG said nothing of what it counted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services.insights import Period
from desktop.ui.insights.chart_card import PNG_DESCRIPTION_KEY, PNG_TITLE_KEY
from desktop.ui.insights.insights_page import InsightsPage
from desktop.ui.look.theme import MIN_CONTRAST, contrast, image_caption_colours
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from tests.desktop.test_insight_labels import TWELVE_WEEKS, every_issue
from tests.support.waiting import wait_until

AS_OF = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _page(qtbot: QtBot, period: Period, scope: str) -> InsightsPage:
    page = InsightsPage(TaskRunner(lambda error: None))
    qtbot.addWidget(page)
    page.scopes.set_scope(scope)  # no service bound: nothing is read
    page.period, page.scope = period, scope
    page._show(every_issue(), period)
    page.top_issues.synced_at_from(lambda: AS_OF)  # the numbers' moment, fixed
    return page


def _suggested(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        names.append(Path(name).name)
        return "", ""  # cancelled: only the suggestion matters here

    # The OS's save dialog stands in: a native dialog cannot be driven here.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return names


def test_a_chart_is_offered_under_its_title_period_and_scope(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = _suggested(monkeypatch)
    page = _page(qtbot, TWELVE_WEEKS, "mine")
    page.top_issues.png_action.trigger()
    page.weekly.csv_action.trigger()
    assert names == [
        "Top issues - Last 12 weeks - Mine 2026-12-07.png",
        f"Tickets opened and solved per week - Last 12 weeks - Mine {date.today()}.csv",
    ]


def test_days_chosen_are_named_by_their_dates_not_custom(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = _suggested(monkeypatch)
    custom = Period("custom", date(2026, 9, 14), date(2026, 12, 6))
    page = _page(qtbot, custom, "team")
    page.top_issues.png_action.trigger()
    assert names == ["Top issues - 2026-09-14–2026-12-06 - Whole team 2026-12-07.png"]


@pytest.mark.parametrize("code", ["ja", "nl"])
def test_the_name_is_in_the_users_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, switcher: LanguageSwitcher, code: str
) -> None:
    switcher.apply(code)
    names = _suggested(monkeypatch)
    page = _page(qtbot, TWELVE_WEEKS, "team")
    page.top_issues.png_action.trigger()
    translate = QCoreApplication.translate
    words = (
        translate("InsightsPage", "Top issues"),
        translate("PeriodSelector", "Last 12 weeks"),
        translate("ScopeSelector", "Whole team"),
    )
    assert all(
        word != english
        for word, english in zip(words, ("Top issues", "Last 12 weeks", "Whole team"), strict=True)
    )
    [name] = names
    assert all(word in name for word in words), name
    assert name.endswith(" 2026-12-07.png") and "_" not in name


async def test_the_saved_png_carries_a_readable_caption(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, TWELVE_WEEKS, "mine")
    page.resize(1000, 900)
    page.show()
    card = page.top_issues
    target = tmp_path / "issues.png"
    card._export(card.save_png(target, AS_OF))
    await wait_until(lambda: target.exists() and not card._tasks.pending, what="the PNG")

    image = QImage(str(target))
    chart = card.chart_page.grab().toImage()
    # The chart whole, under a caption band as wide as it.
    assert image.width() == chart.width()
    band = image.height() - chart.height()
    assert band > 3 * card.fontMetrics().height()
    assert image.text(PNG_TITLE_KEY) == "Top issues"
    description = image.text(PNG_DESCRIPTION_KEY).splitlines()
    assert description[0] == "Period: Last 12 weeks, Sep 14, 2026 to Dec 6, 2026"
    assert description[1] == "Tickets: Mine"
    assert description[2].startswith("As of Dec 7, 2026")
    # Drawn: the band holds the text's colour on its background, at 4.5:1 or more.
    background, text = image_caption_colours(card.palette())
    assert contrast(background, text) >= MIN_CONTRAST
    colours = {image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(band)}
    assert QColor(background).rgb() in colours and QColor(text).rgb() in colours
