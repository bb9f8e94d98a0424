"""``premium-support-desk://ticket/<number>``: the link that opens a ticket in the app.

Notification e-mails carry it (backend/notify/templates.py writes the same form) and the
installers register the scheme, so a click starts the app or hands the link to the one
that runs (desktop/bootstrap/single_instance.py).
"""

from __future__ import annotations

import re

SCHEME = "premium-support-desk"

# Strict on purpose: a link comes from outside (a mail, a browser), and anything else in it
# (queries, other paths, huge numbers) is refused rather than guessed at.
_TICKET_LINK = re.compile(rf"^{SCHEME}://ticket/#?(\d{{1,9}})/?$", re.IGNORECASE)


def ticket_link(number: int) -> str:
    return f"{SCHEME}://ticket/{number}"


def parse_ticket_link(text: str) -> int | None:
    """The ticket number a link names, or None when it is not one of ours."""
    match = _TICKET_LINK.match(text.strip())
    if match is None:
        return None
    number = int(match.group(1))
    return number if number > 0 else None


def is_link(argument: str) -> bool:
    """Whether a command-line argument is a link of ours (valid or not) rather than an option."""
    return argument.lower().startswith(f"{SCHEME}:")
