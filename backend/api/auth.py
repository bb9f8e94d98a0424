"""Sign-in, token refresh (rotating) and sign-out."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request, Response

from backend.api.deps import (
    CallersDep,
    CurrentUser,
    NowDep,
    SessionDep,
    SettingsDep,
    ThrottleDep,
)
from backend.api.problem_docs import Problem, problem_responses
from backend.api.schemas import (
    LogoutRequest,
    RefreshRequest,
    TokenRequest,
    TokenResponse,
    UserOut,
)
from backend.config import Settings
from backend.db.models import User
from backend.db.queries import refresh_tokens, signin_throttle, users
from backend.domain.errors import bad_credentials, invalid_refresh_token
from backend.domain.passwords import DUMMY_HASH, verify_password
from backend.domain.throttle import address_key, pair_key
from backend.domain.tokens import make_access_token

router = APIRouter(prefix="/auth", tags=["auth"])


def user_out(user: User) -> UserOut:
    return UserOut.model_validate(
        {
            "id": user.id,
            "name": user.name,
            "email": user.email,
            "role": user.role,
            "team_id": user.team_id,
            "champion": user.champion,
            "locale": user.locale,
        }
    )


async def _token_pair(
    session: SessionDep, settings: Settings, user: User, now: NowDep
) -> TokenResponse:
    lifetime = timedelta(seconds=settings.access_token_seconds)
    refresh = await refresh_tokens.issue(
        session, user.id, now, timedelta(days=settings.refresh_token_days)
    )
    await session.commit()
    return TokenResponse(
        access_token=make_access_token(user.id, settings.secret_key, now, lifetime),
        refresh_token=refresh,
        expires_in=int(lifetime.total_seconds()),
        user=user_out(user),
    )


@router.post(
    "/token",
    responses=problem_responses(
        Problem(401, "bad_credentials", "Wrong e-mail or password."),
        Problem(
            429,
            "too_many_attempts",
            "Too many failed sign-ins from this address (for this e-mail, or across e-mails).",
            retry_after=True,
        ),
    ),
)
async def sign_in(
    body: TokenRequest,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
    now: NowDep,
) -> TokenResponse:
    # The peer, or X-Forwarded-For when the peer is a trusted proxy (uvicorn's
    # --forwarded-allow-ips): an attacker elsewhere cannot lock this address out.
    address = request.client.host if request.client else "unknown"
    keys = {pair_key(body.email, address): settings.signin_max_failures}
    keys[address_key(address)] = settings.signin_address_max_failures
    records = {key: await signin_throttle.load(session, key) for key in keys}
    for record in records.values():
        throttle.check(record, now)
    user = await users.by_email(session, body.email)
    valid = verify_password(user.password_hash if user else DUMMY_HASH, body.password)
    if user is None or not valid:
        for key, limit in keys.items():
            record = throttle.after_failure(records[key], now, limit)
            await signin_throttle.save(session, key, record)
        raise bad_credentials()
    await signin_throttle.forget(session, pair_key(body.email, address))
    return await _token_pair(session, settings, user, now)


@router.post(
    "/refresh",
    responses=problem_responses(
        Problem(401, "invalid_refresh_token", "The refresh token is unknown, used, or expired.")
    ),
)
async def refresh(
    body: RefreshRequest, session: SessionDep, settings: SettingsDep, now: NowDep
) -> TokenResponse:
    stored = await refresh_tokens.find_usable(session, body.refresh_token, now)
    if stored is None:
        raise invalid_refresh_token()
    user = await users.by_id(session, stored.user_id)
    if user is None:
        raise invalid_refresh_token()
    stored.revoked_at = now  # rotation: the old token stops working
    return await _token_pair(session, settings, user, now)


@router.post("/logout", status_code=204)
async def logout(
    body: LogoutRequest, user: CurrentUser, session: SessionDep, now: NowDep, callers: CallersDep
) -> Response:
    await refresh_tokens.revoke(session, user.id, body.refresh_token, now)
    await session.commit()
    # The access token lives on until it expires, as it always has; this process
    # reads the user afresh for it (and the user's others) from now on.
    callers.forget_user(user.id)
    return Response(status_code=204)
