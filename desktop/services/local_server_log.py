"""The local service's log, read for what the admin needs when it stopped: its error lines.

The log is mostly access lines ("INFO backend.access: GET /v1/events 200"), which say
nothing about why the service stopped (newcomer 27: the box's details were nothing else).
Kept: the records logged as warnings or worse with their continuation lines (a logged
traceback), a traceback printed outside logging, and what the process wrote before its
logging began (an interpreter's or a configuration error).
"""

from __future__ import annotations

import re
from pathlib import Path

# The service's text format (backend/ops/logs.py TEXT_FORMAT): "2026-12-07 19:51:01,453 INFO …".
_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (?P<level>[A-Z]+) ")
_SERIOUS = frozenset({"WARNING", "ERROR", "CRITICAL"})
_TRACEBACK = "Traceback (most recent call last):"
# At most this much of the log's end is read: it grows over every run of the service.
_READ_AT_MOST = 512 * 1024


def error_lines(path: Path, start: int = 0, *, last: int = 20) -> str:
    """The last ``last`` error lines written to ``path`` from byte ``start`` on (one run of
    the service); empty when there are none, or the log cannot be read."""
    try:
        with path.open("rb") as log:
            size = log.seek(0, 2)
            log.seek(max(start, size - _READ_AT_MOST))
            text = log.read().decode(errors="replace")
    except OSError:
        return ""
    kept = errors_in(text.splitlines())
    return "\n".join(kept[-last:])


def errors_in(lines: list[str]) -> list[str]:
    """The lines of ``lines`` that belong to error records (see the module's docstring)."""
    kept: list[str] = []
    keeping = True  # before the first record: the process's own words, kept
    for line in lines:
        record = _RECORD.match(line)
        if record is not None:
            keeping = record.group("level") in _SERIOUS
        elif line.startswith(_TRACEBACK):
            keeping = True  # printed, not logged: an uncaught exception
        if keeping and line.strip():
            kept.append(line)
    return kept
