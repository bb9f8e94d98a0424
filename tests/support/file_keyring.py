"""A stand-in for the OS keyring of a client process: the stored refresh token is one file.

Named by ``PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring`` in the
environment of a client the tests or benchmarks start (the repository on its
path); the OS keyring cannot be used headless here.
"""

from __future__ import annotations

import os
from pathlib import Path

from keyring.backend import KeyringBackend

TOKEN_FILE_ENV = "PSD_STAND_IN_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """Every password is the token in the file ``PSD_STAND_IN_KEYRING_FILE`` names."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        path = os.environ.get(TOKEN_FILE_ENV)
        return Path(path).read_text() if path else None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass  # the client is started signed in; it never signs in anew

    def delete_password(self, service: str, username: str) -> None:
        pass
