"""Insights (R20) in the real window against a real service with the demo world."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCharts import QBarSet, QLineSeries, QPieSeries
from PySide6.QtCore import QLocale, QModelIndex, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.insights.insights_page import InsightsPage
from desktop.ui.insights.table_model import RAW_ROLE
from desktop.ui.insights.tables import OPENED_COLUMN, SOLVED_COLUMN
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.text.durations import span_text
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.labels import category_label, product_label
from desktop.ui.tickets.list.ticket_table_model import TICKET_ID_ROLE
from tests.support.app import make_settings, running_client
from tests.support.billing import nav_texts, sign_in
from tests.support.databases import sqlite_database
from tests.support.insights_flows import open_insights, period_chosen, synced_insights
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_until


async def service_insights(server: RunningServer, email: str, page: InsightsPage) -> Any:
    """What the service itself says for the period and scope the page shows."""
    assert page.period is not None
    params = {
        "from": page.period.first.isoformat(),
        "to": page.period.last.isoformat(),
        "scope": page.scope,
    }
    if page.period.open_now:
        params["period"] = "open_now"
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        token = (
            await api.post("/auth/token", json={"email": email, "password": "demo-password"})
        ).json()["access_token"]
        response = await api.get(
            "/insights", params=params, headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 200
        return response.json()


def every_week(expected: Any) -> list[dict[str, Any]]:
    """The service's weeks and, at zero, those it left out (nothing opened or solved):
    the chart and its table show every week of the period (issue 19)."""
    sent = {w["week"]: w for w in expected["weekly"]}
    first = date.fromisoformat(expected["period"]["from"][:10])
    last = date.fromisoformat(expected["period"]["to"][:10]) - timedelta(days=1)
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        day = monday.isoformat()
        weeks.append(sent.get(day, {"week": day, "opened": 0, "solved": 0}))
        monday += timedelta(weeks=1)
    return weeks


def table(page: InsightsPage, name: str) -> list[list[object]]:
    model = {c.objectName(): c.model for c in page.cards()}[f"{name}_card"]
    return [
        [model.index(r, c).data(RAW_ROLE) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def assert_page_matches(page: InsightsPage, expected: Any) -> None:
    locale = QLocale()
    tiles = page.tiles
    assert tiles.open_tile.value.text() == locale.toString(expected["open_tickets"])
    met, breached = expected["sla"]["met"], expected["sla"]["breached"]
    assert tiles.response_tile.value.text() == f"{met} of {met + breached}"
    assert tiles.response_tile.detail.text().startswith(f"{breached} late")
    median = expected["median_first_response_minutes"]
    assert tiles.median_tile.value.text() == ("—" if median is None else span_text(median * 60))
    good, bad = expected["satisfaction"]["good"], expected["satisfaction"]["bad"]
    share = "—" if good + bad == 0 else f"{round(100 * good / (good + bad))}%"
    assert tiles.rated_tile.value.text() == share  # issue 21
    # Top issues: the table and the bars both hold the service's counts, most first.
    issues = [[category_label(i["category"]), i["count"]] for i in expected["top_issues"]]
    assert table(page, "top_issues") == issues
    bars = page.top_issues.drawn
    assert isinstance(bars, list) and isinstance(bars[0], QBarSet)
    drawn = [int(bars[0].at(i)) for i in range(bars[0].count())]
    assert drawn == [n for _label, n in reversed(issues)]  # drawn bottom-up
    # Products per issue: every (category, product) count, in table and stacked bars.
    per_pair = {
        (i["category"], i["product"]): i["count"] for i in expected["top_products_per_issue"]
    }
    products = sorted({p for _c, p in per_pair})
    rows = table(page, "products_per_issue")
    assert [r[0] for r in rows] == [label for label, _n in issues]
    for row, issue in zip(rows, expected["top_issues"], strict=True):
        assert row[1:] == [per_pair.get((issue["category"], p), 0) for p in products]
    stacked = page.products.drawn
    if len(products) == 1:
        # One product: its bars would repeat "Top issues", which says so instead, and the
        # card takes no room (R20; issue 19: it took half the page to say it).
        assert stacked is None
        assert not page.products.isVisible()
        assert product_label(products[0]) in page.top_issues.caption.text()
    else:
        assert isinstance(stacked, list)
        assert [s.label() for s in stacked] == [product_label(p) for p in products]
        for bar_set, product in zip(stacked, products, strict=True):
            column = [int(bar_set.at(i)) for i in range(bar_set.count())]
            assert column == [
                per_pair.get((issue["category"], product), 0)
                for issue in reversed(expected["top_issues"])
            ]
    # Weeks: the table and both lines.
    # Each week named by its first day the period counts (R20: the first week of "Last 12
    # weeks" starts on its Tuesday, not the Monday the period leaves out).
    first = date.fromisoformat(expected["period"]["from"][:10])
    weeks = [
        [max(date.fromisoformat(w["week"]), first).isoformat(), w["opened"], w["solved"]]
        for w in every_week(expected)
    ]
    assert [[r[0].isoformat(), r[1], r[2]] for r in table(page, "weekly")] == weeks  # type: ignore[union-attr]
    lines = page.weekly.drawn
    assert isinstance(lines, list) and all(isinstance(x, QLineSeries) for x in lines)
    assert [int(p.y()) for p in lines[0].points()] == [w[1] for w in weeks]
    assert [int(p.y()) for p in lines[1].points()] == [w[2] for w in weeks]
    # SLA.
    assert [r[1] for r in table(page, "sla")] == [met, breached]
    pie = page.sla.drawn
    assert isinstance(pie, QPieSeries)
    assert [int(s.value()) for s in pie.slices()] == [met, breached]


async def test_insights_show_the_services_numbers_for_each_period(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        page = await open_insights(controller)
        assert page.period is not None and page.period.key == "12w"
        expected = await service_insights(server, "ava@northwind.example", page)
        assert expected["top_issues"] and expected["weekly"], "the demo world has tickets"
        assert page.content.isVisible() and not page.empty.isVisible()
        assert_page_matches(page, expected)

        page.periods.set_key("12m")
        await wait_until(lambda: page.period is not None and page.period.key == "12m")
        await wait_until(lambda: not page._loading, what="a year of insights")
        year = await service_insights(server, "ava@northwind.example", page)
        assert sum(i["count"] for i in year["top_issues"]) >= sum(
            i["count"] for i in expected["top_issues"]
        )
        assert_page_matches(page, year)

        # Custom days: the service's numbers for exactly those days.
        assert page.period is not None
        last = page.period.last - timedelta(days=10)
        page.periods.set_custom(last - timedelta(days=40), last)
        await wait_until(lambda: page.period is not None and page.period.key == "custom")
        await wait_until(lambda: not page._loading and page.shown is not None, what="custom")
        assert page.periods.first_edit.isVisible() and page.periods.last_edit.isVisible()
        custom = await service_insights(server, "ava@northwind.example", page)
        assert custom["period"]["from"].startswith((last - timedelta(days=40)).isoformat())
        assert_page_matches(page, custom)
        await period_chosen(page, "12m")

        # Mine: Ava's own tickets only, fewer than the team's.
        page.scopes.set_scope("mine")
        await wait_until(lambda: page.scope == "mine" and not page._loading, what="mine")
        await wait_until(lambda: page.shown is not None, what="Ava's own insights")
        own = await service_insights(server, "ava@northwind.example", page)
        assert (
            0
            < sum(i["count"] for i in own["top_issues"])
            < sum(i["count"] for i in year["top_issues"])
        )
        assert_page_matches(page, own)
        page.scopes.set_scope("team")
        await wait_until(lambda: page.scope == "team" and page.shown is not None)
        await wait_until(lambda: not page._loading)

        # The table view and "Copy as table" carry the same numbers as the chart.
        card = page.top_issues
        card.table_button.click()
        assert card.stack.currentWidget() is card.table
        card.copy_table()
        copied = QGuiApplication.clipboard().text().splitlines()
        assert copied[0] == "Issue\tTickets"
        assert copied[1:] == [
            f"{category_label(i['category'])}\t{i['count']}" for i in year["top_issues"]
        ]
        csv_path = tmp_path / "issues.csv"
        as_of = datetime.now(UTC)
        await card.save_csv(csv_path, as_of)
        stamp = as_of.astimezone().strftime("%Y-%m-%d %H:%M")  # when the numbers are so
        assert csv_path.read_text().splitlines()[1:] == [
            f"{category_label(i['category'])},{i['count']},{stamp}" for i in year["top_issues"]
        ]
        png = tmp_path / "issues.png"
        card.table_button.click()
        await card.save_png(png)
        assert png.stat().st_size > 1000


async def team_tickets(
    server: RunningServer, email: str, category: str, first: str, before: str, product: str = ""
) -> set[str]:
    """Every ticket of the team the admin can see, as the service lists them, opened then."""
    found: set[str] = set()
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        token = (
            await api.post("/auth/token", json={"email": email, "password": "demo-password"})
        ).json()["access_token"]
        for scope in ("mine", "team"):
            cursor = None
            while True:
                params = {"scope": scope, "limit": 200, "category": category} | (
                    {"cursor": cursor} if cursor else {}
                )
                if product:
                    params["product"] = product
                page = (
                    await api.get(
                        "/tickets", params=params, headers={"Authorization": f"Bearer {token}"}
                    )
                ).json()
                found |= {t["id"] for t in page["items"] if first <= t["created_at"][:10] < before}
                cursor = page["next_cursor"]
                if not cursor:
                    break
    return found


def listed(controller: AppController) -> set[str]:
    """Every ticket the drill-down lists, read on as scrolling reads it (a list first reads
    the rows that fill the table and a few more)."""
    model = controller.window.team_tickets.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return {str(model.index(r, 0).data(TICKET_ID_ROLE)) for r in range(model.rowCount())}


async def test_a_bar_opens_exactly_the_tickets_behind_it(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        page = await synced_insights(controller, qtbot)
        window = controller.window
        # A year: both products (the demo's Dash tickets are older than 12 weeks).
        await period_chosen(page, "12m")
        expected = await service_insights(server, "ava@northwind.example", page)
        assert len({i["product"] for i in expected["top_products_per_issue"]}) == 2
        assert page.period is not None
        first, before = (
            page.period.first.isoformat(),
            (page.period.last + timedelta(days=1)).isoformat(),
        )
        top = expected["top_issues"][0]
        bars = page.top_issues.drawn
        assert isinstance(bars, list)
        bars[0].clicked.emit(bars[0].count() - 1)  # the top bar: the most frequent issue
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        assert window.team_tickets.drill_down_bar.isVisible()
        assert category_label(top["category"]) in window.team_tickets.drill_down_bar.label.text()
        behind = listed(controller)
        assert len(behind) == top["count"]
        assert behind == await team_tickets(
            server, "ava@northwind.example", top["category"], first, before
        )

        # A product's part of a stacked bar: that category and product only.
        pair = expected["top_products_per_issue"][0]
        window.show_insights()
        await wait_until(lambda: not page._loading)
        stacked = page.products.drawn
        assert isinstance(stacked, list)
        products = sorted({i["product"] for i in expected["top_products_per_issue"]})
        order = [i["category"] for i in reversed(expected["top_issues"])]
        stacked[products.index(pair["product"])].clicked.emit(order.index(pair["category"]))
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        behind = listed(controller)
        assert len(behind) == pair["count"]
        assert behind == await team_tickets(
            server, "ava@northwind.example", pair["category"], first, before, pair["product"]
        )

        # A week's point on the "opened" line: the tickets opened that week.
        window.show_insights()
        await wait_until(lambda: not page._loading)
        weeks = every_week(expected)
        busiest = max(range(len(weeks)), key=lambda i: weeks[i]["opened"])
        lines = page.weekly.drawn
        assert isinstance(lines, list)
        lines[0].clicked.emit(lines[0].at(busiest))
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        assert len(listed(controller)) == weeks[busiest]["opened"]

        # Mine: a bar of Ava's own tickets lists only hers.
        window.show_insights()
        page.scopes.set_scope("mine")
        await wait_until(lambda: page.scope == "mine" and page.shown is not None)
        await wait_until(lambda: not page._loading)
        own = await service_insights(server, "ava@northwind.example", page)
        bars = page.top_issues.drawn
        assert isinstance(bars, list)
        bars[0].clicked.emit(bars[0].count() - 1)
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        assert len(listed(controller)) == own["top_issues"][0]["count"]
        page.scopes.set_scope("team")

        # The response chart: each part lists the tickets the service counted in it.
        page.scopes.set_scope("team")
        for index, kind, said in ((0, "met", "in time"), (1, "breached", "late")):
            window.show_insights()
            await wait_until(lambda: page.scope == "team" and page.shown is not None)
            await wait_until(lambda: not page._loading)
            pie = page.sla.drawn
            assert isinstance(pie, QPieSeries)
            pie.clicked.emit(pie.slices()[index])
            await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
            assert said in window.team_tickets.drill_down_bar.label.text()
            assert len(listed(controller)) == expected["sla"][kind] > 0

        # From the table too (Enter or double-click on a row): keyboard users drill down.
        window.show_insights()
        page.scopes.set_scope("team")
        await wait_until(lambda: page.scope == "team" and page.shown is not None)
        await wait_until(lambda: not page._loading)
        card = page.top_issues
        card.table_button.click()
        card.table.setFocus()
        card.table.setCurrentIndex(card.model.index(0, 0))
        qtbot.keyClick(card.table, Qt.Key.Key_Return)
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        assert len(listed(controller)) == top["count"]
        card.table_button.click()

        # A product's cell: that issue for that product, like its part of the stacked bar.
        card = page.products
        window.show_insights()
        await wait_until(lambda: not page._loading and page.shown is not None)
        card.table_button.setChecked(True)
        row = [i["category"] for i in expected["top_issues"]].index(pair["category"])
        card.table.setFocus()
        card.table.setCurrentIndex(card.model.index(row, 1 + products.index(pair["product"])))
        qtbot.keyClick(card.table, Qt.Key.Key_Return)
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        assert listed(controller) == await team_tickets(
            server, "ava@northwind.example", pair["category"], first, before, pair["product"]
        )
        card.table_button.setChecked(False)

        # The response table's rows: in time, then late, as the pie's parts.
        card = page.sla
        for index, kind in ((0, "met"), (1, "breached")):
            window.show_insights()
            await wait_until(lambda: not page._loading and page.shown is not None)
            card.table_button.setChecked(True)
            card.table.setFocus()
            card.table.setCurrentIndex(card.model.index(index, 1))
            qtbot.keyClick(card.table, Qt.Key.Key_Return)
            await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
            assert len(listed(controller)) == expected["sla"][kind]
        card.table_button.setChecked(False)

        window.team_tickets.drill_down_bar.clear_button.click()
        assert not window.team_tickets.drill_down_bar.isVisible()
        assert window.team_tickets.drill_down is None


async def every_ticket(server: RunningServer, email: str) -> list[dict[str, Any]]:
    """The team's tickets the admin can see, with every field, as the service lists them."""
    found: list[dict[str, Any]] = []
    async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
        token = (
            await api.post("/auth/token", json={"email": email, "password": "demo-password"})
        ).json()["access_token"]
        for scope in ("mine", "team"):
            cursor = None
            while True:
                params = {"scope": scope, "limit": 200} | ({"cursor": cursor} if cursor else {})
                page = (
                    await api.get(
                        "/tickets", params=params, headers={"Authorization": f"Bearer {token}"}
                    )
                ).json()
                found += page["items"]
                cursor = page["next_cursor"]
                if not cursor:
                    break
    return found


