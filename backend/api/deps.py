"""Dependencies shared by the routers: the session, the caller, the settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from backend.config import Settings
from backend.db.models import User
from backend.db.queries import users
from backend.domain.errors import DomainError, not_authenticated
from backend.domain.throttle import SignInThrottle
from backend.domain.tokens import read_access_token


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessionmaker() as session:
        yield session


def get_throttle(request: Request) -> SignInThrottle:
    throttle: SignInThrottle = request.app.state.throttle
    return throttle


def get_now() -> datetime:
    return datetime.now(UTC)


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
ThrottleDep = Annotated[SignInThrottle, Depends(get_throttle)]
NowDep = Annotated[datetime, Depends(get_now)]

_bearer = HTTPBearer(auto_error=False)


async def get_current_user(
    session: SessionDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise not_authenticated()
    user_id = read_access_token(credentials.credentials, settings.secret_key)
    user = await users.by_id(session, user_id)
    if user is None:
        raise not_authenticated("The account no longer exists.")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


def require_admin(user: User) -> None:
    """R6, R13, R17: Premium Support pages and actions are for admins only."""
    if user.role != "admin":
        raise DomainError(
            "not_admin", 403, "Admins only", "Only team admins can use Premium Support."
        )
