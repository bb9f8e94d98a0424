"""Export: the list as shown, into a CSV file a spreadsheet reads (issue 21).

The store-level tests write from a real store of several export pages; the page's own
test binds a list to the real service (the demo world), filters it and exports it through
the button, as an admin would.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.store.tickets import TicketQuery
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.csv_rows import ExportLabels, csv_rows
from desktop.ui.tickets.list.list_export import EXPORT_PAGE, suggested_name, write_csv
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.desktop.test_local_store import AVA, NOAH, ticket
from tests.support.app import english_catalog
from tests.support.server import running_server
from tests.support.waiting import wait_until


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: spreadsheets then read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


async def test_every_page_of_the_list_is_written_in_its_order(tmp_path: Path) -> None:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        many = [
            ticket(n, f"Sync stops {n}", n % 97, status="open" if n % 3 else "solved")
            for n in range(1, EXPORT_PAGE * 2 + 300)
        ]
        many[0] = ticket(1, '=HYPERLINK("http://evil.example")', 0)
        many[1] = ticket(2, "共有リンクが開けません", 1, submitter=NOAH)
        await store.tickets.save(many)
        query = TicketQuery.of(AVA.id, "mine", {"status": "open"}, sort="number", descending=False)
        target = tmp_path / "My tickets.csv"
        seen: list[int] = []
        written = await write_csv(
            store.tickets, query, target, ExportLabels.current(), lambda n: seen.append(n) or True
        )
        expected = [t for t in sorted(many, key=lambda t: t.number) if t.status == "open"]
        expected = [t for t in expected if t.submitter == AVA]
        assert written == len(expected) and seen[-1] == written and len(seen) == 2
        rows = _read(target)
        assert rows[0][:3] == ["Number", "Subject", "Status"]
        zone = datetime.now().astimezone().tzname()
        assert rows[0][8] == f"Created ({zone})"  # local times, and which zone they are in
        assert [int(r[0]) for r in rows[1:]] == [t.number for t in expected]
        assert rows[1][1] == '\'=HYPERLINK("http://evil.example")'  # stays text, no formula
        assert rows[1][2] == "Open"
        assert rows[1][8] == expected[0].created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        assert not (tmp_path / "My tickets.csv.part").exists()

        # The whole team's, Japanese intact.
        everyone = TicketQuery.of(AVA.id, "all", {"q": "共有"})
        await write_csv(store.tickets, everyone, target, ExportLabels.current(), lambda n: True)
        assert [r[1] for r in _read(target)[1:]] == ["共有リンクが開けません"]
    finally:
        await store.close()


async def test_a_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        await store.tickets.save([ticket(n) for n in range(1, EXPORT_PAGE + 10)])
        target = tmp_path / "list.csv"
        written = await write_csv(
            store.tickets,
            TicketQuery(user_id=AVA.id),
            target,
            ExportLabels.current(),
            lambda n: False,
        )
        assert written is None
        assert list(tmp_path.glob("list.csv*")) == []
    finally:
        await store.close()


def test_the_columns_are_named_in_the_ui_language() -> None:
    languages = english_catalog()
    try:
        languages.apply("ja")
        labels = ExportLabels.current()
        assert labels.headers[0] == "番号" and labels.statuses["closed"] == "終了"
        languages.apply("nl")
        assert ExportLabels.current().headers[7] == "Ingediend door"
    finally:
        languages.apply("en")
    assert ExportLabels.current().headers[7] == "Submitted by"


def test_a_tickets_language_is_named_and_the_response_column_says_it_holds_a_status() -> None:
    """A newcomer's Dutch export: "Taal" held "en", and "Responstermijn" held "Op tijd"
    (a verdict under a title that names a time)."""
    languages = english_catalog()
    try:
        languages.apply("nl")
        labels = ExportLabels.current()
        rows = csv_rows([ticket(1, "Sync", 0, language="ja")], labels)
        assert rows[0][6] == "日本語"  # its own name, as the app names languages everywhere
        assert labels.headers[12] == "Status responstermijn"
        assert rows[0][12] in labels.response_states.values()
    finally:
        languages.apply("en")
    labels = ExportLabels.current()
    assert labels.headers[12] == "Response target status"
    assert csv_rows([ticket(2, "Sync", 0)], labels)[0][6] == "English"


def test_the_suggested_name_is_the_lists_title_and_date() -> None:
    day = ticket(1).updated_at.date()
    assert suggested_name("My tickets", day) == f"My tickets {day.isoformat()}.csv"
    assert suggested_name("a/b:c", day).startswith("a_b_c ")
    assert (day - timedelta(days=1)).isoformat() not in suggested_name("x", day)


async def test_the_list_page_exports_what_it_shows(qtbot: QtBot, tmp_path: Path) -> None:
    with running_server(f"sqlite+aiosqlite:///{tmp_path / 'service.db'}", tmp_path) as server:
        client = ApiClient(server.url)
        store = await AccountStore.open(tmp_path / "store.sqlite3")
        tasks = TaskRunner(lambda error: None)
        try:
            await client.health()
            user = await client.sign_in("ava@northwind.example", "demo-password")
            page = TicketListPage(tasks, "mine")
            qtbot.addWidget(page)
            page.resize(1200, 700)
            page.show()
            assert page.export_button.isHidden()  # nothing to export before a list
            page.bind(TicketService(client, store))
            await wait_until(lambda: page.model.rowCount() > 0, what="the list")
            assert page.export_button.isVisible()
            page.filters.status.setCurrentIndex(page.filters.status.findData("open"))
            await wait_until(
                lambda: (
                    page.model.rowCount() > 0
                    and all(
                        page.model.ticket_at(r).status == "open"
                        for r in range(page.model.rowCount())
                    )
                ),
                what="the filtered list",
            )
            shown = [page.model.ticket_at(r).number for r in range(page.model.rowCount())]
            page.export_button.click()
            exporter = page._exporter  # noqa: SLF001 - the dialog it opened
            assert exporter is not None and exporter.save_dialog is not None
            target = tmp_path / "open.csv"
            done: list[tuple[Path, int]] = []
            exporter.exported.connect(lambda where, count: done.append((where, count)))
            exporter.save_dialog.fileSelected.emit(str(target))
            await wait_until(lambda: done, what="the export")
            assert done == [(target, len(shown))]
            rows = _read(target)
            assert [int(r[0]) for r in rows[1:]] == shown  # the same tickets, in the same order
            assert {r[2] for r in rows[1:]} == {"Open"}
            assert user.id
            # A search that finds nothing: the button stays where it was, off.
            page.filters.search.setText("zzzz-no-such-ticket")
            await wait_until(lambda: page.model.rowCount() == 0, what="nothing found")
            assert page.export_button.isVisible() and not page.export_button.isEnabled()
            assert page.export_button.toolTip() == "Nothing to export: this list is empty"
        finally:
            await tasks.cancel_all()
            await client.aclose()
            await store.close()
