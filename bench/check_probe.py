"""Runs the real client like ``start_probe.py``, and also reports when the store check ends.

Prints ``painted <wall> <cpu>`` at the first paint of My tickets with rows (without
exiting), then ``checked <wall> <cpu> <seconds the check took>`` when the store's
``quick_check`` (``Database.check``, started after that paint) is done, and exits.
"""

from __future__ import annotations

import os
import sys
import time


def main() -> None:
    from desktop.bootstrap.qt_import import load_qt

    load_qt()
    import bare_window

    def say_painted() -> None:  # start_probe's report, without exiting at the paint
        print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)

    bare_window.report_painted = say_painted
    import start_probe

    start_probe.watch_ticket_lists()
    from desktop.store.database import Database

    checking = Database.check

    async def check(database: Database) -> None:
        began = time.perf_counter()
        await checking(database)
        took = time.perf_counter() - began
        print(f"checked {time.time():.6f} {time.process_time():.6f} {took:.6f}", flush=True)
        os._exit(0)

    Database.check = check  # type: ignore[method-assign]
    from desktop.bootstrap.app import run

    run(sys.argv)


if __name__ == "__main__":
    main()
