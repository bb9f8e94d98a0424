"""``--screenshots``: Insights (R20) and Recommendations (R19), light and dark, full and empty."""

from __future__ import annotations

from pathlib import Path

from desktop.api.client import ApiClient
from desktop.bootstrap.controller import AppController
from desktop.bootstrap.demo_sign_in import sign_in_demo
from desktop.bootstrap.shooting import dark_mode, save, settle, wait_for
from desktop.services.insights import InsightsService
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.insights.insights_page import InsightsPage
from desktop.ui.text.i18n import LANGUAGE_CODES, LanguageSwitcher


async def shoot_insights(controller: AppController, out_dir: Path, lang: str) -> None:
    """Ava's Insights as a chart, as tables, in the dark; then her Recommendations."""
    window = controller.window
    page = window.insights
    window.show_insights()
    await wait_for(lambda: page.shown is not None and not page._loading)
    await settle()
    save(window, out_dir, "insights", lang)
    save(page.body, out_dir, "insights-full", lang)
    await shoot_small_scrolled(controller, out_dir, lang)
    # Offline: the same numbers, said to be as last synced, and when (issue 19).
    window.live_feed.live_connection(False)
    await settle()
    save(window, out_dir, "insights-offline", lang)
    window.live_feed.live_connection(True)  # back: read again, the note gone
    await wait_for(lambda: not page._loading and page.last_synced.at() is None)
    for card in page.cards():
        card.table_button.setChecked(True)
    await settle()
    save(page.body, out_dir, "insights-table", lang)
    for card in page.cards():
        card.table_button.setChecked(False)
    async with dark_mode():
        save(page.body, out_dir, "insights-dark", lang)
    await shoot_periods(controller, out_dir, lang)

    recommendations = window.recommendations
    window.show_recommendations()
    await wait_for(lambda: recommendations.shown is not None and not recommendations._loading)
    await settle()
    save(window, out_dir, "recommendations", lang)
    window.show_my_tickets()


async def shoot_small_scrolled(controller: AppController, out_dir: Path, lang: str) -> None:
    """At 1024×640, scrolled down to the lower charts: the header (Period, Tickets) still
    above them; then "Custom…", its From and To written as the captions write days."""
    window = controller.window
    page = window.insights
    size = window.size()
    window.resize(1024, 640)
    await settle()
    bar = page._scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    await settle()
    save(window, out_dir, "insights-1024-scrolled", lang)
    await _period(page, "custom")
    save(window, out_dir, "insights-1024-custom", lang)
    await _period(page, "12w")
    bar.setValue(0)
    window.resize(size)
    await settle()


async def _period(page: InsightsPage, key: str) -> None:
    page.periods.set_key(key)
    await wait_for(lambda: page.period is not None and page.period.key == key)
    await wait_for(lambda: page.shown is not None and not page._loading)
    await settle()


async def shoot_periods(controller: AppController, out_dir: Path, lang: str) -> None:
    """A year (both products, their legend), Open now, and the list a bar opens (R20)."""
    window = controller.window
    page = window.insights
    await _period(page, "12m")
    save(page.body, out_dir, "insights-year", lang)
    await _period(page, "open_now")
    save(window, out_dir, "insights-open-now", lang)
    bars = page.top_issues.drawn
    if isinstance(bars, list) and bars:
        bars[0].clicked.emit(bars[0].count() - 1)  # the most frequent open issue
        await wait_for(lambda: window.pages.currentWidget() is window.team_tickets)
        await wait_for(lambda: bool(window.team_tickets.count_said))
        await settle()
        save(window, out_dir, "insights-drill-down", lang)
        window.team_tickets.drill_down_bar.clear_button.click()
    window.show_insights()
    await _period(page, "12w")


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
    signed_in, store = await sign_in_demo(controller, email)
    controller.window.show_session(
        signed_in.user,
        TicketService(signed_in.client, store),
        server=signed_in.client.server_url,
        local=True,
        insights=InsightsService(signed_in.client, store.snapshots),
    )
    return signed_in.client, store
