"""The request id: taken from ``X-Request-ID`` when it is sane, made up otherwise.

It lives in a context variable so that every log line written while the
request is served carries it, without passing it around.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

HEADER = "X-Request-ID"

# Printable, short and free of anything a log reader or a proxy could trip over.
_SANE = re.compile(r"[A-Za-z0-9._:@+=/-]{1,128}")

current: ContextVar[str | None] = ContextVar("request_id", default=None)


def accept_or_make(sent: str | None) -> str:
    """The client's id if it is sane, else a new one."""
    if sent is not None and _SANE.fullmatch(sent):
        return sent
    return uuid.uuid4().hex
