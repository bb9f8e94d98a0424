"""``--screenshots``: the Billing views (R3, R8–R10), for a person to look at in each language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from desktop.api.client import ApiClient
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.demo_sign_in import sign_in_demo
from desktop.bootstrap.shooting import (
    SMALL_WINDOW_SIZE,
    WINDOW_SIZE,
    save,
    settle,
    wait_for,
)
from desktop.services.billing import BillingService
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.billing.billing_page import (
    TAB_ADDONS,
    TAB_COMPARE,
    TAB_ENTITLEMENTS,
    TAB_INVOICES,
    BillingPage,
)
from desktop.ui.text.i18n import LANGUAGE_CODES, LanguageSwitcher


async def shoot_add_menu(window: QWidget, page: BillingPage, out_dir: Path, name: str) -> None:
    """Add's menu open next to Dash (R9), drawn over the window as a person sees it: a
    popup is a window of its own, which the window's picture leaves out."""
    row = page.rows.get("dash")
    if row is None or not row.add_button.isVisible():
        return
    row.add_button.click()
    await settle()
    picture = window.grab()
    painter = QPainter(picture)
    # Where it opens on a screen wide enough (the offscreen one is 800 px: it moved left).
    painter.drawPixmap(window.mapFromGlobal(row.add_menu_place()), row.add_menu.grab())
    painter.end()
    row.add_menu.close()
    picture.save(str(out_dir / f"{name}.png"))


async def shoot_billing(controller: AppController, out_dir: Path, lang: str) -> None:
    """Ava's Billing page: add-ons, the comparison, what is included, a quote to confirm.

    Nothing is bought: every language shows the same world.
    """
    window = controller.window
    page = window.billing
    # What the last language's pictures left said (a refusal stays until cleared) is not
    # this language's: the line starts empty, and only this load could fill it.
    page.status.clear()
    window.show_billing()
    await wait_for(lambda: page.overview is not None and not page.status.text())
    page.tabs.setCurrentIndex(TAB_ADDONS)
    await settle()
    save(window, out_dir, "billing", lang)
    await shoot_add_menu(window, page, out_dir, f"billing-add-menu-{lang}")
    window.resize(*SMALL_WINDOW_SIZE)
    await settle()
    await shoot_add_menu(window, page, out_dir, f"billing-add-menu-small-{lang}")
    window.resize(*WINDOW_SIZE)
    await settle()
    page.tabs.setCurrentIndex(TAB_ENTITLEMENTS)
    await settle()
    save(window, out_dir, "billing-included", lang)
    # No charge recorded in the demo world: what is so, and when the first one comes.
    page.tabs.setCurrentIndex(TAB_INVOICES)
    await settle()
    save(window, out_dir, "billing-invoices", lang)
    page.tabs.setCurrentIndex(TAB_COMPARE)
    page.compare.select_product("dash")
    await settle()
    save(window, out_dir, "compare", lang)

    page.purchase.dialog = None
    page.compare.choose_buttons["enhanced"].click()
    await wait_for(lambda: page.purchase.dialog is not None and page.purchase.dialog.isVisible())
    dialog = page.purchase.dialog
    assert dialog is not None
    await settle()
    save(dialog, out_dir, "quote-confirm", lang)
    dialog.reject()

    # A lower tier: nothing now, the change waits for the renewal (R10, R11).
    page.compare.select_product("dropbox")
    page.purchase.dialog = None
    page.compare.choose_buttons["basic"].click()
    await wait_for(lambda: page.purchase.dialog is not None and page.purchase.dialog.isVisible())
    dialog = page.purchase.dialog
    assert dialog is not None
    await settle()
    save(dialog, out_dir, "quote-lower-tier", lang)
    dialog.reject()
    page.tabs.setCurrentIndex(TAB_ADDONS)
    window.show_my_tickets()


async def shoot_not_eligible_views(
    controller: AppController, out_dir: Path, languages: LanguageSwitcher
) -> None:
    """Tiny Studio (5 licences) sees why it cannot buy; Invoice Corp contacts sales (R8)."""
    client, store = await _show_team(controller, "tia@tiny.example")
    for lang in LANGUAGE_CODES:
        languages.apply(lang)
        await settle()
        save(controller.window, out_dir, "not-eligible", lang)
    await client.aclose()
    await store.close()
    client, store = await _show_team(controller, "ivan@invoice.example")
    page = controller.window.billing
    for lang in LANGUAGE_CODES:
        languages.apply(lang)
        await settle()
        save(controller.window, out_dir, "invoice-payer", lang)
        page.open_sales_contact()
        dialog = page.sales_dialog
        assert dialog is not None
        dialog.message_edit.setPlainText(
            "We would like Premium Support Enhanced for our 40 Dropbox licences."
        )
        dialog.phone_edit.setText("+44 20 7946 0958")
        await settle()
        save(dialog, out_dir, "contact-sales", lang)
        dialog.show_sent()
        await settle()
        save(dialog, out_dir, "contact-sales-sent", lang)
        dialog.reject()
    await client.aclose()
    await store.close()


async def _show_team(controller: AppController, email: str) -> tuple[ApiClient, AccountStore]:
    """Show the Billing page of another demo team's admin in the window."""
    signed_in, store = await sign_in_demo(controller, email)
    window = controller.window
    window.show_session(
        signed_in.user,
        TicketService(signed_in.client, store),
        server=signed_in.client.server_url,
        local=True,
        billing=BillingService(signed_in.client),
    )
    page = window.billing
    window.show_billing()
    await wait_for(lambda: page.overview is not None)
    return signed_in.client, store
