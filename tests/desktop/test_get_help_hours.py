"""Get help promised e-mail support "24 hours a day, 7 days a week" to a member reading in
Japanese (a newcomer), where Japanese support keeps office hours in Japan (R4). It says
R4 as Billing's comparison does, from the same source."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.billing.compare_view import CompareView
from desktop.ui.help.get_help_page import GetHelpPage
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher

# Japanese support's hours, as each language writes them (R4).
JAPANESE_HOURS = {
    "en": "In Japanese: Monday to Friday, 09:00–17:00 Japan Standard Time.",
    "ja": "日本語は月曜日から金曜日の 09:00–17:00 (日本標準時)",
    "nl": "In het Japans: maandag t/m vrijdag, 09:00–17:00 uur Japanse standaardtijd.",
}
# What the page said before: around the clock, whatever the language.
AROUND_THE_CLOCK = {
    "en": "24 hours a day, 7 days a week",
    "ja": "24 時間 365 日メール",
    "nl": "24 uur per dag, 7 dagen per week",
}


@pytest.mark.parametrize("code", ["en", "ja", "nl"])
def test_get_help_says_japanese_supports_hours_as_billing_does(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:  # R4, R6
    switcher.apply(code)
    page = GetHelpPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    compare = CompareView()
    qtbot.addWidget(compare)
    intro = page.intro.text()
    assert compare.hours_text() in intro, intro  # Billing's very words
    assert JAPANESE_HOURS[code] in intro, intro
    assert AROUND_THE_CLOCK[code] not in intro, intro
