"""Waiting in tests: inside async tests on the qasync loop (qtbot.waitUntil does not mix with
await), and for other processes from plain tests (``poll_until``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def wait_until(
    condition: Callable[[], object],
    timeout: float = 30.0,
    what: str | Callable[[], str] = "",
) -> None:
    """``what`` names the wait in the failure; a callable tells the state at that moment."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            said = what() if callable(what) else what
            raise AssertionError(f"timed out after {timeout} s waiting for {said or condition}")
        await asyncio.sleep(0.01)


def poll_until(condition: Callable[[], object], timeout: float) -> bool:
    """Blocking: for what another process does (a client, Xvfb), with no event loop here."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False
