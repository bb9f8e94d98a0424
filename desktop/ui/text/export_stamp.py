"""When an exported file's content was taken: in its suggested name, and in the file.

Two exports of the same list or chart on different days had the same suggested name, and
the second overwrote the first (after the save dialog's one question); the file itself
said nowhere when its numbers were so. The name carries the date the content is as of,
in ISO form (yyyy-mm-dd: no locale's order, sorts by date in a folder); a CSV carries the
moment in a column of its own, so a spreadsheet still reads one table.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

# Local time without seconds or zone: what spreadsheets in every locale read as a date
# (the list export's time columns, csv_rows.py, have the same form).
TIME_FORMAT = "%Y-%m-%d %H:%M"


def dated_name(stem: str, day: date, suffix: str) -> str:
    """ "My tickets 2026-12-05.csv": ``stem`` without what file systems refuse."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' else c for c in stem).strip(" .")
    return f"{cleaned or 'export'} {day.isoformat()}.{suffix}"


def local_day(moment: datetime) -> date:
    """The day ``moment`` falls on here (an aware time; a naive one is taken as local)."""
    return moment.astimezone().date()


def as_of_header() -> str:
    """The column's title, with the zone its time is in: "As of (CET)"."""
    title = QCoreApplication.translate("ExportStamp", "As of")
    zone = datetime.now().astimezone().tzname() or ""
    return f"{title} ({zone})" if zone else title


def as_of_cell(moment: datetime) -> str:
    return moment.astimezone().strftime(TIME_FORMAT)
