"""Billing → Invoices with no charge recorded says what is so and what comes next (R8, R10,
R11): the renewal's charge of an add-on that goes on, none when it ends, "buying adds its
charges here" only to a team that has none and may buy. A team paying for Premium Support
read "Buying Premium Support adds its charges here"."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api.billing import Charge, Price, Subscription
from desktop.services.billing import BillingOverview
from desktop.ui.billing.billing_page import BillingPage
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.formatting import date_in_text
from desktop.ui.text.i18n import LanguageSwitcher
from tests.desktop.test_billing_next_charge import PRICES, RENEWAL, START, overview, sub

DASH_PRICES = (
    Price("dash", "basic", Decimal("3.00"), Decimal("75.00")),
    Price("dash", "enhanced", Decimal("5.50"), Decimal("137.50")),
)


def shown(qtbot: QtBot, data: BillingOverview) -> str:
    page = BillingPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.show_overview(data)
    assert not page.invoices.table.isVisibleTo(page.invoices)  # nothing to list
    assert page.invoices.empty.isVisibleTo(page.invoices)
    return page.invoices.empty.text()


def test_an_active_add_on_says_when_and_what_the_first_charge_is(qtbot: QtBot) -> None:
    text = shown(qtbot, overview(sub("active")))
    assert text == (
        "No charges recorded yet. The next charge, €187.50 for Premium Support Enhanced for "
        f"Dropbox, will be made on the renewal date, {date_in_text(RENEWAL)}."
    )
    assert "Buying" not in text  # the team has it: nothing to buy


def test_the_empty_text_stands_where_the_list_would_start(qtbot: QtBot) -> None:
    """It floated in the middle of the tab, under a band of nothing."""
    page = BillingPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.show_overview(overview(sub("active")))
    assert page.invoices.empty.alignment() & Qt.AlignmentFlag.AlignTop


def test_a_lower_tier_waiting_for_the_renewal_is_the_first_charge(qtbot: QtBot) -> None:
    text = shown(qtbot, overview(sub("active", next_tier="basic")))
    assert "€100.00 for Premium Support Basic for Dropbox" in text


def test_two_add_ons_going_on_name_both_charges(qtbot: QtBot) -> None:
    both = overview(sub("active"))
    dash = Subscription("dash", "basic", "active", START, None, 240)
    both = replace(
        both,
        plan=replace(
            both.plan,
            products=("dropbox", "dash"),
            subscriptions=(*both.plan.subscriptions, dash),
        ),
        offer=replace(both.offer, prices=PRICES + DASH_PRICES),
    )
    assert shown(qtbot, both) == (
        "No charges recorded yet. The next charges will be made on the renewal date, "
        f"{date_in_text(RENEWAL)}: €187.50 for Premium Support Enhanced for Dropbox and "
        "€75.00 for Premium Support Basic for Dropbox Dash."
    )


def test_a_removal_at_the_renewal_says_none_will_be_charged(qtbot: QtBot) -> None:  # R11
    assert shown(qtbot, overview(sub("removal_scheduled"))) == (
        "No charges recorded yet, and none will be: Premium Support ends on "
        f"{date_in_text(RENEWAL)}."
    )


def test_only_a_team_that_may_buy_is_told_buying_adds_charges(qtbot: QtBot) -> None:  # R8
    assert shown(qtbot, overview(None)) == (
        "No charges recorded yet. Buying Premium Support adds its charges here."
    )
    for ended in (None, sub("ended")):
        data = overview(ended)
        may_not = replace(data, offer=replace(data.offer, eligible=False, reason="too_few"))
        assert shown(qtbot, may_not) == "No charges recorded yet."


def test_charges_recorded_are_listed_not_the_empty_text(qtbot: QtBot) -> None:
    charge = Charge(
        "chg_1",
        "dropbox",
        "enhanced",
        "prorated",
        Decimal("93.75"),
        "EUR",
        START,
        RENEWAL,
        datetime(2026, 12, 16, tzinfo=START.tzinfo),
    )
    data = replace(overview(sub("active")), charges=(charge,))
    page = BillingPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.show_overview(data)
    assert page.invoices.table.isVisibleTo(page.invoices)
    assert not page.invoices.empty.isVisibleTo(page.invoices)
    assert page.invoices.model.rowCount() == 1


@pytest.mark.parametrize("language", ["ja", "nl"])
def test_the_first_charge_is_said_in_the_admins_language(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    page = BillingPage(TaskRunner(lambda _error: None))
    qtbot.addWidget(page)
    page.show_overview(overview(sub("active")))
    in_english = page.invoices.empty.text()
    try:
        english.apply(language)
        page.invoices.retranslate_ui()
        text = page.invoices.empty.text()
    finally:
        english.apply("en")
    assert text != in_english
    assert "charge" not in text and "renewal" not in text  # translated, not only the date
    assert date_in_text(RENEWAL) not in text  # the date in its language
    assert "187" in text
