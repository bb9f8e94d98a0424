"""Real databases for tests: a SQLite file, or a PostgreSQL database made and dropped."""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg

PG_ADMIN_DSN = os.environ.get("TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_base() -> str:
    return PG_ADMIN_DSN.rsplit("/", 1)[0]


async def _pg_execute(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_DSN)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def run_in_own_loop(coro_factory: Callable[[], Coroutine[object, object, None]]) -> None:
    # Provisioning runs in a loop of its own on a thread, so that sync fixtures
    # can use it while the tests' (qasync) loop is running.

    error: list[BaseException] = []

    def target() -> None:
        try:
            asyncio.run(coro_factory())
        except BaseException as exc:  # re-raised in the caller's thread
            error.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if error:
        raise error[0]


def run_off_the_loop(work: Callable[[], None]) -> None:
    """``work`` on a thread of its own: Alembic runs its own event loop, which must be
    kept off the tests' loop's thread."""

    async def run() -> None:
        await asyncio.to_thread(work)

    run_in_own_loop(run)


def pg_admin(sql: str) -> None:
    """Run one statement as the PostgreSQL superuser (e.g. drop a database under a service)."""
    run_in_own_loop(lambda: _pg_execute(sql))


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database; its plain URL. Dropped afterwards."""
    name = f"psd_test_{uuid.uuid4().hex[:12]}"
    run_in_own_loop(lambda: _pg_execute(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{_pg_base()}/{name}"
    finally:
        run_in_own_loop(lambda: _pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def sqlite_database(directory: Path) -> Iterator[str]:
    path = directory / f"psd-{uuid.uuid4().hex[:8]}.db"
    yield f"sqlite:///{path}"


@contextmanager
def database(kind: str, directory: Path) -> Iterator[str]:
    """A fresh database of the given kind ("sqlite" or "postgres"); its plain URL."""
    made = postgres_database() if kind == "postgres" else sqlite_database(directory)
    with made as url:
        yield url
