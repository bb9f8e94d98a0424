"""Helpers of the ``--screenshots`` views: waiting for a view, letting Qt settle, saving it.

Their own module: the views of each area (billing, insights, the store) use them, and the
command that runs them all imports those areas (no import circle).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

WINDOW_SIZE = (1100, 720)
# Wide enough for the reading pane beside either list in every language at the usual text
# size (desktop/ui/shell/reading_pane.py: Dutch needs the most, from ~1,500 px with the
# demo's rows, which say more as their clocks run).
WIDE_WINDOW_SIZE = (1600, 900)
# The smallest window the views are checked at (a small laptop screen).
SMALL_WINDOW_SIZE = (1024, 640)


async def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the view did not get ready in time")
        await asyncio.sleep(0.02)


class CountedList(Protocol):
    """A ticket list page, as far as a picture of it waits for it."""

    @property
    def count_said(self) -> str: ...


async def list_counted(page: CountedList) -> None:
    """Until the list says how many it holds (said once its rows are read): the count comes
    a moment after the rows, off the GUI thread. A list first shown in a run (Team tickets
    is built when first opened) was shot before it came ("Up to date", no "26 tickets")."""
    await wait_for(lambda: bool(page.count_said))
    await settle()


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


def dark_palette() -> QPalette:
    """A dark system palette, as a desktop in dark mode gives the app."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Mid: "#5a5a5a",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Midlight: "#454545",
        QPalette.ColorRole.Shadow: "#101010",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    # Disabled text is dimmed, as desktops do.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


@asynccontextmanager
async def dark_mode() -> AsyncIterator[None]:
    """The desktop switched to dark while the app runs (the application's palette changes,
    as the system's does), and back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    app.setPalette(dark_palette())
    await settle()
    try:
        yield
    finally:
        app.setPalette(light)
        await settle()


# The font scale a person with low vision sets (150 %): labels must still fit.
LARGE_FONT_SCALE = 1.5


def scale_app_font(scale: float) -> Callable[[], None]:
    """The desktop's font made ``scale`` times larger while the app runs; returns what
    sets it back (the tests' fixtures, which cannot await, use it as it is)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * scale)
    app.setFont(larger)
    return lambda: app.setFont(normal)


@asynccontextmanager
async def large_font(scale: float = LARGE_FONT_SCALE) -> AsyncIterator[None]:
    """The desktop's font made ``scale`` times larger while the app runs, and back."""
    normal = scale_app_font(scale)
    await settle()
    try:
        yield
    finally:
        normal()
        await settle()
