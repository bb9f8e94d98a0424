"""``serve --workers N``: uvicorn's worker supervisor, refusing new connections on SIGTERM.

The parent holds a copy of the listening socket that it hands to its workers.
uvicorn's parent keeps it open until every worker has finished, so while the
workers drain, the kernel still accepts new connections that nobody will serve.
Closing the parent's copy first (each worker closes its own as it drains) makes
new connections fail at once, and the balancer moves on.

A worker that dies (killed, out of memory) is replaced by uvicorn; its live
gauges (open streams, pool) must stop counting then, which only the parent
can tell the metrics.
"""

from __future__ import annotations

from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

from backend.ops import metrics


class DrainingMultiprocess(Multiprocess):
    def handle_term(self) -> None:
        self._stop_listening()
        super().handle_term()

    def handle_int(self) -> None:
        self._stop_listening()
        super().handle_int()

    def keep_subprocess_alive(self) -> None:
        before = {process.pid for process in self.processes}
        super().keep_subprocess_alive()
        for pid in before - {process.pid for process in self.processes}:
            if pid is not None:
                metrics.process_exiting(pid)

    def _stop_listening(self) -> None:
        for sock in self.sockets:
            sock.close()


def run_workers(app: str, **options: Any) -> None:
    """What ``uvicorn.run(app, workers=N, factory=True, …)`` does, with the supervisor above."""
    config = uvicorn.Config(app, factory=True, **options)
    DrainingMultiprocess(config, sockets=[config.bind_socket()]).run()
