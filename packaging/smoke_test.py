"""Smoke-test a frozen build: run it as a user would, with nothing of Python but the bundle.

    python packaging/smoke_test.py PATH/TO/premium-support-desk [--keep DIR]

1. It starts in local mode: the bundled service comes up (the app starts the
   ``premium-support-desk-service`` beside it), signs Ava in, and her tickets land in the
   store the window reads.
2. Asked to close (SIGTERM; on Windows a WM_CLOSE from taskkill), it exits with 0 and the
   local service stops with it.
3. ``--screenshots DIR`` renders every main view in en, ja and nl and exits with 0.

Only the standard library is used, so any Python runs it (the release workflow's runners
do); it runs offscreen, so no display is needed. Exit status 0 means every check passed.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

VIEWS = ("my-tickets", "team-tickets", "ticket", "settings", "sign-in", "about")
LANGUAGES = ("en", "ja", "nl")
START_TIMEOUT = 180.0


class SmokeFailure(Exception):
    pass


def isolated_env(home: Path) -> dict[str, str]:
    """The user's own settings, data and keyring stay untouched.

    Offscreen, except on Windows: taskkill's WM_CLOSE needs a real window, and Windows
    runners have a desktop.
    """
    platform = {} if sys.platform == "win32" else {"QT_QPA_PLATFORM": "offscreen"}
    return dict(
        os.environ,
        **platform,
        PSD_DATA_DIR=str(home / "data"),
        PSD_SETTINGS_FILE=str(home / "settings.ini"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> float:
    """Seconds it took; raises SmokeFailure when it never came."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    raise SmokeFailure(f"timed out after {timeout:.0f} s waiting for {what}")


def read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/v1/health", timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def ask_to_close(client: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        # Without /F taskkill posts WM_CLOSE: the window closes as if the user closed it.
        subprocess.run(["taskkill", "/PID", str(client.pid)], check=False, capture_output=True)
    else:
        client.send_signal(signal.SIGTERM)


def tickets_in_stores(data_dir: Path) -> int:
    """Tickets in the account stores the client wrote (the window's list reads from them)."""
    total = 0
    for store in (data_dir / "stores").glob("*.sqlite3"):
        with sqlite3.connect(store) as database:
            total += database.execute("SELECT count(*) FROM ticket").fetchone()[0]
    return total


def check_local_mode(app: Path, home: Path) -> dict[str, float]:
    data = home / "data"
    server_log = data / "local-workspace" / "local-server.log"
    client_log = home / "client.log"
    home.mkdir(parents=True, exist_ok=True)
    with client_log.open("wb") as log:
        started = time.monotonic()
        client = subprocess.Popen([str(app)], env=isolated_env(home), stdout=log, stderr=log)
    try:
        signed_in = wait_until(
            lambda: 'POST /v1/auth/token HTTP/1.1" 200' in read(server_log)
            and 'GET /v1/tickets' in read(server_log),
            START_TIMEOUT,
            "the local service to sign Ava in and list her tickets",
        )
        match = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", read(server_log))
        if not match:
            raise SmokeFailure("the local service did not say where it listens")
        service_url = match.group(1)
        if client.poll() is not None:
            raise SmokeFailure(f"the app exited early with {client.returncode}")
        wait_until(lambda: tickets_in_stores(data) > 0, 60, "Ava's tickets in the local store")
        ask_to_close(client)
        code = client.wait(timeout=60)
        if code != 0:
            raise SmokeFailure(f"the app exited with {code} when asked to close")
        wait_until(lambda: not answers(service_url), 20, "the local service to stop")
    except BaseException:
        if client.poll() is None:
            client.kill()
            client.wait()
        print(read(client_log)[-3000:], read(server_log)[-3000:], sep="\n", file=sys.stderr)
        raise
    return {"signed_in_s": signed_in, "run_s": time.monotonic() - started}


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path.name} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def check_screenshots(app: Path, home: Path, out: Path) -> float:
    started = time.monotonic()
    result = subprocess.run(
        [str(app), "--screenshots", str(out)],
        env=isolated_env(home),
        capture_output=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        print(result.stdout.decode(errors="replace")[-3000:], file=sys.stderr)
        print(result.stderr.decode(errors="replace")[-3000:], file=sys.stderr)
        raise SmokeFailure(f"--screenshots exited with {result.returncode}")
    for view in VIEWS:
        for lang in LANGUAGES:
            shot = out / f"{view}-{lang}.png"
            if not shot.exists():
                raise SmokeFailure(f"--screenshots wrote no {shot.name}")
            width, height = png_size(shot)
            if width < 200 or height < 100:
                raise SmokeFailure(f"{shot.name} is only {width}x{height}")
    # The catalogs are in the bundle: the Japanese window is not the English one again.
    if (out / "my-tickets-en.png").read_bytes() == (out / "my-tickets-ja.png").read_bytes():
        raise SmokeFailure("the Japanese screenshot is the English one: no catalog loaded?")
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a frozen Premium Support Desk.")
    parser.add_argument("app", type=Path, help="the frozen executable")
    parser.add_argument("--keep", type=Path, help="keep the screenshots in this folder")
    args = parser.parse_args(argv)
    if not args.app.is_file():
        print(f"no such executable: {args.app}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="psd-smoke-") as tmp:
        home = Path(tmp)
        try:
            timings = check_local_mode(args.app, home / "run")
            print(f"local mode: Ava signed in after {timings['signed_in_s']:.1f} s; closed cleanly")
            shots = args.keep or home / "shots"
            seconds = check_screenshots(args.app, home / "shots-home", shots)
            print(f"--screenshots: every view in en, ja and nl in {seconds:.0f} s")
        except SmokeFailure as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
