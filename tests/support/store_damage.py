"""Damaging a real store file the way a disk error does: one page of one table overwritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple


class Page(NamedTuple):
    number: int
    rows: int


def settle(path: Path) -> None:
    """Write the WAL into the file, so a page damaged in the file is what SQLite reads."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def leaf_pages(path: Path, table: str) -> list[Page]:
    """The table's leaf pages (where its rows are), in page order (``dbstat``)."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,),
        ).fetchall()
    finally:
        connection.close()
    return [Page(int(number), int(cells)) for number, cells in rows]


def damage_page(path: Path, page: int) -> None:
    """Overwrite one page with bytes no b-tree page can start with."""
    with path.open("r+b") as file:
        header = file.read(100)
        size = int.from_bytes(header[16:18], "big")
        size = 65536 if size == 1 else size
        file.seek((page - 1) * size)
        file.write(b"\xff" * size)
