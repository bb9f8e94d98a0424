"""The SQLite pool rolls back only what is open (backend/db/session.py, ``_sqlite_reset``).

The pool's rollback on every return was a thread hop to aiosqlite and back for
nothing after a read; the reset now runs only when the connection holds a
transaction. What a connection left uncommitted must still be undone before the
next user gets it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from backend.config import Settings
from backend.db.session import make_engine


async def test_an_uncommitted_write_is_undone_when_its_connection_goes_back(
    tmp_path: Path,
) -> None:
    engine = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'reset.db'}"))
    try:
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE t (n INTEGER)"))
        # Written on the driver's connection, as backend.db.raw reads: SQLAlchemy's
        # Connection knows of no transaction, so only the pool's reset can undo it.
        async with engine.connect() as connection:
            driver = (await connection.get_raw_connection()).driver_connection
            assert driver is not None
            await driver.execute("INSERT INTO t VALUES (1)")
            assert driver.in_transaction
        async with engine.connect() as connection:
            driver = (await connection.get_raw_connection()).driver_connection
            assert driver is not None
            assert not driver.in_transaction
            assert list(await driver.execute_fetchall("SELECT count(*) FROM t", [])) == [(0,)]
    finally:
        await engine.dispose()
