"""Driving the Billing page in the real client, and reading what the service charged."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.billing.billing_page import BillingPage
from tests.support.server import RunningServer
from tests.support.sign_in import sign_in as sign_in  # where the billing tests take it
from tests.support.waiting import wait_until

# Add's menu is a popup: the offscreen platform cannot give it the keyboard (a desktop can).
POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def nav_texts(controller: AppController) -> list[str]:
    navigation = controller.window.navigation
    return [
        navigation.item(i).text()
        for i in range(navigation.count())
        if not navigation.item(i).isHidden()
    ]


async def open_billing(controller: AppController) -> BillingPage:
    assert "Billing" in nav_texts(controller)
    controller.window.show_billing()
    page = controller.window.billing
    # Rows added to a shown page appear with the next pass of the event loop (Qt shows
    # a new child of a visible layout by a queued call): wait for them, not the answer.
    await wait_until(
        lambda: page.overview is not None and all(r.isVisible() for r in page.rows.values()),
        what="the billing page",
    )
    return page


def click(qtbot: QtBot, page: QWidget, name: str) -> None:
    button = page.findChild(QWidget, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


async def add_from_menu(qtbot: QtBot, page: BillingPage, product: str, item: str) -> None:
    """Add next to ``product``, then ``item`` of its menu ("basic", "enhanced" or "compare"),
    clicked where the menu shows it."""
    row = page.rows[product]
    click(qtbot, row, f"add_button_{product}")
    menu = row.add_menu
    await wait_until(menu.isVisible, what="Add's menu")
    action = row.compare_action if item == "compare" else row.tier_actions[item]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    await wait_until(lambda: not menu.isVisible(), what="Add's menu closed")


async def charges(server: RunningServer, email: str) -> list[dict[str, str]]:
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        token = (
            await api.post("/auth/token", json={"email": email, "password": "demo-password"})
        ).json()["access_token"]
        response = await api.get("/invoices", headers={"Authorization": f"Bearer {token}"})
        items: list[dict[str, str]] = response.json()["items"]
        return items
