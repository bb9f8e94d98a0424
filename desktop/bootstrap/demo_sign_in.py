"""Signing in as another person of the demo world, for the ``--screenshots`` views that
show what an admin of another team, or a member, sees (DEMO.md's people)."""

from __future__ import annotations

from desktop.bootstrap.controller import AppController
from desktop.bootstrap.store_location import store_path
from desktop.services.local_server import DEMO_PASSWORD
from desktop.services.session import SignedIn
from desktop.store.account import AccountStore


async def sign_in_demo(controller: AppController, email: str) -> tuple[SignedIn, AccountStore]:
    """Signed in to the local demo service as ``email``, with that person's own store
    open (the caller closes both: ``signed_in.client.aclose()``, ``store.close()``)."""
    assert controller.local_server is not None
    signed_in = await controller.sessions.sign_in(
        server_url=controller.local_server.url,
        email=email,
        password=DEMO_PASSWORD,
        remember=False,
    )
    store = await AccountStore.open(
        store_path(controller.data_dir, signed_in.client.server_url, signed_in.user.email)
    )
    return signed_in, store
