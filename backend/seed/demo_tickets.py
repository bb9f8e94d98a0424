"""Northwind Traders' demo tickets (DEMO.md), read from ``data/demo_tickets.toml``.

The world is data: who asked what, when, and the replies live in the TOML file; this
module only turns its durations ("2d 3h 20m") into the offsets ``spec.py`` speaks.
"""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from backend.seed.spec import DemoMessage, DemoTicket

DATA = Path(__file__).with_name("data") / "demo_tickets.toml"
_PART = re.compile(r"(\d+)([dhm])")
_UNIT = {"d": "days", "h": "hours", "m": "minutes"}


def duration(text: str) -> timedelta:
    """``"2d 3h 20m"`` (any of the parts, in that order) as a timedelta."""
    parts = text.split()
    matches = [_PART.fullmatch(part) for part in parts]
    if not parts or None in matches:
        raise ValueError(f"not a duration like '2d 3h 20m': {text!r}")
    return timedelta(**{_UNIT[m[2]]: int(m[1]) for m in matches if m is not None})


def _created(entry: dict[str, Any]) -> timedelta | datetime:
    if "created_at" in entry:  # only the tickets from before the R18 cut-off
        moment: datetime = entry["created_at"]
        return moment.astimezone(UTC)
    return duration(entry["created"])


def _ticket(entry: dict[str, Any]) -> DemoTicket:
    return DemoTicket(
        submitter=entry["submitter"],
        product=entry["product"],
        channel=entry["channel"],
        category=entry["category"],
        language=entry["language"],
        subject=entry["subject"],
        body=entry["body"],
        status=entry["status"],
        created=_created(entry),
        replies=tuple(
            DemoMessage(author=r["author"], body=r["body"], after=duration(r["after"]))
            for r in entry.get("reply", ())
        ),
        phone=entry.get("phone"),
    )


def load(path: Path = DATA) -> tuple[DemoTicket, ...]:
    with path.open("rb") as file:
        return tuple(_ticket(entry) for entry in tomllib.load(file)["ticket"])


TICKETS: tuple[DemoTicket, ...] = load()
