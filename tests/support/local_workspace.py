"""The client on the local demo workspace (no server named): it starts its own service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from desktop.bootstrap.controller import AppController
from tests.support.app import running_client
from tests.support.waiting import wait_until


@asynccontextmanager
async def local_workspace(tmp_path: Path) -> AsyncIterator[AppController]:
    """Started, its local service up and Ava's tickets listed (a cold start is slow)."""
    async with running_client(tmp_path) as controller:
        controller.start()
        window = controller.window
        await wait_until(lambda: window.my_tickets.model.rowCount() > 0, timeout=90, what="tickets")
        yield controller
