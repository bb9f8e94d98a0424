"""A new admin's report (newcomer 27) on Billing: "24/7" for both tiers without Japanese
support's hours (R4), a quote's label running into its figure in Japanese, and a renewal
date broken across lines ("1 jan" / "2027") at 1024 px in Dutch and at 150 % text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, cast

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.api.billing import Feature, Offer, Plan, Price
from desktop.ui.billing.billing_page import BillingPage
from desktop.ui.billing.compare_view import CompareView
from desktop.ui.billing.quote_dialog import QuoteDialog
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.formatting import medium_date
from desktop.ui.text.i18n import LanguageSwitcher
from tests.desktop.test_billing_formatting import quote
from tests.support.text_lines import laid_out

LANGUAGES = ["en", "ja", "nl"]
RENEWAL = datetime(2027, 1, 1, 12, 0, tzinfo=UTC)
# R4, as each language's table says it under its "24/7".
HOURS = {
    "en": "09:00–17:00 Japan Standard Time",
    "ja": "09:00–17:00 (日本標準時)",
    "nl": "09:00–17:00 uur Japanse standaardtijd",
}


def _offer() -> Offer:
    features = (
        Feature("support_channels_24_7", True, True),
        Feature("response_target_minutes", 240, 60),
        Feature("member_email_support_24_7", True, True),
    )
    prices = tuple(
        Price("dash", tier, Decimal(each), Decimal(each) * 25)
        for tier, each in (("basic", "3.00"), ("enhanced", "5.50"))
    )
    return Offer(("basic", "enhanced"), features, prices, "EUR", 25, True, None)


def _plan() -> Plan:
    start = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    return Plan("team_1", "Northwind Traders", 25, ("dash",), "card", start, RENEWAL, "EUR", ())


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compare_table_says_when_japanese_support_answers(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:  # R3, R4
    switcher.apply(code)
    view = CompareView()
    qtbot.addWidget(view)
    view.show_offer(_plan(), _offer())
    view.show()
    note = view.hours_note
    assert note.isVisible() and HOURS[code] in note.text(), note.text()
    for key in ("support_channels_24_7", "member_email_support_24_7"):
        for tier in ("basic", "enhanced"):
            cell = view.findChild(QLabel, f"feature_{key}_{tier}")
            assert cell is not None
            mark = note.text().split(" ", 1)[0]  # "*", "※": the note's own mark
            assert cell.text().endswith(mark), cell.text()
            assert HOURS[code] in cell.toolTip()
    # A row of other hours carries no mark.
    target = view.findChild(QLabel, "feature_response_target_minutes_basic")
    assert target is not None and not target.text().endswith(("*", "※"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_quotes_labels_and_figures_do_not_touch(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:  # R10; ja: "今回の請求額 (日割り金額):€107.21"
    switcher.apply(code)
    dialog = QuoteDialog(quote(), changing_from=None, now=lambda: datetime.now(UTC))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    for key, figure in (
        ("now", dialog.now_amount),
        ("full", dialog.full_amount),
        ("renewal", dialog.renewal),
    ):
        label = dialog._labels[key]
        ink_end = label.x() + label.fontMetrics().horizontalAdvance(label.text())
        # An em or more apart, not a space: a column of names, a column of figures.
        gap = figure.x() - ink_end
        assert gap >= label.fontMetrics().horizontalAdvance("M"), (code, key, gap)


def _whole_on_some_line(text: str, date: str, font: QFont) -> None:
    """At every width from narrow to wide, the date is on one line, never split."""
    words = date.split(" ")
    for width in range(60, 400, 7):
        lines = [line.read.replace("\xa0", " ").strip() for line in laid_out(text, font, width)]
        assert any(date in line for line in lines), (width, lines)
        # And no line ends inside it ("1 jan" | "2027").
        for first, second in zip(lines, lines[1:], strict=False):
            assert not (first.endswith(words[0]) and second.startswith(words[-1])), lines


@pytest.mark.parametrize("code", ["en", "nl"])  # ja: "2027/01/01", no space to break at
def test_a_date_in_billing_sentences_never_breaks(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:  # "verlengingsdatum 1 jan" / "2027" at 1024 px
    switcher.apply(code)
    page = BillingPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.overview = cast(Any, type("Overview", (), {"plan": _plan()}))
    date = medium_date(RENEWAL)
    summary = page.summary_text()
    assert date in summary.replace("\xa0", " ")
    _whole_on_some_line(summary, date, page.summary.font())
    dialog = QuoteDialog(quote(), changing_from=None, now=lambda: datetime.now(UTC))
    qtbot.addWidget(dialog)
    explanation = dialog.explanation.text()
    _whole_on_some_line(explanation, medium_date(quote().period_end), dialog.explanation.font())
