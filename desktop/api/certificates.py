"""Which certificate a server presented, to say which one was rejected and why.

When verification fails the handshake is over and the certificate is gone with it,
so it is fetched again without verifying (nothing is sent over that connection; it is
closed as soon as the certificate is read). Through the same proxy as the client, since
a TLS-inspecting proxy is the usual reason: its certificate, not the server's, is the
one the user must hear about. Blocking sockets, so it runs on a worker thread.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import logging
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote, urlsplit

from desktop.api.errors import CertificateRejected

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PresentedCertificate:
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime


def read_certificate(der: bytes) -> PresentedCertificate:
    from cryptography import x509

    certificate = x509.load_der_x509_certificate(der)
    return PresentedCertificate(
        subject=_common_name(certificate.subject),
        issuer=_common_name(certificate.issuer),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
    )


def _common_name(name: object) -> str:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    assert isinstance(name, x509.Name)
    common = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if common:
        return str(common[0].value)
    return name.rfc4514_string()  # no CN: the whole name still tells IT which one


def fetch_presented(
    server_url: str, proxy_url: str | None, timeout: float
) -> PresentedCertificate | None:
    """The server's (or the inspecting proxy's) certificate, unverified; None if unreadable."""
    parts = urlsplit(server_url)
    host = parts.hostname or ""
    port = parts.port or 443
    if proxy_url:
        sock = _tunnel(proxy_url, host, port, timeout)
        if sock is None:
            return None
    else:
        sock = socket.create_connection((host, port), timeout=timeout)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only to read what is presented: nothing is sent
    with context.wrap_socket(sock, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
    return read_certificate(der) if der else None


def _tunnel(proxy_url: str, host: str, port: int, timeout: float) -> socket.socket | None:
    proxy = urlsplit(proxy_url)
    if proxy.scheme != "http" or not proxy.hostname:
        return None  # a TLS proxy would need its own handshake: not worth it for a message
    sock = socket.create_connection((proxy.hostname, proxy.port or 80), timeout=timeout)
    request = f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n"
    if proxy.username is not None:
        credentials = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}".encode()
        request += f"Proxy-Authorization: Basic {base64.b64encode(credentials).decode()}\r\n"
    sock.sendall((request + "\r\n").encode())
    answer = b""
    while b"\r\n\r\n" not in answer and len(answer) < 65536:
        chunk = sock.recv(4096)
        if not chunk:
            break
        answer += chunk
    status = answer.split(b"\r\n", 1)[0].split()
    if len(status) < 2 or status[1] != b"200":
        sock.close()
        return None
    return sock


async def with_presented_certificate(
    error: CertificateRejected, proxy_url: str | None, timeout: float
) -> CertificateRejected:
    """``error`` with the presented certificate's names and dates, when they can be read."""
    try:
        presented = await asyncio.to_thread(fetch_presented, error.url, proxy_url, timeout)
    except (OSError, ValueError, ImportError):
        # The message without the names is still right; never hide the rejection itself.
        log.info("could not read the rejected certificate of %s", error.url, exc_info=True)
        return error
    if presented is None:
        return error
    return dataclasses.replace(
        error,
        subject=presented.subject,
        issuer=presented.issuer,
        not_before=presented.not_before,
        not_after=presented.not_after,
    )
