"""Quotes run out (R10): the client refreshes them rather than fail, and never charges unseen."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.services.billing import BillingService
from tests.support.app import make_settings, running_client
from tests.support.billing import POPUP, add_from_menu, charges, open_billing, sign_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_until

pytestmark = POPUP  # Add's menu (tests.support.billing)

LIFETIME = 2  # seconds a quote is valid on this service


@pytest.fixture(scope="module")
def quick_quotes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("quick-quotes")
    with (
        sqlite_database(directory) as url,
        running_server(url, directory, QUOTE_LIFETIME_SECONDS=str(LIFETIME)) as server,
    ):
        yield server


async def test_a_quote_that_expires_in_the_open_dialog_is_refreshed(
    quick_quotes: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R10
    settings = make_settings(tmp_path, server_url=quick_quotes.url)
    async with running_client(tmp_path, settings) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await open_billing(app)
        await add_from_menu(qtbot, page, "dash", "basic")
        await wait_until(lambda: page.purchase.dialog is not None, what="the quote")
        dialog = page.purchase.dialog
        assert dialog is not None
        first = dialog.quote.quote_id
        await wait_until(
            lambda: dialog.quote.quote_id != first, timeout=LIFETIME + 10, what="a fresh quote"
        )
        assert dialog.confirm_button.isEnabled()
        assert dialog.validity.text().startswith("This price is valid until")
        shown = dialog.quote
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.rows["dash"].state.text() == "Basic — active", what="bought")
        dash = [
            c
            for c in await charges(quick_quotes, "ava@northwind.example")
            if c["product"] == "dash"
        ]
        # Charged the amount the admin saw in the refreshed quote, to the cent.
        assert [Decimal(c["amount"]) for c in dash] == [shown.prorated_amount]


async def test_confirming_an_expired_quote_buys_only_at_the_amounts_shown(
    quick_quotes: RunningServer,
) -> None:  # R10
    client = ApiClient(quick_quotes.url)
    try:
        await client.sign_in("noah@northwind.example", "demo-password")
        service = BillingService(client)
        # Going down from Enhanced to Basic charges nothing now: amounts that do not
        # move with the clock, so the test knows what the fresh quote will say.
        quote = await service.quote("dropbox", "basic")
        assert (quote.prorated_amount, quote.full_amount_next_cycle) == (
            Decimal("0.00"),
            Decimal("100.00"),
        )
        await asyncio.sleep(LIFETIME + 0.2)

        # Shown other amounts than the service now asks: nothing is bought, the new ones return.
        seen = replace(quote, full_amount_next_cycle=Decimal("99.99"))
        asked = await service.buy(seen)
        assert asked.subscription is None and asked.new_quote is not None
        assert asked.new_quote.full_amount_next_cycle == Decimal("100.00")
        plan = await client.plan()
        subscription = plan.subscription("dropbox")
        assert subscription is not None and subscription.tier == "enhanced"

        # Shown the amounts the service still asks: the expired quote is refreshed and bought.
        bought = await service.buy(quote)
        assert bought.new_quote is None and bought.subscription is not None
        # A lower tier waits for the renewal: Enhanced until then, Basic from it (R11).
        subscription = bought.subscription
        assert (subscription.product, subscription.tier, subscription.next_tier) == (
            "dropbox",
            "enhanced",
            "basic",
        )
    finally:
        await client.aclose()
