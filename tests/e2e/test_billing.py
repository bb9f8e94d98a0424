"""The Billing page in the real window against a real service (R3, R8–R11)."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.billing.billing_page import (
    TAB_ADDONS,
    TAB_COMPARE,
    TAB_ENTITLEMENTS,
    TAB_INVOICES,
    BillingPage,
)
from desktop.ui.billing.money import format_money
from desktop.ui.billing.quote_dialog import QuoteDialog
from desktop.ui.text.formatting import date_in_text, medium_date
from tests.support.app import make_settings, running_client
from tests.support.billing import (
    POPUP,
    add_from_menu,
    charges,
    click,
    nav_texts,
    open_billing,
    sign_in,
)
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.sign_in import signed_out, submit_sign_in
from tests.support.waiting import wait_until

pytestmark = POPUP  # Add's menu (tests.support.billing)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A service of its own: these tests buy and remove, which other tests must not see."""
    directory = tmp_path_factory.mktemp("billing")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def test_northwind_buys_dash_enhanced_removes_it_and_undoes(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R3, R9, R10, R11, R14
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await open_billing(app)
        assert page.overview is not None
        renewal = medium_date(page.overview.plan.renewal)
        held = date_in_text(page.overview.plan.renewal)  # in a sentence: on one line
        dash = page.rows["dash"]
        assert dash.state.text().startswith("Ended on")
        assert dash.add_button.isVisible() and not dash.remove_button.isVisible()
        assert page.rows["dropbox"].state.text() == "Enhanced — active"
        assert not page.notice.isVisible()

        # Add's menu leads to the comparison of both tiers for Dash, every R3 feature
        # included (its tiers lead to the quote: test_billing_add_flow.py).
        await add_from_menu(qtbot, page, "dash", "compare")
        assert page.tabs.currentIndex() == TAB_COMPARE and page.compare.product() == "dash"
        compare = page.compare
        assert compare.prices["enhanced"].text() == "€5.50"
        assert compare.totals["enhanced"].text() == "€137.50"  # 25 licences
        assert compare.findChild(QWidget, "feature_quarterly_trend_review_basic").text() == (
            "Not included"
        )
        assert (
            "within 1 hour"
            in compare.findChild(QWidget, "feature_response_target_minutes_enhanced").text()
        )
        assert "never covers the whole team" in compare.champions.text()  # R7

        click(qtbot, compare, "choose_enhanced_button")
        await wait_until(
            lambda: page.purchase.dialog is not None and page.purchase.dialog.isVisible(),
            what="the quote",
        )
        dialog = page.purchase.dialog
        assert isinstance(dialog, QuoteDialog)
        quote = dialog.quote
        assert dialog.now_amount.text() == format_money(quote.prorated_amount, "EUR")
        assert dialog.full_amount.text() == "€137.50"
        assert dialog.renewal.text() == renewal
        assert Decimal(0) < quote.prorated_amount <= Decimal("137.50")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: page.rows["dash"].state.text() == "Enhanced — active", what="bought"
        )
        # R10: what was charged, from the quote the service charged (newcomer run 30).
        assert page.status.text() == (
            "Premium Support Enhanced for Dropbox Dash is active. Charged now: "
            f"{format_money(quote.prorated_amount, 'EUR')}, the pro-rata amount until {held}. "
            f"From {held}, €137.50 a month is charged with your subscription."
        )

        # Charged exactly what the quote said, to the cent; the invoices tab shows it.
        prorated = [
            c for c in await charges(shop, "ava@northwind.example") if c["product"] == "dash"
        ]
        assert [Decimal(c["amount"]) for c in prorated] == [quote.prorated_amount]
        assert page.invoices.model.rowCount() == 1
        assert page.invoices.model.charges[0].amount == quote.prorated_amount

        # What is included now: Dash's consultation to book and its trend review.
        box = page.entitlements.boxes["dash"]
        assert box.review.text().startswith("Next review on")
        assert page.entitlements.webinar_model.rowCount() > 0

        # The ticket form now offers Dash too (R14: asked which product).
        app.window.contact_support()
        await wait_until(
            lambda: app.window.contact_dialog is not None and app.window.contact_dialog.isVisible(),
            what="the contact form",
        )
        contact = app.window.contact_dialog
        assert contact is not None
        products = [contact.product_combo.itemData(i) for i in range(contact.product_combo.count())]
        # Asked, not assumed: "Choose…" first; the products in their own order.
        assert products == ["", "dropbox", "dash"] and contact.product_combo.isVisible()
        assert contact.product is None
        contact.reject()

        # R11: removal keeps it working until the renewal date, and can be undone.
        click(qtbot, page.rows["dash"], "remove_button_dash")
        assert page.remove_box is not None and held in page.remove_box.text()
        click(qtbot, page.remove_box, "confirm_remove_button")
        undo = page.rows["dash"].undo_button
        await wait_until(lambda: undo.isVisible() and undo.isEnabled(), what="scheduled")
        assert f"keeps working until {held}" in page.rows["dash"].state.text()
        assert not page.rows["dash"].remove_button.isVisible()
        click(qtbot, page.rows["dash"], "undo_removal_button_dash")
        await wait_until(
            lambda: page.rows["dash"].state.text() == "Enhanced — active", what="undone"
        )
        assert page.status.text() == "Removal undone: Premium Support for Dropbox Dash continues."


