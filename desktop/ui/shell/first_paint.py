"""Network work waits until the window has shown what the store has.

Opening on the cached data "at once" means the first paint comes before the
first request: making an HTTP client, its TLS context and a connection costs
tens of milliseconds on the GUI thread, and an unreachable service more.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.look.glyph_font import hold_until_first_paint, paint_from_now_on

# The window is built and painted before asyncio is imported (bootstrap/app.py).
if TYPE_CHECKING:
    import asyncio

# A window that is shown but never painted (minimised at start) still gets its data.
LONGEST_WAIT_SECONDS = 0.5

# Work put off while the start's first paint is awaited (None: not awaiting one).
_after_paint: list[Callable[[], None]] | None = None


def first_paint_pending() -> bool:
    """Is the start still waiting for its first paint (work put off till then)?"""
    return _after_paint is not None


def after_the_first_paint(work: Callable[[], None]) -> None:
    """Do ``work`` now, or, while the start waits for its first paint, right after it.

    For what the first paint can do without: refitting the list's columns to contents it
    already has widths for (as the user left them) costs ~10 ms before the rows show.
    """
    if _after_paint is None:
        work()
    else:
        _after_paint.append(work)


def await_the_first_paint() -> None:
    """From now until :func:`paint_before_the_loop` has painted, put work off till then.

    Called before the start builds its window, so that what the window's widgets put off
    as they are made waits too (the list's status badges).
    """
    global _after_paint
    if _after_paint is None:
        _after_paint = []


def _first_paint_done(window: QWidget) -> None:
    global _after_paint
    work, _after_paint = _after_paint or [], None
    for step in work:
        step()
    paint_from_now_on(window)  # after the work: the window's repaint shows both


class FirstPaintWatch(QObject):
    """Made with a top-level window; knows when a widget of it was painted since :meth:`rearm`.

    The window is painted once while connecting, and again when a session's
    cached rows are in it: :meth:`rearm` with the list showing them.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("first_paint_watch")
        self._window = window
        self._watched: QWidget | None = None
        self.painted = True  # nothing to wait for until rearmed
        self._waiting: list[asyncio.Future[None]] = []

    def rearm(self, widget: QWidget | None = None) -> None:
        """Watch for the next paint of ``widget`` (the window itself if None).

        A widget not visible (a hidden window, a list behind its placeholder) gets
        no paint: nothing is waited for then.
        """
        target = widget if widget is not None else self._window
        if self.painted and target.isVisible():
            self.painted = False
            # This widget only: a filter on the whole application has every event
            # of the start pass through Python, and PySide6 then makes a Python type
            # for each kind of event it meets (~30 ms before the first paint).
            self._watched = target
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            self.mark_painted()
        return False

    def mark_painted(self) -> None:
        """Painted (or given up on): stop watching, and let the waiters go on."""
        if self.painted:
            return
        self.painted = True
        watched, self._watched = self._watched, None
        if watched is not None:
            watched.removeEventFilter(self)
        # The paint pass finishes before anything else runs: the waiters resume after it.
        waiting, self._waiting = self._waiting, []
        for future in waiting:
            if not future.done():
                future.set_result(None)

    async def wait(self) -> None:
        if self.painted:
            return
        import asyncio

        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(future)
        try:
            await asyncio.wait_for(future, LONGEST_WAIT_SECONDS)
        except TimeoutError:
            self.mark_painted()  # not painted (hidden, minimised): go on all the same


async def painted(widget: QWidget) -> None:
    """Returns once what ``widget``'s window watches has been painted (at once if nothing)."""
    window = widget.window()
    watch = window.findChild(FirstPaintWatch, "first_paint_watch")
    if watch is None or not window.isVisible():
        return
    await watch.wait()


def paint_before_the_loop(window: QWidget, content: QWidget | None = None) -> None:
    """Show ``window`` and return once ``content`` (else the window) has been painted.

    Before any event loop runs: the start paints the cached list this way before
    importing asyncio and the rest (bootstrap/app.py). Input waits for the loop: a
    click now would reach a window whose session is not bound yet.
    """
    watch = window.findChild(FirstPaintWatch, "first_paint_watch")
    hold_until_first_paint()
    await_the_first_paint()
    window.show()
    if watch is None:
        _first_paint_done(window)
        return
    watch.rearm(content)
    app = QApplication.instance()
    waking = QTimer()  # a window never painted (minimised) must not hold the start
    waking.setSingleShot(True)
    waking.start(int(LONGEST_WAIT_SECONDS * 1000))
    deadline = time.monotonic() + LONGEST_WAIT_SECONDS
    flags = (
        QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    )
    while app is not None and not watch.painted and time.monotonic() < deadline:
        app.processEvents(flags)
    waking.stop()
    watch.mark_painted()  # painted, or given up on: the next rearm() watches the next paint
    _first_paint_done(window)
