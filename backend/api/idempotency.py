"""``Idempotency-Key``: the same key and body give the first answer again, once created."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Header
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import IdempotencyRecord, User
from backend.domain.errors import DomainError

KEEP_FOR = timedelta(hours=24)

IdempotencyKey = Annotated[
    str | None, Header(alias="Idempotency-Key", min_length=1, max_length=100)
]


def fingerprint(method: str, path: str, body: BaseModel) -> str:
    canonical = json.dumps(body.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


async def create_once(
    session: AsyncSession,
    *,
    user: User,
    key: str | None,
    request_hash: str,
    now: datetime,
    create: Callable[[], Awaitable[BaseModel]],
    status_code: int = 201,
) -> JSONResponse:
    """Run ``create`` (which adds and flushes, never commits) at most once per key.

    The record of the answer is committed in the same transaction as what was
    created, so a crash cannot leave one without the other.
    """
    # Read once, now: after a rollback the ORM expires ``user``, and reading an
    # expired attribute would need I/O the async session cannot do implicitly.
    user_id = user.id
    if key is not None:
        replay = await _replay(session, user_id, key, request_hash, now)
        if replay is not None:
            return replay
        await session.execute(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.user_id == user_id,
                IdempotencyRecord.key == key,
                IdempotencyRecord.created_at <= now - KEEP_FOR,
            )
        )
    result = await create()
    body = result.model_dump(mode="json")
    if key is not None:
        session.add(
            IdempotencyRecord(
                user_id=user_id,
                key=key,
                request_hash=request_hash,
                status_code=status_code,
                response_body=json.dumps(body),
                created_at=now,
            )
        )
    try:
        await session.commit()
    except IntegrityError:
        if key is None:
            raise
        # The same key arrived twice at once and the other one won: answer as it did.
        await session.rollback()
        replay = await _replay(session, user_id, key, request_hash, now)
        if replay is None:
            # The winner's record is not visible yet (or was purged meanwhile):
            # the client retries shortly and then gets the first answer.
            raise in_progress() from None
        return replay
    return JSONResponse(body, status_code=status_code)


RETRY_IN_PROGRESS_SECONDS = 1


def in_progress() -> DomainError:
    return DomainError(
        "idempotency_in_progress",
        409,
        "Request in progress",
        "A request with this Idempotency-Key is still being processed; retry shortly.",
        extra={"retry_after": RETRY_IN_PROGRESS_SECONDS},
        headers={"Retry-After": str(RETRY_IN_PROGRESS_SECONDS)},
    )


async def _replay(
    session: AsyncSession, user_id: str, key: str, request_hash: str, now: datetime
) -> JSONResponse | None:
    record = (
        await session.execute(
            select(IdempotencyRecord).where(
                IdempotencyRecord.user_id == user_id,
                IdempotencyRecord.key == key,
                IdempotencyRecord.created_at > now - KEEP_FOR,
            )
        )
    ).scalar_one_or_none()
    if record is None:
        return None
    if record.request_hash != request_hash:
        raise DomainError(
            "idempotency_key_reused",
            422,
            "Idempotency key reused",
            "This Idempotency-Key was used for a different request.",
        )
    return JSONResponse(
        json.loads(record.response_body),
        status_code=record.status_code,
        headers={"Idempotent-Replayed": "true"},
    )


async def purge_expired(session: AsyncSession, now: datetime) -> int:
    result = await session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.created_at <= now - KEEP_FOR)
    )
    await session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
