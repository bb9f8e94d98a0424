"""What the window says while the local demo workspace's service is restarted, and why it
stopped, in plain words (newcomer 29, items 2).

After the first kill the status bar and the offline banner said "Offline: cannot reach the
local demo workspace, trying again…" while the app was restarting it; and the banner said
"ended by signal SIGTERM (15)" to a user who never sent one. Now: "Restarting the local
demo workspace…", and a sentence without the signal, whose name and number stay in
Details… In English, Japanese and Dutch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.local_server import LocalServerFailed
from desktop.ui.notices.connection_indicator import ConnectionIndicator, ConnectionState
from desktop.ui.notices.local_stopped_banner import LocalStoppedBanner
from desktop.ui.notices.offline_banner import OfflineBanner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.local_stop_text import copied_details

# The offline words, in each language: never said while the service is being restarted.
OFFLINE = {"en": "Offline", "ja": "オフライン", "nl": "Offline"}
RESTARTING = {"en": "Restarting", "ja": "再起動", "nl": "opnieuw"}


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_a_restart_is_said_as_one_not_as_offline(
    qtbot: QtBot, switcher: LanguageSwitcher, language: str
) -> None:
    switcher.apply(language)
    indicator = ConnectionIndicator()
    banner = OfflineBanner(indicator)
    qtbot.addWidget(indicator)
    qtbot.addWidget(banner)
    indicator.set_state(ConnectionState.CONNECTED, user="Ava Jansen", local=True)
    indicator.set_live(False)  # its requests found no service: offline, as before
    assert OFFLINE[language] in indicator.text()
    indicator.set_restarting(True)
    for said in (indicator.text(), banner.text.text()):
        assert OFFLINE[language] not in said, said
        assert RESTARTING[language] in said, said
    assert not banner.retry_button.isVisibleTo(banner)  # nothing to try: it is restarting
    indicator.set_restarting(False)
    assert OFFLINE[language] in indicator.text()  # until a request is answered again
    assert banner.retry_button.isVisibleTo(banner)


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_banner_says_why_without_the_signal(
    qtbot: QtBot, switcher: LanguageSwitcher, language: str, tmp_path: Path
) -> None:
    switcher.apply(language)
    banner = LocalStoppedBanner()
    qtbot.addWidget(banner)
    for started in (True, False):
        failure = LocalServerFailed(
            exit_code=-15, started=started, log_path=tmp_path / "service.log", error_lines=""
        )
        banner.show_stopped(failure)
        said = banner.text.text()
        assert "SIG" not in said and "15" not in said, said
        # The technical detail is kept for Details… and what they copy.
        assert "SIGTERM (15)" in copied_details(failure)
    failure = LocalServerFailed(
        exit_code=3, started=True, log_path=tmp_path / "service.log", error_lines=""
    )
    banner.show_stopped(failure)
    assert "3" not in banner.text.text()
    assert " 3" in copied_details(failure) or "3" in copied_details(failure).split("\n")[0]
