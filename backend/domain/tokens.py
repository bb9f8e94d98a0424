"""Access tokens (short-lived, signed) and refresh tokens (random, stored hashed)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

import jwt

from backend.domain.errors import not_authenticated

ALGORITHM = "HS256"


def make_access_token(user_id: str, secret: str, now: datetime, lifetime: timedelta) -> str:
    payload = {
        "sub": user_id,
        "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def read_access_token(token: str, secret: str, now: datetime) -> str:
    """The user id in a valid token; raises ``not_authenticated`` otherwise.

    Expiry is checked against the service's clock, not the machine's.
    """
    return access_token_claims(token, secret, now)[0]


def access_token_claims(token: str, secret: str, now: datetime) -> tuple[str, int]:
    """The user id and the expiry (epoch seconds) of a valid token, as ``read_access_token``."""
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"verify_exp": False, "verify_iat": False, "require": ["exp", "sub"]},
        )
    except jwt.InvalidTokenError as exc:
        raise not_authenticated("The access token is not valid.") from exc
    if not isinstance(payload.get("exp"), int) or payload["exp"] <= now.timestamp():
        raise not_authenticated("The access token has expired.")
    subject = payload.get("sub")
    if not isinstance(subject, str):
        raise not_authenticated("The access token is not valid.")
    return subject, payload["exp"]


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    # Stored hashed: a leaked database does not hand out sessions.
    return hashlib.sha256(token.encode()).hexdigest()
