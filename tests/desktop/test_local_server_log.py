"""What the local service's log gives when it stopped: its error lines, not its access lines
(newcomer 27: the box's details were nothing but "INFO backend.access: GET …" lines)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.local_server_log import error_lines

EARLIER_RUN = """\
2026-12-07 19:40:00,001 INFO uvicorn.error: Started server process [100]
2026-12-07 19:40:02,000 ERROR backend.app: an earlier run's error
"""
THIS_RUN = """\
2026-12-07 19:50:47,900 INFO alembic.runtime.migration: Context impl SQLiteImpl.
demo world already present; nothing changed
2026-12-07 19:50:48,109 INFO backend.access: GET /v1/invoices 200
2026-12-07 19:50:48,110 WARNING backend.events: listener queue full; dropped 3 events
2026-12-07 19:50:48,123 INFO backend.access: GET /v1/webinars 200
2026-12-07 19:51:00,316 ERROR uvicorn.error: Exception in ASGI application
Traceback (most recent call last):
  File "backend/api/tickets.py", line 10, in read
sqlite3.OperationalError: disk I/O error
2026-12-07 19:51:01,259 INFO backend.access: GET /v1/events 200
"""


def test_only_this_runs_warnings_and_errors_with_their_tracebacks(tmp_path: Path) -> None:
    log = tmp_path / "local-server.log"
    log.write_text(EARLIER_RUN + THIS_RUN)
    errors = error_lines(log, len(EARLIER_RUN.encode())).splitlines()
    assert errors == [
        "2026-12-07 19:50:48,110 WARNING backend.events: listener queue full; dropped 3 events",
        "2026-12-07 19:51:00,316 ERROR uvicorn.error: Exception in ASGI application",
        "Traceback (most recent call last):",
        '  File "backend/api/tickets.py", line 10, in read',
        "sqlite3.OperationalError: disk I/O error",
    ]


def test_what_the_process_said_before_logging_began_is_kept(tmp_path: Path) -> None:
    log = tmp_path / "local-server.log"
    log.write_text("configuration error: DATABASE_URL is not a database address\n")
    assert error_lines(log) == "configuration error: DATABASE_URL is not a database address"


def test_access_lines_alone_give_nothing(tmp_path: Path) -> None:
    log = tmp_path / "local-server.log"
    log.write_text(
        "2026-12-07 19:51:00,316 INFO backend.access: GET /v1/tickets 200\n"
        "2026-12-07 19:51:01,259 INFO backend.access: GET /v1/events 200\n"
    )
    assert error_lines(log) == ""
    assert error_lines(tmp_path / "missing.log") == ""
