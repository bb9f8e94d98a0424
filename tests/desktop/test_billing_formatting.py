"""Money and dates on the Billing page in English, Japanese and Dutch (QLocale), to the cent."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.billing import Charge, Quote, Subscription
from desktop.services.billing import charges_csv
from desktop.ui.billing.eligibility_notice import EligibilityNotice
from desktop.ui.billing.money import format_money
from desktop.ui.billing.quote_dialog import QuoteDialog
from desktop.ui.billing.table_models import ChargeColumn, ChargeModel
from desktop.ui.text.formatting import medium_date
from desktop.ui.text.i18n import LanguageSwitcher

RENEWAL = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("code", "small", "large"),
    [
        ("en", "€0.10", "€9,007,199,254,740,993.01"),
        ("ja", "€0.10", "€9,007,199,254,740,993.01"),
        ("nl", "€\xa00,10", "€\xa09.007.199.254.740.993,01"),
    ],
)
def test_money_is_exact_to_the_cent_in_each_language(code: str, small: str, large: str) -> None:
    locale = QLocale(code)
    assert format_money(Decimal("0.10"), "EUR", locale) == small
    # 2**53 + 1 euros and a cent: a float would have lost both.
    assert format_money(Decimal("9007199254740993.01"), "EUR", locale) == large
    assert format_money(Decimal("2.005"), "EUR", locale).endswith(("2.01", "2,01"))  # half up


@pytest.mark.parametrize(
    ("code", "text"),
    [("en", "Dec 1, 2026"), ("ja", "2026/12/01"), ("nl", "1 dec 2026")],
)
def test_dates_read_as_in_each_language(switcher: LanguageSwitcher, code: str, text: str) -> None:
    """The app's one date style (issue 19): the medium date, in sentences and lists alike."""
    switcher.apply(code)
    moment = RENEWAL + timedelta(hours=12)
    assert medium_date(moment) == text
    model = ChargeModel()
    model.set_charges(
        [Charge("chg_1", "dash", "basic", "full", Decimal("1.00"), "EUR", moment, moment, moment)]
    )
    assert model.index(0, ChargeColumn.DATE).data() == text


