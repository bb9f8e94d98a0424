"""Helpers of the ``--screenshots`` views: waiting for a view, letting Qt settle, saving it.

Their own module: the views of each area (billing, insights, the store) use them, and the
command that runs them all imports those areas (no import circle).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

WINDOW_SIZE = (1100, 720)
# Wide enough for the reading pane beside the list (desktop/ui/shell/reading_pane.py).
WIDE_WINDOW_SIZE = (1500, 900)


async def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the view did not get ready in time")
        await asyncio.sleep(0.02)


async def settle() -> None:
    """Let Qt deliver LanguageChange and lay out before grabbing.

    Awaiting gives the (qasync) loop back to Qt, which delivers the events; a
    nested ``processEvents()`` here would step other tasks inside this one.
    """
    for _ in range(5):
        await asyncio.sleep(0.03)


def save(widget: QWidget, out_dir: Path, view: str, lang: str) -> Path:
    path = out_dir / f"{view}-{lang}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path
