"""Dependencies shared by the routers: the session, the caller, the settings.

Every dependency is ``async def``, even those that only read ``app.state``:
FastAPI runs a plain ``def`` dependency on a worker thread, and that hop (a
thread wake-up each way) cost more than the rest of a health check (profile
in bench/README.md, 2026-12-05).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.callers import CallerCache
from backend.config import Settings
from backend.db.models import User
from backend.db.queries import users
from backend.domain.clock import Clock
from backend.domain.errors import DomainError, not_authenticated
from backend.domain.throttle import ThrottlePolicy
from backend.domain.tokens import access_token_claims
from backend.domain.viewers import Viewer


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessionmaker() as session:
        yield session


async def get_read_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A session for a route that only reads (``make_read_sessionmaker``): it never commits."""
    async with request.app.state.read_sessionmaker() as session:
        yield session


async def get_throttle(request: Request) -> ThrottlePolicy:
    throttle: ThrottlePolicy = request.app.state.throttle
    return throttle


async def get_now(request: Request) -> datetime:
    clock: Clock = request.app.state.clock
    return clock.now()


async def get_callback_pace(request: Request) -> int:
    """Seconds per caller in the callback queue, for its estimates (R15; app.py)."""
    pace: int = request.app.state.callback_pace
    return pace


CallbackPaceDep = Annotated[int, Depends(get_callback_pace)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
ReadSessionDep = Annotated[AsyncSession, Depends(get_read_session)]
ThrottleDep = Annotated[ThrottlePolicy, Depends(get_throttle)]
NowDep = Annotated[datetime, Depends(get_now)]

_bearer = HTTPBearer(auto_error=False)


async def get_callers(request: Request) -> CallerCache:
    callers: CallerCache = request.app.state.callers
    return callers


CallersDep = Annotated[CallerCache, Depends(get_callers)]


async def get_current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    # The settings, clock and cache straight from app.state, not as sub-dependencies:
    # every authenticated request solves this one, and each sub-dependency FastAPI
    # solves costs more than reading the attribute (profile in bench/README.md).
    state = request.app.state
    settings: Settings = state.settings
    callers: CallerCache = state.callers
    now: datetime = state.clock.now()
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise not_authenticated()
    # A token seen in the last few seconds: no signature check, no user read
    # (its expiry is still checked against now; see backend.api.callers).
    key = callers.key(credentials.credentials)
    cached = callers.get(key, now.timestamp())
    if cached is not None:
        return cached[0]
    user_id, expires = access_token_claims(credentials.credentials, settings.secret_key, now)
    # In a session of its own, closed at once: the route's session may be another
    # (ReadSessionDep), and holding one connection while waiting for a second
    # starved the pool when many requests missed the cache at once.
    async with request.app.state.read_sessionmaker() as session:
        user = await users.by_id(session, user_id)
    if user is None:
        raise not_authenticated("The account no longer exists.")
    callers.put(key, user, expires)
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


def require_admin(user: Viewer) -> None:
    """R6, R13, R17: Premium Support pages and actions are for admins only."""
    if user.role != "admin" or user.team_id is None:
        raise DomainError(
            "not_admin", 403, "Admins only", "Only team admins can use Premium Support."
        )


def require_team_member(user: User) -> str:
    """Any team user (admin or member); agents belong to no team. Returns the team id."""
    if user.team_id is None:
        raise DomainError("not_team_member", 403, "Team users only", "Agents have no team.")
    return user.team_id


def require_agent(user: User) -> None:
    if user.role != "agent":
        raise DomainError("not_agent", 403, "Agents only", "Only support agents can do this.")


async def get_admin(user: CurrentUser) -> User:
    require_admin(user)
    return user


async def get_team_user(user: CurrentUser) -> User:
    require_team_member(user)
    return user


async def get_agent(user: CurrentUser) -> User:
    require_agent(user)
    return user


# Roles are checked here, once: a router asks for the caller it may serve.
AdminUser = Annotated[User, Depends(get_admin)]
TeamUser = Annotated[User, Depends(get_team_user)]
AgentUser = Annotated[User, Depends(get_agent)]
