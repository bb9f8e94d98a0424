"""The app's loop takes work from other threads without touching Qt from them."""

from __future__ import annotations

import asyncio
import threading

from desktop.bootstrap.event_loop import AppEventLoop

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
