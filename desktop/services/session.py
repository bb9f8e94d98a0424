"""Signing in and out, and staying signed in with the keyring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.api.client import ApiClient
from desktop.api.errors import SessionExpired
from desktop.api.models import User
from desktop.api.network import NetworkOptions
from desktop.services.credentials import CredentialStore


@dataclass(frozen=True)
class SignedIn:
    client: ApiClient
    user: User
    remembered: bool


class SessionService:
    def __init__(
        self,
        credentials: CredentialStore,
        network: Callable[[], NetworkOptions] = NetworkOptions,
    ) -> None:
        """``network``: read for every new client, so Settings → Network applies to the next."""
        self._credentials = credentials
        self._network = network

    async def sign_in(
        self, *, server_url: str, email: str, password: str, remember: bool
    ) -> SignedIn:
        """Check the server, sign in, and keep the refresh token if asked to."""
        client = ApiClient(server_url, network=self._network())
        try:
            await client.health()
            user = await client.sign_in(email, password)
        except BaseException:
            await client.aclose()
            raise
        self._remember(client, user.email, remember)
        return SignedIn(client=client, user=user, remembered=remember)

    async def restore(self, *, server_url: str, email: str) -> SignedIn | None:
        """Sign in with the stored refresh token; None when there is none or it expired."""
        token = await self._credentials.load(server_url, email)
        if not token:
            return None
        client = ApiClient(server_url, network=self._network())
        try:
            await client.health()
            user = await client.resume(token)
        except SessionExpired:
            await client.aclose()
            self._credentials.forget(server_url, email)
            return None
        except BaseException:
            await client.aclose()
            raise
        self._remember(client, user.email, True)
        return SignedIn(client=client, user=user, remembered=True)

    async def moved(self, signed_in: SignedIn, *, server_url: str) -> SignedIn:
        """The same account's session on the same service at a new address (the local
        workspace started again on another port, its database the same): resumed with the
        session's refresh token, so whoever was signed in stays signed in."""
        token = signed_in.client.refresh_token
        if not token:
            raise SessionExpired()
        client = ApiClient(server_url, network=self._network())
        try:
            await client.health()
            user = await client.resume(token)
        except BaseException:
            await client.aclose()
            raise
        self._remember(client, user.email, signed_in.remembered)
        return SignedIn(client=client, user=user, remembered=signed_in.remembered)

    async def restore_offline(self, *, server_url: str, email: str, user: User) -> SignedIn | None:
        """The service cannot be reached: hold the stored session to continue on the cache.

        Nothing is checked now; the first request that gets through refreshes the
        tokens, or ends in ``SessionExpired`` (then the password is asked for).
        """
        token = await self._credentials.load(server_url, email)
        if not token:
            return None
        client = ApiClient(server_url, network=self._network())
        client.resume_offline(token, user)
        self._remember(client, email, True)
        return SignedIn(client=client, user=user, remembered=True)

    def forget(self, signed_in: SignedIn) -> None:
        """Keep no token of this session: none in the keyring, none it is given from now on.

        At once, without waiting: a sign-out that is interrupted (the app quits while
        it runs) must not leave the session to be resumed at the next start.
        """
        client = signed_in.client
        # The sign-out's own request may refresh the tokens (a session resumed from the
        # cache has no access token yet): the new refresh token must not be kept.
        client.forget_token_listeners()
        self._credentials.forget(client.server_url, signed_in.user.email)

    async def sign_out(self, signed_in: SignedIn) -> None:
        self.forget(signed_in)
        client = signed_in.client
        try:
            await client.sign_out()
        finally:
            await client.aclose()

    def _remember(self, client: ApiClient, email: str, remember: bool) -> None:
        if not remember:
            return
        server_url = client.server_url
        if client.refresh_token:
            self._credentials.save(server_url, email, client.refresh_token)
        # Refresh tokens rotate: keep the newest in the keyring.
        client.on_tokens(
            lambda tokens: self._credentials.save(server_url, email, tokens.refresh_token)
        )
