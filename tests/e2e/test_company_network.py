"""The client trusts the operating system's certificates, as behind a company proxy.

A TLS-inspecting company proxy presents certificates signed by the company's own root,
which IT installs in the system's store, not in certifi's bundle. The test makes such a
root, signs the service's certificate with it, serves the real service over TLS, and
installs the root with ``update-ca-certificates`` (no ``SSL_CERT_FILE``).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.api.client import ApiClient
from desktop.api.errors import CertificateRejected
from desktop.ui.error_text import describe
from tests.support.databases import sqlite_database
from tests.support.server import backend_env, free_port, run_cli

SYSTEM_CA_DIR = Path("/usr/local/share/ca-certificates")
# The service as a host the proxy is asked for: the client never proxies 127.0.0.1 itself
# (the local workspace), and Linux answers on all of 127.0.0.0/8.
PROXIED_HOST = "127.0.0.2"

pytestmark = pytest.mark.skipif(
    not (shutil.which("update-ca-certificates") and os.geteuid() == 0),
    reason="needs root and update-ca-certificates (scripts/setup.sh installs ca-certificates)",
)


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Contoso Inspecting Proxy"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A company root CA and a certificate for 127.0.0.1 signed by it: (ca, cert, key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"Contoso Root CA {uuid.uuid4().hex[:8]}")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ("127.0.0.1", PROXIED_HOST)]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_path, cert_path, key_path


@pytest.fixture
def tls_service(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The real service over TLS on 127.0.0.1 (demo world): its https URL and its CA."""
    with _serve_tls(tmp_path, "127.0.0.1") as served:
        yield served


@contextmanager
def _serve_tls(tmp_path: Path, host: str) -> Iterator[tuple[str, Path]]:
    ca, cert, key = _make_certificates(tmp_path)
    with sqlite_database(tmp_path) as url:
        for verb in ("migrate", "seed-demo"):
            result = run_cli(url, verb)
            assert result.returncode == 0, result.stderr
        port = free_port()
        log = (tmp_path / "tls-service.log").open("wb")
        process = subprocess.Popen(
            [
                sys.executable, "-m", "uvicorn", "backend.app:create_app", "--factory",
                "--host", host, "--port", str(port),
                "--ssl-certfile", str(cert), "--ssl-keyfile", str(key),
            ],
            env=backend_env(url),
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"https://{host}:{port}"
        trusting_ca = ssl.create_default_context(cafile=str(ca))
        try:
            for _ in range(200):
                try:
                    httpx.get(f"{base}/v1/health", verify=trusting_ca, timeout=1, trust_env=False)
                    break
                except httpx.TransportError:
                    assert process.poll() is None, (tmp_path / "tls-service.log").read_text()
                    time.sleep(0.1)
            yield base, ca
        finally:
            process.terminate()
            process.wait(timeout=10)
            log.close()


@pytest.fixture
def no_cert_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the system's store may make the difference, not a bundle named by the environment.
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)


def _install_system_ca(ca: Path) -> Path:
    installed = SYSTEM_CA_DIR / f"psd-test-{uuid.uuid4().hex[:12]}.crt"
    SYSTEM_CA_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ca, installed)
    subprocess.run(["update-ca-certificates"], check=True, capture_output=True)
    return installed


def _remove_system_ca(installed: Path) -> None:
    installed.unlink(missing_ok=True)
    subprocess.run(["update-ca-certificates", "--fresh"], check=True, capture_output=True)


async def test_a_company_root_in_the_system_store_is_trusted(
    tls_service: tuple[str, Path], no_cert_file: None
) -> None:
    url, ca = tls_service
    installed = _install_system_ca(ca)
    client = ApiClient(url)
    try:
        user = await client.sign_in("ava@northwind.example", "demo-password")
        assert user.email == "ava@northwind.example"
    finally:
        await client.aclose()
        _remove_system_ca(installed)


async def test_an_untrusted_root_is_named_as_such_in_the_users_language(
    tls_service: tuple[str, Path], no_cert_file: None
) -> None:
    url, _ca = tls_service  # the company root is not installed: nothing trusts it
    client = ApiClient(url)
    try:
        with pytest.raises(CertificateRejected) as caught:
            await client.sign_in("ava@northwind.example", "demo-password")
    finally:
        await client.aclose()
    assert caught.value.problem == "unknown_authority"
    message = describe(caught.value)
    assert "authority this computer does not trust" in message.text
    assert url in message.text and "root certificate" in message.text


@pytest.fixture
def company_proxy(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP CONNECT proxy (tinyproxy) on 127.0.0.1: its URL and its log."""
    binary = shutil.which("tinyproxy")
    if binary is None:
        pytest.skip("tinyproxy is not installed (scripts/setup.sh installs it)")
    port = free_port()
    log = tmp_path / "tinyproxy.log"
    config = tmp_path / "tinyproxy.conf"
    config.write_text(
        f"Port {port}\nListen 127.0.0.1\nTimeout 60\nAllow 127.0.0.1\n"
        f'LogFile "{log}"\nLogLevel Connect\nMaxClients 20\n'
        # No ConnectPort line: CONNECT to any port (the service's is a free one).
    )
    process = subprocess.Popen([binary, "-d", "-c", str(config)])
    try:
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_the_system_proxy_carries_the_connection(
    tmp_path: Path,
    company_proxy: tuple[str, Path],
    no_cert_file: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy, log = company_proxy
    for name in ("NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", proxy)  # as the system's settings name it
    with _serve_tls(tmp_path, PROXIED_HOST) as (url, ca):
        installed = _install_system_ca(ca)
        client = ApiClient(url)
        try:
            user = await client.sign_in("ava@northwind.example", "demo-password")
            assert user.email == "ava@northwind.example"
        finally:
            await client.aclose()
            _remove_system_ca(installed)
    assert f"CONNECT {PROXIED_HOST}:" in log.read_text()  # through the proxy, not around it
