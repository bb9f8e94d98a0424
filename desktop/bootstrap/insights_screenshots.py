"""``--screenshots``: Insights (R20) and Recommendations (R19), light and dark, full and empty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from desktop.api.client import ApiClient
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import save, settle, wait_for
from desktop.bootstrap.store_location import store_path
from desktop.services.insights import InsightsService
from desktop.services.local_server import DEMO_PASSWORD
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.i18n import LANGUAGE_CODES, LanguageSwitcher


def dark_palette() -> QPalette:
    """A dark system palette, as a desktop in dark mode gives the app."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Mid: "#5a5a5a",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


async def shoot_insights(controller: AppController, out_dir: Path, lang: str) -> None:
    """Ava's Insights as a chart, as tables, in the dark; then her Recommendations."""
    window = controller.window
    page = window.insights
    window.show_insights()
    await wait_for(lambda: page.shown is not None and not page._loading)
    await settle()
    save(window, out_dir, "insights", lang)
    save(page.body, out_dir, "insights-full", lang)
    for card in page.cards():
        card.table_button.setChecked(True)
    await settle()
    save(page.body, out_dir, "insights-table", lang)
    for card in page.cards():
        card.table_button.setChecked(False)
    light = window.palette()
    window.setPalette(dark_palette())
    await settle()
    save(page.body, out_dir, "insights-dark", lang)
    window.setPalette(light)
    await settle()

    recommendations = window.recommendations
    window.show_recommendations()
    await wait_for(lambda: recommendations.shown is not None and not recommendations._loading)
    await settle()
    save(window, out_dir, "recommendations", lang)
    window.show_my_tickets()


async def shoot_empty_views(
    controller: AppController, out_dir: Path, languages: LanguageSwitcher
) -> None:
    """Invoice Corp has no tickets: Insights explains, Recommendations are the popular ones."""
    client, store = await _show_admin(controller, "ivan@invoice.example")
    window = controller.window
    for lang in LANGUAGE_CODES:
        languages.apply(lang)
        window.show_insights()
        await wait_for(lambda: window.insights.shown is not None and not window.insights._loading)
        await settle()
        save(window, out_dir, "insights-empty", lang)
        window.show_recommendations()
        page = window.recommendations
        await wait_for(lambda: page.shown is not None and not page._loading)  # noqa: B023
        await settle()
        save(window, out_dir, "recommendations-popular", lang)
    await client.aclose()
    await store.close()


async def _show_admin(controller: AppController, email: str) -> tuple[ApiClient, AccountStore]:
    assert controller.local_server is not None
    signed_in = await controller.sessions.sign_in(
        server_url=controller.local_server.url,
        email=email,
        password=DEMO_PASSWORD,
        remember=False,
    )
    store = await AccountStore.open(
        store_path(controller.data_dir, signed_in.client.server_url, signed_in.user.email)
    )
    controller.window.show_session(
        signed_in.user,
        TicketService(signed_in.client, store),
        server=signed_in.client.server_url,
        local=True,
        insights=InsightsService(signed_in.client, store.snapshots),
    )
    return signed_in.client, store
