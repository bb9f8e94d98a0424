"""``serve --workers N``: uvicorn's worker supervisor, a listening socket per worker,
refusing new connections on SIGTERM.

**A socket per worker.** uvicorn hands every worker one shared listening socket, and
asyncio accepts every pending connection when its worker wakes: 32 connections opened
together went 16/16, 21/11, 13/19 and 32/0 between two workers (bench/README.md,
issue 22), and the busier worker set the pace. Where the system has ``SO_REUSEPORT``
(Linux), the parent binds one socket per worker on the same address and the kernel
spreads new connections over them by their addresses' hash. A worker that dies is
replaced on its own socket, which the parent keeps open (and listening) meanwhile:
connections that arrive for it wait in its queue, none is refused. Elsewhere, one
shared socket as before. ``SO_REUSEPORT`` lets another process of the same user bind
the port too and take a share of its connections: the service's user is its own.

**Draining.** The parent holds a copy of each listening socket that it hands to its
workers. uvicorn's parent keeps it open until every worker has finished, so while the
workers drain, the kernel still accepts new connections that nobody will serve.
Closing the parent's copies first (each worker closes its own as it drains) makes new
connections fail at once, and the balancer moves on.

A worker that dies (killed, out of memory) is replaced; its live gauges (open streams,
pool) must stop counting then, which only the parent can tell the metrics.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

import uvicorn
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors import Multiprocess
from uvicorn.supervisors.multiprocess import Process

from backend.ops import metrics

logger = logging.getLogger("uvicorn.error")


class DrainingMultiprocess(Multiprocess):
    """uvicorn's supervisor; worker ``i`` serves ``listeners[i % len(listeners)]``."""

    def __init__(self, config: uvicorn.Config, listeners: list[socket.socket]) -> None:
        super().__init__(config, sockets=listeners)

    def _new_process(self, index: int) -> Process:
        return Process(self.config, [self.sockets[index % len(self.sockets)]])

    # uvicorn's own three places that make a worker (0.55), each with the worker's socket.
    def init_processes(self) -> None:
        for index in range(self.processes_num):
            process = self._new_process(index)
            process.start()
            self.processes.append(process)

    def restart_all(self) -> None:
        """Each worker replaced on its socket, the new one serving before the old one stops."""
        for index, old_process in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new_process = self._new_process(index)
            new_process.start()
            if not new_process.wait_until_ready(
                self.config.timeout_worker_healthcheck, self.should_exit
            ):
                new_process.kill()
                new_process.join()
                if not self.should_exit.is_set():
                    logger.error(
                        "New child process [%s] was not ready in time; keeping worker [%s] "
                        "and aborting the restart.",
                        new_process.pid,
                        old_process.pid,
                    )
                return
            old_process.terminate()
            old_process.join()
            self.processes[index] = new_process

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return  # stopping: nothing to replace
        for index, process in enumerate(self.processes):
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()  # hung, or gone already
            process.join()
            if process.pid is not None:
                metrics.process_exiting(process.pid)
            if process.exitcode == STARTUP_FAILURE:
                # It failed before serving: every replacement would fail the same way.
                logger.error("Child process [%s] failed to start, stopping.", process.pid)
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            logger.info("Child process [%s] died", process.pid)
            replacement = self._new_process(index)
            replacement.start()
            self.processes[index] = replacement

    def handle_term(self) -> None:
        self._stop_listening()
        super().handle_term()

    def handle_int(self) -> None:
        self._stop_listening()
        super().handle_int()

    def _stop_listening(self) -> None:
        for sock in self.sockets:
            sock.close()


def listening_sockets(config: uvicorn.Config, workers: int) -> list[socket.socket]:
    """One socket per worker on ``config``'s host and port with ``SO_REUSEPORT``, or
    uvicorn's one shared socket where that option is missing (or for a Unix socket)."""
    if not hasattr(socket, "SO_REUSEPORT") or config.uds is not None or config.fd is not None:
        return [config.bind_socket()]
    family = socket.AF_INET6 if config.host and ":" in config.host else socket.AF_INET
    port = config.port
    listeners: list[socket.socket] = []
    try:
        for _ in range(workers):
            sock = socket.socket(family=family, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
            listeners.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((config.host, port))
            port = sock.getsockname()[1]  # port 0: the others join the one it was given
            # Listening from now on: each socket takes its share from the start, and
            # connections wait in its queue until its worker accepts them.
            sock.listen(config.backlog)
            sock.set_inheritable(True)
    except OSError as exc:
        for sock in listeners:
            sock.close()
        logger.error(exc)
        raise SystemExit(STARTUP_FAILURE) from exc
    logger.info(
        "Uvicorn running on http://%s:%d, a listening socket per worker (Press CTRL+C to quit)",
        f"[{config.host}]" if family == socket.AF_INET6 else config.host,
        port,
    )
    return listeners


def run_workers(app: str, **options: Any) -> None:
    """What ``uvicorn.run(app, workers=N, factory=True, …)`` does, with the supervisor above."""
    config = uvicorn.Config(app, factory=True, **options)
    DrainingMultiprocess(config, listening_sockets(config, config.workers)).run()
