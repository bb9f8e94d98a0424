from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import RefreshToken
from backend.domain.tokens import hash_refresh_token, new_refresh_token


async def issue(session: AsyncSession, user_id: str, now: datetime, lifetime: timedelta) -> str:
    """Store a new refresh token's hash and return the token itself."""
    token = new_refresh_token()
    session.add(
        RefreshToken(
            user_id=user_id,
            token_hash=hash_refresh_token(token),
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    return token


async def find_usable(session: AsyncSession, token: str, now: datetime) -> RefreshToken | None:
    """The stored token if it may be used now.

    A token that was already rotated away being used again means someone holds
    a copy: every session of that user ends, and both sides sign in again.
    """
    result = await session.execute(
        select(RefreshToken).where(RefreshToken.token_hash == hash_refresh_token(token))
    )
    stored = result.scalar_one_or_none()
    if stored is None or stored.expires_at <= now:
        return None
    if stored.revoked_at is not None:
        await revoke_all(session, stored.user_id, now)
        await session.commit()
        return None
    return stored


async def revoke_all(session: AsyncSession, user_id: str, now: datetime) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


async def revoke(session: AsyncSession, user_id: str, token: str, now: datetime) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_hash == hash_refresh_token(token))
        .where(RefreshToken.user_id == user_id)
        .where(RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
