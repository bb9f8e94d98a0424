"""The one way the UI starts async work: every task referenced, every failure shown."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

# asyncio is imported with the first task: the window is built and painted before it
# (30 ms of the start: bootstrap/app.py).
if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], object]


class TaskRunner:
    """Runs coroutines on the (qasync) loop and keeps them until they finish.

    A failure goes to the task's own ``on_error`` if given, else to the
    default error surface; cancellation is not a failure.
    """

    def __init__(self, on_error: ErrorHandler) -> None:
        self._default_on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()

    def route_errors_to(self, on_error: ErrorHandler) -> None:
        """Failures without a handler of their own go here from now on."""
        self._default_on_error = on_error

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def run(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_error: ErrorHandler | None = None,
        name: str | None = None,
    ) -> asyncio.Task[T]:
        import asyncio

        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(lambda t: self._finished(t, on_error or self._default_on_error))
        return task

    def _finished(self, task: asyncio.Task[Any], on_error: ErrorHandler) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.debug("task %s failed", task.get_name(), exc_info=error)
            on_error(error)

    def report(self, error: BaseException) -> None:
        """Show an error on the default surface (after a task's own handler tidied up)."""
        self._default_on_error(error)

    async def cancel_all(self) -> None:
        import asyncio

        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
