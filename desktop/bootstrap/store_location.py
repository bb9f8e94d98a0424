"""Where the store of one account on one server lives in the user's data folder."""

from __future__ import annotations

from pathlib import Path

try:  # CPython's own SHA-256, what hashlib falls back to (3.11: _sha256, 3.12 on: _sha2)
    from _sha256 import sha256  # type: ignore[import-not-found]
except ImportError:  # another Python: hashlib, with OpenSSL
    from hashlib import sha256

STORES_DIR = "stores"


def store_path(data_dir: Path, server_url: str, email: str) -> Path:
    """One file per account and server; the name says neither (the folder may be shared)."""
    key = f"{server_url}\n{email.casefold()}".encode()
    # Not hashlib's: it loads OpenSSL, ~3 ms before the first paint; nor Qt's, whose
    # QCryptographicHash.Algorithm PySide makes with the class (28 members, ~0.8 M
    # instructions). The same digest (tests/desktop/test_local_store.py pins the name).
    digest = sha256(key).hexdigest()
    return data_dir / STORES_DIR / f"{digest[:20]}.sqlite3"
