"""The event loop of each ``serve --workers N`` worker: connections shared out by load.

The workers share one listening socket, and when it turns readable every worker's loop is
woken. asyncio's own loop then accepts every connection waiting (up to the backlog) before
it does anything else, so when a client opens many connections at once the worker that
woke first takes them all: wrk's 32 went 32/0 to one worker in 3 of 18 runs (bench/
README.md, 2026-12-06 sixth round), and that worker served them alone while the other
idled. Here a worker accepts one connection, then stops listening for a moment that grows
with the connections it already serves, so the others take the next ones; when no other
takes them, it accepts them itself a moment later. The listening queue keeps its length.
"""

from __future__ import annotations

import asyncio
from typing import Any

# How long a worker leaves the socket to the others, per connection it serves: long
# enough for a woken worker to come to its accept (a turn of its loop), short beside the
# life of a kept-alive connection. At most MAX_PAUSE: a worker holding many open event
# streams still accepts 500 new connections a second alone (the listening queue holds
# 2,048 meanwhile), as after a restart when every client reconnects.
PAUSE_PER_CONNECTION = 0.00025
MAX_PAUSE = 0.002


class SharingLoop(asyncio.SelectorEventLoop):
    def _accept_connection(
        self,
        protocol_factory: Any,
        sock: Any,
        sslcontext: Any = None,
        server: Any = None,
        backlog: int = 100,
        *rest: Any,
    ) -> None:
        super()._accept_connection(protocol_factory, sock, sslcontext, server, 1, *rest)  # type: ignore[misc]
        serving = 0 if server is None else server._active_count  # noqa: SLF001
        if serving == 0:
            return
        fd = sock.fileno()
        self._remove_reader(fd)  # type: ignore[attr-defined]

        def listen_again() -> None:
            if server.is_serving() and sock.fileno() == fd:
                accept = self._accept_connection
                self._add_reader(  # type: ignore[attr-defined]
                    fd, accept, protocol_factory, sock, sslcontext, server, backlog, *rest
                )

        self.call_later(min(PAUSE_PER_CONNECTION * serving, MAX_PAUSE), listen_again)


def sharing_loop() -> asyncio.AbstractEventLoop:
    """uvicorn's loop factory (``loop="backend.ops.fair_accept:sharing_loop"``)."""
    return SharingLoop()
