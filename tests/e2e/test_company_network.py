"""The client trusts the operating system's certificates, as behind a company proxy.

A TLS-inspecting company proxy presents certificates signed by the company's own root,
which IT installs in the system's store, not in certifi's bundle. The test makes such a
root, signs the service's certificate with it, serves the real service over TLS, and
installs the root with ``update-ca-certificates`` (no ``SSL_CERT_FILE``).

Where IT has not installed it, Settings → Network names an extra CA file and a proxy
(with a password, if the proxy asks for one): tested against the same TLS service and a
real tinyproxy, with and without BasicAuth.
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
from typing import TypeVar

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.api.errors import CertificateRejected, ProxyFailed
from desktop.api.network import NetworkOptions
from desktop.ui.text.error_text import describe
from tests.support.app import make_settings, running_client
from tests.support.databases import sqlite_database
from tests.support.server import backend_env, free_port, run_cli
from tests.support.waiting import wait_until

SYSTEM_CA_DIR = Path("/usr/local/share/ca-certificates")
# The service as a host the proxy is asked for: the client never proxies 127.0.0.1 itself
# (the local workspace), and Linux answers on all of 127.0.0.0/8.
PROXIED_HOST = "127.0.0.2"

needs_system_store = pytest.mark.skipif(
    not (shutil.which("update-ca-certificates") and os.geteuid() == 0),
    reason="needs root and update-ca-certificates (scripts/setup.sh installs ca-certificates)",
)
AVA = "ava@northwind.example"


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Contoso Inspecting Proxy"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _make_certificates(
    folder: Path, *, expired: bool = False, self_signed: bool = False
) -> tuple[Path, Path, Path]:
    """A company root CA and a certificate for 127.0.0.1 signed by it: (ca, cert, key).

    ``expired``: the server's certificate ended yesterday. ``self_signed``: it signs
    itself (the CA file is then an unrelated root).
    """
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
    subject = (
        _name(f"Contoso Self-Signed {uuid.uuid4().hex[:8]}") if self_signed else _name("127.0.0.1")
    )
    signer, signer_key = (subject, key) if self_signed else (ca_name, ca_key)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(signer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=10 if expired else 1))
        .not_valid_after(now - dt.timedelta(days=1) if expired else now + dt.timedelta(days=30))
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
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer_key.public_key()),
            critical=False,
        )
        .sign(signer_key, hashes.SHA256())
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
def _serve_tls(
    tmp_path: Path, host: str, *, expired: bool = False, self_signed: bool = False
) -> Iterator[tuple[str, Path]]:
    ca, cert, key = _make_certificates(tmp_path, expired=expired, self_signed=self_signed)
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
        # Only to see it answer: some tests' certificates are not to be trusted at all.
        unverified = ssl.create_default_context()
        unverified.check_hostname = False
        unverified.verify_mode = ssl.CERT_NONE
        try:
            for _ in range(200):
                try:
                    httpx.get(f"{base}/v1/health", verify=unverified, timeout=1, trust_env=False)
                    break
                except httpx.TransportError:
                    assert process.poll() is None, (tmp_path / "tls-service.log").read_text()
                    time.sleep(0.1)
            else:
                raise AssertionError("the TLS service did not answer")
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


@needs_system_store
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
    url, ca = tls_service  # the company root is not installed: nothing trusts it
    client = ApiClient(url)
    try:
        with pytest.raises(CertificateRejected) as caught:
            await client.sign_in("ava@northwind.example", "demo-password")
    finally:
        await client.aclose()
    rejected = caught.value
    assert rejected.problem == "unknown_authority"
    assert rejected.issuer == _common_name(ca)  # the root to ask IT for, by its name
    assert rejected.subject == "127.0.0.1"
    message = describe(rejected)
    assert f"is issued by an unknown authority: “{rejected.issuer}”" in message.text
    assert "The certificate of 127.0.0.1 " in message.text
    assert "Settings → Network" in message.text


def _common_name(pem: Path) -> str:
    certificate = x509.load_pem_x509_certificate(pem.read_bytes())
    return str(certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


@pytest.fixture
def company_proxy(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP CONNECT proxy (tinyproxy) on 127.0.0.1: its URL and its log."""
    with _tinyproxy(tmp_path) as served:
        yield served


