"""Shutting down gracefully: know when SIGTERM arrived, while requests are still served.

uvicorn, on SIGTERM, closes its listening sockets and waits for the open
connections to finish; it tells the application only after that (lifespan
shutdown). An event stream never finishes by itself, so the service must learn
of the signal earlier: it wraps uvicorn's signal handler, and the streams end
themselves with a retry hint as soon as draining starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Draining:
    """Set once the process was told to stop; ``on_start`` callbacks run then, once."""

    def __init__(self) -> None:
        self._started = False
        self._callbacks: list[Callable[[], None]] = []

    @property
    def started(self) -> bool:
        return self._started

    def on_start(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)

    def start(self) -> None:
        """On the event loop's thread."""
        if self._started:
            return
        self._started = True
        for callback in self._callbacks:
            callback()

    def watch_signals(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start draining on SIGTERM/SIGINT, then let the handler in place (uvicorn's) run."""
        if threading.current_thread() is not threading.main_thread():
            return  # signals reach only the main thread; nothing to watch here
        for sig in _SIGNALS:
            previous = signal.getsignal(sig)
            if not callable(previous):
                continue  # not served by uvicorn (which handles both): leave the default

            def handler(
                signum: int, frame: FrameType | None, previous: Callable[..., Any] = previous
            ) -> None:
                # Python runs signal handlers between bytecodes of the main thread,
                # possibly in the middle of the loop's own work: schedule, don't act.
                with contextlib.suppress(RuntimeError):  # the loop is closed already
                    loop.call_soon_threadsafe(self.start)
                previous(signum, frame)

            signal.signal(sig, handler)
