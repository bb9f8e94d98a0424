"""Waiting in tests: inside async tests on the qasync loop (qtbot.waitUntil does not mix with
await), and for other processes from plain tests (``poll_until``).

An async test never calls Qt's blocking waits (qtbot.wait*, QTest.qWait*, processEvents):
run inside the test's task, they step the loop's other tasks within it, and a CI run hung
so (QT-NOTES.md, item 6). ``wait_exposed`` and ``wait_active`` await what
``with qtbot.waitExposed(w):`` and ``with qtbot.waitActive(w):`` wait for. Those two are
context managers only: they wait as their ``with`` block ends, and called outside one they
wait for nothing (tests/structure/test_real_waits.py keeps them in one).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


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


async def wait_exposed(widget: QWidget, timeout: float = 5.0) -> None:
    """Until ``widget``'s window is exposed (on screen), as QTest.qWaitForWindowExposed."""

    def exposed() -> bool:
        handle = widget.window().windowHandle()  # None until shown
        return handle is not None and handle.isExposed()

    await wait_until(exposed, timeout, what=f"{_named(widget)} exposed")


async def wait_active(widget: QWidget, timeout: float = 5.0) -> None:
    """Until ``widget``'s window is the active one, as QTest.qWaitForWindowActive."""

    def active() -> bool:
        handle = widget.window().windowHandle()  # None until shown
        return handle is not None and handle.isActive()

    await wait_until(active, timeout, what=f"{_named(widget)} active")


def _named(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def poll_until(condition: Callable[[], object], timeout: float) -> bool:
    """Blocking: for what another process does (a client, Xvfb), with no event loop here."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False