@contextmanager
def _tinyproxy(tmp_path: Path, extra_config: str = "") -> Iterator[tuple[str, Path]]:
    binary = shutil.which("tinyproxy")
    if binary is None:
        pytest.skip("tinyproxy is not installed (scripts/setup.sh installs it)")
    port = free_port()
    log = tmp_path / "tinyproxy.log"
    config = tmp_path / "tinyproxy.conf"
    config.write_text(
        f"Port {port}\nListen 127.0.0.1\nTimeout 60\nAllow 127.0.0.1\n"
        f'LogFile "{log}"\nLogLevel Connect\nMaxClients 20\n' + extra_config
        # No ConnectPort line: CONNECT to any port (the service's is a free one).
    )
    process = subprocess.Popen([binary, "-d", "-c", str(config)])
    try:
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1, trust_env=False)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(timeout=10)


@needs_system_store
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


# -- Settings → Network -------------------------------------------------------------------


async def test_the_extra_ca_file_from_settings_makes_the_server_trusted(
    tls_service: tuple[str, Path], no_cert_file: None, qtbot: QtBot, tmp_path: Path
) -> None:
    """The whole way: refused and named at sign-in, CA chosen in Settings, signed in."""
    url, ca = tls_service
    settings = make_settings(tmp_path, server_url=url)
    async with running_client(tmp_path, settings) as controller:
        controller.start()
        await _sign_in(controller, qtbot)
        sign_in = controller.sign_in_dialog
        assert sign_in is not None
        await wait_until(lambda: sign_in.error_label.isVisible(), what="the certificate error")
        assert f"unknown authority: “{_common_name(ca)}”" in sign_in.error_label.text()

        controller.open_settings()
        dialog = controller.settings_dialog
        assert dialog is not None
        dialog.network_box.ca_edit.setText(str(ca))
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert settings.ca_file == str(ca)

        qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: controller.signed_in is not None, what="signed in")
        assert controller.signed_in is not None
        assert controller.signed_in.user.email == AVA


