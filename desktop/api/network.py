"""How the client reaches the service from a company network: the system's CAs and proxy.

Admins sit behind TLS-inspecting proxies whose root certificate IT installs in the
operating system's store, and whose proxy is set in the system's settings (the Windows
registry, macOS network settings) rather than in environment variables. So trust is
the system's store (``truststore``: Windows, macOS and Linux), and the proxy for a
server is the one the system names for it (``urllib.request.getproxies``, which reads
the registry and macOS settings as well as ``HTTPS_PROXY``/``NO_PROXY``).
"""

from __future__ import annotations

import ssl
import urllib.request
from urllib.parse import urlsplit


def tls_context() -> ssl.SSLContext:
    """Verify servers against the operating system's trusted certificates."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def system_proxy(server_url: str) -> str | None:
    """The proxy the system names for this server, or None to connect directly."""
    parts = urlsplit(server_url)
    host = parts.hostname or ""
    if not host or host in ("127.0.0.1", "localhost", "::1"):
        return None  # the local workspace's service is never behind a proxy
    if urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all") or None
