"""The sign-in throttle's records, shared by every worker through the database."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import SignInFailure
from backend.domain.throttle import FailureRecord


async def load(session: AsyncSession, key: str) -> FailureRecord | None:
    row = await session.get(SignInFailure, key)
    if row is None:
        return None
    return FailureRecord(row.failures, row.last_failed_at, row.blocked_until)


async def save(session: AsyncSession, key: str, record: FailureRecord) -> None:
    """Store the record; a worker racing on the same new key makes us update its row."""
    for _attempt in range(2):
        row = (
            await session.execute(
                select(SignInFailure).where(SignInFailure.key == key).with_for_update()
            )
        ).scalar_one_or_none()
        if row is None:
            session.add(
                SignInFailure(
                    key=key,
                    failures=record.failures,
                    last_failed_at=record.last_failed_at,
                    blocked_until=record.blocked_until,
                )
            )
        else:
            row.failures = record.failures
            row.last_failed_at = record.last_failed_at
            row.blocked_until = record.blocked_until
        try:
            await session.commit()
            return
        except IntegrityError:
            await session.rollback()


async def forget(session: AsyncSession, key: str) -> None:
    await session.execute(delete(SignInFailure).where(SignInFailure.key == key))
