"""Add next to a product starts its purchase (R9: Billing → Available add-ons → Add →
Confirm). A newcomer's Add on Dash led to the comparison tab instead, the tier's button
to be found there; Add now offers the two tiers, each straight to Dash's quote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.billing.billing_page import TAB_ADDONS
from tests.support.app import make_settings, running_client
from tests.support.billing import POPUP, add_from_menu, click, sign_in
from tests.support.client_flows import in_every_language
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_until

pytestmark = POPUP  # Add's menu (tests.support.billing)

# The tier's name and its monthly amount for Northwind's 25 licences, in each language.
ENHANCED = {
    "en": ("Enhanced", "137.50"),
    "ja": ("エンハンスト", "137.50"),
    "nl": ("Enhanced", "137,50"),
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A service of its own: quotes are asked for here."""
    directory = tmp_path_factory.mktemp("add-flow")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


@in_every_language()
async def test_add_on_dash_opens_dash_quote_not_the_comparison(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # R9, R10
    settings = make_settings(tmp_path, server_url=shop.url)
    async with running_client(tmp_path, settings, language) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        app.window.show_billing()  # open_billing reads the navigation in English
        page = app.window.billing
        await wait_until(
            lambda: page.overview is not None and all(r.isVisible() for r in page.rows.values()),
            what="the billing page",
        )
        row = page.rows["dash"]
        click(qtbot, row, "add_button_dash")
        await wait_until(row.add_menu.isVisible, what="Add's menu")
        assert page.tabs.currentIndex() == TAB_ADDONS  # still where Add was clicked
        name, amount = ENHANCED[language]
        text = row.tier_actions["enhanced"].text()
        assert name in text and amount in text, text
        row.add_menu.close()

        await add_from_menu(qtbot, page, "dash", "enhanced")
        await wait_until(
            lambda: page.purchase.dialog is not None and page.purchase.dialog.isVisible(),
            what="the quote",
        )
        dialog = page.purchase.dialog
        assert dialog is not None
        assert (dialog.quote.product, dialog.quote.tier) == ("dash", "enhanced")
        assert page.tabs.currentIndex() == TAB_ADDONS
        dialog.reject()
