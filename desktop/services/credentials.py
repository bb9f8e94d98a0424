"""Refresh tokens in the OS keyring, never in a file."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE_NAME = "Premium Support Desk"


def account_name(server_url: str, email: str) -> str:
    """The keyring entry of one (server, e-mail): its token is stored under this name."""
    return f"{email.lower()} @ {server_url}"


def _proxy_entry(account: str) -> str:
    """The keyring entry of a proxy's password (``account``: ``user@host:port``)."""
    return f"proxy {account}"


class CredentialStore:
    """Keeps one refresh token per (server, e-mail).

    Keyring calls can block (D-Bus on Linux), so they run on one worker
    thread, in order; pending writes stay referenced until they finish. The
    keyring package (and its search for backends) is imported there too, by the
    first call: not on the GUI thread, and not before the window is up.
    """

    def __init__(self) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
        self._pending: set[Future[None]] = set()
        self.available = True
        self._usable: bool | None = None  # asked of the keyring once a run (usable())

    async def load(self, server_url: str, email: str) -> str | None:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, self._get, account_name(server_url, email))

    def save(self, server_url: str, email: str, refresh_token: str) -> None:
        self._submit(self._set, account_name(server_url, email), refresh_token)

    def forget(self, server_url: str, email: str) -> None:
        self._submit(self._delete, account_name(server_url, email))

    # A proxy's password (Settings → Network): the keyring's too, never the settings file's.

    async def load_proxy_password(self, account: str) -> str | None:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, self._get, _proxy_entry(account))

    def save_proxy_password(self, account: str, password: str) -> None:
        self._submit(self._set, _proxy_entry(account), password)

    def forget_proxy_password(self, account: str) -> None:
        self._submit(self._delete, _proxy_entry(account))

    async def usable(self) -> bool:
        """Whether a system keyring can keep a token: "Keep me signed in" is offered
        only then (it was offered with none, and the status bar then said it could not)."""
        if self._usable is None:
            loop = asyncio.get_running_loop()
            self._usable = await loop.run_in_executor(self._worker, _backend_usable)
        return self._usable and self.available

    async def flush(self) -> None:
        """Wait for every write so far (before quitting)."""
        pending = [asyncio.wrap_future(f) for f in list(self._pending)]
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    def close(self) -> None:
        self._worker.shutdown(wait=True)

    def _submit(self, fn: object, *args: str) -> None:
        future: Future[None] = self._worker.submit(fn, *args)  # type: ignore[arg-type]
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    def _get(self, account: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE_NAME, account)
        except KeyringError as exc:
            self._unavailable(exc)
            return None

    def _set(self, account: str, token: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE_NAME, account, token)
        except KeyringError as exc:
            self._unavailable(exc)

    def _delete(self, account: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SERVICE_NAME, account)
        except PasswordDeleteError:
            pass  # nothing stored: nothing to forget
        except KeyringError as exc:
            self._unavailable(exc)

    def _unavailable(self, exc: KeyringError) -> None:
        # No keyring (e.g. a headless Linux session): the token stays in memory
        # only and the user signs in again next time.
        self.available = False
        log.warning("system keyring unavailable: %s", type(exc).__name__)


def _backend_usable() -> bool:
    """Not keyring's fail backend (chosen when no backend is found, as in a headless Linux
    session), nor a chain of no backends."""
    import keyring
    from keyring.backends.chainer import ChainerBackend
    from keyring.backends.fail import Keyring as FailKeyring

    backend = keyring.get_keyring()
    if isinstance(backend, FailKeyring):
        return False
    return not (isinstance(backend, ChainerBackend) and not backend.backends)