async def test_book_the_consultation_and_export_invoices(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R3, R10
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "noah@northwind.example")
        page = await open_billing(app)
        page.tabs.setCurrentIndex(TAB_ENTITLEMENTS)
        box = page.entitlements.boxes["dropbox"]
        assert box.consultation.text() == "One 1-hour session, not booked yet"
        click(qtbot, box, "book_consultation_button_dropbox")
        await wait_until(
            lambda: page.consultation_dialog is not None and page.consultation_dialog.isVisible(),
            what="the slots",
        )
        dialog = page.consultation_dialog
        assert dialog is not None and dialog.slot_list.count() >= 20
        assert not dialog.book_button.isEnabled()  # nothing picked yet
        dialog.slot_list.setCurrentRow(2)
        picked = dialog.selected_slot()
        assert picked is not None
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: (
                "dropbox" in page.entitlements.boxes
                and page.entitlements.boxes["dropbox"].entitlement.consultation is not None
            ),
            what="the booking shown",
        )
        box = page.entitlements.boxes["dropbox"]
        assert box.consultation.text().startswith("Booked for")
        assert not box.book_button.isVisible()
        assert box.entitlement.consultation is not None
        assert box.entitlement.consultation.starts_at == picked.starts_at

        if page.invoices.model.rowCount() == 0:
            return  # this test ran alone: nothing bought, nothing to export
        page.tabs.setCurrentIndex(TAB_INVOICES)
        click(qtbot, page.invoices, "export_csv_button")
        save = page.invoices.save_dialog
        assert save is not None
        target = tmp_path / "invoices.csv"
        save.fileSelected.emit(str(target))
        save.close()
        await wait_until(lambda: page.invoices.status.text().startswith("Exported"), what="CSV")
        rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
        assert [Decimal(r["amount"]) for r in rows] == [
            c.amount for c in page.invoices.model.charges
        ]


async def test_tiny_studio_sees_why_it_cannot_buy(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R8
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "tia@tiny.example")
        page = await open_billing(app)
        assert page.notice.isVisible()
        assert page.notice.heading.text() == (
            "Premium Support is for teams with 10 or more licences"
        )
        assert page.notice.text.text().startswith("Your team has 5 licences. Add 5 more")
        assert not page.notice.contact_button.isVisible()
        assert not page.rows["dropbox"].add_button.isVisible()
        assert not any(b.isVisible() for b in page.compare.choose_buttons.values())
        assert page.rows["dropbox"].state.text() == "Not offered to your team (see above)"


async def test_another_account_starts_on_the_first_tab(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    """A newcomer signed in as another admin and landed on the last one's Invoices tab,
    empty for a team that never bought anything."""
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "tia@tiny.example")
        page = await open_billing(app)
        page.tabs.setCurrentIndex(TAB_INVOICES)
        await signed_out(app)
        await submit_sign_in(app, qtbot, "ivan@invoice.example", start=False)
        await wait_until(lambda: app.window.user is not None, what="signed in as Ivan")
        page = await open_billing(app)
        assert page.tabs.currentIndex() == TAB_ADDONS


async def test_invoice_corp_sends_a_sales_contact(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R8
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "ivan@invoice.example")
        page = await open_billing(app)
        assert page.notice.heading.text() == "Your team pays by invoice"
        assert not page.rows["dropbox"].add_button.isVisible()
        click(qtbot, page.notice, "contact_sales_button")
        dialog = page.sales_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert dialog.error_label.text() == "Please write a message for your sales representative."
        dialog.message_edit.setPlainText("We would like Premium Support Enhanced for 40 seats.")
        dialog.phone_edit.setText("12")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert "dialled directly" in dialog.error_label.text()
        dialog.phone_edit.setText("+44 20 7946 0958")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog.sent, what="the confirmation")
        assert dialog.confirmation.text().startswith("Thank you.")
        assert dialog.close_button.text() == "Close" and not dialog.send_button.isVisible()

    database = shop.database_url.split("///", 1)[1]
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT message, phone FROM sales_contact").fetchall()
    assert ("We would like Premium Support Enhanced for 40 seats.", "+442079460958") in rows


