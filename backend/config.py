"""The service's configuration: the one place that reads the environment."""

from __future__ import annotations

import secrets
from datetime import datetime
from functools import lru_cache

from pydantic import Field, field_validator
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
    # Signs access tokens. Unset: a random key per process, which only costs
    # clients a token refresh after a restart (refresh tokens live in the DB).
    secret_key: str = Field(default_factory=lambda: secrets.token_urlsafe(32))
    access_token_seconds: int = 15 * 60
    refresh_token_days: int = 30
    # Sign-in throttling: this many failures per e-mail within the window -> 429.
    signin_max_failures: int = 5
    signin_failure_window_seconds: int = 300
    attachment_dir: str = Field(default="./attachments")
    quote_lifetime_seconds: int = 15 * 60
    # An idle event stream sends a comment this often, so proxies keep it open.
    event_heartbeat_seconds: float = 15.0
    # The built-in demo agent (serve --demo-agent): for local mode and demos.
    demo_agent: bool = False
    # First retry of a failed mail after this long, doubling up to an hour.
    mail_retry_seconds: float = 30.0
    # How often the service rolls billing periods over, closes quiet tickets, sends mail.
    maintenance_interval_seconds: float = 30.0
    # Start the service's clock at this instant (it then runs at real speed):
    # for demos and tests of time rules, e.g. a Saturday in Tokyo.
    clock_start: datetime | None = None

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        async_database_url(value)  # raises on an unknown scheme
        return value

    @property
    def async_database_url(self) -> str:
        return async_database_url(self.database_url)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
