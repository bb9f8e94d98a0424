"""Several real ``serve`` instances on one database, behind a real HAProxy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.support.server import backend_env, free_port

REPO = Path(__file__).resolve().parents[2]
HAPROXY_CONFIG = REPO / "packaging" / "service" / "haproxy.cfg"


@dataclass(frozen=True)
class Instance:
    name: str
    url: str  # base URL, without /v1
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    @property
    def address(self) -> str:
        return self.url.removeprefix("http://")


def haproxy_binary() -> str | None:
    """HAProxy, installed from Debian's packages if it is missing and that is possible.

    None only when it is absent and cannot be installed here.
    """
    found = _find_haproxy()
    if found or shutil.which("apt-get") is None:
        return found
    sudo: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            return None
        sudo = ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "haproxy"]
    if subprocess.run(install, env=env, capture_output=True, check=False).returncode != 0:
        subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env, capture_output=True)
        subprocess.run(install, env=env, capture_output=True, check=False)
    return _find_haproxy()


def _find_haproxy() -> str | None:
    # /usr/sbin is not on every user's PATH.
    found = shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/usr/local/sbin")
    return found


def _wait_for(url: str, process: subprocess.Popen[bytes], log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"{url}: exited with {process.returncode}:\n{log_path.read_text(errors='replace')}"
            )
        try:
            if httpx.get(f"{url}/v1/ready", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{url} not ready within {timeout} s:\n{log_path.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def instance(
    name: str, host: str, database_url: str, log_dir: Path, **env: str | None
) -> Iterator[Instance]:
    """One ``serve`` process on ``host`` (a loopback address of its own); no migrating."""
    port = free_port()
    log_path = log_dir / f"{name}.log"
    args = [sys.executable, "-m", "backend", "serve", "--host", host, "--port", str(port)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            args, env=backend_env(database_url, **env), stdout=log, stderr=subprocess.STDOUT
        )
    running = Instance(name, f"http://{host}:{port}", process, log_path)
    try:
        _wait_for(running.url, process, log_path, timeout=60)
        yield running
    finally:
        _stop(process)


@contextmanager
def balancer(haproxy: str, instances: list[Instance], log_dir: Path) -> Iterator[str]:
    """HAProxy with packaging/service/haproxy.cfg in front of three instances; its URL."""
    assert len(instances) == 3, "the example configuration names three servers"
    port = free_port()
    env = dict(os.environ, PSD_BIND=f"127.0.0.1:{port}")
    for number, running in enumerate(instances, start=1):
        env[f"PSD_APP{number}"] = running.address
    log_path = log_dir / "haproxy.log"
    with log_path.open("wb") as log:
        # -db: stay in the foreground, so that the test owns the process.
        process = subprocess.Popen(
            [haproxy, "-db", "-f", str(HAPROXY_CONFIG)], env=env, stdout=log, stderr=log
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, process, log_path, timeout=20)
        yield url
    finally:
        _stop(process)


@contextmanager
def three_instances(
    database_url: str, log_dir: Path, **env: str | None
) -> Iterator[list[Instance]]:
    """Three instances on 127.0.0.11, .12 and .13 (each its own address), one shared key."""
    with ExitStack() as stack:
        yield [
            stack.enter_context(
                instance(name, f"127.0.0.{11 + n}", database_url, log_dir, INSTANCES="3", **env)
            )
            for n, name in enumerate(("a", "b", "c"))
        ]