async def test_members_never_see_billing(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R6
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "mia@northwind.example")
        await wait_until(lambda: "Get help" in nav_texts(app), what="the member's pages")
        assert "Billing" not in nav_texts(app)
        assert app.window.pages.currentWidget() is not app.window.billing


async def test_another_admins_change_shows_at_once(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R11, live updates
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await open_billing(app)
        await wait_until(lambda: app.window.live_feed.connected, what="the event stream")
        row = page.rows["dropbox"]
        assert row.state.text() == "Enhanced — active"
        async with httpx.AsyncClient(base_url=f"{shop.url}/v1") as api:
            noah = await api.post(
                "/auth/token", json={"email": "noah@northwind.example", "password": "demo-password"}
            )
            headers = {"Authorization": f"Bearer {noah.json()['access_token']}"}
            assert (await api.post("/addon/dropbox/removal", headers=headers)).status_code == 200
            await wait_until(lambda: row.undo_button.isVisible(), what="Noah's removal")
            assert (await api.delete("/addon/dropbox/removal", headers=headers)).status_code == 200
            await wait_until(lambda: row.remove_button.isVisible(), what="Noah's undo")
        assert row.state.text() == "Enhanced — active"


async def _choose(page: BillingPage, qtbot: QtBot, tier: str) -> QuoteDialog:
    page.tabs.setCurrentIndex(TAB_COMPARE)
    page.compare.select_product("dropbox")
    page.purchase.dialog = None
    click(qtbot, page.compare, f"choose_{tier}_button")
    await wait_until(
        lambda: page.purchase.dialog is not None and page.purchase.dialog.isVisible(),
        what="the quote",
    )
    assert isinstance(page.purchase.dialog, QuoteDialog)
    return page.purchase.dialog


async def test_a_lower_tier_is_scheduled_shown_and_undone(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R10, R11
    async with running_client(tmp_path, make_settings(tmp_path, server_url=shop.url)) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await open_billing(app)
        assert page.overview is not None
        renewal = date_in_text(page.overview.plan.renewal)  # in sentences: on one line
        row = page.rows["dropbox"]
        assert row.state.text() == "Enhanced — active"
        before = await charges(shop, "ava@northwind.example")

        # Enhanced → Basic: nothing now, Basic from the renewal, Enhanced until then.
        dialog = await _choose(page, qtbot, "basic")
        assert dialog.now_amount.text() == "€0.00"
        assert dialog.scheduled_note.text() == (
            f"Enhanced keeps working until {renewal}; Basic starts then. "
            "You can undo the change until that date."
        )
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        scheduled = f"Enhanced — active; Basic from {renewal}"
        await wait_until(lambda: row.state.text() == scheduled, what="the scheduled change")
        assert page.status.text() == (
            f"Premium Support for Dropbox changes to Basic on {renewal}. Nothing was charged "
            f"now. From {renewal}, €100.00 a month is charged with your subscription."
        )  # R10: 25 × €4.00 from the renewal, as the quote said
        assert row.undo_change_button.isVisible() and not row.change_button.isVisible()
        page.compare.select_product("dropbox")
        basic = page.compare.choose_buttons["basic"]
        assert (basic.text(), basic.isEnabled()) == ("Starts at the renewal", False)

        # Undo: Enhanced continues, and nothing is charged (the Northwind double charge).
        click(qtbot, row, "undo_change_button_dropbox")
        await wait_until(lambda: row.state.text() == "Enhanced — active", what="undone")
        assert page.status.text() == (
            f"Change undone: Premium Support Enhanced for Dropbox continues after {renewal}."
        )
        assert not row.undo_change_button.isVisible()
        assert await charges(shop, "ava@northwind.example") == before

        # A removal replaces a scheduled lower tier, and its confirmation says so.
        dialog = await _choose(page, qtbot, "basic")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: row.state.text() == scheduled, what="scheduled again")
        click(qtbot, row, "remove_button_dropbox")
        assert page.remove_box is not None
        assert "The scheduled change to Basic is cancelled." in page.remove_box.text()
        click(qtbot, page.remove_box, "confirm_remove_button")
        await wait_until(lambda: row.undo_button.isVisible(), what="the removal")
        assert not row.undo_change_button.isVisible()

        # A lower tier while a removal is scheduled: the quote says the removal goes.
        dialog = await _choose(page, qtbot, "basic")
        assert dialog.scheduled_note.text() == (
            f"The scheduled removal is cancelled: Enhanced keeps working until {renewal}, "
            "then Basic continues."
        )
        dialog.reject()
        page.tabs.setCurrentIndex(TAB_ADDONS)
        click(qtbot, row, "undo_removal_button_dropbox")
        await wait_until(lambda: row.state.text() == "Enhanced — active", what="kept")
        assert await charges(shop, "ava@northwind.example") == before
