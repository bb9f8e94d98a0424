"""Where the store of one account on one server lives in the user's data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCryptographicHash

STORES_DIR = "stores"


def store_path(data_dir: Path, server_url: str, email: str) -> Path:
    """One file per account and server; the name says neither (the folder may be shared)."""
    key = f"{server_url}\n{email.casefold()}".encode()
    # Qt's SHA-256, the same as hashlib's: hashlib loads OpenSSL, ~3 ms before the first paint.
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    return data_dir / STORES_DIR / f"{digest.toStdString()[:20]}.sqlite3"
