"""How the client reaches the service from a company network: CAs and proxy.

Admins sit behind TLS-inspecting proxies whose root certificate IT installs in the
operating system's store, and whose proxy is set in the system's settings (the Windows
registry, macOS network settings) rather than in environment variables. So trust is
the system's store (``truststore``: Windows, macOS and Linux), and the proxy for a
server is the one the system names for it (``urllib.request.getproxies``, which reads
the registry and macOS settings as well as ``HTTPS_PROXY``/``NO_PROXY``).

Where IT has not done so, Settings → Network adds what is missing
(``NetworkOptions``): a proxy that replaces the system's, and one more CA file that is
trusted as well as (not instead of) the system's store.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote, unquote, urlsplit

# ssl and urllib.request (http, email) are imported when used: this module is imported
# with the client, before the window paints (bench/bench_offline.py).
if TYPE_CHECKING:
    import ssl

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


class NetworkOptions(NamedTuple):  # not a dataclass: no dataclasses import before the first paint
    """The user's own network settings; empty strings: the system's."""

    proxy_url: str = ""
    ca_file: str = ""


class InvalidProxyUrl(ValueError):
    """Not ``http(s)://[user:password@]host:port``."""


def check_proxy_url(text: str) -> str:
    """The proxy URL, stripped; empty stays empty. Raises ``InvalidProxyUrl``."""
    url = text.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidProxyUrl(text) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname or port is None:
        raise InvalidProxyUrl(text)
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InvalidProxyUrl(text)
    return url


def split_proxy_password(url: str) -> tuple[str, str]:
    """The proxy URL without its password, and the password ("" if it has none).

    The settings file keeps the first; the OS keyring keeps the second.
    """
    parts = urlsplit(url)
    if parts.password is None:
        return url, ""
    user = parts.username or ""
    netloc = f"{user}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl(), unquote(parts.password)


def with_proxy_password(url: str, password: str) -> str:
    """``url`` (with a user, no password) with ``password`` put back in."""
    parts = urlsplit(url)
    if not password or not parts.username or parts.password is not None:
        return url
    netloc = f"{parts.username}:{quote(password, safe='')}@{parts.hostname}" + (
        f":{parts.port}" if parts.port else ""
    )
    return parts._replace(netloc=netloc).geturl()


def proxy_account(url: str) -> str:
    """Whose proxy password the keyring keeps: ``user@host:port``."""
    parts = urlsplit(url)
    return f"{parts.username}@{parts.hostname}:{parts.port}"


def check_ca_file(path: str) -> None:
    """Raises ``OSError`` or ``ssl.SSLError`` unless the file holds PEM certificates."""
    import ssl

    if not path:
        return
    with open(path, "rb") as file:
        if b"-----BEGIN CERTIFICATE-----" not in file.read():
            # load_verify_locations also takes a DER file; the setting promises PEM.
            raise ssl.SSLError("no PEM certificate in the file")
    ssl.create_default_context(cafile=path)  # the same parser the client uses


def proxy_display(proxy_url: str) -> str:
    """``host:port`` of a proxy, never with its password (for messages and logs)."""
    parts = urlsplit(proxy_url)
    host = parts.hostname or proxy_url
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host


def tls_context(ca_file: str = "") -> "ssl.SSLContext":
    """Verify servers against the system's trusted certificates, and ``ca_file``'s."""
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def proxy_for(server_url: str, options: NetworkOptions) -> str | None:
    """The proxy for this server: the user's if set, else the system's; None: direct."""
    host = urlsplit(server_url).hostname or ""
    if host in LOCAL_HOSTS:
        return None  # the local workspace's service is never behind a proxy
    if options.proxy_url:
        return options.proxy_url
    return system_proxy(server_url)


def system_proxy(server_url: str) -> str | None:
    """The proxy the system names for this server, or None to connect directly."""
    import urllib.request

    parts = urlsplit(server_url)
    host = parts.hostname or ""
    if not host or host in LOCAL_HOSTS:
        return None  # the local workspace's service is never behind a proxy
    if urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all") or None
