"""The message after the local store was rebuilt says what happened, once, and what was
kept, without contradicting itself; its icon warns only when something was lost. A store
a newer version wrote is not called damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.store.account import AccountStore
from desktop.store.damage import Carried
from desktop.store.drafts import reply_key
from desktop.store.schema import SCHEMA_VERSION
from desktop.ui.notices.store_notices import StoreNotices
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from tests.support.app import make_settings

ASIDE = Path("/data/stores/ava.sqlite3.unusable-1796486946")


@pytest.fixture
def notices(qtbot: QtBot, tmp_path: Path) -> StoreNotices:
    tasks = TaskRunner(lambda _error: None)
    window = MainWindow(tasks, make_settings(tmp_path))
    qtbot.addWidget(window)
    return StoreNotices(window, tasks)


def said(notices: StoreNotices, carried: Carried) -> str:
    text, details = notices.rebuilt_text(carried)
    return f"{text}\n{details}"


def test_what_happened_is_said_once_and_what_was_kept_beside_what_was_lost(
    notices: StoreNotices,
) -> None:
    carried = Carried(drafts=3, outbox=1, lost=True, aside=ASIDE)
    text, details = notices.rebuilt_text(carried)
    assert text == (
        "The copy of your tickets on this computer was damaged. A new copy was made, and "
        "your tickets are being downloaded again from the service."
    )
    assert details.split("\n") == [
        "3 drafts kept.",
        "1 unsent message kept; it will be sent as usual.",
        "Any other drafts or unsent messages were on damaged parts of the file and could "
        "not be read.",
        "",
        f"The damaged copy is kept at: {ASIDE}",
    ]
    # Where the damaged copy went: said once (it was "set aside" and "kept at" too).
    assert "set aside" not in text
    # Something is gone: a warning, not a piece of news.
    assert notices.rebuilt_icon(carried) == QMessageBox.Icon.Warning


def test_nothing_read_is_not_said_as_none_kept_beside_could_not_be_read(
    notices: StoreNotices,
) -> None:
    carried = Carried(drafts=0, outbox=0, lost=True, aside=ASIDE)
    whole = said(notices, carried)
    assert "0 " not in whole and "kept." not in whole
    assert "No drafts or unsent messages could be read from it." in whole
    assert notices.rebuilt_icon(carried) == QMessageBox.Icon.Warning


def test_a_store_without_drafts_says_so_and_is_news_not_a_warning(
    notices: StoreNotices,
) -> None:
    carried = Carried(drafts=0, outbox=0, lost=False, aside=ASIDE)
    whole = said(notices, carried)
    assert "0 " not in whole and "could not be read" not in whole
    assert "It held no drafts or unsent messages." in whole
    # Only the lines that are so: no unsent messages, no "they will be sent".
    assert "sent as usual" not in said(notices, Carried(2, 0, lost=False, aside=ASIDE))
    assert notices.rebuilt_icon(carried) == QMessageBox.Icon.Information


def test_a_newer_versions_store_is_not_called_damaged(notices: StoreNotices) -> None:
    whole = said(notices, Carried(drafts=1, outbox=0, lost=False, aside=ASIDE, newer=True))
    assert "damaged" not in whole
    assert "written by a newer version of Premium Support Desk" in whole
    assert f"The old copy is kept at: {ASIDE}" in whole


@pytest.mark.parametrize("language", ["ja", "nl"])
def test_the_message_is_said_in_the_admins_language(
    notices: StoreNotices, english: LanguageSwitcher, language: str
) -> None:
    carried = Carried(drafts=3, outbox=1, lost=True, aside=ASIDE)
    in_english = said(notices, carried)
    try:
        english.apply(language)
        translated = said(notices, carried)
    finally:
        english.apply("en")
    lines = translated.split("\n")
    assert len(lines) == len(in_english.split("\n"))
    for line, english_line in zip(lines, in_english.split("\n"), strict=True):
        assert not english_line or line != english_line, line
    assert str(ASIDE) in translated


async def test_a_store_written_by_a_newer_app_is_rebuilt_as_newer_not_damaged(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    await store.drafts.save(reply_key("tkt_1"), "Half a reply", ticket_id="tkt_1")
    await store.close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store = await AccountStore.open(path)
    heard: list[Carried] = []
    store.database.on_rebuilt(heard.append)
    try:
        await store.drafts.save(reply_key("tkt_2"), "Another")  # the first write opens it
        [carried] = heard
        assert carried.newer and not carried.lost and carried.drafts == 1
    finally:
        await store.close()
