"""Benchmark: what the journal of keystrokes costs the GUI thread (issue 20).

- per keystroke: a real ReplyComposer typed into with QTest (the key event, the
  editor, its signals), with and without the journal's hook (``DraftStore.typing``,
  wired as the ticket page wires it); the difference is the hook's cost.
- per burst: ``DraftStore.write_journal`` on the GUI thread (the text read once,
  the job handed to the writer thread) for a 600-character reply and a 20,000-
  character one (the longest a reply may be); and the writer thread's time to
  put the burst in the journal file.

Run: ``.venv/bin/python bench/bench_draft_journal.py``. Record the output in
bench/README.md. Nothing here is asserted in tests.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.bootstrap.event_loop import AppEventLoop  # noqa: E402
from desktop.store.account import AccountStore  # noqa: E402
from desktop.store.drafts import reply_key  # noqa: E402
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer  # noqa: E402

KEYS = 400  # a burst of this many keys per round
ROUNDS = 15


def _typing_time(composer: ReplyComposer) -> float:
    """Seconds per key for KEYS key presses into the editor (GUI thread only)."""
    composer.editor.clear()
    started = time.perf_counter()
    for n in range(KEYS):
        QTest.keyClick(composer.editor, Qt.Key.Key_A if n % 7 else Qt.Key.Key_Space)
    return (time.perf_counter() - started) / KEYS


async def run(directory: Path) -> None:
    store = await AccountStore.open(directory / "store.sqlite3")
    key = reply_key("tkt_1")
    # One editor, its ``edited`` listened to either way (the page's save timer does): only
    # whether the listener also calls the journal's hook differs, round by round.
    journaled = ReplyComposer()
    hooked_now = [False]

    def edited() -> None:
        if hooked_now[0]:
            store.drafts.typing(key, lambda: journaled.snapshot("tkt_1"))

    journaled.edited.connect(edited)
    journaled.show()
    without, with_hook = [], []
    for n in range(ROUNDS * 2):
        hooked_now[0] = bool(n % 2)
        (with_hook if hooked_now[0] else without).append(_typing_time(journaled))
        await asyncio.sleep(0.3)  # the burst is written (on the writer thread)
    base, hooked = statistics.median(without), statistics.median(with_hook)
    print(f"per keystroke, no journal:   {base * 1e6:8.1f} µs (median of {ROUNDS}×{KEYS})")
    print(f"per keystroke, with journal: {hooked * 1e6:8.1f} µs")
    print(f"difference:                  {(hooked - base) * 1e6:8.1f} µs per keystroke")
    # The hook alone, without the editor around it (the difference above is within noise).
    calls = 100_000
    started = time.perf_counter()
    for _call in range(calls):
        store.drafts.typing(key, lambda: journaled.snapshot("tkt_1"))
    alone = (time.perf_counter() - started) / calls
    print(f"the hook alone (DraftStore.typing): {alone * 1e6:.2f} µs per keystroke")
    await asyncio.sleep(0.3)

    for length in (600, 20_000):
        journaled.editor.setPlainText("x" * length)
        gui, writer = [], []
        for _round in range(50):
            store.drafts.typing(key, lambda: journaled.snapshot("tkt_1"))
            started = time.perf_counter()
            store.drafts.write_journal()
            gui.append(time.perf_counter() - started)
            started = time.perf_counter()
            await store.database.on_writer(lambda: None)
            writer.append(time.perf_counter() - started)
        print(
            f"per burst, {length:>6} characters: GUI thread {statistics.median(gui) * 1e6:7.1f} µs,"
            f" until written {statistics.median(writer) * 1e3:6.2f} ms (median of 50)"
        )
    journaled.close()
    await store.close()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = AppEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as directory:
        loop.run_until_complete(run(Path(directory)))


if __name__ == "__main__":
    main()
