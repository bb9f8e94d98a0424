"""The app's asyncio loop over Qt: qasync's, woken from other threads without Qt calls.

Worker threads (the store's writer and reader, the keyring, ``asyncio.to_thread``)
hand their results to the loop with ``call_soon_threadsafe``. qasync does that by
emitting a Qt signal from the worker thread, which is one more Qt call made outside
the GUI thread (cross-thread emissions to Python callables have crashed PySide6
before: PYSIDE-3124). This loop does what asyncio's own loops do instead: the
worker appends to a queue and writes a byte to a socket pair, and a
``QSocketNotifier`` on the loop's thread drains the queue. The crashes seen in the
tests came from garbage collection in worker threads (main_thread_gc.py); with
both, no Qt object is touched outside the loop's thread.

A task's next step that comes due while another task's step runs Qt's event loop
inside it (``processEvents``, a dialog's ``exec``, ``QTest.mouseMove``) cannot run
there: asyncio refuses to enter a task inside another, and qasync had dropped the step
with that error, leaving the task pending for good (whoever awaited it, or cancelled
it and waited, hung: the tests' intermittent hangs with the loop idle). Such a step is
put off until the running step is done (``_StepsNeverLost``).
"""

from __future__ import annotations

import asyncio
import socket
from collections import deque
from collections.abc import Callable, Coroutine
from contextvars import Context
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

T = TypeVar("T")

# How soon a task's step put off inside another's is looked at again.
NESTED_STEP_RETRY_SECONDS = 0.01
# What asyncio schedules to run a task's next step (the C tasks' wrappers, 3.11).
_TASK_STEPS = frozenset({"TaskStepMethWrapper", "TaskWakeupMethWrapper"})


def _is_task_step(handle: asyncio.Handle) -> bool:
    callback = getattr(handle, "_callback", None)
    return type(callback).__name__ in _TASK_STEPS or isinstance(
        getattr(callback, "__self__", None), asyncio.Task
    )


class _StepsNeverLost(qasync._SimpleTimer):  # type: ignore[misc]
    """qasync's timers (its call_soon and call_later), but a task's step that comes due
    inside another task's step is put off until that one is done, not dropped."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._loop = loop

    def timerEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        timer_id = event.timerId()
        handle = self._SimpleTimer__callbacks.get(timer_id)
        if (
            handle is not None
            and not self._stopped
            and not handle.cancelled()
            and _is_task_step(handle)
            and asyncio.current_task(self._loop) is not None
        ):
            # Inside another task's step (a nested event loop): again once it is done,
            # looked at a little later (not at once: a modal dialog's loop would spin).
            del self._SimpleTimer__callbacks[timer_id]
            self.killTimer(timer_id)
            self.add_callback(handle, NESTED_STEP_RETRY_SECONDS)
            return
        super().timerEvent(event)


class AppEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    def __init__(self, app: QApplication | None = None) -> None:
        super().__init__(app)
        self._timer = _StepsNeverLost(self)
        self._from_threads: deque[tuple[Callable[..., object], tuple[Any, ...]]] = deque()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self._wake_notifier = QSocketNotifier(self._wake_reader.fileno(), QSocketNotifier.Type.Read)
        self._wake_notifier.activated.connect(self._run_from_threads)

    def call_soon_threadsafe(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> None:
        self._from_threads.append((callback, args))
        try:
            self._wake_writer.send(b"\0")
        except (BlockingIOError, InterruptedError):
            pass  # the socket is full of wake-ups already: the loop will drain the queue
        except OSError:
            pass  # closed: the loop is gone, and so is anyone waiting for this

    def _run_from_threads(self) -> None:
        # Bytes first, then the queue: a callback queued after this drain also wrote a
        # byte after it, so the notifier fires again for it.
        try:
            while self._wake_reader.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        while self._from_threads:
            callback, args = self._from_threads.popleft()
            self.call_soon(callback, *args)

    def close(self) -> None:
        self._wake_notifier.setEnabled(False)
        super().close()
        self._wake_reader.close()
        self._wake_writer.close()


def run(main: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` on an :class:`AppEventLoop` over the running QApplication."""
    app = QApplication.instance()
    qt_app = app if isinstance(app, QApplication) else None
    with asyncio.Runner(loop_factory=lambda: AppEventLoop(qt_app)) as runner:
        return runner.run(main)
