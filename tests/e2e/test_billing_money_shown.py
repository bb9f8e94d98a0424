"""Issue 20: Billing shows the money before any click, against a real service (R8–R11, R3).

The demo world (DEMO.md): Northwind has 25 licences, Enhanced for Dropbox active, Basic
for Dash ended; prices per licence a month: Dropbox Basic €4.00 / Enhanced €7.50, Dash
Basic €3.00 / Enhanced €5.50; the renewal is the first day of next month.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.billing.billing_page import (
    TAB_ADDONS,
    TAB_ENTITLEMENTS,
    TAB_INVOICES,
    BillingPage,
)
from desktop.ui.billing.money import format_money
from desktop.ui.billing.quote_dialog import QuoteDialog
from desktop.ui.billing.table_models import WebinarColumn
from desktop.ui.text.formatting import date_in_text
from tests.support.app import make_settings, running_client
from tests.support.billing import POPUP, add_from_menu, charges, click, open_billing, sign_in
from tests.support.databases import sqlite_database
from tests.support.ics import parse_ics, unescape
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_until

pytestmark = POPUP  # Add's menu (tests.support.billing)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A service of its own: these tests remove and undo, which other tests must not see."""
    directory = tmp_path_factory.mktemp("billing-money")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def _addon_status(server: RunningServer, product: str) -> str:
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        token = (
            await api.post(
                "/auth/token",
                json={"email": "ava@northwind.example", "password": "demo-password"},
            )
        ).json()["access_token"]
        team = (await api.get("/team", headers={"Authorization": f"Bearer {token}"})).json()
    return str(next(a["status"] for a in team["addons"] if a["product"] == product))


async def _open_billing_in_any_language(app: AppController) -> BillingPage:
    """As tests.support.billing.open_billing, which finds the page by its English name."""
    app.window.show_billing()
    page = app.window.billing
    await wait_until(
        lambda: page.overview is not None and all(r.isVisible() for r in page.rows.values()),
        what="the billing page",
    )
    return page


async def _quote_for_dash_enhanced(page: BillingPage, qtbot: QtBot) -> QuoteDialog:
    page.purchase.dialog = None
    await add_from_menu(qtbot, page, "dash", "enhanced")
    await wait_until(
        lambda: page.purchase.dialog is not None and page.purchase.dialog.isVisible(),
        what="the quote",
    )
    assert isinstance(page.purchase.dialog, QuoteDialog)
    return page.purchase.dialog


