"""Where the store of one account on one server lives in the user's data folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

STORES_DIR = "stores"


def store_path(data_dir: Path, server_url: str, email: str) -> Path:
    """One file per account and server; the name says neither (the folder may be shared)."""
    digest = hashlib.sha256(f"{server_url}\n{email.casefold()}".encode()).hexdigest()[:20]
    return data_dir / STORES_DIR / f"{digest}.sqlite3"
