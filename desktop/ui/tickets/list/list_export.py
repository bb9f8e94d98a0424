"""Export: the list as shown (scope, filters, search, drill-down, order) into a CSV file.

UTF-8 with a byte-order mark, so spreadsheet apps read Japanese and accents right. The
store is read a page at a time on its reading thread and the file written on a worker
thread; a progress dialog shows how far it is and can cancel. The file appears whole or
not at all: it is written beside its name and renamed at the end.
"""

from __future__ import annotations

import asyncio
import csv
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import IO

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop.store.tickets import Keyset, TicketQuery, TicketStore
from desktop.ui.shell.save_folder import save_folder
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.export_stamp import dated_name, local_day
from desktop.ui.tickets.list.csv_rows import ExportLabels, csv_rows

EXPORT_PAGE = 2000


async def write_csv(
    store: TicketStore,
    query: TicketQuery,
    target: Path,
    labels: ExportLabels,
    progress: Callable[[int], bool],
) -> int | None:
    """Every ticket of ``query`` into ``target``; how many (None: ``progress`` said stop)."""
    partial = target.with_name(target.name + ".part")
    file: IO[str] = await asyncio.to_thread(partial.open, "w", encoding="utf-8-sig", newline="")
    written = 0
    try:
        writer = csv.writer(file)
        await asyncio.to_thread(writer.writerow, labels.headers)
        after: Keyset | None = None
        while True:
            tickets, after = await store.page_in_background(query, after, EXPORT_PAGE)
            await asyncio.to_thread(writer.writerows, csv_rows(tickets, labels))
            written += len(tickets)
            if not progress(written):
                break
            if after is None:
                await asyncio.to_thread(file.close)
                await asyncio.to_thread(os.replace, partial, target)
                return written
    finally:
        if not file.closed:
            await asyncio.to_thread(file.close)
            await asyncio.to_thread(partial.unlink, True)
    return None


def suggested_name(title: str, day: date) -> str:
    """ "My tickets 2026-12-05.csv": the list's title and the day it is as of."""
    return dated_name(title or "tickets", day, "csv")


class ListExporter(QObject):
    """Asks where, then writes the list there with a progress dialog."""

    exported = Signal(Path, int)  # where, how many tickets

    def __init__(self, parent: QWidget, tasks: TaskRunner) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self.save_dialog: QFileDialog | None = None
        self.progress: QProgressDialog | None = None

    def export(self, store: TicketStore, query: TicketQuery, title: str, as_of: datetime) -> None:
        """``as_of``: when the list was last brought up to date (now while live): in the
        suggested name and in each row."""
        # Not the static getSaveFileName: its nested event loop would stall the async work.
        dialog = QFileDialog(self._parent, self.tr("Export the list"))
        dialog.setObjectName("export_list_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.setDirectory(str(save_folder()))  # not wherever the app was started from
        dialog.selectFile(suggested_name(title, local_day(as_of)))
        dialog.fileSelected.connect(
            lambda name: self._tasks.run(
                self._write(store, query, Path(name), as_of), name="export"
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.save_dialog = dialog
        dialog.open()

    async def _write(
        self, store: TicketStore, query: TicketQuery, target: Path, as_of: datetime
    ) -> None:
        total = await store.count_in_background(query, exact=True)
        progress = QProgressDialog(
            self.tr("Exporting {count} tickets…").format(count=f"{total:n}"),
            self.tr("Cancel"),
            0,
            max(total, 1),
            self._parent,
        )
        progress.setObjectName("export_progress")
        progress.setWindowTitle(self.tr("Export the list"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a small list is done before it would show
        self.progress = progress

        def advance(written: int) -> bool:
            progress.setValue(min(written, total))
            return not progress.wasCanceled()

        try:
            labels = ExportLabels.current(as_of)
            written = await write_csv(store, query, target, labels, advance)
        finally:
            progress.close()
            progress.deleteLater()
            self.progress = None
        if written is not None:
            self.exported.emit(target, written)
