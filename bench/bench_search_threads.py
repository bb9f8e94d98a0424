"""Benchmark: the lists' search over 100k cached tickets with their threads (issue 21).

The real My tickets page bound to a real store file, offline. The same tickets are
searched twice: first with no thread cached (the subject-only figure, as before schema 9
in effect), then with every ticket's thread cached (4 messages each, en / ja / nl, written
as the app writes them: a snapshot per thread and its folded lines, schema 10). A keystroke
is timed from the key to the table's viewport repainted, snippets under the subjects
included (they are read for the rows painted).

Run: ``.venv/bin/python bench/bench_search_threads.py [--size 100000]``.
Results go to bench/README.md; nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_list_store import (  # noqa: E402
    QUERIES,
    USER,
    OfflineService,
    fill,
    summary,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.api.client import ApiClient  # noqa: E402
from desktop.bootstrap.event_loop import AppEventLoop  # noqa: E402
from desktop.store.account import AccountStore  # noqa: E402
from desktop.store.snapshots import snapshot_writer  # noqa: E402
from desktop.ui.shell.tasks import TaskRunner  # noqa: E402
from desktop.ui.tickets.list.ticket_list_page import TicketListPage  # noqa: E402

SENTENCES = (
    "I restarted the desktop app twice and the folder still shows as up to date.",
    "The shared link asks for a password although we never set one.",
    "Could you look at the logs I attached? The upload stalls near the end.",
    "Our auditors need read access to the finance folder until Friday.",
    "昨日からフォルダの同期が止まりました。再起動しても直りません。",
    "共有リンクを開くとパスワードを求められます。",
    "ログを添付しますので確認をお願いします。",
    "Sinds dinsdag wordt de gedeelde map niet meer gesynchroniseerd.",
    "De factuur toont het verkeerde aantal licenties voor ons team.",
    "Kun je de verwijderde map van vorige week terugzetten?",
    "Thanks, that fixed it. You can close the ticket.",
    "We are still seeing the problem on two laptops in the Tokyo office.",
)
# Words found only in messages (never in a subject), in each language, and short ones
# (one or two characters: the substring scan); then the subject queries of the list bench.
MESSAGE_QUERIES = ("restarted", "auditors", "再起動", "dinsdag", "terugzetten", "同期", "ログ")


def fill_threads(store: AccountStore, count: int, per_ticket: int = 4) -> float:
    """Each ticket's thread as a snapshot, as TicketService.keep saves it."""
    rng = random.Random(7)
    started = time.perf_counter()
    for start in range(0, count, 20_000):
        # The app's own write of a thread (schema 10: its searchable lines, folded).
        writers: list[Callable[[sqlite3.Connection], None]] = []
        for n in range(start, min(count, start + 20_000)):
            ticket_id = f"tkt_{n:08d}"
            messages = [
                {"id": f"msg_{n}_{i}", "ticket_id": ticket_id, "body": rng.choice(SENTENCES)}
                for i in range(per_ticket)
            ]
            writers.append(
                snapshot_writer(f"ticket:{ticket_id}", {"id": ticket_id, "messages": messages})
            )

        def write(
            connection: sqlite3.Connection,
            batch: list[Callable[[sqlite3.Connection], None]] = writers,
        ) -> None:
            for one in batch:
                one(connection)

        asyncio.get_event_loop().run_until_complete(store.database.write(write))
    return time.perf_counter() - started


def keystrokes(page: TicketListPage, queries: tuple[str, ...], rounds: int = 3) -> list[float]:
    app = QApplication.instance()
    assert app is not None
    search = page.filters.search
    resets = [0]
    page.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    times: list[float] = []
    for _round in range(rounds):
        for query in queries:
            search.clear()
            app.processEvents()
            for char in query:
                before = resets[0]
                start = time.perf_counter()
                if char.isascii():
                    QTest.keyClicks(search, char)
                else:
                    search.insert(char)  # as an input method commits it
                while resets[0] == before:
                    app.processEvents()
                page.table.viewport().repaint()
                times.append((time.perf_counter() - start) * 1000)
    search.clear()
    app.processEvents()
    return times


def store_reads(store: AccountStore, queries: tuple[str, ...]) -> list[float]:
    """Per keystroke, the store's part alone: the first page (200 rows) and the snippets of
    the 25 rows a window shows (the machine's other load inflates the repaints)."""
    from desktop.store.tickets import TicketQuery

    times: list[float] = []
    for query in queries:
        for end in range(1, len(query) + 1):
            text = query[:end]
            start = time.perf_counter()
            rows, _more = store.tickets.page(TicketQuery(user_id=USER, text=text), None, 200)
            for row in rows[:25]:
                store.tickets.snippet(row.id, text)
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    loop = AppEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="psd-bench-") as tmp:
        path = Path(tmp) / "bench.sqlite3"
        store = loop.run_until_complete(AccountStore.open(path))
        ticket_seconds = fill(store, args.size)
        client = ApiClient("http://127.0.0.1:9")
        tasks = TaskRunner(lambda error: None)
        page = TicketListPage(tasks, "mine")
        page.resize(1000, 700)
        page.show()
        page.bind(OfflineService(client, store))
        assert page.model.rowCount() and USER
        figures = {
            "subject only (no thread cached)": keystrokes(page, QUERIES),
            "store alone: subject only": store_reads(store, QUERIES),
        }
        thread_seconds = fill_threads(store, args.size)
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite3*")) / 2**20
        figures["subjects + threads: the list's queries"] = keystrokes(page, QUERIES)
        figures["subjects + threads: message-only words"] = keystrokes(page, MESSAGE_QUERIES)
        figures["store alone: subjects + threads, the list's"] = store_reads(store, QUERIES)
        figures["store alone: subjects + threads, messages"] = store_reads(store, MESSAGE_QUERIES)
        # The worst case: one or two characters found nowhere, so the substring scan reads
        # every cached message (the trigram index needs three).
        figures["store alone: a 2-character text found nowhere"] = store_reads(store, ("蘭x",))
        print(
            f"\n{args.size:,} tickets ({ticket_seconds:.0f} s), {args.size * 4:,} messages "
            f"({thread_seconds:.0f} s to write and index), {size:.0f} MiB"
        )
        for name, values in figures.items():
            print(f"  {name:<46} {summary(values)}")
        loop.run_until_complete(tasks.cancel_all())
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(store.close())
        page.close()


if __name__ == "__main__":
    main()