async def test_amounts_and_next_charge_shown_remove_defaults_to_cancel(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R8, R9, R10, R11
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await open_billing(app)
        assert page.overview is not None
        plan = page.overview.plan
        assert plan.renewal.day == 1 and plan.period_start.day == 1  # DEMO.md
        renewal = date_in_text(plan.renewal)  # in sentences: on one line

        # Before any click: what each add-on costs the team a month, and what comes next.
        dropbox, dash = page.rows["dropbox"], page.rows["dash"]
        assert dropbox.amounts.text() == "€187.50 a month for 25 licences"  # 25 × €7.50
        assert dropbox.next_charge.isVisible()
        assert dropbox.next_charge.text() == f"Next charge: €187.50 on {renewal}"
        # The demo world has no charge recorded: Invoices says so, and when the first comes
        # (it said "Buying Premium Support adds its charges here" to a team that has it).
        assert await charges(shop, "ava@northwind.example") == []
        page.tabs.setCurrentIndex(TAB_INVOICES)
        assert page.invoices.empty.isVisible() and not page.invoices.table.isVisible()
        assert page.invoices.empty.text() == (
            "No charges recorded yet. The next charge, €187.50 for Premium Support Enhanced "
            f"for Dropbox, will be made on the renewal date, {renewal}."
        )
        page.tabs.setCurrentIndex(TAB_ADDONS)
        assert dash.amounts.isVisible()
        assert dash.amounts.text() == (
            "Basic: €75.00 a month · Enhanced: €137.50 a month, for 25 licences"
        )
        assert not dash.next_charge.isVisible()  # ended: nothing is charged

        # R11: Remove asks first, and Enter there cancels: Cancel is the default button.
        click(qtbot, dropbox, "remove_button_dropbox")
        box = page.remove_box
        assert box is not None and box.isVisible()
        assert box.text().endswith("Nothing more is charged for it.")  # the money, said first
        default = box.defaultButton()
        assert default is not None and box.standardButton(default) == (
            QMessageBox.StandardButton.Cancel
        )
        assert default.objectName() != "confirm_remove_button"
        qtbot.keyClick(box, Qt.Key.Key_Return)
        await wait_until(lambda: not box.isVisible(), what="the box closed by Enter")
        assert dropbox.state.text() == "Enhanced — active"
        assert await _addon_status(shop, "dropbox") == "active"

        # Confirm names what is paid now, to the cent.
        dialog = await _quote_for_dash_enhanced(page, qtbot)
        amount = format_money(dialog.quote.prorated_amount, "EUR")
        assert dialog.confirm_button.text() == f"Pay {amount} now"
        # As Remove's: never the default button; Enter must not pay (newcomer 33).
        assert not dialog.confirm_button.isDefault() and dialog.cancel_button.isDefault()
        dialog.reject()


@pytest.mark.parametrize(
    ("language", "amounts", "scheduled", "pay"),
    [
        (
            "en",
            "€187.50 a month for 25 licences",
            "Removal scheduled: Premium Support for Dropbox keeps working until {date}.",
            "Pay {amount} now",
        ),
        (
            "nl",
            "€\xa0187,50 per maand voor 25 licenties",
            "Verwijdering gepland: Premium Support voor Dropbox blijft werken tot {date}.",
            "Nu {amount} betalen",
        ),
        (
            "ja",
            "月額 €187.50 (25 ライセンス分)",
            "削除を予定しました: Dropboxのプレミアム サポートは{date}まで利用できます。",
            "今すぐ {amount}を支払う",
        ),
    ],
)
async def test_success_messages_are_translated_and_go_away(
    shop: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    amounts: str,
    scheduled: str,
    pay: str,
) -> None:  # R11
    settings = make_settings(tmp_path, server_url=shop.url)
    async with running_client(tmp_path, settings, language=language) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await _open_billing_in_any_language(app)
        assert page.overview is not None
        renewal = date_in_text(page.overview.plan.renewal)
        row = page.rows["dropbox"]
        assert row.amounts.text() == amounts  # as set, not as drawn (issue 19)

        dialog = await _quote_for_dash_enhanced(page, qtbot)
        amount = format_money(dialog.quote.prorated_amount, "EUR")
        assert dialog.confirm_button.text() == pay.format(amount=amount)
        dialog.reject()
        page.tabs.setCurrentIndex(TAB_ADDONS)

        # Shown for a moment (shortened here from 8 s), then gone; the page stays as it is.
        page.status.timer.setInterval(1000)
        click(qtbot, row, "remove_button_dropbox")
        assert page.remove_box is not None
        click(qtbot, page.remove_box, "confirm_remove_button")
        await wait_until(lambda: bool(page.status.text()), what="the message")
        assert page.status.text() == scheduled.format(date=renewal)
        await wait_until(lambda: row.undo_button.isVisible(), what="the removal")
        await wait_until(lambda: page.status.text() == "", timeout=5, what="the message gone")
        assert row.undo_button.isVisible()
        next_charge = row.next_charge.text()  # as set, not as drawn (issue 19)
        assert not next_charge.startswith(("Next charge", "Volgende", "次回"))

        click(qtbot, row, "undo_removal_button_dropbox")
        await wait_until(lambda: row.remove_button.isVisible(), what="undone")
        assert await _addon_status(shop, "dropbox") == "active"


class _SystemOpener(QObject):
    """Stands in for the system's calendar app and browser, which a test machine lacks:
    Qt hands it what it would hand them (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def tokyo() -> Iterator[None]:
    """The admin's computer is set to Tokyo (TZ), put back afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def opener() -> Iterator[_SystemOpener]:
    handler = _SystemOpener()
    for scheme in ("file", "https"):
        QDesktopServices.setUrlHandler(scheme, handler, "handle")
    yield handler
    for scheme in ("file", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def _event(text: str) -> dict[str, str]:
    return dict(parse_ics(text))["VCALENDAR/VEVENT"]


async def test_webinars_in_the_admins_zone_to_a_calendar_or_opened(
    shop: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    tokyo: None,
    opener: _SystemOpener,
) -> None:  # R3
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await open_billing(app)
        page.tabs.setCurrentIndex(TAB_ENTITLEMENTS)
        model = page.entitlements.webinar_model
        assert model.rowCount() > 0
        webinar = model.webinars[0]
        here = webinar.starts_at.astimezone(ZoneInfo("Asia/Tokyo"))
        when = model.index(0, WebinarColumn.WHEN).data()
        # Weekday, date and time as in Tokyo, and the zone named.
        assert when.startswith(f"{here:%A}, {here:%B} {here.day}, {here.year}, ")
        assert f"{here.hour % 12 or 12}:{here:%M}" in when
        assert when.endswith(" (JST)")
        zone = model.index(0, WebinarColumn.WHEN).data(Qt.ItemDataRole.ToolTipRole)
        assert zone == "Japan Standard Time"

        actions = page.entitlements.webinar_actions
        assert actions.current() == webinar  # the soonest is picked: no click needed

        # Saved through a file dialog as an .ics a calendar reads.
        click(qtbot, actions, "save_webinar_ics_button")
        save = actions.save_dialog
        assert save is not None
        target = tmp_path / "webinar.ics"
        save.fileSelected.emit(str(target))
        save.close()
        await wait_until(lambda: page.status.text().startswith("Saved"), what="the .ics")
        event = _event(target.read_bytes().decode("utf-8"))
        assert event["UID"].startswith(f"{webinar.id}@")
        assert event["DTSTART"] == f"{webinar.starts_at:%Y%m%dT%H%M%S}Z"
        assert event["DTEND"] == f"{webinar.ends_at:%Y%m%dT%H%M%S}Z"
        assert unescape(event["SUMMARY"]) == webinar.title
        assert event["URL"] == webinar.url == f"https://help.example.com/webinars/{webinar.id}"

        # Handed to the system's calendar: a file it can read.
        click(qtbot, actions, "open_webinar_in_calendar_button")
        await wait_until(lambda: len(opener.urls) == 1, what="the calendar asked")
        handed = Path(opener.urls[0].toLocalFile())
        assert opener.urls[0].isLocalFile() and handed.suffix == ".ics"
        assert _event(handed.read_bytes().decode("utf-8"))["UID"] == event["UID"]
        said = page.status.text()  # as set, not as drawn (issue 19)
        assert said == f"“{webinar.title}” was handed to your calendar app."

        # Or its page opened in the browser, to join it.
        click(qtbot, actions, "open_webinar_page_button")
        await wait_until(lambda: len(opener.urls) == 2, what="the browser asked")
        assert opener.urls[1].toString() == webinar.url
