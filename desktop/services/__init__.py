"""Use cases of the client (asyncio; no Qt widgets)."""
