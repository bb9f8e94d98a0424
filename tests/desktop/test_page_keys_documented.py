"""The README and the guide name the page keys the app has: Ctrl+1 … Ctrl+N, N being the
most pages a navigation shows (an admin's six; the README said Ctrl+7)."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.shell.navigation import Navigation

ROOT = Path(__file__).resolve().parents[2]


def _most_pages(qtbot: QtBot) -> int:
    navigation = Navigation()
    qtbot.addWidget(navigation)
    counts = []
    for admin in (True, False):
        navigation.show_session(admin=admin, billing=True, insights=True)
        counts.append(len(navigation.visible_targets()))
    return max(counts)


def test_the_docs_name_as_many_page_keys_as_there_are_pages(qtbot: QtBot) -> None:
    most = _most_pages(qtbot)
    assert most == 6
    for doc in ("README.md", "docs/user-guide.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        named = re.findall(r"Ctrl\+1\s*…\s*Ctrl\+(\d+)", text)
        assert named, doc
        assert {int(n) for n in named} == {most}, doc
