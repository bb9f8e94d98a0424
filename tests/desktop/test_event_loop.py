"""The app's loop takes work from other threads without touching Qt from them."""

from __future__ import annotations

import asyncio
import threading

from desktop.bootstrap.event_loop import AppEventLoop
from tests.support.waiting import wait_until

THREADS = 4
CALLS = 20_000  # per thread: far more wake-ups than the socket pair buffers


async def test_callbacks_from_many_threads_all_run_on_the_loops_thread_in_order() -> None:
    loop = asyncio.get_running_loop()
    assert isinstance(loop, AppEventLoop)  # the tests run on the app's own loop
    seen: dict[int, list[int]] = {n: [] for n in range(THREADS)}
    threads_seen: set[str] = set()
    done = asyncio.Event()
    finished = [0]

    def record(worker: int, number: int) -> None:
        threads_seen.add(threading.current_thread().name)
        seen[worker].append(number)
        if number == CALLS - 1:
            finished[0] += 1
            if finished[0] == THREADS:
                done.set()

    def work(worker: int) -> None:
        for number in range(CALLS):
            loop.call_soon_threadsafe(record, worker, number)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
    for worker in workers:
        worker.start()
    await asyncio.wait_for(done.wait(), 60)
    for worker in workers:
        worker.join()
    assert threads_seen == {threading.main_thread().name}
    assert all(numbers == list(range(CALLS)) for numbers in seen.values())


async def test_results_of_executors_and_to_thread_arrive() -> None:
    results = await asyncio.gather(*(asyncio.to_thread(pow, 2, n) for n in range(200)))
    assert results == [2**n for n in range(200)]


async def test_a_task_due_while_another_runs_a_nested_event_loop_still_runs() -> None:
    """QTest.mouseMove, a dialog's exec or processEvents inside a task run Qt's loop there;
    a task whose step came due then was dropped by qasync ("Cannot enter into task ...
    while another task ... is being executed") and stayed pending for good: a test that
    cancelled it and waited hung in CI with the loop idle."""
    from PySide6.QtWidgets import QApplication

    loop = asyncio.get_running_loop()
    errors: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    try:
        started = asyncio.ensure_future(asyncio.sleep(0, "woken"))  # its first step is due
        QApplication.processEvents()  # the nested loop, inside this test's own task
        assert not started.done()  # not run inside this task's step...
        # ...but once it is done (polled: a step dropped never runs, nor would a cancel).
        await wait_until(started.done, timeout=5, what="the task due inside")
        assert started.result() == "woken"
        # And one woken (its future done) inside the nested loop, not only a new one.
        future = loop.create_future()
        waiting = asyncio.ensure_future(asyncio.wait_for(future, 30))
        await asyncio.sleep(0)
        future.set_result("answered")
        QApplication.processEvents()
        await wait_until(waiting.done, timeout=5, what="the task woken inside")
        assert waiting.result() == "answered"
    finally:
        loop.set_exception_handler(None)
    assert errors == []