def solved_in(tickets: list[dict[str, Any]], first: date, last: date) -> set[str]:
    """The tickets whose solved_at falls on one of these UTC days."""
    return {
        t["id"]
        for t in tickets
        if t["solved_at"]
        and first <= datetime.fromisoformat(t["solved_at"]).astimezone(UTC).date() <= last
    }


async def test_a_solved_point_opens_exactly_the_tickets_solved_that_week(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        page = await synced_insights(controller, qtbot)
        window = controller.window
        expected = await service_insights(server, "ava@northwind.example", page)
        tickets = await every_ticket(server, "ava@northwind.example")
        period = page.period
        assert period is not None
        weekly = every_week(expected)
        assert sum(w["solved"] for w in weekly) > 0, "the demo world solves tickets"
        # Every week's point on the "solved" line: the tickets solved that week (of the
        # period's days), whenever they were opened; as many as the chart says.
        for index, week in enumerate(weekly):
            window.show_insights()
            await wait_until(lambda: not page._loading and page.shown is not None)
            lines = page.weekly.drawn
            assert isinstance(lines, list) and len(lines) == 2
            lines[1].clicked.emit(lines[1].at(index))
            await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
            assert "solved" in window.team_tickets.drill_down_bar.label.text()
            monday = date.fromisoformat(week["week"])
            first = max(monday, period.first)
            last = min(monday + timedelta(days=6), period.last)
            behind = listed(controller)
            assert behind == solved_in(tickets, first, last), week
            assert len(behind) == week["solved"]

        # The table too: a week's "Solved" cell lists the same, its "Opened" cell the opened.
        busiest = max(range(len(weekly)), key=lambda i: weekly[i]["solved"])
        monday = date.fromisoformat(weekly[busiest]["week"])
        first, last = max(monday, period.first), min(monday + timedelta(days=6), period.last)
        card = page.weekly
        for column, count, ids in (
            (SOLVED_COLUMN, weekly[busiest]["solved"], solved_in(tickets, first, last)),
            (
                OPENED_COLUMN,
                weekly[busiest]["opened"],
                {
                    t["id"]
                    for t in tickets
                    if first.isoformat() <= t["created_at"][:10] <= last.isoformat()
                },
            ),
        ):
            window.show_insights()
            await wait_until(lambda: not page._loading and page.shown is not None)
            card.table_button.setChecked(True)
            card.table.setFocus()
            card.table.setCurrentIndex(card.model.index(busiest, column))
            qtbot.keyClick(card.table, Qt.Key.Key_Return)
            await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
            assert listed(controller) == ids and len(ids) == count
        card.table_button.setChecked(False)

        # Mine: the admin's own tickets solved that week only.
        window.show_insights()
        page.scopes.set_scope("mine")
        await wait_until(lambda: page.scope == "mine" and page.shown is not None)
        await wait_until(lambda: not page._loading)
        own = await service_insights(server, "ava@northwind.example", page)
        own_weeks = every_week(own)
        busiest = max(range(len(own_weeks)), key=lambda i: own_weeks[i]["solved"])
        assert own_weeks[busiest]["solved"] > 0
        lines = page.weekly.drawn
        assert isinstance(lines, list)
        lines[1].clicked.emit(lines[1].at(busiest))
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        monday = date.fromisoformat(own_weeks[busiest]["week"])
        first, last = max(monday, period.first), min(monday + timedelta(days=6), period.last)
        ava = {t["id"] for t in tickets if t["submitter"]["name"] == "Ava Jansen"}
        assert listed(controller) == solved_in(tickets, first, last) & ava
        assert len(listed(controller)) == own_weeks[busiest]["solved"]
        page.scopes.set_scope("team")


def agrees(controller: AppController, category: str, product: str, status: str) -> None:
    """The list's filter controls show the drill-down's own issue, product and status."""
    filters = controller.window.team_tickets.filters
    assert filters.category.currentData() == category
    assert filters.product.currentData() == product
    assert filters.status.currentData() == status
    assert filters.search.text() == ""


async def test_a_drill_down_says_what_it_holds_the_admins_own_included(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, english: LanguageSwitcher
) -> None:  # R20
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        page = await synced_insights(controller, qtbot)
        window = controller.window
        lists = window.team_tickets
        expected = await service_insights(server, "ava@northwind.example", page)
        tickets = await every_ticket(server, "ava@northwind.example")
        ava = {t["id"] for t in tickets if t["submitter"]["name"] == "Ava Jansen"}
        assert page.period is not None
        first, last = page.period.first.isoformat(), page.period.last.isoformat()
        # The issue with the most of Ava's own tickets among those the team chart counted.
        opened = [t for t in tickets if first <= t["created_at"][:10] <= last]
        counted = {i["category"]: i["count"] for i in expected["top_issues"]}
        category = max(
            counted, key=lambda c: sum(t["id"] in ava for t in opened if t["category"] == c)
        )
        behind = {t["id"] for t in opened if t["category"] == category}
        assert behind & ava, "the team chart counts some of Ava's own tickets"
        order = [i["category"] for i in reversed(expected["top_issues"])]
        bars = page.top_issues.drawn
        assert isinstance(bars, list)
        bars[0].clicked.emit(order.index(category))
        await wait_until(lambda: window.pages.currentWidget() is lists)
        # The list holds what the bar counted, Ava's own tickets too ...
        assert listed(controller) == behind and len(behind) == counted[category]
        # ... and says so: its header, its scope and its filter controls.
        text = lists.drill_down_bar.label.text()
        assert category_label(category) in text and "yours included" in text
        assert lists._title.text() == "Tickets from Insights"
        assert not lists.scope_note.isVisible()  # "your teammates' tickets": not these
        agrees(controller, category, "", "")
        # A control changed: the list and its header follow it, still the drill-down's days.
        lists.filters.product.setCurrentIndex(lists.filters.product.findData("dropbox"))
        await wait_until(lambda: "Dropbox" in lists.drill_down_bar.label.text())
        dropbox = {t["id"] for t in opened if t["id"] in behind and t["product"] == "dropbox"}
        await wait_until(lambda: listed(controller) == dropbox, what="the Dropbox ones")
        assert lists.drill_down is not None and lists.drill_down.product == "dropbox"
        # Another language: the header is made again from the drill-down, not kept as text.
        try:
            english.apply("nl")
            await wait_until(lambda: "Tickets geopend" in lists.drill_down_bar.label.text())
            assert "die van jou inbegrepen" in lists.drill_down_bar.label.text()
        finally:
            english.apply("en")
        await wait_until(lambda: "yours included" in lists.drill_down_bar.label.text())
        lists.drill_down_bar.clear_button.click()
        assert lists._title.text() == "Team tickets" and lists.scope_note.isVisible()
        agrees(controller, "", "", "")

        # Mine: the header says whose, and the list holds only Ava's.
        window.show_insights()
        page.scopes.set_scope("mine")
        await wait_until(lambda: page.scope == "mine" and page.shown is not None)
        await wait_until(lambda: not page._loading)
        own = await service_insights(server, "ava@northwind.example", page)
        bars = page.top_issues.drawn
        assert isinstance(bars, list)
        bars[0].clicked.emit(bars[0].count() - 1)
        await wait_until(lambda: window.pages.currentWidget() is lists)
        top = own["top_issues"][0]
        assert "Only tickets you submitted" in lists.drill_down_bar.label.text()
        assert listed(controller) <= ava and len(listed(controller)) == top["count"]
        agrees(controller, top["category"], "", "")
        page.scopes.set_scope("team")


async def test_open_now_shows_the_open_tickets_patterns_and_lists_them(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20: the trends and patterns of the team's open tickets
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        page = await synced_insights(controller, qtbot)
        window = controller.window
        # One choice away: the period list offers it first.
        assert page.periods.combo.itemData(0) == "open_now"
        assert page.periods.combo.itemText(0) == "Open now"
        page.periods.combo.setCurrentIndex(0)
        await wait_until(lambda: page.period is not None and page.period.open_now)
        await wait_until(lambda: not page._loading and page.shown is not None, what="open now")
        expected = await service_insights(server, "ava@northwind.example", page)
        assert expected["counts"] == "open_now"
        tickets = await every_ticket(server, "ava@northwind.example")
        still_open = [t for t in tickets if t["status"] in ("new", "open", "pending")]
        assert page.tiles.open_tile.value.text() == str(len(still_open))
        issues = [[category_label(i["category"]), i["count"]] for i in expected["top_issues"]]
        assert table(page, "top_issues") == issues
        assert sum(n for _label, n in issues) == len(still_open)
        # Every caption says it counts the tickets open now; nothing of a period shows.
        for caption in (page.top_issues.caption, page.products.caption):
            assert caption.text().startswith("Tickets open now")
        assert page.tiles.open_tile.counts.text().startswith("Open now")
        assert not page.weekly.isVisible() and not page.sla.isVisible()
        assert not page.tiles.response_tile.isVisible()
        # A bar: exactly the open tickets of that issue, whenever they were opened; the
        # pointer over it says so first.
        top = expected["top_issues"][0]
        bars = page.top_issues.drawn
        assert isinstance(bars, list)
        view, chart = page.top_issues.view, page.top_issues.chart
        await wait_until(lambda: chart.plotArea().width() > 0, what="the chart laid out")
        place = chart.mapToPosition(
            QPointF(top["count"] / 2, bars[0].count() - 1), chart.series()[0]
        )
        QTest.mouseMove(view.viewport(), view.mapFromScene(place))
        hand = Qt.CursorShape.PointingHandCursor
        await wait_until(lambda: view.viewport().cursor().shape() == hand, what="the hand")
        assert bars[0].isBarSelected(bars[0].count() - 1)
        assert QToolTip.text() == f"Show these {top['count']} tickets"
        bars[0].clicked.emit(bars[0].count() - 1)
        lists = window.team_tickets
        await wait_until(lambda: window.pages.currentWidget() is lists)
        behind = {t["id"] for t in still_open if t["category"] == top["category"]}
        assert listed(controller) == behind and len(behind) == top["count"]
        assert "open now" in lists.drill_down_bar.label.text()
        agrees(controller, top["category"], "", "unsolved")
        assert lists.filters.status.currentText() == "New, open or pending"

        # Back to a period: every caption says "opened", the other charts return.
        window.show_insights()
        await period_chosen(page, "12w")
        assert page.weekly.isVisible() and page.sla.isVisible()
        for card in page.cards():
            assert card.caption.text().startswith("Tickets opened"), card.objectName()
        for tile in (page.tiles.response_tile, page.tiles.median_tile, page.tiles.week_tile):
            assert tile.counts.text().startswith("Tickets opened"), tile.objectName()


async def test_a_team_without_tickets_gets_an_explanation(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "ivan@invoice.example")
        page = await open_insights(controller)
        assert page.shown is not None and page.shown.value.is_empty
        assert page.empty.isVisible() and "no tickets" in page.empty.text()
        assert not page.content.isVisible()


async def test_members_see_no_insights(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20: the service answers admins only
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "mia@northwind.example")
        assert "Insights" not in nav_texts(controller)


async def test_offline_insights_are_the_last_synced_ones(
    qtbot: QtBot, tmp_path: Path
) -> None:  # R20, DESIGN: offline first
    (tmp_path / "db").mkdir()
    with ExitStack() as stack:
        url = stack.enter_context(sqlite_database(tmp_path / "db"))
        service = stack.enter_context(running_server(url, tmp_path / "db"))
        settings = make_settings(tmp_path, server_url=service.url)
        async with running_client(tmp_path, settings) as controller:
            await sign_in(controller, qtbot, "ava@northwind.example")
            page = await open_insights(controller)
            expected = await service_insights(service, "ava@northwind.example", page)
            assert not page.status.isVisible()
            stack.close()  # the service goes away
            page.reload()
            await wait_until(lambda: not page._loading, what="the stored insights")
            assert page.shown is not None and page.shown.stored_at is not None
            assert page.status.isVisible() and "as last synced" in page.status.text()
            assert_page_matches(page, expected)
            # A period never seen has nothing stored: said so, nothing made up.
            page.periods.set_key("4w")
            await wait_until(lambda: page._failed, what="no stored copy")
            assert "cannot be reached" in page.status.text()


async def test_the_chosen_period_is_remembered_across_a_restart(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20, issue 19
    """The period is kept in the settings file (a real one, here in tmp_path) and shown
    again at the next start; custom days with it, not replaced by the last 12 weeks."""
    settings_file = tmp_path / "settings.ini"

    def settings() -> AppSettings:  # read from the file again, as at a start
        # Not kept signed in: each start signs in through the dialog, as the helpers do.
        return make_settings(tmp_path, server_url=server.url, keep_signed_in=False)

    async with running_client(tmp_path / "first", settings()) as controller:
        page = await synced_insights(controller, qtbot)
        assert page.period is not None and page.period.key == "12w"  # the default
        page.periods.set_key("12m")
        await wait_until(lambda: not page._loading and page.shown is not None, what="a year")
        controller.settings.sync()
    assert "insights" in settings_file.read_text()

    async with running_client(tmp_path / "second", settings()) as controller:
        page = await synced_insights(controller, qtbot)
        assert page.period is not None and page.period.key == "12m"
        assert page.periods.combo.currentData() == "12m"
        expected = await service_insights(server, "ava@northwind.example", page)
        assert_page_matches(page, expected)
        first, last = page.period.last - timedelta(days=70), page.period.last - timedelta(days=9)
        page.periods.set_custom(first, last)
        await wait_until(lambda: not page._loading and page.period.key == "custom")  # type: ignore[union-attr]
        controller.settings.sync()

    async with running_client(tmp_path / "third", settings()) as controller:
        page = await synced_insights(controller, qtbot)
        assert page.period is not None
        assert (page.period.key, page.period.first, page.period.last) == ("custom", first, last)
        assert page.periods.first_edit.isVisible() and page.periods.last_edit.isVisible()


async def test_a_tile_opens_exactly_the_tickets_it_counts(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20: a newcomer clicked the tiles and nothing happened
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        page = await synced_insights(controller, qtbot)
        window = controller.window
        await period_chosen(page, "12m")
        expected = await service_insights(server, "ava@northwind.example", page)
        assert page.period is not None
        monday = page.period.last - timedelta(days=page.period.last.weekday())
        weeks = {w["week"]: w["opened"] for w in every_week(expected)}
        this_week = weeks.get(monday.isoformat(), 0)
        tiles = page.tiles
        counts = {
            tiles.open_tile: expected["open_tickets"],
            tiles.response_tile: expected["sla"]["breached"],  # the late ones
            tiles.week_tile: this_week,
        }
        assert expected["open_tickets"] and expected["sla"]["breached"]  # the demo has both
        for tile, count in counts.items():
            if not count:  # a quiet week: nothing to open, nothing offered
                assert tile.focusPolicy() == Qt.FocusPolicy.NoFocus
                continue
            window.show_insights()
            await wait_until(lambda: not page._loading and page.shown is not None)
            assert tile.focusPolicy() == Qt.FocusPolicy.StrongFocus
            QTest.mouseClick(tile, Qt.MouseButton.LeftButton, pos=tile.rect().center())
            await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
            lists = window.team_tickets
            await wait_until(lambda: bool(window.team_tickets.count_said), what="counted")
            assert len(listed(controller)) == count, tile.objectName()
            assert lists.drill_down_bar.isVisible()
        # Those still open are the ones the service lists as new, open or pending.
        window.show_insights()
        await wait_until(lambda: not page._loading and page.shown is not None)
        QTest.mouseClick(tiles.open_tile, Qt.MouseButton.LeftButton)
        await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)
        tickets = await every_ticket(server, "ava@northwind.example")
        still_open = {t["id"] for t in tickets if t["status"] in ("new", "open", "pending")}
        assert listed(controller) == still_open


async def test_custom_starts_from_the_days_shown(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20: a newcomer looked at this quarter, chose Custom… and found 12 weeks
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        page = await synced_insights(controller, qtbot)
        await period_chosen(page, "quarter")
        quarter = page.period
        assert quarter is not None
        page.periods.combo.setCurrentIndex(page.periods.combo.findData("custom"))
        await wait_until(lambda: page.period is not None and page.period.key == "custom")
        assert (page.period.first, page.period.last) == (quarter.first, quarter.last)
        await wait_until(lambda: not page._loading and page.shown is not None, what="custom")
        assert page.tiles.open_tile.value.text()  # its numbers shown, as the quarter's
