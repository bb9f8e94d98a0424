"""The service's configuration: the one place that reads the environment."""

from __future__ import annotations

import secrets
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def async_database_url(url: str) -> str:
    """Turn a plain ``sqlite:///`` or ``postgresql://`` URL into its async-driver form.

    Operators write the plain form; the service picks the drivers itself.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError(f"DATABASE_URL has no scheme: {url!r}")
    base = scheme.split("+", 1)[0]
    if base == "sqlite":
        return f"sqlite+aiosqlite://{rest}"
    if base in ("postgresql", "postgres"):
        return f"postgresql+asyncpg://{rest}"
    raise ValueError(f"DATABASE_URL must be sqlite:// or postgresql://, not {scheme}://")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    database_url: str = Field(default="sqlite:///./premium-support.db")
    smtp_url: str | None = Field(default=None)
    mail_from: str = Field(default="Premium Support <support@vendor.example>")
    # Signs access tokens. Unset: a random key per service (serve hands it to its
    # workers), which only costs clients a token refresh after a restart
    # (refresh tokens live in the DB).
    secret_key: str = Field(default_factory=lambda: secrets.token_urlsafe(32))
    # The key read from this file instead (a mounted secret); not with SECRET_KEY.
    secret_key_file: Path | None = None
    # How many service instances (hosts or separate serve commands) share the
    # database behind one address. Above 1 they must share a key: serve then
    # refuses to start without SECRET_KEY or SECRET_KEY_FILE.
    instances: int = Field(default=1, ge=1)
    access_token_seconds: int = 15 * 60
    # How long a process remembers who sent an access token before reading the user
    # again (backend/api/callers.py): edits made to a user's row in the database
    # directly reach each process within this bound. 0: read the user every time.
    auth_cache_seconds: float = Field(default=5.0, ge=0)
    # How many list items a process keeps encoded (backend/api/ticket_json.py): each is
    # keyed by every column its JSON comes from, so a changed ticket is never served from
    # it. About 2 KB an item (its row and its JSON). 0: encode every item of every page.
    list_item_cache: int = Field(default=10_000, ge=0)
    refresh_token_days: int = 30
    # Sign-in throttling per (e-mail, client address): this many failures -> 429 for
    # the window, doubling with each further failure up to the maximum wait.
    signin_max_failures: int = Field(default=5, ge=1)
    signin_failure_window_seconds: int = Field(default=300, ge=1)
    signin_max_wait_seconds: int = Field(default=24 * 3600, ge=1)
    # Failures from one address across all e-mails before it must wait too.
    signin_address_max_failures: int = Field(default=50, ge=1)
    # Proxies whose X-Forwarded-For names the client (uvicorn's forwarded_allow_ips):
    # comma-separated addresses or networks, or "*". Others' headers are ignored.
    forwarded_allow_ips: str = "127.0.0.1"
    attachment_dir: str = Field(default="./attachments")
    quote_lifetime_seconds: int = 15 * 60
    # An idle event stream sends a comment this often, so proxies keep it open.
    event_heartbeat_seconds: float = 15.0
    # Open event streams one user may have per service process; more answer 429.
    event_streams_per_user: int = Field(default=10, ge=1)
    # The Retry-After (seconds) of that 429: how long clients wait before trying again.
    event_streams_retry_after: int = Field(default=10, ge=1)
    # The built-in demo agent (serve --demo-agent): for local mode and demos.
    demo_agent: bool = False
    # First retry of a failed mail after this long, doubling up to an hour.
    mail_retry_seconds: float = 30.0
    # How often the service rolls billing periods over, closes quiet tickets, sends mail.
    maintenance_interval_seconds: float = 30.0
    # Start the service's clock at this instant (it then runs at real speed):
    # for demos and tests of time rules, e.g. a Saturday in Tokyo.
    clock_start: datetime | None = None
    # Log lines as JSON objects (one per line, with the request id) or as plain text.
    log_format: Literal["json", "text"] = "json"
    # Writes (POST/PUT/PATCH/DELETE, not /v1/auth/) that one user may make, per process:
    # a burst of this many, refilled at this rate per minute; then 429 rate_limited with
    # Retry-After. Only writes that succeed (2xx) count. 0 per minute: no limit.
    write_rate_limit_per_minute: int = Field(default=600, ge=0)
    write_rate_limit_burst: int = Field(default=200, ge=1)
    # On SIGTERM, requests in flight get this long to finish before they are cut
    # off (event streams end at once, with a retry hint).
    shutdown_grace_seconds: float = Field(default=30.0, gt=0)

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        async_database_url(value)  # raises on an unknown scheme
        return value

    @model_validator(mode="after")
    def _key_from_file(self) -> Settings:
        if self.secret_key_file is None:
            return self
        if "secret_key" in self.model_fields_set:
            raise ValueError("set SECRET_KEY or SECRET_KEY_FILE, not both")
        try:
            key = self.secret_key_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ValueError(f"SECRET_KEY_FILE {self.secret_key_file}: {exc.strerror}") from exc
        if not key:
            raise ValueError(f"SECRET_KEY_FILE {self.secret_key_file} is empty")
        self.secret_key = key
        return self

    @property
    def has_shared_key(self) -> bool:
        """True when the key was given (SECRET_KEY or SECRET_KEY_FILE), not made up here."""
        return "secret_key" in self.model_fields_set or self.secret_key_file is not None

    @property
    def async_database_url(self) -> str:
        return async_database_url(self.database_url)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