async def _sign_in(controller: object, qtbot: QtBot) -> None:
    from desktop.bootstrap.controller import AppController

    assert isinstance(controller, AppController)
    await wait_until(
        lambda: controller.sign_in_dialog and controller.sign_in_dialog.isVisible(),
        what="the sign-in dialog",
    )
    dialog = controller.sign_in_dialog
    assert dialog is not None
    dialog.email_edit.setText(AVA)
    dialog.password_edit.setText("demo-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


E = TypeVar("E", bound=BaseException)


async def _refused(url: str, network: NetworkOptions, error: type[E]) -> E:
    """Signing in through ``network`` fails with ``error``: the error, to look at."""
    client = ApiClient(url, network=network)
    try:
        with pytest.raises(error) as caught:
            await client.sign_in(AVA, "demo-password")
    finally:
        await client.aclose()
    return caught.value


async def _rejected(url: str, network: NetworkOptions) -> CertificateRejected:
    return await _refused(url, network, CertificateRejected)


async def test_an_expired_certificate_is_named_with_its_end_date(
    tmp_path: Path, no_cert_file: None
) -> None:
    with _serve_tls(tmp_path, "127.0.0.1", expired=True) as (url, ca):
        # Its CA is trusted (Settings' extra file): only the date is wrong.
        rejected = await _rejected(url, NetworkOptions(ca_file=str(ca)))
    assert rejected.problem == "expired"
    assert rejected.subject == "127.0.0.1" and rejected.issuer == _common_name(ca)
    assert rejected.not_after is not None
    assert rejected.not_after < dt.datetime.now(dt.UTC) - dt.timedelta(hours=23)
    text = describe(rejected).text
    assert f"issued by “{_common_name(ca)}”) expired on " in text
    assert str(rejected.not_after.year) in text  # the date, in the user's format


async def test_a_self_signed_certificate_is_named_as_such(
    tmp_path: Path, no_cert_file: None
) -> None:
    with _serve_tls(tmp_path, "127.0.0.1", self_signed=True) as (url, _ca):
        rejected = await _rejected(url, NetworkOptions())
    assert rejected.problem == "unknown_authority"
    assert rejected.subject.startswith("Contoso Self-Signed ")
    assert rejected.issuer == rejected.subject
    assert f"is self-signed by “{rejected.subject}”" in describe(rejected).text


def _no_system_proxy(monkeypatch: pytest.MonkeyPatch, dead_proxy: str) -> None:
    """The system names a proxy that is not there: only Settings' proxy can work."""
    for name in ("NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", dead_proxy)


async def test_the_settings_proxy_carries_the_connection_instead_of_the_systems(
    tmp_path: Path,
    company_proxy: tuple[str, Path],
    no_cert_file: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy, log = company_proxy
    _no_system_proxy(monkeypatch, f"http://127.0.0.1:{free_port()}")
    with _serve_tls(tmp_path, PROXIED_HOST) as (url, ca):
        # Through the proxy, the rejected certificate is still read and named.
        rejected = await _rejected(url, NetworkOptions(proxy_url=proxy))
        assert rejected.issuer == _common_name(ca)
        client = ApiClient(url, network=NetworkOptions(proxy_url=proxy, ca_file=str(ca)))
        try:
            user = await client.sign_in(AVA, "demo-password")
            assert user.email == AVA
        finally:
            await client.aclose()
    connects = log.read_text().count(f"CONNECT {PROXIED_HOST}:")
    assert connects >= 3  # the refused try, its certificate read, and the sign-in


async def test_a_settings_proxy_that_does_not_answer_is_named(
    tmp_path: Path, no_cert_file: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_system_proxy(monkeypatch, f"http://127.0.0.1:{free_port()}")
    dead_port = free_port()
    with _serve_tls(tmp_path, PROXIED_HOST) as (url, ca):
        failed = await _refused(
            url,
            NetworkOptions(
                proxy_url=f"http://someone:s3cret@127.0.0.1:{dead_port}", ca_file=str(ca)
            ),
            ProxyFailed,
        )
    assert failed.problem == "no_answer"
    assert failed.proxy == f"127.0.0.1:{dead_port}"
    text = describe(failed).text
    assert f"The proxy 127.0.0.1:{dead_port} does not answer" in text
    assert "Settings → Network" in text and "s3cret" not in text


@pytest.mark.parametrize("credentials", ["", "psd:wrong-password@"])
async def test_a_proxy_that_wants_a_password_says_so(
    tmp_path: Path, no_cert_file: None, credentials: str
) -> None:
    with (
        _tinyproxy(tmp_path, "BasicAuth psd right-password\n") as (proxy, _log),
        _serve_tls(tmp_path, PROXIED_HOST) as (url, ca),
    ):
        port = proxy.rsplit(":", 1)[1]
        failed = await _refused(
            url,
            NetworkOptions(proxy_url=f"http://{credentials}127.0.0.1:{port}", ca_file=str(ca)),
            ProxyFailed,
        )
        # And with the right password, the same proxy lets the connection through.
        right = ApiClient(
            url,
            network=NetworkOptions(
                proxy_url=f"http://psd:right-password@127.0.0.1:{port}", ca_file=str(ca)
            ),
        )
        try:
            assert (await right.sign_in(AVA, "demo-password")).email == AVA
        finally:
            await right.aclose()
    assert failed.problem == "authentication"
    assert failed.proxy == f"127.0.0.1:{port}"
    text = describe(failed).text
    assert "proxy authentication" in text and f"The proxy 127.0.0.1:{port} " in text
    assert "wrong-password" not in text


async def test_a_proxy_that_wants_a_password_says_so_for_a_plain_http_server(
    tmp_path: Path,
) -> None:
    """Without TLS there is no CONNECT: the proxy's 407 comes back as the answer itself."""
    with _tinyproxy(tmp_path, "BasicAuth psd right-password\n") as (proxy, _log):
        # Nothing needs to listen at the server: the proxy asks for the password first.
        client = ApiClient(
            f"http://{PROXIED_HOST}:{free_port()}", network=NetworkOptions(proxy_url=proxy)
        )
        try:
            with pytest.raises(ProxyFailed) as caught:
                await client.health()
        finally:
            await client.aclose()
    assert caught.value.problem == "authentication"
    assert caught.value.proxy == proxy.removeprefix("http://")