def quote() -> Quote:
    return Quote(
        quote_id="quo_1",
        product="dash",
        tier="enhanced",
        prorated_amount=Decimal("1085.48"),
        full_amount_next_cycle=Decimal("1137.50"),
        period_end=RENEWAL + timedelta(hours=12),
        currency="EUR",
        expires_at=datetime(2030, 1, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("code", "now", "full", "date", "confirm"),
    [
        ("en", "€1,085.48", "€1,137.50", "Dec 1, 2026", "Pay €1,085.48 now"),
        ("ja", "€1,085.48", "€1,137.50", "2026/12/01", "今すぐ €1,085.48を支払う"),
        ("nl", "€\xa01.085,48", "€\xa01.137,50", "1 dec 2026", "Nu €\xa01.085,48 betalen"),
    ],
)
def test_quote_dialog_and_its_confirm_naming_the_amount_per_language(
    qtbot: QtBot,
    switcher: LanguageSwitcher,
    code: str,
    now: str,
    full: str,
    date: str,
    confirm: str,
) -> None:  # R10
    switcher.apply(code)
    dialog = QuoteDialog(quote(), changing_from=None, now=lambda: datetime.now(UTC))
    qtbot.addWidget(dialog)
    assert dialog.now_amount.text() == now
    assert dialog.full_amount.text() == full
    assert dialog.renewal.text() == date
    # In the sentence, held on one line (no-break spaces); the figure as the table has it.
    held = date.replace(" ", "\xa0")
    assert now in dialog.explanation.text() and held in dialog.explanation.text()
    assert dialog.confirm_button.text() == confirm


def test_the_language_can_change_while_the_dialog_is_open(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    switcher.apply("en")
    dialog = QuoteDialog(quote(), changing_from="basic", now=lambda: datetime.now(UTC))
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == (
        "Change Premium Support for Dropbox Dash from Basic to Enhanced"
    )
    switcher.apply("nl")
    QApplication.sendPostedEvents()  # LanguageChange is posted to each widget
    assert dialog.heading.text() == (
        "Premium Support voor Dropbox Dash wijzigen van Basis naar Enhanced"
    )
    assert dialog.full_amount.text() == "€\xa01.137,50"


@pytest.mark.parametrize(
    ("code", "licences", "start"),
    [
        ("en", 1, "Your team has 1 licence."),
        ("en", 5, "Your team has 5 licences."),
        ("nl", 1, "Je team heeft 1 licentie."),
        ("nl", 5, "Je team heeft 5 licenties."),
        ("ja", 5, "チームには 5 ライセンスがあります。"),
    ],
)
def test_too_few_licences_plural_per_language(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str, licences: int, start: str
) -> None:  # R8
    switcher.apply(code)
    notice = EligibilityNotice()
    qtbot.addWidget(notice)
    notice.show_reason("too_few_licences", licences=licences)
    shown = notice.text.text()  # as set, not as drawn (issue 19)
    assert shown.startswith(start)
    assert str(10 - licences) in shown


def test_invoices_csv_keeps_exact_amounts_and_iso_dates() -> None:  # R10
    charge = Charge(
        id="chg_1",
        product="dash",
        tier="enhanced",
        kind="prorated",
        amount=Decimal("85.48"),
        currency="EUR",
        period_start=datetime(2026, 11, 26, 9, 30, tzinfo=UTC),
        period_end=RENEWAL,
        created_at=datetime(2026, 11, 26, 9, 30, tzinfo=UTC),
    )
    rows = list(csv.DictReader(io.StringIO(charges_csv([charge]))))
    assert rows == [
        {
            "date": "2026-11-26",
            "product": "dash",
            "tier": "enhanced",
            "kind": "prorated",
            "amount": "85.48",
            "currency": "EUR",
            "period_start": "2026-11-26",
            "period_end": "2026-12-01",
            "id": "chg_1",
        }
    ]


def test_going_down_a_tier_says_nothing_more_is_charged(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:  # R10
    switcher.apply("en")
    down = replace(quote(), tier="basic", prorated_amount=Decimal("0.00"))
    dialog = QuoteDialog(down, changing_from="enhanced", now=lambda: datetime.now(UTC))
    qtbot.addWidget(dialog)
    assert dialog.now_amount.text() == "€0.00"
    assert dialog.explanation.text().startswith("Nothing more is charged for this billing period.")
    # Nothing to pay: Confirm says the change it makes instead of an amount.
    assert dialog.confirm_button.text() == "Change to Basic"
    assert "€1,137.50" in dialog.explanation.text()


def _sub(tier: str, status: str, next_tier: str | None = None) -> Subscription:
    ends = RENEWAL if status == "removal_scheduled" else None
    return Subscription("dash", tier, status, RENEWAL - timedelta(days=90), ends, 60, next_tier)


@pytest.mark.parametrize(
    ("current", "tier", "note"),
    [
        (None, "enhanced", ""),
        (_sub("basic", "active"), "enhanced", ""),
        (
            _sub("basic", "removal_scheduled"),
            "enhanced",
            "The scheduled removal is cancelled: Premium Support continues after "
            "Dec\xa01,\xa02026.",
        ),
        (
            _sub("enhanced", "removal_scheduled"),
            "basic",
            "The scheduled removal is cancelled: Enhanced keeps working until Dec\xa01,\xa02026, "
            "then Basic continues.",
        ),
        (
            _sub("enhanced", "active", "basic"),
            "enhanced",
            "The scheduled change to Basic on Dec\xa01,\xa02026 is cancelled: Enhanced continues.",
        ),
        (
            _sub("enhanced", "active"),
            "basic",
            "Enhanced keeps working until Dec\xa01,\xa02026; Basic starts then. You can undo the "
            "change until that date.",
        ),
    ],
)
def test_the_quote_says_what_happens_to_a_scheduled_removal_or_change(
    qtbot: QtBot,
    switcher: LanguageSwitcher,
    current: Subscription | None,
    tier: str,
    note: str,
) -> None:  # R10, R11
    switcher.apply("en")
    dialog = QuoteDialog(
        replace(quote(), tier=tier),
        changing_from=current.tier if current else None,
        now=lambda: datetime.now(UTC),
        current=current,
    )
    qtbot.addWidget(dialog)
    assert dialog.scheduled_note.text() == note
    assert dialog.scheduled_note.isVisibleTo(dialog) == bool(note)
