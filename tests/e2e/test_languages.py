"""Languages in the real window against a real service: the account's language at
sign-in, every built text rebuilt on a switch, the sign-out that keeps unsent work."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractListModel, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.billing.billing_page import TAB_INVOICES
from desktop.ui.session.sign_out_confirmation import SignOutConfirmation
from tests.support.app import make_settings, running_client
from tests.support.billing import open_billing, sign_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_until

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
PLACEHOLDER = re.compile(r"\\\{[a-z_]+\\\}|%n|%\d")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A service of its own: drafts and a refused reply are made here."""
    directory = tmp_path_factory.mktemp("languages")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text) if "<" in text else text
    return html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_left_over(code: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """The catalog's English texts that ``code`` writes differently: exact ones, and
    patterns for those with placeholders (enough fixed words to be told apart)."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for message in ET.parse(TRANSLATIONS / f"desktop_{code}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        written = " ".join(forms) or translation.text or ""
        if not forms and _plain(written) == _plain(source):
            continue  # the same in both (a name, "Status" in Dutch…)
        if all(word in written for word in re.findall(r"[A-Za-z]{2,}", source)):
            continue  # no English word of it is left out ("{action} (Ctrl+Enter)")
        escaped = re.escape(_plain(source)).replace(r"\(s\)", "s?")
        if not PLACEHOLDER.search(escaped):
            exact.add(_plain(source))
        elif len(re.findall(r"[A-Za-z]", PLACEHOLDER.sub("", escaped))) >= 8:
            patterns.append(re.compile(PLACEHOLDER.sub(".+?", escaped), re.DOTALL))
    return exact, patterns


def shown_texts() -> Iterator[tuple[QWidget, str]]:
    """What a person sees (or hears read out as a tooltip) in every visible window."""
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        yield window, window.windowTitle()
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            yield widget, widget.toolTip()
            if isinstance(widget, QLabel):
                yield widget, widget.text()
            elif isinstance(widget, QAbstractButton):
                yield widget, widget.text()
            elif isinstance(widget, QGroupBox):
                yield widget, widget.title()
            elif isinstance(widget, QLineEdit):
                yield widget, widget.placeholderText()
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                yield widget, widget.placeholderText()
            elif isinstance(widget, QComboBox):
                yield widget, widget.currentText()
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    yield widget, widget.tabText(i)
            elif isinstance(widget, QChartView):
                chart = widget.chart()
                yield widget, chart.title()
                for axis in chart.axes():
                    yield widget, axis.titleText()
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                # A list model's columnCount is private in PySide: it has one.
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
                for column in range(columns):
                    yield widget, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(), 40)):
                    for column in range(columns):
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            value = model.index(row, column).data(role)
                            if isinstance(value, str):
                                yield widget, value


def english_on_screen(code: str) -> list[str]:
    exact, patterns = english_left_over(code)
    found = []
    for widget, raw in shown_texts():
        for text in {_plain(raw), *(_plain(line) for line in raw.splitlines())}:
            if text and (text in exact or any(p.fullmatch(text) for p in patterns)):
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return sorted(set(found))


async def visit_every_page(controller: AppController, tmp_path: Path) -> None:
    """Every page built and shown once, with the texts they build from data."""
    window = controller.window
    await wait_until(
        lambda: not window.my_tickets._syncing and not window.team_tickets._syncing,
        what="both lists synced",
    )
    window.show_team_tickets()
    window.show_my_tickets()
    model = window.my_tickets.model
    window.open_ticket(model.ticket_at(0).id)
    await wait_until(lambda: window.ticket_page.ticket is not None, what="a ticket")
    window.show_drafts()
    billing = await open_billing(controller)
    billing.tabs.setCurrentIndex(TAB_INVOICES)
    billing._export(str(tmp_path / "invoices.csv"))  # a status line built from data
    await wait_until(lambda: billing.invoices.status.text().startswith("Exported to"))
    window.show_recommendations()
    await wait_until(lambda: not window.recommendations._loading, what="recommendations")
    window.show_insights()
    insights = window.insights
    await wait_until(lambda: insights.shown is not None and not insights._loading, what="insights")
    bars = insights.top_issues.drawn
    assert isinstance(bars, list)
    bars[0].clicked.emit(bars[0].count() - 1)  # a drill-down: its bar says what it lists
    await wait_until(lambda: window.pages.currentWidget() is window.team_tickets)


async def settle() -> None:
    import asyncio

    for _ in range(5):
        await asyncio.sleep(0.03)


async def test_no_english_left_after_switching_languages(
    world: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=world.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        await visit_every_page(controller, tmp_path)
        window = controller.window
        shown = [window.team_tickets, window.billing, window.insights, window.my_tickets]
        for code in ("ja", "nl"):
            controller.languages.apply(code)
            await settle()
            for page in shown:  # each page as the switch left it, built before
                window.pages.setCurrentWidget(page)
                await settle()
                assert english_on_screen(code) == [], (code, page.objectName())
            window.open_ticket(window.my_tickets.model.ticket_at(0).id)
            await settle()
            assert english_on_screen(code) == [], (code, "ticket")
            window.pages.setCurrentWidget(window.team_tickets)
        controller.languages.apply("en")


@pytest.mark.parametrize(
    ("chosen", "expected"), [("", "ja"), ("nl", "nl")], ids=["account", "machine"]
)
async def test_sign_in_speaks_the_accounts_language(
    world: RunningServer, qtbot: QtBot, tmp_path: Path, chosen: str, expected: str
) -> None:
    settings = make_settings(tmp_path, server_url=world.url, language=chosen)
    # As the app starts: not pinned by the command line.
    async with running_client(tmp_path, settings, language=chosen or None) as controller:
        controller.languages.pinned = False
        await sign_in(controller, qtbot, "yuki@northwind.example")  # Yuki's account is ja
        await settle()
        assert controller.languages.current == expected
        sign_out_text = {"ja": "サインアウト", "nl": "Afmelden"}[expected]
        sign_out = controller.window.menus.sign_out_action
        assert sign_out.text().replace("&", "").startswith(sign_out_text)
        controller.open_settings()
        dialog = controller.settings_dialog
        assert dialog is not None
        assert dialog.language_combo.currentData() == chosen
        assert (
            dialog.language_combo.itemText(0)
            == {
                # Yuki's account is ja: named, signed in.
                "ja": "アカウントの言語 (日本語)",
                "nl": "Taal van je account (Japans)",
            }[expected]
        )
        dialog.reject()


async def test_settings_say_the_language_given_at_start_is_in_effect(
    world: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=world.url)
    # Started with --language en: Yuki's account (ja) is not followed this run.
    async with running_client(tmp_path, settings, language="en") as controller:
        await sign_in(controller, qtbot, "yuki@northwind.example")
        await settle()
        assert controller.languages.current == "en"
        controller.open_settings()
        dialog = controller.settings_dialog
        assert dialog is not None
        # What is in effect, not "The account's language" (which this run does not follow).
        assert dialog.language_combo.currentText() == "English"
        # Kept as started: OK changes nothing.
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        await settle()
        assert controller.languages.current == "en" and settings.language == ""
        # The account's language, chosen now (the saved choice, yet a change this run).
        controller.open_settings()
        dialog = controller.settings_dialog
        assert dialog is not None
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        await wait_until(lambda: controller.languages.current == "ja", what="the account's")
        assert not controller.languages.pinned
        controller.open_settings()
        dialog = controller.settings_dialog
        assert dialog is not None
        assert dialog.language_combo.currentText() == "アカウントの言語 (日本語)"
        dialog.reject()
        controller.languages.apply("en")


async def test_the_sign_in_names_the_local_workspace(qtbot: QtBot, tmp_path: Path) -> None:
    async with running_client(tmp_path) as controller:
        controller.start()
        await wait_until(lambda: controller.window.user is not None, what="the demo admin")
        controller.sign_out()
        await wait_until(
            lambda: controller.sign_in_dialog is not None and controller.sign_in_dialog.isVisible()
        )
        dialog = controller.sign_in_dialog
        assert dialog is not None and dialog.local
        assert dialog.local_name.isVisible() and not dialog.server_edit.isVisible()
        assert dialog.local_name.text() == "Local demo workspace on this computer"
        assert controller.local_server is not None
        port = controller.local_server.url.rsplit(":", 1)[1].strip("/")
        texts = [text for _widget, text in shown_texts()]
        assert not any(port in text for text in texts)
        # It signs in to the local workspace all the same.
        dialog.email_edit.setText("ava@northwind.example")
        dialog.password_edit.setText("demo-password")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: controller.window.user is not None, what="signed in again")


@pytest.mark.parametrize(
    ("code", "said", "drafts", "outbox"),
    [
        (
            "en",
            "Sign out? What you have not sent stays on this computer, for when you sign in "
            "with this account again.",
            "2 drafts, in Drafts and outbox.",
            "1 message that could not be sent: in Drafts and outbox, with the reason.",
        ),
        (
            "nl",
            "Afmelden? Wat je nog niet hebt verzonden, blijft bewaard op deze computer tot je "
            "je opnieuw aanmeldt met dit account.",
            "2 concepten, in Concepten en postvak UIT.",
            "1 bericht kon niet worden verzonden: in Concepten en postvak UIT, met de reden.",
        ),
        (
            "ja",
            "サインアウトしますか？未送信の内容はこのコンピューターに保存され、"
            "このアカウントで再びサインインすると使えます。",
            "下書き 2 件 (「下書きと送信トレイ」にあります)。",
            "送信できなかったメッセージ 1 件 (理由とともに「下書きと送信トレイ」にあります)。",
        ),
    ],
)
async def test_sign_out_says_what_is_kept(
    world: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    code: str,
    said: str,
    drafts: str,
    outbox: str,
) -> None:
    settings = make_settings(tmp_path, server_url=world.url)
    async with running_client(tmp_path, settings, language=code) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        await wait_until(lambda: not window.my_tickets._syncing, what="my tickets synced")
        store, service = controller.store, controller.service
        assert store is not None and service is not None
        model = window.my_tickets.model
        tickets = [model.ticket_at(row) for row in range(model.rowCount())]
        closed = next(t for t in tickets if t.status == "closed")
        others = [t for t in tickets if t.id != closed.id]
        for ticket in others[:2]:
            await store.drafts.save(f"reply:{ticket.id}", "Half a reply", ticket_id=ticket.id)
        ticket = await service.ticket(closed.id)
        await service.outbox.send_reply(ticket, "Is there any news on this?")  # refused: kept
        await wait_until(lambda: [i.state for i in store.outbox.items()] == ["failed"])
        window.menus.sign_out_action.trigger()
        box = controller.sign_out_box
        assert isinstance(box, SignOutConfirmation) and box.isVisible()
        assert box.text() == said
        # The refused reply is not "waiting": the outbox does not send it by itself.
        assert box.informativeText().split("\n") == [f"• {drafts}", f"• {outbox}"]
        box.cancel_button.click()
        assert controller.signed_in is not None  # Cancel: still signed in
        window.menus.sign_out_action.trigger()
        box = controller.sign_out_box
        assert box is not None
        box.sign_out_button.click()
        await wait_until(lambda: controller.signed_in is None, what="signed out")


async def test_a_kept_session_starts_in_its_accounts_language(
    world: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.bootstrap.app import open_window
    from desktop.ui.text.i18n import LanguageSwitcher
    from tests.support.app import compiled_catalogs

    settings = make_settings(tmp_path, server_url=world.url)
    async with running_client(tmp_path, settings, language=None) as controller:
        await sign_in(controller, qtbot, "yuki@northwind.example")  # kept: Yuki's is ja
        await wait_until(lambda: not controller.window.my_tickets._syncing, what="synced")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageSwitcher(app, compiled_catalogs())
    languages.apply("en")  # the system's, as the app starts
    try:
        # Painted in ja from the first paint, before any request (offline first).
        window, cached = open_window(settings, tmp_path / "data", languages)
        assert cached is not None and languages.current == "ja"
        assert window.menus.sign_out_action.text().startswith("サインアウト")
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # now, not in a GC
        cached.database.close_unused()
    finally:
        languages.apply("en")
