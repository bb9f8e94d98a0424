"""A proxy's password goes to the OS keyring, never into the settings file."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api.network import proxy_account, split_proxy_password, with_proxy_password
from desktop.services.credentials import SERVICE_NAME
from tests.conftest import MemoryKeyring
from tests.support.app import make_settings, running_client

URL = "http://alice:s3cr%40t@127.0.0.1:3128"


def test_the_password_is_split_off_and_put_back() -> None:
    stored, password = split_proxy_password(URL)
    assert (stored, password) == ("http://alice@127.0.0.1:3128", "s3cr@t")
    assert with_proxy_password(stored, password) == URL
    assert split_proxy_password("http://proxy.example:8080") == ("http://proxy.example:8080", "")
    assert proxy_account(stored) == "alice@127.0.0.1:3128"


async def test_the_settings_file_never_holds_the_password(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    settings = make_settings(tmp_path)
    async with running_client(tmp_path, settings) as controller:
        controller._apply_proxy(URL)  # noqa: SLF001 - as Settings → Network's OK does
        await controller.credentials.flush()
        settings.sync()
        assert settings.proxy_url == URL  # the client uses it with the password
    written = (tmp_path / "settings.ini").read_text()
    assert "alice@127.0.0.1:3128" in written and "s3cr" not in written
    assert memory_keyring.store[(SERVICE_NAME, "proxy alice@127.0.0.1:3128")] == "s3cr@t"

    # The next start reads it back from the keyring.
    again = make_settings(tmp_path)
    assert again.proxy_url == "http://alice@127.0.0.1:3128"
    async with running_client(tmp_path, again) as controller:
        await controller._load_proxy_password()  # noqa: SLF001 - the start's first step
        assert again.proxy_url == URL
        # OK without typing the password again keeps it; another proxy forgets it.
        controller._apply_proxy("http://alice@127.0.0.1:3128")  # noqa: SLF001
        assert again.proxy_url == URL
        controller._apply_proxy("http://proxy.example:8080")  # noqa: SLF001
        await controller.credentials.flush()
    assert (SERVICE_NAME, "proxy alice@127.0.0.1:3128") not in memory_keyring.store
